"""Closed items that only the contents names.

An open edition of minutes leaves the closed items out of its body, and some contents
lists print them without a number, as `Lukket - Title`, between or after the numbered
entries (a transcript may run the whole list into one line). Those entries are the only
trace of the closed items, so they become items of their own, closed, without number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Item, Warning
from ..read.lines import Line

# `Lukket - Køb af inventar`, `LUKKET – Salg af grund`: an unnumbered closed entry (not
# after a number: `7 Lukket - Title` is a numbered entry the contents reader knows).
_CLOSED_ENTRY = re.compile(r"(?:^|(?<=[^\d\s])\s)(?P<mark>(?:Lukket|LUKKET)\s[-–]\s)(?=[A-ZÆØÅ])")
# Where such an entry's title ends: a dot leader, a page number (`... 9`, `9 Side 2`), the
# contents' own last entries (`Bilagsliste`, `Underskriftsblad`) or its page column (`Side`).
_ENTRY_END = re.compile(
    r"\s?\.{2,}|\s\d{1,3}(?:\sSide\s\d{1,3})?\s*$|\s(?:Bilagsliste|Underskriftsblad|Side)\b"
)


def closed_listings(lines: Sequence[Line]) -> list[str]:
    """The titles of the unnumbered `Lukket - Title` entries of the contents (the mark,
    which gives the access, is no part of the title)."""
    found = []
    for line in lines:
        text = line.text.strip()
        marks = list(_CLOSED_ENTRY.finditer(text))
        for n, m in enumerate(marks):
            # `Lukket - Title` / `Lukket - Title` run on: each ends where the next opens
            end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
            entry = text[m.end("mark") : end]
            stop = _ENTRY_END.search(entry)
            entry = (entry[: stop.start()] if stop else entry).strip()
            if entry:
                found.append(entry)
    return found


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


def with_closed_listings(
    contents: Sequence[Line], items: list[Item]
) -> tuple[list[Item], list[Warning]]:
    """The items, with each unnumbered closed contents entry that no item holds added
    after them (in the contents' order), and a warning for each."""
    held = {_key(item.title) for item in items}
    added, warnings = [], []
    for title in closed_listings(contents):
        if _key(title) in held:
            continue
        held.add(_key(title))
        added.append(Item(number=None, title=title, access="closed"))
        warnings.append(
            Warning(
                code="item_from_contents",
                message=f"closed item {title!r} is listed only in the table of contents",
            )
        )
    if not items:
        return items, []
    return [*items, *added], warnings
