"""The generic profile: any layout, read from typography, numbering and known words.

Used when no family's detector claims the document. An item heading is a
numbered line (`1. Title`, `1 Title`, `Punkt 1: Title`, `1 (Åben) Title`); in a
PDF it must stand out (bold or larger, checked by the outline), in plain text it
must be confirmed by what follows it: a case id or a known section heading
before the next numbered line, so a numbered list in the body is not taken
for items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..clean.transcript import is_transcript, number_contents_from_body
from ..clean.transcript_contents import transcript_contents
from ..facts.own_meeting import read_meeting
from ..read.lines import Line
from ..structure.labels import split_labels
from ..structure.marks import case_lines_below
from ..structure.rules import (
    ItemHeading,
    access_of,
    bare_case_id,
    contents_line,
    labelled_case_id,
    number_access_title,
    number_access_word_title,
    punkt_number_title,
)
from ..structure.titles import label_value
from ..vocabulary import HeaderLabel, section_kind
from .base import Profile, join_next
from .sbsys import bare_kle
from .sbsys import case_id as access_and_kle

# `12. Title`, `12 Title`, `Pkt. 12 Title`: a numbered line starting with a capital, or
# `1. 3. økonomirapport`, `4. 2. behandling af ...`: a title that opens with an ordinal.
_NUMBERED = re.compile(
    r"^(?:(?:punkt|pkt)\.?:?\s*)?(?P<number>\d{1,4})\.?\s+"
    r"(?P<title>[A-ZÆØÅ\"“«].{2,}|(?<=\.\s)\s*\d{1,2}\.\s+[a-zæøå]{3,}.*)$",
    re.I,
)
# ` - LUKKET SAG`, `(Lukket)`: an access mark after the title.
_TRAILING_ACCESS = re.compile(
    r"\s*(?:-\s*|\()(?P<access>åben|lukket)(?:\s+(?:sag|punkt))?\)?$", re.I
)
# `Sagsnr:`, `J.nr.:`, `Sags ID:`: a case-id label alone on its line.
_CASE_ID_LABEL = re.compile(
    r"^(?:sags\s?id|sagsnr|sags\s?nr|sag\s?nr|sagsnummer|j\.\s?nr|journalnr)\.?\s*:$", re.I
)
# `3.Title`, `38Title`: the number glued to a title that opens with a capital word.
_GLUED = re.compile(r"^(?P<number>\d{1,3})\.?(?P<title>[A-ZÆØÅ][a-zæøå]{2,}.*)$")
# `Pkt. 3`, `Punkt 3`, `Sag nr. 3`: an item number alone on its line, the title below it.
_NUMBER_ALONE = re.compile(r"^(?:punkt|pkt\.?|sag\s+nr\.?)\s*\d{1,4}:?$", re.I)
# `Sag nr. 3 Title`: the number after `Sag nr.`.
_SAG_NR = re.compile(
    r"^sag\s+nr\.?\s*(?P<number>\d{1,4})\s*:?\s+(?P<title>[A-ZÆØÅ\"“«].{2,})$", re.I
)
# `3 Åben sag Title`, `3 Lukket punkt: Title`: an access mark between number and title.
_ACCESS_MARK = re.compile(
    r"^(?P<number>\d{1,4})\.?\s+(?P<access>åben|åbent|lukket)\s+(?:sag|punkt)\s*:?\s+"
    r"(?P<title>[A-ZÆØÅ0-9\"“«].{2,})$",
    re.I,
)
#: How many lines below a candidate heading may hold its confirmation.
LOOKAHEAD = 15


def _numbered(pattern: re.Pattern[str], text: str) -> ItemHeading | None:
    """A numbered heading whose title may end in an access mark (` - LUKKET SAG`)."""
    m = pattern.match(text)
    if not m:
        return None
    title, access = m["title"].strip(), None
    trailing = _TRAILING_ACCESS.search(title)
    if trailing:
        title, access = title[: trailing.start()].strip(), access_of(trailing["access"])
    return ItemHeading(m["number"], title, access, "numbered")


def numbered_title(text: str) -> ItemHeading | None:
    """`12. Title` or `12 Title` (title in capitals first), with a trailing access mark."""
    return _numbered(_NUMBERED, text)


def glued_title(text: str) -> ItemHeading | None:
    """`3.Title` or `38Title`: the number glued to the title (confirmed like `numbered`)."""
    return _numbered(_GLUED, text)


def sag_nr_title(text: str) -> ItemHeading | None:
    """`Sag nr. 3 Title`: an item numbered as a case."""
    m = _SAG_NR.match(text)
    return ItemHeading(m["number"], m["title"].strip(), None, "numbered") if m else None


def access_mark_title(text: str) -> ItemHeading | None:
    """`3 Åben sag Title`, `3 Lukket punkt: Title`: the access between number and title."""
    m = _ACCESS_MARK.match(text)
    if not m:
        return None
    return ItemHeading(m["number"], m["title"].strip(), access_of(m["access"]), "numbered")


def _case_line(text: str) -> bool:
    """A case id below a heading: labelled (`Sagsnr.: 12/345`), bare (`EMN-2020-01234`),
    a KLE number (`00.01.00-A00-1-20`) or one with its access (`Åbent - 00.01.00-...`)."""
    return bool(
        labelled_case_id(text) or bare_case_id(text) or bare_kle(text) or access_and_kle(text)
    )


def _listed_before(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """The same number and title stand on an earlier line, above the document's first
    section heading: a table of contents (or a list of items) lists the heading, so it is
    the item itself (a list repeated in the body, below a section, confirms nothing)."""
    for line in lines[:index]:
        if section_kind(line.text) is not None:
            return False
        earlier = GENERIC.match_item(contents_line(line.text).title)
        if (
            earlier is not None
            and earlier.number == heading.number
            and earlier.title.casefold() == heading.title.casefold()
        ):
            return True
    return False


def _in_list(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """`2. Title` right below `1. Title`: the next entry of a numbered list (in a section,
    a recommendation's points), unless a list of items names it."""
    if index == 0 or not (heading.number or "").isdigit():
        return False
    m = _NUMBERED.match(lines[index - 1].text) or _GLUED.match(lines[index - 1].text)
    return m is not None and int(m["number"]) == int(heading.number or 0) - 1


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """A PDF heading is confirmed by its style (checked by the outline); a text heading by
    a case id or a known section heading below it, before the next numbered line."""
    if lines[index].size > 0 or heading.rule != "numbered":
        return True
    if _in_list(lines, index, heading):
        return _listed_before(lines, index, heading)
    for line in lines[index + 1 : index + 1 + LOOKAHEAD]:
        if _NUMBERED.match(line.text) or _GLUED.match(line.text):
            return _listed_before(lines, index, heading)
        if _case_line(line.text) or section_kind(line.text) is not None:
            return True
    return _listed_before(lines, index, heading)


def _label_and_value(line: Line, following: Line | None) -> tuple[list[Line], bool]:
    """`Sagsnr:` with its value `07/5773` on the next line: one line `Sagsnr: 07/5773`."""
    if following is not None and _CASE_ID_LABEL.match(line.text):
        joined = f"{line.text} {following.text}"
        if labelled_case_id(joined) == following.text.strip():
            return [replace(line, text=joined)], True
    return [line], False


def _number_and_title(line: Line, following: Line | None) -> tuple[list[Line], bool]:
    """`Pkt. 3` with its title on the next line: one line `Pkt. 3 Title`."""
    if (
        following is not None
        and _NUMBER_ALONE.match(line.text)
        and following.text[:1].isupper()
        and section_kind(following.text) is None
        and not _case_line(following.text)
        and not label_value(following.text)  # `Beslutningskompetence: KB`: no title
    ):
        return [replace(line, text=f"{line.text} {following.text}")], True
    return _label_and_value(line, following)


def prepare(lines: Sequence[Line]) -> list[Line]:
    """A transcript's contents run cut into entries; a case-id label printed above its
    value joined with it; an item number alone (`Pkt. 3`) joined with the title below it;
    case lines the document prints above its headings moved below them; a recurring label
    of the document's own cut from the text run on after it (`Referat: text`)."""
    if is_transcript([line.text for line in lines]):  # `Følgende sager behandles på mødet`
        lines = number_contents_from_body(list(lines))
    joined = join_next(transcript_contents(lines), _number_and_title)
    return split_labels(case_lines_below(joined))


GENERIC = Profile(
    name="generic",
    description="any layout: numbered headings confirmed by style, case ids or section words",
    item_rules=(
        number_access_title,
        punkt_number_title,
        access_mark_title,
        number_access_word_title,
        sag_nr_title,
        numbered_title,
        glued_title,
    ),
    header_labels=(
        # `Udvalg: Teknik- og Miljøudvalget`: the committee's label
        HeaderLabel("committee", re.compile(r"^udvalg\s*:\s*(?P<value>\S.*)$", re.I)),
    ),
    confirm=confirm,
    prepare=prepare,
    read_meeting=read_meeting,
)
