"""Choosing the PDF engine: PDFium by default, pdfplumber on request or as fallback.

Both engines (`pdf_pdfium`, `pdf_pdfplumber`) answer the same two questions, the page
count and the lines of a range of pages, and both group glyphs into lines with
`layout.assemble`. A file PDFium cannot open at all is read with pdfplumber, which
repairs more kinds of damage and names the problem when it cannot.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Literal

from ..errors import DamagedPdfError, NotAPdfError, NoTextLayerError
from .guard import check_streams
from .lines import Extracted, Line

Engine = Literal["pdfium", "pdfplumber"]
ENGINES: tuple[Engine, ...] = ("pdfium", "pdfplumber")
DEFAULT_ENGINE: Engine = "pdfium"
#: Environment variable that changes the default engine (for whole runs and workers).
ENGINE_VARIABLE = "DAGSORDEN_PDF_ENGINE"


def choose_engine(engine: str | None = None) -> Engine:
    """The engine to use: the one named, else `$DAGSORDEN_PDF_ENGINE`, else PDFium."""
    name = (engine or os.environ.get(ENGINE_VARIABLE) or DEFAULT_ENGINE).strip().lower()
    for known in ENGINES:
        if name == known:
            return known
    raise ValueError(f"unknown PDF engine {name!r}; choose from {', '.join(ENGINES)}")


def check_header(path: Path) -> None:
    """Raise `NotAPdfError` unless the file starts like a PDF, and `DamagedPdfError` for
    a decompression bomb (see `guard`)."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise NotAPdfError(path, "not a PDF (the file does not start with a %PDF- header)")
    check_streams(path)


def _page_count(engine: Engine, path: Path) -> tuple[Engine, int]:
    """The engine that can open the file and its page count."""
    if engine == "pdfium":
        from . import pdf_pdfium

        try:
            return "pdfium", pdf_pdfium.page_count(path)
        except pdf_pdfium.PdfiumOpenError:
            pass  # fall back: pdfplumber repairs more damage, or names it
    from . import pdf_pdfplumber

    return "pdfplumber", pdf_pdfplumber.page_count(path)


def open_engine(path: Path, engine: str | None = None) -> tuple[Engine, int]:
    """The engine that will read `path` and its page count, or a typed error."""
    check_header(path)
    used, pages = _page_count(choose_engine(engine), path)
    if pages == 0:
        raise DamagedPdfError(path, "the PDF has no pages")
    return used, pages


def read_pages(path: Path, engine: Engine, first: int, last: int) -> list[Line]:
    """Lines of pages `first` to `last` (0-based, exclusive) with the given engine (as
    `open_engine` chose it). Line indexes are left for the caller to number."""
    if engine == "pdfium":
        from .pdf_pdfium import pdf_lines
    else:
        from .pdf_pdfplumber import pdf_lines
    return pdf_lines(path, first, last)[0]


def finish(path: Path, lines: list[Line], pages: int) -> Extracted:
    """Number the lines in order; a PDF without any text is a scan."""
    if not any(line.text.strip() for line in lines):
        raise NoTextLayerError(
            path, f"no text layer on any of its {pages} pages (a scan? run OCR first)"
        )
    numbered = tuple(
        line if line.index == n else replace(line, index=n) for n, line in enumerate(lines)
    )
    return Extracted(lines=numbered, pages=pages, format="pdf", has_typography=True)


def extract_pdf(path: Path, engine: str | None = None) -> Extracted:
    """A PDF's text layer as lines, page by page, in one process."""
    check_header(path)
    if choose_engine(engine) == "pdfium":
        from . import pdf_pdfium

        try:
            lines, pages = pdf_pdfium.pdf_lines(path)
        except pdf_pdfium.PdfiumOpenError:
            pass  # fall back: pdfplumber repairs more damage, or names it
        else:
            return finish(path, lines, pages)
    from . import pdf_pdfplumber

    lines, pages = pdf_pdfplumber.pdf_lines(path)
    return finish(path, lines, pages)
