"""Word documents (`.docx`) as typed `Line`s, read with python-docx.

Paragraphs and tables come in the order of the document's body. A paragraph's
typography comes from its style and runs: `Heading N` and `Title` styles are
larger and bold, a paragraph whose text is mostly in bold runs is bold, and an
explicit run size or the style's size is kept. A table row becomes one line, its
cells' text joined. Every paragraph is its own paragraph (a gap before it), as a
word processor lays it out; a line break inside a paragraph starts a new line.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import EmptyFileError, UnsupportedFormatError
from .lines import TEXT_LINE_HEIGHT, Extracted, Line

DOCX_SUFFIXES = frozenset({".docx"})

BODY_SIZE = 11.0
_HEADING_SIZES = {1: 16.0, 2: 14.0, 3: 13.0, 4: 12.0, 5: 12.0, 6: 12.0}
_HEADING_STYLE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)


def _style_name(paragraph: Any) -> str:
    style = getattr(paragraph, "style", None)
    return str(getattr(style, "name", "") or "")


def _style_size(paragraph: Any) -> float | None:
    style = getattr(paragraph, "style", None)
    while style is not None:
        size = getattr(getattr(style, "font", None), "size", None)
        if size is not None:
            return float(size.pt)
        style = getattr(style, "base_style", None)
    return None


def _style_bold(paragraph: Any) -> bool:
    style = getattr(paragraph, "style", None)
    while style is not None:
        bold = getattr(getattr(style, "font", None), "bold", None)
        if bold is not None:
            return bool(bold)
        style = getattr(style, "base_style", None)
    return False


def _paragraph_lines(paragraph: Any) -> Iterator[tuple[str, float, bool]]:
    """(text, size, bold) for each line of a paragraph (split at its line breaks)."""
    name = _style_name(paragraph)
    heading = _HEADING_STYLE.match(name)
    style_size = _style_size(paragraph)
    style_bold = _style_bold(paragraph)
    if heading:
        size = _HEADING_SIZES.get(int(heading.group(1)), 12.0)
    elif name.lower() in {"title", "titel"}:
        size = 20.0
    else:
        size = style_size or BODY_SIZE
    runs = list(paragraph.runs)
    run_sizes = [float(r.font.size.pt) for r in runs if r.font.size is not None and r.text.strip()]
    if run_sizes and not heading:
        size = max(run_sizes)
    bold_chars = sum(
        len(r.text.strip()) for r in runs if (r.bold if r.bold is not None else style_bold)
    )
    total = sum(len(r.text.strip()) for r in runs) or 1
    bold = bool(heading) or bold_chars * 2 > total
    for text in paragraph.text.splitlines():
        words = " ".join(text.split())
        if words:
            yield words, size, bold


def _body_blocks(document: Any) -> Iterator[Any]:
    """Paragraphs and tables in body order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            yield Table(child, document)


def _row_text(row: Any) -> tuple[str, bool]:
    cells: list[str] = []
    bold: list[bool] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell appears once per grid column
            continue
        seen.add(id(cell._tc))
        lines = [line for p in cell.paragraphs for line in _paragraph_lines(p)]
        text = " ".join(t for t, _, _ in lines)
        if text:
            cells.append(text)
            bold.append(all(b for _, _, b in lines))
    return " ".join(cells), bool(bold) and all(bold)


def docx_lines(document: Any) -> tuple[Line, ...]:
    """The lines of an open python-docx `Document`."""
    out: list[Line] = []
    top = 0.0

    def add(text: str, size: float, bold: bool, gap: bool) -> None:
        nonlocal top
        top += TEXT_LINE_HEIGHT * (2.0 if gap else 1.0)
        out.append(
            Line(text=text, top=top, bottom=top + size, size=size, bold=bold, index=len(out))
        )

    for block in _body_blocks(document):
        if hasattr(block, "rows"):
            for row in block.rows:
                text, bold = _row_text(row)
                if text:
                    add(text, BODY_SIZE, bold, gap=True)
            continue
        for n, (text, size, bold) in enumerate(_paragraph_lines(block)):
            add(text, size, bold, gap=n == 0)
    return tuple(out)


def extract_docx(path: Path) -> Extracted:
    """A Word file becomes lines, or a typed error naming the file."""
    if path.stat().st_size == 0:
        raise EmptyFileError(path, "the file is empty (0 bytes)")
    try:
        import docx
    except ImportError:
        raise UnsupportedFormatError(
            path, "reading Word files needs python-docx: pip install 'dagsorden-parser[docx]'"
        ) from None
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnsupportedFormatError(
            path, f"not a readable Word .docx file ({type(exc).__name__})"
        ) from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise UnsupportedFormatError(path, f"not a readable Word .docx file ({exc})") from None
    lines = docx_lines(document)
    if not lines:
        raise EmptyFileError(path, "the Word file holds no text")
    return Extracted(lines=lines, pages=None, format="docx", has_typography=True)
