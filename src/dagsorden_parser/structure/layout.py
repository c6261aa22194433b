"""Typography of a document: what body text looks like, and what stands out.

Rules ask these questions instead of hard-coding point sizes, so the same rule
serves a PDF set in 10 pt Times and one in 12 pt Arial, and plain text (which
has no typography at all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..read.lines import TEXT_LINE_HEIGHT, Line

#: A line this many points larger than body text stands out as a heading.
LARGER_BY = 1.0
#: A vertical step this many times the font size separates two paragraphs.
PARAGRAPH_GAP = 1.6


@dataclass(frozen=True, slots=True)
class Typography:
    """The document's body font size, and whether sizes and weights are known."""

    body_size: float
    known: bool

    @classmethod
    def of(cls, lines: Sequence[Line], known: bool) -> Typography:
        if not known:
            return cls(body_size=0.0, known=False)
        weight: Counter[float] = Counter()
        for line in lines:
            weight[line.size] += len(line.text)
        body = weight.most_common(1)[0][0] if weight else 0.0
        return cls(body_size=body, known=True)

    def larger(self, line: Line) -> bool:
        """Set larger than body text."""
        return self.known and line.size >= self.body_size + LARGER_BY

    def stands_out(self, line: Line) -> bool:
        """Bold or larger than body text; every line stands out in plain text."""
        return not self.known or line.bold or self.larger(line)

    def same_style(self, a: Line, b: Line) -> bool:
        return a.bold == b.bold and abs(a.size - b.size) < 0.6


def line_pitch(line: Line) -> float:
    return line.size if line.size > 0 else TEXT_LINE_HEIGHT


def paragraph_break(previous: Line, line: Line) -> bool:
    """Is there a paragraph gap (blank space, or a new page) between two lines?"""
    if previous.page != line.page:
        return True
    return line.top - previous.top > PARAGRAPH_GAP * line_pitch(previous)
