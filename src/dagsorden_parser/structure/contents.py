"""Table of contents (Indholdsfortegnelse): its lines become `ContentsEntry`s.

Entries end in a page number (`1 (Åben) Eventuelt ........ 4`); a title that
wraps is joined with the line that carries the page number. Lines before the
first entry (the committee, the date) are not entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..clean.text import join_lines
from ..models import Access, ContentsEntry
from ..read.lines import Line
from ..vocabulary import HEADER_LABELS
from .forms import access_line, title_parts
from .forms import group_access as group_heading
from .layout import paragraph_break
from .rules import (
    CONTENTS_START,
    ContentsLine,
    ItemHeading,
    access_of,
    contents_line,
    split_access_prefix,
)
from .titles import ends_title

MatchItem = Callable[[str], ItemHeading | None]
#: A profile's group heading reader (`Profile.group`): an object with an `access`, or None.
GroupOf = Callable[[str], object | None]

# `Åben dagsorden`, `Lukket dagsorden`, `Åbne punkter`, `Lukkede punkter`: a group of items.
GROUP_HEADING = re.compile(
    r"^(?P<access>åben|åbne|lukket|lukkede)\s+(dagsorden|punkter|sager|møde)$", re.I
)
# `10`, or `11 Anlægsbevilling`: a contents entry's number, with the title's start.
_NUMBER_FIRST = re.compile(r"^(?P<number>\d{1,3})(?:\s+(?P<rest>[A-ZÆØÅ].*))?$")
# `Møde i Økonomiudvalget den 10. juni 2013`: a page header, not an entry.
_MEETING_LINE = re.compile(r"^(møde|dagsorden|referat)\s+(i|til|for|af|fra)\s", re.I)
# `Åbent referat`, `Lukket referat` (eDoc), `Åben dagsorden`, `Lukkede punkter`: a group
# heading inside a paged contents; the entries below it have its access.
_ACCESS_GROUP = re.compile(
    r"^(?P<access>åben|åbent|åbne|lukket|lukkede)\s+(dagsorden|referat|punkter|sager|møde)$",
    re.I,
)
# A fragment that continues the title above: it starts in lower case or is a number
# such as `8,158` (transcripts break contents lines word by word), or `3 til Kommuneplan`
# (a title broken after `tillæg nr.`).
# `Bilagsoversigt...25`, `Bilagsliste`, `Underskriftsside`: the back matter listed after
# the items ends the contents' last entry.
BACK_MATTER = re.compile(r"^(?:bilagsoversigt|bilagsliste|underskriftsside)\b", re.I)
_CONTINUES = re.compile(r"^([a-zæøå(]|\d+[,.]\d|\d{1,4}\s[a-zæøå])")


def contents_entries(
    lines: Sequence[Line],
    match_item: MatchItem,
    group_of: GroupOf | None = None,
    *,
    access: Access | None = None,
) -> list[ContentsEntry]:
    """Entries of the contents, in order; the last may be cut off (no page). A group
    heading the profile knows (`group_of`: `B. Sager til afgørelse i udvalget`) ends the
    entry above it and gives its access, if any, to the entries below it; `access` is the
    group's printed above the contents."""
    first_group = next((n for n, line in enumerate(lines) if GROUP_HEADING.match(line.text)), None)
    first_entry = next(
        (n for n, line in enumerate(lines) if match_item(contents_line(line.text).title)), None
    )
    if (
        first_group is not None
        # a group heading under the entries (`Åben dagsorden` above the first item) heads
        # the body, not the entries
        and (first_entry is None or first_group < first_entry)
        and not any(contents_line(line.text).dotted for line in lines)
    ):
        return grouped_entries(lines)
    entries: list[ContentsEntry] = []
    pending: list[str] = []
    pending_heading: ItemHeading | None = None
    numbered = False
    group_access: Access | None = access
    label_access: Access | None = None

    def flush(page: int | None) -> None:
        nonlocal pending, pending_heading
        if pending_heading is not None:
            title = join_lines([pending_heading.title, *pending[1:]]).strip()
            number, access = pending_heading.number, pending_heading.access
        else:
            title, number, access = join_lines(pending).strip(), None, None
        title, prefix_access = split_access_prefix(title)
        title, marked_access, _ = title_parts(title)  # `Title - Lukket punkt`
        prefix_access = prefix_access or marked_access
        title = title.rstrip(" -–") if marked_access is not None else title
        if title:
            entries.append(
                ContentsEntry(
                    number=number,
                    title=title,
                    access=access or prefix_access or group_access,
                    page=page,
                )
            )
        pending, pending_heading = [], None

    texts = _numbers_joined([line.text for line in lines if not CONTENTS_START.match(line.text)])
    parsed = [contents_line(text) for text in texts]
    paged = [entry for entry in parsed if entry.page is not None]
    dotted = sum(entry.dotted for entry in paged) * 2 > len(paged)
    unpaged = _paged_share(parsed, match_item) < PAGED_SHARE
    for text, entry in zip(texts, parsed, strict=True):
        if entry.page is not None and (unpaged or (dotted and not entry.dotted)):
            # In a contents set with dot leaders, a number without them ends a title
            # that wraps (`... og tillæg nr. 11`), it is not a page number.
            entry = ContentsLine(text, None, False)
        if BACK_MATTER.match(entry.title):
            if pending_heading is not None:
                flush(None)
            numbered = True  # nothing below it continues an entry
            continue
        if entry.title.isdigit() and pending_heading is not None:
            if unpaged:
                continue  # `2`: a transcript's page number alone, no part of the title above
            flush(int(entry.title))  # `1.` / `Title` / `5`: the entry's page on a line of its own
            continue
        group = _ACCESS_GROUP.match(entry.title)
        known = group_of(entry.title) if group_of is not None and not group else None
        # `Indholdsfortegnelse lukket møde` after a page number run into it (a transcript)
        heads, headed_access = (False, None) if group or known else group_heading(entry.title)
        if not heads and _LETTER_GROUP.match(entry.title):
            heads, headed_access = True, group_access  # `B. Sager til afgørelse i udvalget`
        if group or known is not None or heads:
            if pending_heading is not None:
                flush(None)
            group_access = (
                access_of(group["access"])
                if group
                else headed_access
                if heads
                else getattr(known, "access", None)
            )
            continue
        if entry.title.endswith(":") and access_line(entry.title) is not None:
            # `Lukket sag:` above the entry's number: a label of the entry below
            if pending_heading is not None:
                flush(None)
            label_access = access_line(entry.title)
            continue
        if pending_heading is not None and _ends_entry(entry.title):
            flush(None)  # `Åbent punkt`, `Medlemmer`: the list has ended
            continue
        heading = match_item(entry.title)
        if heading is not None and _broken_number(entry.title, pending, pending_heading):
            heading = None  # `... og tillæg nr.` / `3 til Kommuneplan 2024`: one title
        if heading is not None:
            if pending_heading is not None:
                flush(None)
            numbered = True
            if heading.access is None and label_access is not None:
                heading = replace(heading, access=label_access)
            pending, pending_heading = [entry.title], heading
            label_access = None
        elif pending_heading is not None or (entries and not numbered) or entry.dotted:
            pending.append(entry.title)
        else:
            continue  # a line before the first entry: committee, date, `Åben dagsorden`
        if entry.page is not None:
            flush(entry.page)
    if pending_heading is not None:
        flush(None)
    return entries


# `B. Sager til afgørelse i udvalget`, `D. Orientering`: a lettered group of items, which
# no title continues.
_LETTER_GROUP = re.compile(r"^[A-H]\.\s[A-ZÆØÅ][a-zæøå]+(?:$|\s[a-zæøå])")
# `1.`: an entry's number on a line of its own, its title on the next.
_NUMBER_DOT_ALONE = re.compile(r"^\d{1,3}\.$")
# `71 /1`: a double running number on a line of its own, its title on the next.
_DOUBLE_NUMBER_ALONE = re.compile(r"^\d{1,4}\s?/\s?\d{1,3}$")


def _numbers_joined(texts: Sequence[str]) -> list[str]:
    """`1.` above `Godkendelse af dagsorden` -> `1. Godkendelse af dagsorden`: an entry
    whose number, title and page the contents print on lines of their own."""
    out: list[str] = []
    skip = False
    for n, text in enumerate(texts):
        if skip:
            skip = False
            continue
        following = texts[n + 1].strip() if n + 1 < len(texts) else ""
        if _NUMBER_DOT_ALONE.match(text.strip()) and following[:1].isupper():
            out.append(f"{text.strip()} {following}")
            skip = True
        elif _DOUBLE_NUMBER_ALONE.match(text.strip()) and following[:1].isupper():
            # `71 /1` above `Spørgetid`: the running number, then the place in the meeting
            out.append(f"{''.join(text.split())}. {following}")
            skip = True
        else:
            out.append(text)
    return out


# `Bilagsliste`, `Bilagsoversigt`: the list of attachments printed after the contents.
_ATTACHMENT_LIST = re.compile(r"^(?:bilagsliste|bilagsoversigt)\b", re.I)


def _ends_entry(text: str) -> bool:
    """`Åbent punkt`, `Til indholdsfortegnelse`, `Medlemmer`, `Bilagsliste` below the
    last entry: an access mark, a link, a header label or the attachments' list."""
    if ends_title(text) or _ATTACHMENT_LIST.match(text):
        return True
    return any((m := label.pattern.match(text)) and not m["value"] for label in HEADER_LABELS)


# `3 til Kommuneplan 2024`: a number, then a title's words in lower case.
_NUMBER_THEN_LOWER = re.compile(r"^(?P<number>\d{1,4})\s[a-zæøå]")


def _broken_number(text: str, pending: Sequence[str], heading: ItemHeading | None) -> bool:
    """A line that opens with a number and goes on in lower case continues the entry above
    when that entry's line stopped at `nr.` or the number is not the next one."""
    m = _NUMBER_THEN_LOWER.match(text)
    if m is None or heading is None or not pending:
        return False
    if pending[-1].rstrip().lower().endswith("nr."):
        return True
    number = heading.number or ""
    return not (number.isdigit() and int(m["number"]) == int(number) + 1)


#: A paged contents prints a page number on (nearly) every entry; below this share of
#: entries with one, the numbers that end some titles are part of those titles.
PAGED_SHARE = 0.75


def _paged_share(parsed: Sequence[ContentsLine], match_item: MatchItem) -> float:
    """Share of entries (a numbered line and the lines continuing it) with a page number.

    First Agenda's HTML export lists its items under `PUNKTER` without pages
    (`49. Title`); there a year ending a title (`... juni 2020`) is no page number.
    """
    marks: list[bool] = []
    for entry in parsed:
        if match_item(entry.title) is not None:
            marks.append(entry.page is not None)
        elif marks and entry.page is not None:
            marks[-1] = True
    return sum(marks) / len(marks) if marks else 1.0


def grouped_entries(lines: Sequence[Line]) -> list[ContentsEntry]:
    """Contents without page numbers, under `Åben dagsorden` / `Lukket dagsorden`.

    Transcripts of such contents lose numbers and break titles: an entry starts
    at a new paragraph in capitals (or a number), fragments in lower case
    continue it, and a missing number follows from the one before.
    """
    entries: list[tuple[str | None, list[str], Access | None]] = []
    access: Access | None = None
    number: str | None = None
    previous: Line | None = None
    for line in lines:
        group = GROUP_HEADING.match(line.text)
        if group:
            access = access_of(group["access"])
            previous = None
            continue
        if access is None or _MEETING_LINE.match(line.text):
            continue  # committee and date above the first group, or a page header
        numbered = _NUMBER_FIRST.match(line.text)
        if numbered and not numbered["rest"]:
            number = numbered["number"]
        elif numbered:
            entries.append((numbered["number"], [numbered["rest"]], access))
            number = None
        elif (
            entries
            and previous is not None
            and (_CONTINUES.match(line.text) or not paragraph_break(previous, line))
        ):
            entries[-1][1].append(line.text)
        else:
            entries.append((number, [line.text], access))
            number = None
        previous = line
    out: list[ContentsEntry] = []
    for printed, parts, entry_access in entries:
        inferred = int(out[-1].number) + 1 if out and out[-1].number else len(out) + 1
        out.append(
            ContentsEntry(
                number=printed or str(inferred),
                title=join_lines(parts).strip(),
                access=entry_access,
            )
        )
    return out
