"""Outline stage: the cleaned lines are split, without loss, into the parts of a
meeting document: header, table of contents, and items with their sections.

Every input line lands in exactly one place, in order (`Outline.lines()` gives
them back), so nothing is silently dropped between extraction and the models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import SectionKind
from ..read.lines import Line
from ..vocabulary import section_kind
from .layout import Typography, line_pitch
from .priors import LayoutPriors
from .rules import CONTENTS_START, NO_ATTACHMENTS, ItemHeading, contents_line

#: Longest line that can be a section heading.
MAX_HEADING_LENGTH = 100


@dataclass(frozen=True, slots=True)
class SectionOutline:
    heading: Line
    kind: SectionKind
    body: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class ItemOutline:
    heading: ItemHeading
    heading_lines: tuple[Line, ...]
    preamble: tuple[Line, ...]
    sections: tuple[SectionOutline, ...]

    def lines(self) -> tuple[Line, ...]:
        out = [*self.heading_lines, *self.preamble]
        for section in self.sections:
            out += [section.heading, *section.body]
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Outline:
    header: tuple[Line, ...]
    contents: tuple[Line, ...]
    items: tuple[ItemOutline, ...]
    #: Text after the contents that no item heading claims (a layout not recognised).
    unplaced: tuple[Line, ...] = ()

    def lines(self) -> tuple[Line, ...]:
        out = [*self.header, *self.contents]
        for item in self.items:
            out += item.lines()
        return (*out, *self.unplaced)


def outline(lines: Sequence[Line], typography: Typography, profile: LayoutPriors) -> Outline:
    """Split lines into header, contents and items (see the module docstring)."""
    contents_start = next(
        (
            i
            for i, line in enumerate(lines)
            # a group heading (`A. Sager til afgørelse i byrådet`) opens the list of items
            if CONTENTS_START.match(line.text)
            or profile.group(line.text) is not None
            or _list_heading(lines, i)
        ),
        None,
    )
    search_from = 0 if contents_start is None else contents_start + 1
    first_item = _first_body_heading(lines, search_from, typography, profile, contents_start)
    header_end = min(x for x in (contents_start, first_item, len(lines)) if x is not None)
    header = tuple(lines[:header_end])
    contents = tuple(lines[header_end : first_item if first_item is not None else len(lines)])
    if first_item is None:
        end = header_end + _contents_extent(contents)
        return Outline(
            header=header,
            contents=tuple(lines[header_end:end]),
            items=(),
            unplaced=tuple(lines[end:]),
        )
    starts = [first_item]
    for i in range(first_item + 1, len(lines)):
        heading = profile.match_item(lines[i].text)
        if (
            heading is not None
            and _is_item_heading(lines[i], typography, profile)
            and _follows(lines[starts[-1]], heading, profile)
            and profile.confirm(lines, i, heading)
        ):
            starts.append(i)
    items = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        items.append(_item(lines[start:end], typography, profile))
    return Outline(header=header, contents=contents, items=tuple(items))


# `Dagsorden`, `Dagsorden:`: a heading word alone on its line.
_LIST_HEADING = re.compile(r"^dagsorden\s*:?$", re.I)
# `1. Title`, `2 Title`: the first entries of a numbered list.
_LIST_ENTRY = re.compile(r"^(?P<number>\d{1,3})\.?\s+\S")


def _list_heading(lines: Sequence[Line], index: int) -> bool:
    """`Dagsorden` right above a list `1. Title`, `2. Title`: the list of items (a web
    page prints it where a PDF prints its table of contents)."""
    if not _LIST_HEADING.match(lines[index].text):
        return False
    following = [_LIST_ENTRY.match(line.text) for line in lines[index + 1 : index + 3]]
    return [m["number"] if m else None for m in following] == ["1", "2"]


def _follows(previous: Line, heading: ItemHeading, profile: LayoutPriors) -> bool:
    """Item numbers only go up: `3.` after item 7 is a list in the body, not an item."""
    before = profile.match_item(previous.text)
    numbers = (before.number if before else None) or "", heading.number or ""
    if not all(n.isdigit() for n in numbers):
        return True
    return int(numbers[1]) > int(numbers[0])


def _contents_extent(lines: Sequence[Line]) -> int:
    """How many lines the contents take when no item heading follows them.

    On paged sources the contents end with the first later page on which most
    lines do not end in a page number; plain text has no pages to tell by.
    """
    if not lines or lines[0].page is None:
        return len(lines)
    first_page = lines[0].page
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.page is not None:
            pages.setdefault(line.page, []).append(line)
    for page, page_lines in sorted(pages.items()):
        listed = sum(contents_line(line.text).page is not None for line in page_lines)
        if page != first_page and listed * 2 < len(page_lines):
            return next(n for n, line in enumerate(lines) if line.page == page)
    return len(lines)


def _is_item_heading(line: Line, typography: Typography, profile: LayoutPriors) -> bool:
    """A line in heading style that an item rule accepts, and no contents line (a rule
    the profile names in `plain_heading_rules` needs no heading style)."""
    heading = profile.match_item(line.text)
    return (
        heading is not None
        and (typography.stands_out(line) or heading.rule in profile.plain_heading_rules)
        and not contents_line(line.text).dotted
    )


def _first_body_heading(
    lines: Sequence[Line],
    start: int,
    typography: Typography,
    profile: LayoutPriors,
    contents_start: int | None,
) -> int | None:
    """The first item heading in the body, after any table of contents.

    Inside the contents a heading-like line is still a contents line, until the
    numbering starts again from the top or a styled heading without a page
    number appears.
    """
    last_number: int | None = None
    for i in range(start, len(lines)):
        line = lines[i]
        entry = contents_line(line.text)
        heading = profile.match_item(entry.title)
        if heading is None:
            continue
        if contents_start is None:
            if _is_item_heading(line, typography, profile) and profile.confirm(lines, i, heading):
                return i
            continue
        number = int(heading.number) if heading.number and heading.number.isdigit() else None
        restarted = number is not None and last_number is not None and number <= last_number
        if typography.known:  # a heading in heading style, without a page number
            body = typography.stands_out(line) and entry.page is None
        else:  # a heading without a page number, before any numbered contents line
            body = entry.page is None and last_number is None
        if (restarted or body) and profile.confirm(lines, i, heading):
            return i
        last_number = number if number is not None else last_number
    return None


def _item(lines: Sequence[Line], typography: Typography, profile: LayoutPriors) -> ItemOutline:
    first = lines[0]
    # the caller found it with the same rules, on the line or on its contents title
    # (`...2(Lukket)`: a dot leader before the heading)
    heading = profile.match_item(first.text) or profile.match_item(contents_line(first.text).title)
    if heading is None:
        heading = ItemHeading(None, first.text, None, "unmatched")
    n = 1
    if typography.known and typography.stands_out(first):  # a long title wraps onto
        # following lines in the same style
        while (
            n < len(lines)
            and lines[n].page == first.page
            and typography.same_style(lines[n], first)
            # `Resumé` right below is a section; `videre proces` continues the title
            and (lines[n].text[:1].islower() or section_kind(lines[n].text) is None)
            and lines[n].top - lines[n - 1].top <= 1.6 * line_pitch(first)
        ):
            n += 1
    heading_lines = tuple(lines[:n])
    preamble: list[Line] = []
    sections: list[tuple[Line, SectionKind, list[Line]]] = []
    for line in lines[n:]:
        kind = _section_heading(line, typography, profile)
        if kind is not None:
            sections.append((line, kind, []))
        elif sections:
            sections[-1][2].append(line)
        else:
            preamble.append(line)
    return ItemOutline(
        heading=heading,
        heading_lines=heading_lines,
        preamble=tuple(preamble),
        sections=tuple(SectionOutline(h, k, tuple(body)) for h, k, body in sections),
    )


def _section_heading(
    line: Line, typography: Typography, profile: LayoutPriors
) -> SectionKind | None:
    """The kind of section a line opens, or None for body text.

    With typography, a heading is a short bold line in known words, or a short
    line set larger than the body. Without it, only known words count.
    """
    text = line.text
    if len(text) > MAX_HEADING_LENGTH or text.endswith((".", ",", ";")):
        return None
    kind = section_kind(text) or profile.section_kind(text)
    label, colon, value = text.partition(":")
    if kind is None and colon and NO_ATTACHMENTS.match(value.strip()):
        kind = section_kind(label)  # `Bilag: Ingen`, a heading with its (empty) content
    if not typography.known or (profile.plain_sections and profile.section_kind(text)):
        return kind
    if typography.larger(line) and (line.bold or kind is not None):
        return kind or SectionKind.OTHER
    if line.bold and kind is not None:
        return kind
    return None
