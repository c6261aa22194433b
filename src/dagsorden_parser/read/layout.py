"""Glyphs to lines, the way pdfplumber's `extract_text_lines` groups them.

Both PDF engines hand their glyphs to `assemble`, so a page reads as the same lines
whichever library drew the glyphs out of the file. The rules are pdfplumber's
defaults (x and y tolerance 3 points), written out for plain tuples:

1. glyphs a reader does not see twice are dropped: hidden (smaller than 3 points,
   or white) and overprinted (the same glyph at the same rounded place again, the
   fake bold some producers print);
2. consecutive runs of upright and rotated glyphs are treated apart; within a run,
   glyphs whose `top` values chain within 3 points form a line, left to right;
3. a line splits into words at white space and at gaps wider than 3 points;
4. words whose tops chain within 3 points, in order, form one output line; its text
   is the words joined by single spaces, its box the box of its glyphs.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .lines import Line

#: Glyphs smaller than this are invisible stamps or hidden text, not reading matter.
MIN_GLYPH_SIZE = 3.0
#: pdfplumber's default x and y tolerance, in points.
TOLERANCE = 3.0

#: Ligatures pdfplumber expands in its text (its `LIGATURES` table).
LIGATURES = {
    "ﬀ": "ff",
    "ﬃ": "ffi",
    "ﬄ": "ffl",
    "ﬁ": "fi",
    "ﬂ": "fl",
    "ﬆ": "st",
    "ﬅ": "st",
}


class Glyph(NamedTuple):
    """One drawn character in page coordinates (`top` grows down the page)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    white: bool = False
    upright: bool = True


def visible(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """The glyphs a reader sees once: hidden ones and overprinted repeats dropped."""
    seen: set[tuple[str, int, int]] = set()
    kept: list[Glyph] = []
    for glyph in glyphs:
        key = (glyph.text, round(glyph.x0), round(glyph.top))
        if key in seen:
            continue
        seen.add(key)
        if glyph.size < MIN_GLYPH_SIZE or glyph.white:
            continue
        kept.append(glyph)
    return kept


def _clusters(values: set[float]) -> dict[float, int]:
    """pdfplumber's `make_cluster_dict`: sorted values chained within the tolerance."""
    ids: dict[float, int] = {}
    group = -1
    last = float("-inf")
    for value in sorted(values):
        if value > last + TOLERANCE:
            group += 1
        ids[value] = group
        last = value
    return ids


def _lines_of_run(run: list[Glyph], upright: bool) -> Iterator[list[Glyph]]:
    """The char lines of a run of glyphs, in order, each sorted along the line."""
    if upright:
        ids = _clusters({g.top for g in run})
        ordered = sorted(run, key=lambda g: ids[g.top])  # stable: stream order kept
        key_of = ids.__getitem__
        current: list[Glyph] = []
        current_id = -1
        for glyph in ordered:
            gid = key_of(glyph.top)
            if gid != current_id and current:
                yield sorted(current, key=lambda g: g.x0)
                current = []
            current_id = gid
            current.append(glyph)
        if current:
            yield sorted(current, key=lambda g: g.x0)
    else:  # rotated text: lines run down the page, clustered by x0
        ids = _clusters({g.x0 for g in run})
        ordered = sorted(run, key=lambda g: ids[g.x0])
        current = []
        current_id = -1
        for glyph in ordered:
            gid = ids[glyph.x0]
            if gid != current_id and current:
                yield sorted(current, key=lambda g: (g.top, g.bottom))
                current = []
            current_id = gid
            current.append(glyph)
        if current:
            yield sorted(current, key=lambda g: (g.top, g.bottom))


def _words(line: list[Glyph], upright: bool) -> Iterator[list[Glyph]]:
    """pdfplumber's word splitting: at white space and at gaps beyond the tolerance."""
    word: list[Glyph] = []
    for glyph in line:
        if glyph.text.isspace():
            if word:
                yield word
            word = []
            continue
        if word:
            prev = word[-1]
            if upright:
                new = (
                    glyph.x0 < prev.x0
                    or glyph.x0 > prev.x1 + TOLERANCE
                    or abs(glyph.top - prev.top) > TOLERANCE
                )
            else:
                new = (
                    glyph.top < prev.top
                    or glyph.top > prev.bottom + TOLERANCE
                    or abs(glyph.x0 - prev.x0) > TOLERANCE
                )
            if new:
                yield word
                word = []
        word.append(glyph)
    if word:
        yield word


def _runs(glyphs: list[Glyph]) -> Iterator[tuple[bool, list[Glyph]]]:
    """Consecutive runs of upright and of rotated glyphs."""
    run: list[Glyph] = []
    upright = True
    for glyph in glyphs:
        if run and glyph.upright != upright:
            yield upright, run
            run = []
        upright = glyph.upright
        run.append(glyph)
    if run:
        yield upright, run


def assemble(glyphs: Sequence[Glyph], page: int) -> list[Line]:
    """The lines of one page from its glyphs in content order (indexes left at 0)."""
    kept = visible(glyphs)
    if not kept:
        return []
    words: list[list[Glyph]] = []
    for upright, run in _runs(kept):
        for line in _lines_of_run(run, upright):
            words.extend(_words(line, upright))
    # Words to output lines: tops chained within the tolerance, in word order.
    ids = _clusters({min(g.top for g in word) for word in words})
    out: list[Line] = []
    group: list[list[Glyph]] = []
    group_id = -1
    for word in words:
        wid = ids[min(g.top for g in word)]
        if wid != group_id and group:
            out.append(_line(group, page))
            group = []
        group_id = wid
        group.append(word)
    if group:
        out.append(_line(group, page))
    return out


def _line(words: list[list[Glyph]], page: int) -> Line:
    text = " ".join("".join(LIGATURES.get(g.text, g.text) for g in word) for word in words)
    chars = [g for word in words for g in word]
    sizes = [g.size for g in chars]
    bold = sum(1 for g in chars if g.bold)
    return Line(
        text=text,
        page=page,
        top=min(g.top for g in chars),
        bottom=max(g.bottom for g in chars),
        x0=min(g.x0 for g in chars),
        x1=max(g.x1 for g in chars),
        size=round(statistics.median(sizes), 1),
        bold=bold * 2 > len(chars),
    )
