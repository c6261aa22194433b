"""Extractor: a source file becomes typed `Line`s with pages and typography.

This is the only module that imports pdfplumber. Pages are closed as soon as
their lines are read, so memory does not grow with the page count.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import re
import stat
import statistics
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import (
    DagsordenError,
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotAFileError,
    NotAPdfError,
    NoTextLayerError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from .decoding import decode
from .lines import TEXT_LINE_HEIGHT, Extracted, Line

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})

#: Glyphs smaller than this are invisible stamps or hidden text, not reading matter.
MIN_GLYPH_SIZE = 3.0
#: Glyphs drawn in pure white on a white page are not seen by a reader.
_WHITE = {(1,), (1, 1, 1), (0, 0, 0, 0)}

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# `**bold**` markers of a markdown-style text rendering of a PDF.
_MARKDOWN_BOLD = re.compile(r"\*\*")


def extract(path: str | Path) -> Extracted:
    """Read a PDF or text file into lines, or raise a typed `DagsordenError`."""
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
        return extract_pdf(source)
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


# --- PDF ----------------------------------------------------------------------


def extract_pdf(path: Path) -> Extracted:
    """A PDF's text layer becomes lines, page by page."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise NotAPdfError(path, "not a PDF (the file does not start with a %PDF- header)")
    import pdfplumber  # deferred: importing it costs time that text input never needs

    # We own the file handle (not pdfplumber), so it is closed on every error path.
    with path.open("rb") as stream:
        try:
            pdf = pdfplumber.open(stream)
        except Exception as exc:  # pdfplumber wraps pdfminer's many exception types
            raise _pdf_error(path, exc) from None
        try:
            lines, page_count = _pdf_lines(path, pdf)
        finally:
            _close_quietly(pdf)
    if not any(line.text.strip() for line in lines):
        raise NoTextLayerError(
            path, f"no text layer on any of its {page_count} pages (a scan? run OCR first)"
        )
    return Extracted(lines=tuple(lines), pages=page_count, format="pdf", has_typography=True)


def _pdf_lines(path: Path, pdf: Any) -> tuple[list[Line], int]:
    """All lines of an open pdfplumber PDF and its page count, or a typed error."""
    lines: list[Line] = []
    try:
        page_count = len(pdf.pages)
        if page_count == 0:
            raise DamagedPdfError(path, "the PDF has no pages")
        for page_number, page in enumerate(pdf.pages, start=1):
            try:
                for line in _page_lines(page, page_number):
                    lines.append(replace(line, index=len(lines)))
            finally:
                page.close()
    except DagsordenError:
        raise
    except Exception as exc:
        raise _pdf_error(path, exc) from None
    return lines, page_count


def _close_quietly(pdf: Any) -> None:
    """Close a pdfplumber PDF. Its `close()` re-reads the page tree, which raises
    again for a damaged PDF; that error has already been reported."""
    with contextlib.suppress(Exception):
        pdf.close()


def _pdf_error(path: Path, exc: Exception) -> DagsordenError:
    """Translate the PDF library's exceptions into our typed errors."""
    chain = [exc, getattr(exc, "__cause__", None), *getattr(exc, "args", ())]
    names = " ".join(type(e).__name__ for e in chain if isinstance(e, BaseException))
    # pdfplumber's wrapper repeats the wrapped exception's message: keep each text once.
    text = " ".join(dict.fromkeys(str(e) for e in chain if e is not None and str(e)))
    if "Password" in names or "Encryption" in names or "password" in text.lower():
        return EncryptedPdfError(path, "the PDF is password-protected")
    detail = text.strip().splitlines()[0][:120] if text.strip() else type(exc).__name__
    return DamagedPdfError(path, f"damaged PDF that cannot be read ({detail})")


def _visible(char: dict[str, Any]) -> bool:
    if float(char.get("size", 0.0)) < MIN_GLYPH_SIZE:
        return False
    colour = char.get("non_stroking_color")
    return not (isinstance(colour, (tuple, list)) and tuple(colour) in _WHITE)


def _drop(chars: list[dict[str, Any]]) -> set[int]:
    """Indexes of glyphs a reader does not see twice: hidden, or overprinted for bold."""
    seen: set[tuple[str, int, int]] = set()
    drop: set[int] = set()
    for n, char in enumerate(chars):
        key = (str(char["text"]), round(float(char["x0"])), round(float(char["top"])))
        if not _visible(char) or key in seen:
            drop.add(n)
        seen.add(key)
    return drop


@functools.lru_cache(maxsize=512)
def _is_bold(fontname: str) -> bool:
    return _BOLD_FONT.search(fontname) is not None


def _page_lines(page: Any, page_number: int) -> Iterator[Line]:
    """The lines of one pdfplumber page, glyphs drawn twice for bold counted once."""
    chars = page.chars
    drop = _drop(chars)
    view = page
    if drop:  # filter only when something goes: a filtered page is a costly copy
        unwanted = {id(chars[n]) for n in drop}
        view = page.filter(lambda obj: id(obj) not in unwanted)
    try:
        raw_lines = view.extract_text_lines(return_chars=True, strip=True)
    finally:
        if view is not page:
            view.close()  # frees the copy's caches now, not at the next full collection
    for raw in raw_lines:
        line_chars = [c for c in raw["chars"] if c["text"].strip()]
        if not line_chars:
            continue
        sizes = [float(c["size"]) for c in line_chars]
        bold_glyphs = sum(1 for c in line_chars if _is_bold(str(c.get("fontname", ""))))
        yield Line(
            text=raw["text"],
            page=page_number,
            top=float(raw["top"]),
            bottom=float(raw["bottom"]),
            x0=float(raw["x0"]),
            x1=float(raw["x1"]),
            size=round(statistics.median(sizes), 1),
            bold=bold_glyphs * 2 > len(line_chars),
        )
