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

from ..lines import Line
from ..rules import (
    ItemHeading,
    access_of,
    labelled_case_id,
    number_access_title,
    number_access_word_title,
    punkt_number_title,
)
from ..vocabulary import section_kind
from .base import Profile, join_next

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
#: How many lines below a candidate heading may hold its confirmation.
LOOKAHEAD = 15


def numbered_title(text: str) -> ItemHeading | None:
    """`12. Title` or `12 Title` (title in capitals first), with a trailing access mark."""
    m = _NUMBERED.match(text)
    if not m:
        return None
    title, access = m["title"].strip(), None
    trailing = _TRAILING_ACCESS.search(title)
    if trailing:
        title, access = title[: trailing.start()].strip(), access_of(trailing["access"])
    return ItemHeading(m["number"], title, access, "numbered")


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """A PDF heading is confirmed by its style (checked by the outline); a text heading by
    a case id or a known section heading below it, before the next numbered line."""
    if lines[index].size > 0 or heading.rule != "numbered":
        return True
    for line in lines[index + 1 : index + 1 + LOOKAHEAD]:
        if _NUMBERED.match(line.text):
            return False
        if labelled_case_id(line.text) or section_kind(line.text) is not None:
            return True
    return False


def _label_and_value(line: Line, following: Line | None) -> tuple[list[Line], bool]:
    """`Sagsnr:` with its value `07/5773` on the next line: one line `Sagsnr: 07/5773`."""
    if following is not None and _CASE_ID_LABEL.match(line.text):
        joined = f"{line.text} {following.text}"
        if labelled_case_id(joined) == following.text.strip():
            return [replace(line, text=joined)], True
    return [line], False


def prepare(lines: Sequence[Line]) -> list[Line]:
    """A case-id label printed above its value joined with it."""
    return join_next(lines, _label_and_value)


GENERIC = Profile(
    name="generic",
    description="any layout: numbered headings confirmed by style, case ids or section words",
    item_rules=(number_access_title, punkt_number_title, number_access_word_title, numbered_title),
    confirm=confirm,
    prepare=prepare,
)
