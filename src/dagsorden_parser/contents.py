"""Table of contents (Indholdsfortegnelse): its lines become `ContentsEntry`s.

Entries end in a page number (`1 (Åben) Eventuelt ........ 4`); a title that
wraps is joined with the line that carries the page number. Lines before the
first entry (the committee, the date) are not entries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .lines import Line
from .models import ContentsEntry
from .rules import (
    CONTENTS_START,
    ContentsLine,
    ItemHeading,
    contents_line,
    split_access_prefix,
)
from .text import join_lines

MatchItem = Callable[[str], ItemHeading | None]


def contents_entries(lines: Sequence[Line], match_item: MatchItem) -> list[ContentsEntry]:
    """Entries of the contents, in order; the last may be cut off (no page)."""
    entries: list[ContentsEntry] = []
    pending: list[str] = []
    pending_heading: ItemHeading | None = None
    numbered = False

    def flush(page: int | None) -> None:
        nonlocal pending, pending_heading
        if pending_heading is not None:
            title = join_lines([pending_heading.title, *pending[1:]]).strip()
            number, access = pending_heading.number, pending_heading.access
        else:
            title, number, access = join_lines(pending).strip(), None, None
        title, prefix_access = split_access_prefix(title)
        if title:
            entries.append(
                ContentsEntry(number=number, title=title, access=access or prefix_access, page=page)
            )
        pending, pending_heading = [], None

    texts = [line.text for line in lines if not CONTENTS_START.match(line.text)]
    parsed = [contents_line(text) for text in texts]
    paged = [entry for entry in parsed if entry.page is not None]
    dotted = sum(entry.dotted for entry in paged) * 2 > len(paged)
    for text, entry in zip(texts, parsed, strict=True):
        if dotted and entry.page is not None and not entry.dotted:
            # In a contents set with dot leaders, a number without them ends a title
            # that wraps (`... og tillæg nr. 11`), it is not a page number.
            entry = ContentsLine(text, None, False)
        heading = match_item(entry.title)
        if heading is not None:
            if pending_heading is not None:
                flush(None)
            numbered = True
            pending, pending_heading = [entry.title], heading
        elif pending_heading is not None or (entries and not numbered) or entry.dotted:
            pending.append(entry.title)
        else:
            continue  # a line before the first entry: committee, date, `Åben dagsorden`
        if entry.page is not None:
            flush(entry.page)
    if pending_heading is not None:
        flush(None)
    return entries
