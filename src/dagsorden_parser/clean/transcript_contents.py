"""The contents run of a web transcript cut into one line per entry.

A transcript (`clean/transcript.py`) prints a PDF page as one line, so its contents come
as one run: `Pkt. Tekst Side Åbne dagsordenspunkter 1 Title 5 2 Title ...`, `89.
Title...i`, titles whose numbers were lost. These rules cut the run back into entries
(numbered on from the one number printed, or confirmed by the body repeating a title), and
put the body's item headings that the page ran together on lines of their own. They read
the transcript, not a publishing system, so every layout gets them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import SectionKind
from ..read.lines import Line
from .transcript import (
    confirmed_starts,
    is_transcript,
    merged_to_count,
    split_numbered_run,
    split_titles,
    without_page,
)

# `Til behandling - for åbne døre`, `Til efterretning - for lukkede døre`, `For åbne
# døre:`, `Åbne dagsordenspunkter`, `Åben` (after `Indholdsfortegnelse`): a group of items.
_GROUP = re.compile(
    r"^(?:til (?:behandling|efterretning) - )?for (?P<doors>åbne|lukkede) døre:?$"
    r"|^(?P<items>åbne|lukkede) (?:dagsordenspunkter|[a-zæøå]{0,30}sager)$|^(?P<word>åben|lukket)$",
    re.I,
)
# `Pkt. Tekst Side`, `Sidenr Sagsnr. Side`, `Sag nr. Side`, `Sag nr.: Emne:`: the column
# heads of the contents.
_COLUMNS = re.compile(
    r"^(?:(?:pkt|punkt|sag\snr|sagsnr|sidenr|tekst|emne|side|nr)\.?:?\s+){2,4}"
    r"|^(?:side|sidenr|pkt|punkt)\.?:?\s+(?=\d)|^side\s+(?=[a-zæøå])",
    re.I,
)
# `Punkter til dagsorden Side 1. Title`, `Side behandling af ...`: column heads that end
# in the page column's `Side`, before the first entry (numbered, or lost its number).
_PAGE_COLUMN = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]{1,20}(?:\s[a-zæøå]{1,20}){0,4}\s)?Side\s+(?=\d{1,3}\.\s|[a-zæøå])"
)
# `Bilagsoversigt`, `Bilagsliste`: the list of attachments, after the contents.
_AFTER_CONTENTS = re.compile(r"^(?:bilagsoversigt|bilagsliste)\b", re.I)
# `Åben sag`, `Lukket sag`: an item's access mark; `- LUKKET SAG` after a title.
_ACCESS_MARK = re.compile(r"^(?P<access>åben|lukket)\s+sag$", re.I)
# `89. Title...i`: a numbered contents entry with a roman page number.
_DOTTED_ENTRY = re.compile(r"\s+(?=\d{1,3}\.\s+[A-ZÆØÅ])")
_ROMAN_PAGE = re.compile(r"\.{3}[ivxlc]+$|\s[ivxlc]+$")
# Group headings inside a contents run, to cut it before and after them.
_GROUP_IN_RUN = re.compile(
    r"\s*(Til (?:behandling|efterretning) - for (?:åbne|lukkede) døre)(?:\.{3}[ivxlc]+)?\s*"
    r"|^\s*(Åbne dagsordenspunkter|Åben)\s+"
    r"|(?:^|\s+)((?:Åbne|Lukkede) [a-zæøå]{0,30}sager)\s+"
)
_SIGNATURE = re.compile(
    r"\b(?:for (?:åbne|lukkede) døre|åben sag|lukket sag|LUKKET SAG|Pkt\. Tekst Side|"
    r"Sidenr|Sagsid\.:|Åbne dagsordenspunkter)\b|^(?:Indholdsfortegnelse )?Åben \d{1,3} [A-ZÆØÅ]"
    r"|^(?i:indholdsfortegnelse)\b|\bINDHOLDSFORTEGNELSE\b"
)
#: An entry longer than this holds several titles whose numbers were lost.
RUN_OF_TITLES = 150
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBER_FIRST = re.compile(r"^\d{1,3}\s")


# `Indholdsfortegnelse`, `Sagsoversigt:`: the heading over a contents run; `Pkt. Tekst
# Side` (the column heads) opens one without a heading.
_CONTENTS_HEAD = re.compile(
    r"^(?:indholdsfortegnelse|sagsoversigt):?(?:\s+side)?$|^pkt\.\s+tekst\s+side\b", re.I
)
_COLUMNS_HEAD = re.compile(r"^pkt\.\s+tekst\s+side\s*", re.I)
# `Bilagsoversigt...25`, `Bilagsliste`, `Underskriftsside`: what follows the items.
_BACK_MATTER = re.compile(r"^(?:bilagsoversigt|bilagsliste|underskriftsside)\b", re.I)
_BACK_MATTER_IN_RUN = re.compile(
    r"(?:(?<!\.)\.{2,}\s?\d{1,3})?\s+(?P<back>(?:Bilagsoversigt|Bilagsliste|Underskriftsside)\b.*)$"
)


# `01. Title`, `38 Title`: the number that opens a contents run or a page of it.
_OPENING_NUMBER = re.compile(r"^(?:side\s+)?(?P<number>\d{1,3})\.?\s", re.I)
_PAGE_OPENING_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.?\s")


def _continues(run: Sequence[Line], text: str) -> bool:
    """Whether a transcript page that opens with a number goes on with the contents run
    above it: `12 Title` (a number without a dot: an entry), or `07. Title` past the
    contents' own first number (the body starts again at the first)."""
    number = _PAGE_OPENING_NUMBER.match(text)
    if number is None:
        return False
    if "." not in text[:4]:
        return True
    first = next((m for x in run if (m := _OPENING_NUMBER.match(x.text))), None)
    return first is not None and number is not None and int(number[1]) > int(first[1])


def is_group(text: str) -> bool:
    """`Til behandling - for åbne døre`, `Åbne dagsordenspunkter`, `Åben`: a group."""
    return _GROUP.match(text) is not None


def transcript_contents(lines: Sequence[Line]) -> list[Line]:
    """A transcript's contents run cut into entries (other documents as they are)."""
    if not is_transcript([line.text for line in lines]):
        return list(lines)
    return _contents(list(lines))


def _contents(lines: list[Line]) -> list[Line]:
    """The contents run after `Indholdsfortegnelse` (it may go on over the next page,
    which then starts with an item number) cut into one line per entry."""
    start = next((n for n, x in enumerate(lines) if _CONTENTS_HEAD.match(x.text)), None)
    if start is None:
        return lines
    if _COLUMNS_HEAD.match(lines[start].text):  # `Pkt. Tekst Side 1 Title`: no heading
        start -= 1
    end = start + 1
    run: list[Line] = []
    while end < len(lines):
        line = lines[end]
        if _AFTER_CONTENTS.match(line.text):
            break
        if _PAGE_NUMBER.match(line.text):
            nxt = lines[end + 1] if end + 1 < len(lines) else None
            if nxt is not None and _CONTENTS_HEAD.fullmatch(nxt.text):
                end += 2  # the contents go on over the next page under their heading again
                if end < len(lines) and _PAGE_NUMBER.match(lines[end].text):
                    run.append(lines[end])  # `49`: the first entry's number, cut off as a page's
                    end += 1
                continue
            if nxt is not None and _COLUMNS_HEAD.match(nxt.text):
                lines[end + 1] = replace(nxt, text=_COLUMNS_HEAD.sub("", nxt.text, count=1))
                end += 1
                continue
            if nxt is None or not _continues(run, nxt.text):
                break
            end += 1
            continue
        if run and _BACK_MATTER.match(line.text):
            break
        run.append(line)
        end += 1
    if not run:
        return lines
    # `3 210. Title`: the next page goes on with the number after the run's last entry
    after = re.match(r"(\d{1,3})\.\s", lines[end + 1].text) if end + 1 < len(lines) else None
    until = int(after[1]) if after and _PAGE_NUMBER.match(lines[end].text) else None
    first = run[0]
    text = " ".join(x.text for x in run)
    back = _BACK_MATTER_IN_RUN.search(text)
    if back:  # `Title...16 Bilagsliste...17`: the back matter on a line of its own
        lines.insert(end, replace(run[-1], text=back["back"]))
        text = text[: back.start()]
    columns = _COLUMNS.match(text) or _PAGE_COLUMN.match(text)
    out: list[Line] = []
    if columns:
        out.append(replace(first, text=columns.group(0).strip()))
        text = text[columns.end() :]
    body = [x.text for x in lines[end:]]
    pieces = [p for p in _GROUP_IN_RUN.split(text) if p and p.strip()]
    for piece in pieces:
        piece = piece.strip()
        previous = _last_number(out)
        if is_group(piece):
            out.append(replace(first, text=piece))
        elif re.match(r"\d{1,3}\.\s", piece):
            entries = [_ROMAN_PAGE.sub("", e).strip(" ") for e in _DOTTED_ENTRY.split(piece)]
            last_piece = piece is pieces[-1] or piece == pieces[-1].strip()
            if len(entries) == 1 and not _ROMAN_PAGE.search(piece):  # numbers lost after `1.`
                last = last_piece
                out += _numbered_titles(first, entries[0], body, until=until if last else None)
            else:  # an entry long enough to hold several titles lost the numbers after it
                paged = any(_DOTTED_PAGE.search(e) for e in entries)
                leads = [_LEADING_NUMBER.match(e) for e in entries]
                for k, e in enumerate(entries):
                    # (in a run whose entries end in `...14`, so does one without its page)
                    unpaged = paged and not _DOTTED_PAGE.search(e) and len(split_titles(e)) > 1
                    long = (len(e) > RUN_OF_TITLES or unpaged) and not _ROMAN_PAGE.search(e)
                    # the next entry's number says how many titles this one holds
                    following = leads[k + 1] if k + 1 < len(leads) else None
                    upto = int(following["number"]) if following else None
                    titled = _numbered_titles(first, e, body, until=upto) if long else None
                    out += titled or [replace(first, text=e)]
        else:
            numbered = split_numbered_run(piece)
            if numbered[0][0] is None and len(numbered) == 1:
                out += _numbered_titles(first, piece, body, previous)
                continue
            for number, title in numbered:
                out.append(replace(first, text=f"{number} {title}" if number else title))
    body_lines = [x for line in lines[end:] for x in _decision_headings(line)]
    return lines[: start + 1] + out + _body_headings(_numbered_in_body(body_lines, out), out)


def _last_number(entries: Sequence[Line]) -> int | None:
    """The number of the last numbered entry cut so far (None before the first)."""
    for entry in reversed(entries):
        m = _OPENING_NUMBER.match(entry.text)
        if m:
            return int(m["number"])
    return None


# `Kommunalbestyrelsens møde 25. september 2006 Punkt 1:`, `Økonomiudvalgets møde 23.
# maj 2006`: the heading over a body's treatment of the item (the year may be cut off).
_DECISION = re.compile(
    r"(?:^|(?<=\s))(?P<heading>[A-ZÆØÅ][\w-]*s møde (?:den )?\d{1,2}\. [a-zæøå]+ "
    r"(?:(?:19|20)\d\d(?: Punkt \d{1,3}:)?|\d{1,3}$))(?=\s|$)"
)


def decision_heading(text: str) -> SectionKind | None:
    """`Xs møde 25. september 2006 Punkt 1:` alone on its line: a decision section."""
    m = _DECISION.match(text)
    return SectionKind.DECISION if m and m.end() == len(text) else None


def _decision_headings(line: Line) -> list[Line]:
    """A page line cut before and after each decision heading run into it."""
    out: list[Line] = []
    text = line.text
    for m in _DECISION.finditer(line.text):
        before = text[: m.start() - (len(line.text) - len(text))].strip()
        out += [replace(line, text=before)] if before else []
        out.append(replace(line, text=m["heading"]))
        text = line.text[m.end() :]
    rest = text.strip()
    return [*out, replace(line, text=rest)] if rest else out


# `12 Title`: a contents entry as `_contents` writes it.
_ENTRY = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>\S.{14,})$")


# `1 Meddelelser`: a contents entry as `_contents` writes it, short titles too.
_SHORT_ENTRY = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>\S.{3,})$")


def _numbered_in_body(body: list[Line], entries: Sequence[Line]) -> list[Line]:
    """`... ØKONOMIUDVALGET 2. Title of item 2 Text ...`: a contents entry's number (with
    its dot) and title inside a run-together page line cut out as the item's heading,
    the text before and after it on lines of their own."""
    titles = [(m["number"], m["title"]) for e in entries if (m := _SHORT_ENTRY.match(e.text))]
    if not titles:
        return body
    pattern = re.compile(
        r"(?:^|(?<=\s))(?:"
        # one group per entry, named by its position: numbers may repeat in a contents
        + "|".join(f"(?P<e{k}>{n}\\.\\s+{re.escape(t)})" for k, (n, t) in enumerate(titles))
        + r")\.?(?=\s|$)"
    )
    out: list[Line] = []
    for line in body:
        at = 0
        for m in pattern.finditer(line.text):
            number, title = next(e for k, e in enumerate(titles) if m[f"e{k}"])
            before = line.text[at : m.start()].strip()
            out += [replace(line, text=before)] if before else []
            out.append(replace(line, text=f"{number} {title}"))
            at = m.end()
        rest = line.text[at:].strip()
        out += [replace(line, text=rest)] if rest or at == 0 else []
    return out


def _body_headings(body: list[Line], entries: Sequence[Line]) -> list[Line]:
    """A body line ending in a contents title whose number was lost (`Sidenr Title`,
    the page's column head before the item's heading) cut into the text before it
    and the heading, numbered as its contents entry."""
    titles = [(m["number"], m["title"]) for e in entries if (m := _ENTRY.match(e.text))]
    out: list[Line] = []
    for line in body:
        found = next(((n, t) for n, t in titles if line.text.endswith(" " + t)), None)
        if found is not None and line.text == f"{found[0]} {found[1]}":
            found = None  # already the heading (`73 Title`, cut out of a run above)
        if found is None:
            marked = next(
                ((n, own) for n, t in titles if (own := _marked_title(line.text, t))), None
            )
            if marked is not None:  # `Ø Title 2011`: a mark before, the year the contents lost
                out.append(replace(line, text=f"{marked[0]} {marked[1]}"))
            else:
                out.append(line)
            continue
        before = line.text[: -len(found[1])].strip()
        out += [replace(line, text=before), replace(line, text=f"{found[0]} {found[1]}")]
    return out


# `... Title Lukket - Next title`: an access mark with its dash opens the next title.
_ACCESS_BEFORE_TITLE = re.compile(r"(?<=\s)(?:Lukket|Åben|Åbent)\s[-–]\s(?=[A-ZÆØÅ])")
# `Ø `, `P `: a stray mark of one or two letters before a body heading.
_STRAY_MARK = re.compile(r"^[A-ZÆØÅ]{1,2}\s")
# ` 2011`: what a body heading adds after its contents title (a year the contents lost).
_ADDED_YEAR = re.compile(r"^\s(?:19|20)\d\d$")


def _marked_title(text: str, title: str) -> str | None:
    """`Ø Title 2011` for the contents title `Title`: a body heading with a stray mark
    before it and a year after it that the contents lost; the heading's own title."""
    mark = _STRAY_MARK.match(text)
    if mark is None or not text.startswith(title, mark.end()):
        return None
    rest = text[mark.end() + len(title) :]
    return text[mark.end() :] if not rest or _ADDED_YEAR.match(rest) else None


# `1. Title`, `1... Title`: the one item number left before a run of titles.
_LEADING_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.+\s+")


# `Title...14`: a title's dot leader and page number.
_DOTTED_PAGE = re.compile(r"(?<!\.)\.{2,}\s?\d{1,3}$")


def _numbered_titles(
    first: Line, run: str, body: Sequence[str], after: int | None = None, until: int | None = None
) -> list[Line]:
    """A run of contents titles whose numbers were lost (but maybe the first), cut
    at its title starts and where the body repeats a title, numbered on from the
    first number (`01.` keeps its width), else on from the entry before (`after`),
    else from the number the body prints before the first title, else from 1."""
    lead = _LEADING_NUMBER.match(run)
    width = len(lead["number"]) if lead and lead["number"].startswith("0") else 0
    run = run[lead.end() :] if lead else run
    marked = [m.start() for m in _ACCESS_BEFORE_TITLE.finditer(run)]
    titles = split_titles(run, [*confirmed_starts(run, body), *marked])
    if titles and without_page(titles[-1]) != titles[-1]:
        # `Title. 25`, `Title...25`: the last title's page number and its dot leader
        titles[-1] = without_page(titles[-1]).rstrip(". ")
    titles = [_DOTTED_PAGE.sub("", title).strip() or title for title in titles] or [run]
    if lead:
        number = int(lead["number"])
    elif after is not None:
        number = after + 1
    else:
        number = _number_in_body(titles[0], body) or 1
    if until is not None:  # the number printed after the run says how many titles it holds
        titles = merged_to_count(titles, until - number)
    return [
        replace(first, text=f"{number + k:0{width}d} {title}") for k, title in enumerate(titles)
    ]


def _number_in_body(title: str, body: Sequence[str]) -> int | None:
    """`73. Title`: the number the body prints before a contents title that lost it."""
    if len(title) < MIN_BODY_TITLE:
        return None
    pattern = re.compile(r"(?:^|(?<=\s))(?P<number>\d{1,3})\.?\s+" + re.escape(title))
    return next((int(m["number"]) for line in body if (m := pattern.search(line))), None)


#: Shortest contents title looked for in the body to learn its number.
MIN_BODY_TITLE = 12
