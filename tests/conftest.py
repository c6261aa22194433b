"""Shared helpers for the parser tests: `Line` lists built from short tuples.

All document text in the tests is invented Danish in the layout of municipal
agendas and minutes; no text is copied from real documents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from dagsorden_parser import __version__
from dagsorden_parser.facts.build import build
from dagsorden_parser.models import Document, Source
from dagsorden_parser.profiles import FIRST_AGENDA
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.layout import Typography
from dagsorden_parser.structure.outline import Outline, outline

#: Body font size of the fixtures, and the size of larger headings.
BODY = 10.0
BIG = 14.0
#: Marks a paragraph gap (extra white space) in a `make_lines` spec.
GAP = None

Spec = tuple[str, bool, float] | tuple[str, bool, float, int] | None


def make_lines(specs: Iterable[Spec], *, first_page: int = 1) -> tuple[Line, ...]:
    """Lines from `(text, bold, size)` or `(text, bold, size, page)` tuples.

    Lines follow each other down the page 1.2 x their size apart; `GAP` (None)
    adds a paragraph's worth of white space; a new page number restarts at the
    top. Indexes count up from 0, as the extractor numbers them.
    """
    out: list[Line] = []
    page, top = first_page, 50.0
    for spec in specs:
        if spec is None:
            top += 2 * BODY
            continue
        text, bold, size, *rest = spec
        if rest and rest[0] != page:
            page, top = rest[0], 50.0
        out.append(
            Line(
                text=text,
                page=page,
                top=top,
                bottom=top + size,
                x0=60.0,
                x1=60.0 + 5 * len(text),
                size=size,
                bold=bold,
                index=len(out),
            )
        )
        top += 1.2 * size
    return tuple(out)


def plain_lines(*texts: str) -> tuple[Line, ...]:
    """Lines without pages or typography, as a text source gives them."""
    return tuple(Line(text=t, top=12.0 * (n + 1), index=n) for n, t in enumerate(texts))


def outline_of(lines: tuple[Line, ...], *, typography: bool = True) -> Outline:
    return outline(lines, Typography.of(lines, typography), FIRST_AGENDA)


def document_of(lines: tuple[Line, ...], *, typography: bool = True) -> Document:
    """Outline and build `lines` (already clean) into a `Document`."""
    pages = {line.page for line in lines} - {None}
    source = Source(
        path="<test>",
        sha256=hashlib.sha256("\n".join(line.text for line in lines).encode()).hexdigest(),
        format="pdf" if typography else "text",
        pages=max(pages) if pages else None,
    )
    return build(
        outline_of(lines, typography=typography),
        source=source,
        profile=FIRST_AGENDA,
        parser_version=__version__,
    )


def warning_codes(doc: Document) -> list[str]:
    return [w.code for w in doc.warnings]
