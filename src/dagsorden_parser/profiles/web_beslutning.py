"""Web pages of the `Beslutning <udvalg> den dd-mm-yyyy` system (Kolding, Vejen).

The meeting header is `Udvalg: X` / `Mødedato: 09-02-2021` / `Mødested: Teams`, or a
pipe table (`Dato: |` / `27-02-2018 19:00:00 |`); an item is `1.Title (C)` (no space
after the number; the letter is a category, kept in the title), then `Sagsnummer:
20/8545` (or `Sagsnr.:`, `Sagsid.: 22/2694, Sagsinitialer:`) and the title again.
Each body's decision is a section `Beslutning Byrådet den 09-02-2021`; the absent
members are printed in it (`Afbud: A (Løsgænger).`). A page whose heading is folded
away starts the item at its `Sagsnr.:` line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..facts.header import Header
from ..models import SectionKind
from ..read.lines import Line
from ..structure.forms import access_line, heading_form, number_alone
from ..structure.rules import ItemHeading, labelled_case_id, match_heading
from ..vocabulary import HeaderLabel
from .base import Profile, join_next
from .web import absent_from_decisions

if TYPE_CHECKING:
    from ..structure.outline import ItemOutline

# `1.Alfabo, 39 familieboliger (C)`, `2. Title`: the number, a dot, the title.
_NUMBER_DOT_TITLE = re.compile(r"^(?P<number>\d{1,3})\.\s?(?P<title>[A-ZÆØÅ\"“«].{2,})$")
# `Sagsnummer: 20/8545`, `Sagsnr.: 16/16208`, `Sagsid.: 22/2694, Sagsinitialer:`.
_CASE_LINE = re.compile(r"^(?:sagsnummer|sagsnr|sagsid)\.?\s*:\s*\S", re.I)
# `Beslutning Byrådet den 27-02-2018`, `Beslutning Udvalget for teknik og miljø den
# 18-02-2019`: a body's decision (the body straight after `Beslutning`, no `i`/`fra`).
_DECISION = re.compile(
    r"^beslutning\s+(?!(?:i|fra|på|af|den)\b)(?P<body>[A-ZÆØÅ].*?)\s+den\s+"
    r"(?P<date>\d{1,2}-\d{1,2}-\d{4})$",
    re.I,
)
# `Udvalg: Byrådet`: the committee label.
_COMMITTEE = HeaderLabel("committee", re.compile(r"^udvalg\s*:\s*(?P<value>\S.*)$", re.I))
# `Dato: |`, then `27-02-2018 19:00:00 |`: a row of the pipe table header.
_PIPE_LABEL = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøå. ]{1,30}:)\s*\|\s*(?P<value>[^|]*?)\s*\|?$")
_PIPE_VALUE = re.compile(r"^(?P<value>[^|]*?)\s*\|$")
# `Afbud: Claus Grimm (Løsgænger).` is read by `absent_from_decisions`.


def number_dot_title(text: str) -> ItemHeading | None:
    """`1.Title (C)`: the item number glued to its title by a dot."""
    return match_heading(_NUMBER_DOT_TITLE, text, "number_dot")


def case_line_item(text: str) -> ItemHeading | None:
    """`Sagsnr.: 16/16208` opening an item whose heading the page folded away."""
    if not _CASE_LINE.match(text):
        return None
    return ItemHeading(None, "", None, "case_line", case_id=labelled_case_id(text))


def decision_heading(text: str) -> SectionKind | None:
    """`Beslutning Byrådet den 27-02-2018`: a body's decision on the item."""
    return SectionKind.DECISION if _DECISION.match(text) else None


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """`1.Title` is followed by its `Sagsnummer:` line; a `Sagsnr.:` line opens an item
    only when no such heading stands right above it."""
    if heading.rule == "number_dot":
        return any(_CASE_LINE.match(line.text) for line in lines[index + 1 : index + 4])
    # under a heading of any numbered form (`åbent 1 Title`, `Sag nr. 3 Title`), or under
    # its access line (`Åbent punkt`), the case line is that heading's, it opens no item
    # (or under a title with its number alone above it: `1` / `Title` / `Sagsid.: ...`)
    marks_only = True
    for k, line in enumerate(reversed(lines[max(0, index - 3) : index])):
        text = line.text
        if marks_only and (number_dot_title(text) is not None or heading_form(text) is not None):
            return False
        if k == 1 and number_alone(text) is not None:
            return False
        if access_line(text) is None:
            if k >= 1:
                break
            marks_only = False
    return True


def prepare(lines: Sequence[Line]) -> list[Line]:
    """Join each row of the pipe-table header: `Dato: |` + `27-02-2018 19:00:00 |` ->
    `Dato: 27-02-2018 19:00:00` (`Pdf: |` + `|` -> `Pdf:`)."""
    return join_next(lines, _join_pipe_row)


def _join_pipe_row(line: Line, next_line: Line | None) -> tuple[list[Line], bool]:
    m = _PIPE_LABEL.match(line.text)
    if not m:
        return [line], False
    value, joined = m["value"], False
    following = next_line.text if next_line is not None else ""
    below = _PIPE_VALUE.match(following)
    if not value and below is not None and not _PIPE_LABEL.match(following):
        value, joined = below["value"], True
    return [line.with_text(f"{m['label']} {value}".strip())], joined


def read_meeting(header: Header, items: Sequence[ItemOutline]) -> Header:
    """Minutes when a decision is dated the meeting's day (the page title, `Dagsorden
    eller referat`, does not tell); the absent members from those decisions."""
    start = header.start
    day = start.date() if isinstance(start, dt.datetime) else start
    decided = [
        m
        for item in items
        for section in item.sections
        if (m := _DECISION.match(section.heading.text)) is not None
    ]
    if day is not None and any(m["date"] == day.strftime("%d-%m-%Y") for m in decided):
        header.kind = "minutes"
    if header.absent is None:
        header.absent = absent_from_decisions(items, header)
    return header


_SIGNATURES = (
    _DECISION,
    re.compile(r"^\d{1,3}\.[A-ZÆØÅ]"),
    re.compile(r"^sagsnummer\s*:\s*\d{2}/\d+", re.I),
    re.compile(r"^sagsid\.\s*:\s*\d{2}/\d+,\s*sagsinitialer", re.I),
    re.compile(r"^(?:dato|udvalg|sted):\s*\|$", re.I),
)


def detect(texts: Sequence[str]) -> float:
    """`Beslutning <udvalg> den dd-mm-yyyy`, `1.Title`, `Sagsnummer: 20/8545`, `Sagsid.:
    N, Sagsinitialer:`, the pipe-table header `Dato: |`: two kinds claim the page."""
    found = sum(1 for pattern in _SIGNATURES if any(map(pattern.match, texts)))
    return min(1.0, found / 2)


WEB_BESLUTNING = Profile(
    name="web_beslutning",
    description="Kolding/Vejen web pages: `1.Title (C)`, `Beslutning <udvalg> den D`",
    item_rules=(number_dot_title, case_line_item),
    extra_sections={
        "forslag": SectionKind.RECOMMENDATION,
        "sagen behandles i": SectionKind.PROCESS,
        "retsregler og andre forskrifter": SectionKind.LEGAL_BASIS,
        "retsregler": SectionKind.LEGAL_BASIS,
    },
    header_labels=(_COMMITTEE,),
    section_rules=(decision_heading,),
    prepare=prepare,
    confirm=confirm,
    detect=detect,
    read_meeting=read_meeting,
)
