"""Clean-up stage: Unicode normalised, page furniture and overprints removed.

Page furniture is what a reader skips: running headers and footers repeated on
most pages, and page numbers such as `Side 3 af 12`, `3 of 12` or a bare `3`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..read.lines import Line
from ..vocabulary import section_kind
from .text import normalise
from .transcript import cut_transcript, is_transcript

# `Side 3`, `Side 3 af 12`, `side 3 / 12`: a page number.
_PAGE_LABEL = re.compile(r"^(side|page)\s*\d+\s*((af|of|/)\s*\d+)?$", re.IGNORECASE)
# `3 of 12`, `3 af 12`, `3/12`, `- 3 -`, `3`: a page number without a label.
# `background image`: the page marker of pdf2html transcripts.
_TRANSCRIPT_MARKER = re.compile(r"^background image$", re.IGNORECASE)
# (`21/7587` is a case number: no document has thousands of pages)
_BARE_PAGE_NUMBER = re.compile(r"^(-\s*)?\d{1,4}(\s*(af|of)\s*\d{1,4}|\s*/\s*\d{1,3})?(\s*-)?$")
_DIGITS = re.compile(r"\d+")

#: Share of pages a line must repeat on (at the same height) to be a running header.
REPEAT_SHARE = 0.5
#: How many lines at the top and bottom of a page may be furniture.
EDGE_LINES = 3
# `Åbent punkt`, `Lukket punkt`, `(Lukket)`: an item's access mark, however often a page
# prints it in the same place, is the item's and never page furniture.
_ACCESS_MARK = re.compile(r"^\(?(åbent|åben|lukket|fortroligt?)(\s(punkt|sag))?\)?$", re.I)


#: A line longer than this may be several lines run together by a transcript.
RUN_ON_LENGTH = 160
# Where a run-together transcript line is cut: before a header label, a title,
# the contents, or a contents entry `2 (Åben) Title` after the previous page number.
_RUN_ON_BREAK = re.compile(
    r"\s+(?=(?:Mødetidspunkt|Mødedato|Mødeafholdelse|Mødested|Mødelokale|Tilstede:|"
    r"Fraværende:|Afbud:|Indholdsfortegnelse|Protokollen blev|Mødet hævet|"
    r"(?:Dagsorden|Referat) (?:til|af|for) møde))"
    r"|(?<=Indholdsfortegnelse)\s+"
    r"|(?<=\d)\s+(?=\d{1,3} \((?:Åben|Lukket)\))"
    r"|(?<=\d{2}:\d{2})\s+(?=\d{1,3} \((?:Åben|Lukket)\))"
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    lines: tuple[Line, ...]
    removed: tuple[Line, ...]


def clean(lines: tuple[Line, ...], pages: int | None) -> Cleaned:
    """Normalise every line's text and drop page furniture (kept aside in `removed`)."""
    parts: list[Line] = []
    for line in lines:
        text = normalise(line.text)
        if len(text) > RUN_ON_LENGTH:
            parts += [part for part in unglue(_with(line, text)) if part.text]
        elif text:  # a line already in normal form is kept as it is (lines are frozen)
            parts.append(line if text == line.text else _with(line, text))
    normalised = [
        line if line.index == n else _with(line, line.text, n) for n, line in enumerate(parts)
    ]
    furniture = _furniture(normalised, pages)
    kept = tuple(line for line in normalised if line.index not in furniture)
    removed = tuple(line for line in normalised if line.index in furniture)
    if is_transcript([line.text for line in kept]):  # a web transcript's pages run together
        kept = tuple(cut_transcript(kept))
    return Cleaned(lines=kept, removed=removed)


def unglue(line: Line) -> list[Line]:
    """Cut a very long line where a transcript ran header fields and contents together."""
    if len(line.text) <= RUN_ON_LENGTH:
        return [line]
    parts = [part.strip() for part in _RUN_ON_BREAK.split(line.text) if part and part.strip()]
    return [_with(line, part) for part in parts]


def _with(line: Line, text: str, index: int | None = None) -> Line:
    """`line` with new text (and index): `dataclasses.replace` without its checks,
    which cost more than the rest of this stage on a long document."""
    return Line(
        text,
        line.page,
        line.top,
        line.bottom,
        line.x0,
        line.x1,
        line.size,
        line.bold,
        line.index if index is None else index,
    )


# `Økonomiudvalget`, `Byrådet`, `Kommunalbestyrelsen`, `Ældrerådet`: a meeting body's name.
_BODY = re.compile(r"(?:udvalget|udvalg|rådet|byråd|bestyrelsen|kommissionen)\b", re.I)
#: Shortest line taken for a running header in plain text.
TEXT_HEADER_MIN = 8


def _furniture(lines: list[Line], pages: int | None) -> set[int]:
    """Indexes of lines that are running headers, footers or page numbers.

    The first page keeps its copy of a running header: there it is the title.
    """
    found = {
        line.index
        for line in lines
        if _PAGE_LABEL.match(line.text) or _TRANSCRIPT_MARKER.match(line.text)
    }
    if pages is None:
        return found | _repeated_in_text(lines)
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        if line.page is not None:
            by_page[line.page].append(line)
    edges = {
        line.index
        for page_lines in by_page.values()
        for line in page_lines[:EDGE_LINES] + page_lines[-EDGE_LINES:]
    }
    labelled = {line.page for line in lines if line.index in found}
    if len(labelled) * 2 <= len(by_page):  # `Side 3` on most pages: no other page number
        found |= _page_numbers(by_page)
    if len(by_page) >= 3:
        groups: dict[tuple[str, int], list[Line]] = defaultdict(list)
        for line in lines:
            if line.index in edges and line.page is not None:
                groups[_furniture_key(line)].append(line)
        threshold = max(3, REPEAT_SHARE * len(by_page))
        for group in groups.values():
            if _ACCESS_MARK.match(group[0].text.strip()):
                continue
            if all(line.bold for line in group) and _BARE_PAGE_NUMBER.match(group[0].text):
                continue  # item numbers in bold at the top of each page
            if len({line.page for line in group}) >= threshold and _runs_with_pages(group):
                found |= {line.index for line in group if line.page != 1}
    return found


def _page_numbers(by_page: dict[int, list[Line]]) -> set[int]:
    """Bare numbers at the top or foot of pages that count with the pages (`2` on page 2,
    `3` on page 3, or one apart throughout), not set in bold: page numbers. An item's
    number printed alone in bold at the top of a page is no page number."""
    found: list[tuple[int, int, int]] = []  # (line index, page, offset of number to page)
    for page, page_lines in by_page.items():
        if len(page_lines) < 2:
            continue
        for line in (page_lines[0], page_lines[-1]):
            m = _BARE_PAGE_NUMBER.match(line.text) if not line.bold else None
            digits = _DIGITS.search(line.text) if m else None
            if digits is not None:
                found.append((line.index, page, int(digits.group()) - page))
    offsets = Counter(offset for _, _, offset in found)
    if not offsets:
        return set()
    offset, count = offsets.most_common(1)[0]
    if count < 2 and len(by_page) > 1:
        return set()
    return {index for index, _, o in found if o == offset}


def _repeated_in_text(lines: list[Line]) -> set[int]:
    """Plain text has no pages to tell headers by: a line naming the meeting's body with a
    date (`Kultur- og Fritidsudvalget | 04-09-2017`) printed the same way three or more
    times, the first copy kept (unless it stands right after a page number, where a
    second page begins), is a running header or footer."""
    seen: dict[str, list[int]] = defaultdict(list)
    new_page: set[int] = set()  # lines that open a page: after `Side 1`, `1` or a form feed
    for n, line in enumerate(lines):
        text = line.text.strip()
        if TEXT_HEADER_MIN <= len(text) <= 120 and _DIGITS.search(text) and _BODY.search(text):
            if section_kind(text) is not None:
                continue  # `Beslutning i Udvalget den 27-02-2018` under every item: a heading
            seen[text].append(line.index)
            before = lines[n - 1] if n else None
            if before is not None and (
                _PAGE_LABEL.match(before.text.strip())
                or _BARE_PAGE_NUMBER.match(before.text.strip())
                or before.page != line.page
            ):
                new_page.add(line.index)
    found: set[int] = set()
    for text, indexes in seen.items():
        if len(indexes) >= (2 if " | " in text else 3):  # `Udvalg | dato` is a header's form
            # the first copy is the title, unless it too opens a page after the first
            found |= set(indexes[1:]) | ({indexes[0]} & new_page)
    return found


def _runs_with_pages(group: list[Line]) -> bool:
    """The same text on every page, or text whose only changing number is the page's."""
    if len({line.text for line in group}) == 1:
        return True
    offsets: set[int] | None = None
    for line in group:
        assert line.page is not None
        numbers = {int(n) - line.page for n in _DIGITS.findall(line.text) if len(n) < 5}
        offsets = numbers if offsets is None else offsets & numbers
        if not offsets:
            return False
    return True


def _furniture_key(line: Line) -> tuple[str, int]:
    """A line's text with numbers masked, and its height band on the page."""
    return _DIGITS.sub("#", line.text.lower()), round(line.top / 6)
