"""Meeting facts a document prints outside its header, read in any layout.

Many layouts name the meeting's body and day where no header label stands: in a meeting
line above the items (`Byrådets møde mandag den 4. marts 2024, kl. 17.00 i
Salen`) or in each item's decision heading (`Sundheds- og
Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2`, `Beslutning Byrådet den
27-02-2018`, `Kultur- og Idrætsudvalget, 12-03-2019, pkt. 57`). The meeting's own
decision is the latest one an item records (a committee's recommendation comes before
the council's decision), or the one dated the meeting's day when the header gives it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..models import SectionKind
from ..structure.outline import ItemOutline
from .dates import combine, find_datetime
from .decisions import decision_heading
from .header import Header, people
from .meeting import absent_in_decisions

_DATE = r"\d{1,2}[-.]\d{1,2}[-.]\d{4}|\d{1,2}\.\s?[a-zæøå]{3,9}\s\d{4}"
# `Byrådets møde mandag den 4. marts 2024, kl. 17.00 i Salen`,
# `Social og sundheds møde den 17. april 2023`: the body (genitive), day, time, place.
_MEETING_LINE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][\w-]*(?:\s[\w-]+){{0,4}}?)s\smøde\s(?:\w+dag\s)?den\s"
    rf"(?P<date>{_DATE})(?:,?\s?kl\.\s?(?P<time>\d{{1,2}}[.:]\d{{2}})"
    rf"(?:\si\s(?P<place>[^.]{{2,80}}))?)?\.?$",
    re.I,
)


def _day(moment: dt.date | None) -> dt.date | None:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def meeting_line(header: Header) -> Header:
    """Committee, day, time and place from a meeting line among the title lines."""
    for text in header.title:
        m = _MEETING_LINE.match(" ".join(text.split()))
        if m is None:
            continue
        header.committee = header.committee or m["body"].strip(" ,.-")
        if header.start is None:
            day, start, _ = find_datetime(text)
            header.start = combine(day, start) if start is not None else day
        header.location = header.location or (m["place"].strip() if m["place"] else None)
        break
    return header


def meeting_decision(header: Header, items: Sequence[ItemOutline]) -> Header:
    """The body (and day) of the meeting's own decision, where the header names none."""
    if header.committee is not None:
        return header
    found: list[tuple[dt.date, str]] = []
    for item in items:
        for section in item.sections:
            if section.kind is not SectionKind.DECISION:
                continue
            heading = decision_heading(section.heading.text)
            if heading.body and heading.date:
                found.append((heading.date, heading.body))
    if not found:
        return header
    day = _day(header.start)
    own = [f for f in found if f[0] == day] if day is not None else []
    date, body = own[0] if own else max(found, key=lambda f: f[0])
    if day is not None and date != day:
        return header  # the latest decision is another day's: not this meeting's
    header.committee = body
    header.start = header.start or date
    return header


def read_meeting(header: Header, items: Sequence[ItemOutline]) -> Header:
    """The meeting line, then the meeting's own decision, fill what the header left out;
    the absent members from `Fraværende: A (V)` in the decisions, where it lists none."""
    header = meeting_decision(meeting_line(header), items)
    if header.absent is None:
        found = absent_in_decisions(items)
        header.absent = people(found) if found is not None else None
    return header
