"""Glyphs to lines, the way pdfplumber's `extract_text_lines` groups them.

Both PDF engines hand their glyphs to `assemble`, so a page reads as the same lines
whichever library drew the glyphs out of the file. The rules are pdfplumber's
defaults (x and y tolerance 3 points), written out for columns of plain values:

1. glyphs a reader does not see twice are dropped: hidden (smaller than 3 points,
   or white) and overprinted (the same glyph at the same rounded place again, the
   fake bold some producers print);
2. consecutive runs of upright and rotated glyphs are treated apart; within a run,
   glyphs whose `top` values chain within 3 points form a line, left to right;
3. a line splits into words at white space and at gaps wider than 3 points;
4. words whose tops chain within 3 points, in order, form one output line; its text
   is the words joined by single spaces, its box the box of its glyphs.

A page is a `Glyphs` of parallel lists (one entry per glyph). Most pages take
`_fast_page`, which gives the same lines with the work per glyph done on slices of
those lists (runs of glyphs on one top, in content order) and Python loops per run and
per line; a page it cannot vouch for (hidden or rotated glyphs, an overprinted repeat)
takes the rules above glyph by glyph.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, pairwise
from operator import ne, not_, sub
from typing import Any, NamedTuple

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
_LIGATURE_TABLE = str.maketrans(LIGATURES)
_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")


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


@dataclass
class Glyphs:
    """A page's glyphs in content order, as parallel lists."""

    text: list[str] = field(default_factory=list)
    x0: list[float] = field(default_factory=list)
    top: list[float] = field(default_factory=list)
    x1: list[float] = field(default_factory=list)
    bottom: list[float] = field(default_factory=list)
    size: list[float] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    hidden: list[bool] = field(default_factory=list)
    upright: list[bool] = field(default_factory=list)

    @classmethod
    def of(cls, glyphs: Iterable[Glyph]) -> Glyphs:
        page = cls()
        for g in glyphs:
            page.text.append(g.text)
            page.x0.append(g.x0)
            page.top.append(g.top)
            page.x1.append(g.x1)
            page.bottom.append(g.bottom)
            page.size.append(g.size)
            page.bold.append(g.bold)
            page.hidden.append(g.white or g.size < MIN_GLYPH_SIZE)
            page.upright.append(g.upright)
        return page


def _kept(page: Glyphs) -> list[int]:
    """Indexes of the glyphs a reader sees once: hidden ones and overprinted repeats
    (the same text at the same rounded x0 and top as an earlier glyph) dropped."""
    keys = list(zip(page.text, map(round, page.x0), map(round, page.top), strict=True))
    n = len(keys)
    hidden = page.hidden
    first = dict(zip(reversed(keys), range(n - 1, -1, -1), strict=True))  # key -> first index
    if len(first) == n:
        return [i for i in range(n) if not hidden[i]]
    firsts = set(first.values())
    return [i for i in range(n) if i in firsts and not hidden[i]]


def _clusters(values: Iterable[float]) -> dict[float, int]:
    """pdfplumber's `make_cluster_dict`: sorted values chained within the tolerance."""
    ids: dict[float, int] = {}
    group = -1
    last = float("-inf")
    for value in sorted(set(values)):
        if value > last + TOLERANCE:
            group += 1
        ids[value] = group
        last = value
    return ids


def _runs(page: Glyphs, kept: list[int]) -> list[tuple[bool, list[int]]]:
    """Consecutive runs of upright and of rotated glyphs."""
    upright = page.upright
    if all(upright[i] for i in kept):
        return [(True, kept)]
    runs: list[tuple[bool, list[int]]] = []
    for i in kept:
        if runs and runs[-1][0] == upright[i]:
            runs[-1][1].append(i)
        else:
            runs.append((upright[i], [i]))
    return runs


def _char_lines(page: Glyphs, run: list[int], upright: bool) -> list[list[int]]:
    """The lines of a run: glyphs whose tops chain within the tolerance (x0 for rotated
    text), each line in reading order (left to right; down the page if rotated)."""
    x0, top, bottom = page.x0, page.top, page.bottom
    keys: list[tuple[float, ...]]
    if upright:
        ids = _clusters([top[i] for i in run])
        keys = [(ids[top[i]], x0[i]) for i in run]
    else:
        ids = _clusters([x0[i] for i in run])
        keys = [(ids[x0[i]], top[i], bottom[i]) for i in run]
    order = sorted(range(len(run)), key=keys.__getitem__)
    lines: list[list[int]] = []
    current: float = -1.0
    for k in order:
        if keys[k][0] != current:
            current = keys[k][0]
            lines.append([])
        lines[-1].append(run[k])
    return lines


def _split_words(page: Glyphs, line: list[int], upright: bool) -> list[list[int]]:
    """pdfplumber's words of one line: split at white space and at gaps (or steps back)
    beyond the tolerance between neighbouring glyphs."""
    text, x0, top, x1, bottom = page.text, page.x0, page.top, page.x1, page.bottom
    words: list[list[int]] = []
    word: list[int] = []
    for i in line:
        if text[i].isspace():
            if word:
                words.append(word)
            word = []
            continue
        if word:
            prev = word[-1]
            if upright:
                new = x0[i] < x0[prev] or x0[i] > x1[prev] + TOLERANCE
                new = new or abs(top[i] - top[prev]) > TOLERANCE
            else:
                new = top[i] < top[prev] or top[i] > bottom[prev] + TOLERANCE
                new = new or abs(x0[i] - x0[prev]) > TOLERANCE
            if new:
                words.append(word)
                word = []
        word.append(i)
    if word:
        words.append(word)
    return words


def _simple_line(page: Glyphs, line: list[int], number: int, index: int) -> list[Line] | None:
    """The common case, quickly: an upright line of one-character glyphs on one top
    with no gap or step back, whose words are just its text split at white space."""
    text, top = page.text, page.top
    first_top = top[line[0]]
    if any(top[i] != first_top for i in line):
        return None
    chars = "".join([text[i] for i in line])
    if len(chars) != len(line):
        return None
    x0, x1 = page.x0, page.x1
    previous = line[0]
    for i in line[1:]:
        gap = x0[i] < x0[previous] or x0[i] > x1[previous] + TOLERANCE
        if gap and not (text[i].isspace() or text[previous].isspace()):
            return None
        previous = i
    glyphs = [i for i in line if not text[i].isspace()]
    if not glyphs:
        return []
    return [_make_line(page, " ".join(chars.split()), glyphs, number, index)]


def _lines_of(page: Glyphs, line: list[int], upright: bool, number: int, index: int) -> list[Line]:
    """The output lines of one char line: its words, grouped by chained word tops."""
    if upright:
        simple = _simple_line(page, line, number, index)
        if simple is not None:
            return simple
    words = _split_words(page, line, upright)
    if not words:
        return []
    top = page.top
    word_tops = [min([top[i] for i in word]) for word in words]
    ids = _clusters(word_tops)
    out: list[Line] = []
    start = 0
    for k in range(1, len(words) + 1):
        if k == len(words) or ids[word_tops[k]] != ids[word_tops[k - 1]]:
            group = words[start:k]
            joined = " ".join("".join([page.text[i] for i in word]) for word in group)
            chars = [i for word in group for i in word]
            out.append(_make_line(page, joined, chars, number, index + len(out)))
            start = k
    return out


def assemble_page(page: Glyphs, number: int, first_index: int = 0) -> list[Line]:
    """The lines of one page from its glyphs in content order, numbered from
    `first_index`.

    Words of neighbouring char lines never share a cluster of tops (the tops of two
    char lines are more than the tolerance apart), so each char line is finished on
    its own."""
    fast = _fast_page(page, number, first_index)
    if fast is not None:
        return fast
    kept = _kept(page)
    out: list[Line] = []
    for upright, run in _runs(page, kept) if kept else ():
        for line in _char_lines(page, run, upright):
            out.extend(_lines_of(page, line, upright, number, first_index + len(out)))
    return out


def assemble(glyphs: Sequence[Glyph], page: int, first_index: int = 0) -> list[Line]:
    """The lines of one page from `Glyph`s in content order, numbered from `first_index`."""
    return assemble_page(Glyphs.of(glyphs), page, first_index)


def _make_line(page: Glyphs, text: str, chars: list[int], number: int, index: int) -> Line:
    sizes = [page.size[i] for i in chars]
    bold = page.bold
    bold_count = sum(1 for i in chars if bold[i])
    return Line(
        text=text.translate(_LIGATURE_TABLE),
        page=number,
        top=min([page.top[i] for i in chars]),
        bottom=max([page.bottom[i] for i in chars]),
        x0=min([page.x0[i] for i in chars]),
        x1=max([page.x1[i] for i in chars]),
        size=round(statistics.median(sizes), 1),
        bold=bold_count * 2 > len(chars),
        index=index,
    )


def _fast_page(page: Glyphs, number: int, first_index: int) -> list[Line] | None:
    """`assemble_page` for a page of visible, upright glyphs without overprinted
    repeats (None for any other page), working on runs of consecutive glyphs that share
    one `top` rather than on single glyphs.

    The char lines are the runs whose tops fall in one cluster; a line's glyphs, taken
    in content order and sorted by x0 (stable), are the order of the glyph-by-glyph
    rules. An overprinted repeat has the same text at the same rounded x0 and top as an
    earlier glyph, so it sits in the same line within 1 point of it in x0: only glyphs
    that close to their neighbours need the exact test."""
    text, x0, top = page.text, page.x0, page.top
    n = len(text)
    if n == 0 or True in page.hidden or False in page.upright:
        return None
    starts = [0]
    changed = list(map(ne, top[1:], top))  # changed[k]: glyph k + 1 starts a run
    k = -1
    while True:
        try:
            k = changed.index(True, k + 1)
        except ValueError:
            break
        starts.append(k + 1)
    starts.append(n)
    runs = list(pairwise(starts))
    ids = _clusters([top[a] for a, _ in runs])
    members: list[list[tuple[int, int]]] = [[] for _ in range(max(ids.values()) + 1)]
    for a, b in runs:
        members[ids[top[a]]].append((a, b))
    out: list[Line] = []
    for line_runs in members:
        if len(line_runs) == 1:
            a, b = line_runs[0]
            xs = x0[a:b]
        else:
            xs = [x for a, b in line_runs for x in x0[a:b]]
        order: list[int] | None = None
        if xs != sorted(xs):
            order = sorted((i for a, b in line_runs for i in range(a, b)), key=x0.__getitem__)
            xs = [x0[i] for i in order]
        if _repeats(page, line_runs, order, xs):
            return None
        out.extend(_finish_line(page, line_runs, order, xs, number, first_index + len(out)))
    return out


def _repeats(
    page: Glyphs, runs: list[tuple[int, int]], order: list[int] | None, xs: list[float]
) -> bool:
    """Whether a line (its glyphs in x0 order: `xs` their x0) holds an overprinted
    repeat: only glyphs within 1 point of a neighbour's x0 are compared."""
    if len(xs) < 2 or min(map(sub, xs[1:], xs)) > 1.0:
        return False
    line = _glyph_indexes(runs, order)
    text, top = page.text, page.top
    seen: set[tuple[str, int, int]] = set()
    last = len(xs) - 1
    for k, x in enumerate(xs):
        if (k > 0 and x - xs[k - 1] <= 1.0) or (k < last and xs[k + 1] - x <= 1.0):
            i = line[k]
            key = (text[i], round(x), round(top[i]))
            if key in seen:
                return True
            seen.add(key)
    return False


def _glyph_indexes(runs: list[tuple[int, int]], order: list[int] | None) -> list[int]:
    """A line's glyph indexes in x0 order."""
    return order if order is not None else [i for a, b in runs for i in range(a, b)]


def _take(values: list[Any], runs: list[tuple[int, int]], order: list[int] | None) -> list[Any]:
    """A column's values for a line: slices of its runs, or gathered in `order`."""
    if order is not None:
        return [values[i] for i in order]
    if len(runs) == 1:
        a, b = runs[0]
        return values[a:b]
    return [v for a, b in runs for v in values[a:b]]


def _finish_line(
    page: Glyphs,
    runs: list[tuple[int, int]],
    order: list[int] | None,
    xs: list[float],
    number: int,
    index: int,
) -> list[Line]:
    """`_lines_of` for one upright char line (its glyphs in x0 order: `order`, or None
    when that is content order; `xs` their x0): `_simple_line`'s case from the line's
    columns, anything else by the glyph-by-glyph rules."""
    text, top = page.text, page.top
    first_top = top[runs[0][0]]
    chars = "".join(_take(text, runs, order))
    if len(chars) != len(xs) or any(top[a] != first_top for a, _ in runs[1:]):
        return _lines_of(page, _glyph_indexes(runs, order), True, number, index)
    x1s = _take(page.x1, runs, order)
    if len(xs) > 1:
        # A gap (the next glyph starts more than the tolerance after this one ends) is
        # allowed only next to white space; the exact test runs where the difference
        # comes near the tolerance.
        steps = list(map(sub, xs[1:], x1s))
        if max(steps) > TOLERANCE - 0.1:
            for k in [k for k, step in enumerate(steps) if step > TOLERANCE - 0.1]:
                if xs[k + 1] > x1s[k] + TOLERANCE and not (
                    chars[k + 1].isspace() or chars[k].isspace()
                ):
                    return _lines_of(page, _glyph_indexes(runs, order), True, number, index)
    bottoms = _take(page.bottom, runs, order)
    sizes = _take(page.size, runs, order)
    bolds = _take(page.bold, runs, order)
    blank = list(map(str.isspace, chars))
    if True in blank:
        keep = list(map(not_, blank))
        if True not in keep:
            return []
        xs = list(compress(xs, keep))
        x1s = list(compress(x1s, keep))
        bottoms = list(compress(bottoms, keep))
        sizes = list(compress(sizes, keep))
        bolds = list(compress(bolds, keep))
    sizes.sort()
    half = len(sizes) // 2
    median = sizes[half] if len(sizes) % 2 else (sizes[half - 1] + sizes[half]) / 2
    joined = " ".join(chars.split())
    if _LIGATURE.search(joined):
        joined = joined.translate(_LIGATURE_TABLE)
    return [
        Line(
            text=joined,
            page=number,
            top=first_top,
            bottom=max(bottoms),
            x0=xs[0],  # in x0 order
            x1=max(x1s),
            size=round(median, 1),
            bold=sum(bolds) * 2 > len(bolds),
            index=index,
        )
    ]
