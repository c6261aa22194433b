"""The pdfplumber engine: a PDF's glyphs through pdfplumber (pdfminer.six).

Slower than PDFium, but pure Python: it stays selectable (``engine="pdfplumber"``) and
reads any file PDFium cannot open. Its glyphs go through the same `layout.assemble` as
PDFium's, which groups them exactly as pdfplumber's own `extract_text_lines` does.
Pages are closed as soon as their glyphs are read, so memory does not grow with the
page count.
"""

from __future__ import annotations

import contextlib
import functools
import re
from pathlib import Path
from typing import Any

from ..errors import DagsordenError, DamagedPdfError, EncryptedPdfError
from .layout import MIN_GLYPH_SIZE, Glyphs, assemble_page
from .lines import Line

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: Glyphs drawn in pure white on a white page are not seen by a reader.
_WHITE = {(1,), (1, 1, 1), (0, 0, 0, 0)}


@functools.lru_cache(maxsize=512)
def _is_bold(fontname: str) -> bool:
    return _BOLD_FONT.search(fontname) is not None


def _white(colour: Any) -> bool:
    return isinstance(colour, (tuple, list)) and tuple(colour) in _WHITE


def page_glyphs(chars: list[dict[str, Any]]) -> Glyphs:
    """A pdfplumber page's chars as columns (one list comprehension per column: far
    cheaper than an object per glyph on pages of thousands of glyphs)."""
    sizes = [float(c.get("size", 0.0)) for c in chars]
    return Glyphs(
        text=[str(c["text"]) for c in chars],
        x0=[float(c["x0"]) for c in chars],
        top=[float(c["top"]) for c in chars],
        x1=[float(c["x1"]) for c in chars],
        bottom=[float(c["bottom"]) for c in chars],
        size=sizes,
        bold=[_is_bold(str(c.get("fontname", ""))) for c in chars],
        hidden=[
            _white(c.get("non_stroking_color")) or size < MIN_GLYPH_SIZE
            for c, size in zip(chars, sizes, strict=True)
        ],
        upright=[bool(c.get("upright", True)) for c in chars],
    )


def pdf_error(path: Path, exc: Exception) -> DagsordenError:
    """Translate pdfplumber's (pdfminer's) exceptions into our typed errors."""
    chain = [exc, getattr(exc, "__cause__", None), *getattr(exc, "args", ())]
    names = " ".join(type(e).__name__ for e in chain if isinstance(e, BaseException))
    # pdfplumber's wrapper repeats the wrapped exception's message: keep each text once.
    text = " ".join(dict.fromkeys(str(e) for e in chain if e is not None and str(e)))
    if "Password" in names or "Encryption" in names or "password" in text.lower():
        return EncryptedPdfError(path, "the PDF is password-protected")
    detail = text.strip().splitlines()[0][:120] if text.strip() else type(exc).__name__
    return DamagedPdfError(path, f"damaged PDF that cannot be read ({detail})")


def _close_quietly(pdf: Any) -> None:
    """Close a pdfplumber PDF. Its `close()` re-reads the page tree, which raises
    again for a damaged PDF; that error has already been reported."""
    with contextlib.suppress(Exception):
        pdf.close()


def pdf_lines(path: Path, first: int = 0, last: int | None = None) -> tuple[list[Line], int]:
    """Lines of pages `first` to `last` (0-based, exclusive; all by default) and the
    document's page count, or a typed error."""
    import pdfplumber  # deferred: importing it costs time that other input never needs

    # We own the file handle (not pdfplumber), so it is closed on every error path.
    with path.open("rb") as stream:
        try:
            pdf = pdfplumber.open(stream)
        except Exception as exc:  # pdfplumber wraps pdfminer's many exception types
            raise pdf_error(path, exc) from None
        try:
            return _lines(path, pdf, first, last)
        finally:
            _close_quietly(pdf)


def _lines(path: Path, pdf: Any, first: int, last: int | None) -> tuple[list[Line], int]:
    lines: list[Line] = []
    try:
        pages = pdf.pages
        total = len(pages)
        if total == 0:
            raise DamagedPdfError(path, "the PDF has no pages")
        stop = total if last is None else min(last, total)
        for index in range(first, stop):
            page = pages[index]
            try:
                lines += assemble_page(page_glyphs(page.chars), index + 1, len(lines))
            finally:
                page.close()
    except DagsordenError:
        raise
    except Exception as exc:
        raise pdf_error(path, exc) from None
    return lines, total


def page_count(path: Path) -> int:
    """The number of pages, or a typed error."""
    import pdfplumber

    with path.open("rb") as stream:
        try:
            pdf = pdfplumber.open(stream)
        except Exception as exc:
            raise pdf_error(path, exc) from None
        try:
            return len(pdf.pages)
        except Exception as exc:
            raise pdf_error(path, exc) from None
        finally:
            _close_quietly(pdf)
