"""Which reader reads a file: the one place that dispatches on the file's extension.

Line sources (PDF, text, web page, Word) become `Extracted` lines for the later
stages; structured exports (First Agenda JSON, agenda-system XML) are read straight
into a `Document`. Scanned PDF pages are read by OCR where `ocr` allows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from ..errors import NoTextLayerError, SourceNotFoundError, UnsupportedFormatError
from ..models import Document
from .extract import extract
from .lines import Extracted

OcrMode = Literal["auto", "never", "always"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "never", "always")

#: Every extension the parser reads, and what it reads it as.
ACCEPTED: dict[str, str] = {
    ".pdf": "PDF (text layer; scans by OCR)",
    ".txt": "text",
    ".md": "text (markdown)",
    ".json": "First Agenda publishing JSON",
    ".html": "web page",
    ".htm": "web page",
    ".xml": "agenda-system XML (eDoc, SBSYS, Acadre)",
    ".docx": "Word document",
}
ACCEPTED_SUFFIXES = frozenset(ACCEPTED)
#: Extensions of line sources handled here before the PDF/text extractor.
_OWN = frozenset({".html", ".htm", ".docx"})


def accepted_list() -> str:
    """`.docx, .htm, .html, ...`: the accepted extensions for messages and help."""
    return ", ".join(sorted(ACCEPTED_SUFFIXES))


def check_source(path: Path) -> str:
    """The file's lower-case extension, or a typed error for a missing or unsupported file."""
    if path.is_dir() or not path.is_file():
        extract(path)  # raises the extractor's typed error: a folder, a loop, no such file
        raise SourceNotFoundError(path, "no such file")
    suffix = path.suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES and suffix not in {".text"}:
        raise UnsupportedFormatError(
            path, f"unsupported file type {suffix or '(none)'!r}; expected one of {accepted_list()}"
        )
    return suffix


def read_document(path: Path) -> Document | None:
    """A structured export read straight into a `Document`, or None for a line source."""
    suffix = check_source(path)
    if suffix == ".json":
        from .firstagenda_json import parse_firstagenda_json

        return parse_firstagenda_json(path)
    if suffix == ".xml":
        from .vendor_xml import parse_vendor_xml

        return parse_vendor_xml(path)
    return None


def read_lines(
    path: Path, *, ocr: OcrMode = "auto", engine: str | None = None, jobs: int = 1
) -> Extracted:
    """A line source as `Extracted` lines; PDF pages without text are OCR'd as `ocr` says.
    `engine` and `jobs` choose how a PDF's text layer is read (see `api.parse`)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    suffix = check_source(path)
    if suffix in _OWN and path.stat().st_size:
        if suffix == ".docx":
            from .docx import extract_docx

            return extract_docx(path)
        from .html import extract_html

        return extract_html(path)
    if suffix != ".pdf" or ocr == "never":
        return _never(path, suffix, engine, jobs)
    # The OCR module is imported only when a page may need it (most PDFs have text on
    # every page).
    if ocr == "always":
        from .ocr import ocr_pdf

        extract(path, engine=engine, check_only=True)
        return ocr_pdf(path, None, jobs)
    try:
        extracted = _text_layer(path, engine, jobs)
    except NoTextLayerError:
        from .ocr import ocr_pdf

        return ocr_pdf(path, None, jobs)
    if extracted.pages and len({line.page for line in extracted.lines}) == extracted.pages:
        return extracted  # text on every page: nothing for OCR to fill
    from .ocr import fill_scanned_pages

    return fill_scanned_pages(path, extracted, jobs)


def _text_layer(path: Path, engine: str | None, jobs: int) -> Extracted:
    """The PDF or text file read by the extractor (a long PDF by `jobs` processes)."""
    if jobs > 1 and path.suffix.lower() == ".pdf":
        from .parallel import extract_parallel

        extract(path, engine=engine, check_only=True)
        return extract_parallel(path, engine, jobs)
    return extract(path, engine=engine)


def _never(path: Path, suffix: str, engine: str | None, jobs: int) -> Extracted:
    try:
        return _text_layer(path, engine, jobs)
    except NoTextLayerError as exc:
        if suffix != ".pdf":
            raise
        raise NoTextLayerError(path, f"{exc.problem}; OCR is off (--ocr never)") from None
