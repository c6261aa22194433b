"""Agenda and minutes of the same meeting: what the minutes added, what changed.

Items are paired by number where both documents number them, else by title.
For each pair the comparison says whether the title changed and what the
minutes add: decisions (with outcome), votes and absences; items only in one
of the two are listed as added or removed.

`mismatches` says why two documents may not be the agenda and minutes of one meeting
(different dates or committees, or given the wrong way round); `compare` keeps those
reasons in `Comparison.warnings`, and `dagsorden compare` refuses such a pair unless
`--force` is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .models import Absence, Document, Item, Outcome

Change = Literal["unchanged", "title_changed", "added", "removed"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ItemComparison(_Model):
    """One item across agenda and minutes."""

    number: str | None
    title: str
    change: Change
    agenda_title: str | None = None
    minutes_title: str | None = None
    decisions: tuple[Outcome, ...] = ()
    votes: int = 0
    absences: tuple[Absence, ...] = ()


class Comparison(_Model):
    """The whole meeting: agenda against minutes."""

    agenda: str
    minutes: str
    items: tuple[ItemComparison, ...]
    warnings: tuple[str, ...] = ()

    @property
    def changed(self) -> list[ItemComparison]:
        return [i for i in self.items if i.change != "unchanged"]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _pairs(
    agenda: Sequence[Item], minutes: Sequence[Item]
) -> list[tuple[Item | None, Item | None]]:
    numbered = all(i.number for i in (*agenda, *minutes))

    def key(item: Item) -> str:
        return item.number or "" if numbered else _key(item.title)

    later = {key(i): i for i in minutes}
    pairs: list[tuple[Item | None, Item | None]] = []
    used: set[str] = set()
    for item in agenda:
        match = later.get(key(item))
        pairs.append((item, match))
        if match is not None:
            used.add(key(match))
    pairs += [(None, i) for i in minutes if key(i) not in used]
    return pairs


def _day(document: Document) -> dt.date | None:
    start = document.start
    return start.date() if isinstance(start, dt.datetime) else start


def mismatches(agenda: Document, minutes: Document) -> list[str]:
    """Reasons the two documents may not be the agenda and the minutes of one meeting."""
    found: list[str] = []
    if agenda.kind == "minutes" and minutes.kind == "agenda":
        found.append(
            f"{agenda.source.path} is minutes and {minutes.source.path} an agenda: "
            "swapped? give the agenda first"
        )
    else:
        if agenda.kind == "minutes":
            found.append(f"{agenda.source.path} is minutes, not an agenda")
        if minutes.kind == "agenda":
            found.append(f"{minutes.source.path} is an agenda, not minutes")
    days = _day(agenda), _day(minutes)
    if days[0] is not None and days[1] is not None and days[0] != days[1]:
        found.append(f"different meeting dates: agenda {days[0]}, minutes {days[1]}")
    bodies = agenda.committee, minutes.committee
    if bodies[0] and bodies[1] and _key(bodies[0]) != _key(bodies[1]):
        found.append(f"different committees: agenda {bodies[0]!r}, minutes {bodies[1]!r}")
    return found


def compare(agenda: Document, minutes: Document) -> Comparison:
    """Pair the items of an agenda and the minutes of the same meeting."""
    out: list[ItemComparison] = []
    for before, after in _pairs(agenda.items, minutes.items):
        item = after or before
        assert item is not None
        if before is None:
            change: Change = "added"
        elif after is None:
            change = "removed"
        elif _key(before.title) != _key(after.title):
            change = "title_changed"
        else:
            change = "unchanged"
        absences = tuple(a for a in minutes.absences if item.number in a.items) if after else ()
        out.append(
            ItemComparison(
                number=item.number,
                title=item.title,
                change=change,
                agenda_title=before.title if before else None,
                minutes_title=after.title if after else None,
                decisions=tuple(d.outcome for d in after.decisions) if after else (),
                votes=sum(1 for d in after.decisions if d.votes) if after else 0,
                absences=absences,
            )
        )
    return Comparison(
        agenda=agenda.source.path,
        minutes=minutes.source.path,
        items=tuple(out),
        warnings=tuple(mismatches(agenda, minutes)),
    )
