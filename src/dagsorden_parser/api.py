"""The library's front door: `parse(path)` runs the whole pipeline.

    extract -> clean -> outline -> build -> enrich

Each stage is a pure function over typed data; this module only chains them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .clean.pages import clean
from .deadline import call_with_timeout
from .facts.build import build
from .facts.enrich import enrich
from .models import LINE_FORMATS, Document, Source, Warning, ocr_warning
from .profiles import choose_profile
from .read.extract import text_to_lines
from .read.lines import Extracted
from .read.sources import OcrMode, read_document, read_lines
from .structure.layout import Typography
from .structure.outline import outline
from .structure.runs import split_runs
from .version import __version__


def parse(
    path: str | Path,
    *,
    profile: str | None = None,
    ocr: OcrMode = "auto",
    timeout: float | None = None,
    engine: str | None = None,
    jobs: int = 1,
) -> Document:
    """Parse a meeting document into a `Document`: a PDF, text, web page, Word file,
    First Agenda JSON or agenda-system XML (`read/sources.py` lists them).

    `ocr` says when scanned PDF pages are read by OCR: `auto` (pages without a text
    layer), `never` or `always`. `engine` picks the PDF library: "pdfium" (the default)
    or "pdfplumber"; a file PDFium cannot open is read with pdfplumber. `jobs` > 1 reads
    a long PDF's pages in that many processes; the result is the same as with one.

    Raises a `DagsordenError` subclass (naming the file) for input that cannot be read:
    missing, empty, unsupported, damaged, encrypted, or scanned with OCR off or not
    installed; with `timeout` (seconds), `ParseTimeoutError` when parsing takes longer.
    """
    return call_with_timeout(_parse, (str(path), profile, ocr, engine, jobs), timeout, str(path))


def _parse(
    path: str,
    profile: str | None,
    ocr: OcrMode = "auto",
    engine: str | None = None,
    jobs: int = 1,
) -> Document:
    source = Path(path)
    structured = read_document(source)
    if structured is not None:
        return enrich(structured)
    extracted = read_lines(source, ocr=ocr, engine=engine, jobs=jobs)
    with source.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return parse_extracted(extracted, path=str(source), sha256=digest, profile=profile)


def parse_text(
    text: str, *, name: str = "<text>", profile: str | None = None, timeout: float | None = None
) -> Document:
    """Parse text already in memory (the text of a PDF, or a markdown rendering); with
    `timeout` (seconds), `ParseTimeoutError` when parsing takes longer."""
    return call_with_timeout(_parse_text, (text, name, profile), timeout, name)


def _parse_text(text: str, name: str, profile: str | None) -> Document:
    extracted = Extracted(
        lines=text_to_lines(text), pages=None, format="text", has_typography=False
    )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return parse_extracted(extracted, path=name, sha256=digest, profile=profile)


def parse_extracted(
    extracted: Extracted, *, path: str, sha256: str, profile: str | None = None
) -> Document:
    """Run the stages after extraction."""
    cleaned = clean(extracted.lines, extracted.pages)
    chosen = choose_profile([line.text for line in cleaned.lines], profile)
    lines = split_runs(chosen.prepare(cleaned.lines))
    typography = Typography.of(lines, extracted.has_typography)
    source = Source(
        path=path,
        sha256=sha256,
        format=extracted.format if extracted.format in LINE_FORMATS else "text",
        pages=extracted.pages,
        ocr_pages=extracted.ocr_pages or None,
    )
    document = build(
        outline(lines, typography, chosen),
        source=source,
        profile=chosen,
        parser_version=__version__,
    )
    if extracted.ocr_pages:
        document = document.model_copy(
            update={"warnings": (*document.warnings, ocr_warning(extracted.ocr_pages))}
        )
    document = enrich(document)
    if extracted.notes:  # what the reader guessed comes first among the warnings
        noted = tuple(Warning(code=c, message=m.strip()) for c, _, m in _split(extracted.notes))
        document = document.model_copy(update={"warnings": (*noted, *document.warnings)})
    return document


def _split(notes: tuple[str, ...]) -> list[tuple[str, str, str]]:
    return [note.partition(":") for note in notes]
