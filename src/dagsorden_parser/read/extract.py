"""Extractor: a source file becomes typed `Line`s with pages and typography.

Text files are read here; PDFs by one of two engines chosen in `read.pdf` (PDFium
through pypdfium2 by default, pdfplumber on request). Pages are closed as soon as
their lines are read, so memory does not grow with the page count.
"""

from __future__ import annotations

import errno
import re
import stat
from pathlib import Path

from ..errors import (
    EmptyFileError,
    NotAFileError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from .decoding import decode
from .lines import TEXT_LINE_HEIGHT, Extracted, Line
from .pdf_guard import check_pdf

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})

# `**bold**` markers of a markdown-style text rendering of a PDF.
_MARKDOWN_BOLD = re.compile(r"\*\*")


def extract(path: str | Path, *, engine: str | None = None, check_only: bool = False) -> Extracted:
    """Read a PDF or text file into lines, or raise a typed `DagsordenError`.

    `engine` picks the PDF library ("pdfium", the default, or "pdfplumber").
    `check_only` makes the checks every source gets (it exists, has a known type,
    is not empty) and returns an empty `Extracted` without reading it."""
    source = Path(path)
    if source.is_dir():
        raise NotAFileError(
            source, "is a folder, not a file (convert a folder with: dagsorden convert DIR -o OUT)"
        )
    if not source.is_file():
        check_is_file(source)
    suffix = source.suffix.lower()
    if suffix not in PDF_SUFFIXES | TEXT_SUFFIXES:
        known = ", ".join(sorted(PDF_SUFFIXES | TEXT_SUFFIXES)) + ", .json (First Agenda export)"
        raise UnsupportedFormatError(
            source, f"unsupported file type {suffix or '(none)'!r}; expected one of {known}"
        )
    if source.stat().st_size == 0:
        raise EmptyFileError(source, "the file is empty (0 bytes)")
    if suffix in PDF_SUFFIXES:
        check_pdf(source)  # size and nesting limits, before any PDF engine opens it
    if check_only:
        return Extracted(lines=(), pages=None, format=suffix.lstrip("."), has_typography=False)
    if suffix in PDF_SUFFIXES:
        return extract_pdf(source, engine)
    return extract_text(source)


# --- plain text ---------------------------------------------------------------


def check_is_file(path: Path) -> None:
    """A typed error for a path that is no regular file: missing, a folder (even one
    named `x.pdf`), a symbolic link that loops, a pipe or a device."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise SourceNotFoundError(path, "a symbolic link to nothing") from None
        raise SourceNotFoundError(path, "no such file") from None
    except OSError as exc:  # ELOOP, EACCES ...
        if exc.errno == errno.ELOOP:
            raise NotAFileError(path, "a symbolic link that loops") from None
        raise SourceNotFoundError(path, f"cannot be opened ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise NotAFileError(path, "a folder, not a file")
    if not stat.S_ISREG(mode):
        raise NotAFileError(path, "not a regular file (a pipe, socket or device)")


def read_text(path: Path) -> str:
    """Decode a text file (see `decoding.decode`)."""
    return decode(path.read_bytes()).text


def extract_text(path: Path) -> Extracted:
    """A text file becomes lines; form feeds separate pages, `**` marks bold. A decoding
    that is a guess is reported in `Extracted.notes`."""
    decoded = decode(path.read_bytes())
    text = decoded.text
    if not text.strip():
        raise EmptyFileError(path, "the file holds no text")
    lines = text_to_lines(text)
    pages = text.count("\f") + 1 if "\f" in text else None
    notes = (f"encoding_guessed: {decoded.guess}",) if decoded.guess else ()
    return Extracted(lines=lines, pages=pages, format="text", has_typography=False, notes=notes)


def text_to_lines(text: str) -> tuple[Line, ...]:
    """Split text into `Line`s. Blank lines become vertical gaps, as on a page."""
    out: list[Line] = []
    paged = "\f" in text
    bold = False
    for page_number, page_text in enumerate(text.split("\f"), start=1):
        top = 0.0
        for raw in page_text.splitlines():
            top += TEXT_LINE_HEIGHT
            line_bold = bold or raw.lstrip().startswith("**")
            if raw.count("**") % 2 == 1:
                bold = not bold
            clean = _MARKDOWN_BOLD.sub("", raw).strip()
            if not clean:
                continue
            out.append(
                Line(
                    text=clean,
                    page=page_number if paged else None,
                    top=top,
                    bottom=top + TEXT_LINE_HEIGHT * 0.8,
                    bold=line_bold,
                    index=len(out),
                )
            )
    return tuple(out)


# --- PDF ---------------------------------------------------------------------


def extract_pdf(path: Path, engine: str | None = None) -> Extracted:
    """A PDF's text layer becomes lines, page by page (see `read.pdf`)."""
    from .pdf import extract_pdf as read_pdf

    return read_pdf(path, engine)
