"""Scanned PDF pages read by OCR: pages rendered with pypdfium2, read by Tesseract.

Tesseract (Debian: `tesseract-ocr` and `tesseract-ocr-dan`) is called as a program,
so no Python binding is needed; its TSV output gives each word's box, and words
are gathered into lines with their page position and a font size taken from the
line's height. Tesseract does not report bold type; the ink of each line (dark pixels
per pixel of width) tells bold and larger headings from body text instead.

Without Tesseract (or its Danish data) a PDF without a text layer still raises
`NoTextLayerError`, naming what to install.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import re
import shutil
import statistics
import subprocess
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import DamagedPdfError, EncryptedPdfError, NoTextLayerError
from .lines import Extracted, Line

#: Resolution the pages are rendered at: Tesseract reads 300 dpi best.
DPI = 300
LANGUAGE = "dan"
#: Page segmentation: automatic (columns, blocks, lines).
PSM = "3"
#: The most pixels a page is rendered with (A3 at 300 dpi is 17.4 million).
MAX_PIXELS = 40_000_000
#: Seconds one page may take before OCR gives up on it.
PAGE_TIMEOUT = 180.0
#: Words Tesseract is less sure of than this (0-100) are noise, not text.
MIN_CONFIDENCE = 10.0
#: A line whose ink (see `_ink`) is this many times body text's reads as bold.
_BOLD_INK = 1.35
#: How much more ink bold type puts down than regular type of the same size.
_BOLD_WEIGHT = 1.4
#: Font size as a share of the height of the line's box (ascender to descender).
_SIZE_PER_HEIGHT = 1.05

INSTALL_HINT = (
    "install OCR to read it: pip install 'dagsorden-parser[ocr]' and the Tesseract "
    "packages (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-dan)"
)


@functools.lru_cache(maxsize=1)
def tesseract_ready() -> str | None:
    """Why OCR cannot run here (None when Tesseract with Danish is installed)."""
    binary = shutil.which("tesseract")
    if binary is None:
        return "Tesseract is not installed"
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return "Tesseract does not run"
    languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    if LANGUAGE not in languages:
        return "Tesseract has no Danish language data"
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return "pypdfium2 is not installed"
    return None


def _missing(path: Path, pages: int | None) -> NoTextLayerError:
    counted = f"any of its {pages} pages" if pages else "any page"
    reason = tesseract_ready() or "OCR is not available"
    return NoTextLayerError(path, f"no text layer on {counted} (a scan); {reason}: {INSTALL_HINT}")


def render_scale(width: float, height: float) -> float:
    """Points to pixels: DPI, less for a page so large that it would take more than
    `MAX_PIXELS` (a hostile MediaBox must not take gigabytes of memory)."""
    scale = DPI / 72
    area = max(width, 1.0) * max(height, 1.0) * scale * scale
    return scale if area <= MAX_PIXELS else scale * (MAX_PIXELS / area) ** 0.5


def _open(path: Path) -> Any:
    import pypdfium2 as pdfium

    from .pdf import check_header

    check_header(path)  # not a PDF, or a decompression bomb: the typed error first

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedPdfError(path, "the PDF is password-protected") from None
        raise DamagedPdfError(path, f"damaged PDF that cannot be read ({exc})") from None


def _has_image(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _png(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _tesseract(png: bytes, *options: str) -> str:
    """Tesseract's output for one image: TSV by default (`options` replace the mode)."""
    binary = shutil.which("tesseract") or "tesseract"
    # one thread per page: Tesseract's own threads only contend on a shared machine
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    args = options or ("-l", LANGUAGE, "--psm", PSM, "tsv")
    done = subprocess.run(
        [binary, "stdin", "stdout", "--dpi", str(DPI), *args],
        input=png,
        capture_output=True,
        timeout=PAGE_TIMEOUT,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(message[-1] if message else f"tesseract exit {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


# `.....`, `…...`, `2..........csss`: what a dot leader of a contents line reads as
_LEADER_TEXT = re.compile(r"(?:\.{3,}|…)")
_LEADER = "........"
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
#: The noise a dot leader reads as is set in boxes far lower than the line's letters.
_LEADER_HEIGHT = 0.5
_NOISE_CONFIDENCE = 40.0


def _without_leader(words: list[dict[str, str]]) -> list[dict[str, str]]:
    """A line's words with a contents line's dot leader as `........` and the page
    number after it kept: OCR reads the dots as runs of low, unsure letters."""
    if len(words) < 2:
        return words
    heights = sorted(int(w["height"]) for w in words)
    typical = heights[len(heights) // 2]
    for n, word in enumerate(words[1:], start=1):
        text = word["text"].strip()
        low = int(word["height"]) < typical * _LEADER_HEIGHT
        unsure = float(word.get("conf") or 0) < _NOISE_CONFIDENCE
        if _LEADER_TEXT.search(text) or (low and unsure):
            tail = words[-1]["text"].strip()
            page = [words[-1]] if n < len(words) - 1 and _PAGE_NUMBER.match(tail) else []
            return [*words[:n], {**word, "text": _LEADER}, *page]
    return words


def _read_page_number(image: Any, left: int, top: int, bottom: int) -> str | None:
    """The page number right of a contents line's dot leader, which OCR of the whole
    page loses in the dots: the strip from the leader to the page's edge, read alone."""
    if image is None or left >= image.width - 4:
        return None
    strip = image.crop((left, max(0, top - 4), image.width, min(image.height, bottom + 4)))
    text = _tesseract(_png(strip), "--psm", "7", "-c", "tessedit_char_whitelist=0123456789")
    found = text.split()
    return found[-1] if found and _PAGE_NUMBER.match(found[-1]) else None


def _ink(image: Any, word: dict[str, str]) -> float:
    """Dark pixels per pixel of width: grows with both the size and the weight of type."""
    left, top = int(word["left"]), int(word["top"])
    width, height = max(1, int(word["width"])), max(1, int(word["height"]))
    histogram = image.crop((left, top, left + width, top + height)).histogram()
    dark: int = sum(histogram[:128])
    return dark / width


def tsv_lines(
    tsv: str, page_number: int, *, dpi: int = DPI, image: Any = None
) -> list[tuple[Line, float]]:
    """Tesseract's TSV (one row per word) as lines of one page, in Tesseract's order,
    each with its ink (see `_ink`; 0 without the page's `image`). With the image, a
    contents line whose page number was lost in its dot leader has it read on its own."""
    scale = 72.0 / dpi
    rows: dict[tuple[int, int, int], list[dict[str, str]]] = {}
    boxes: dict[tuple[int, int, int], dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
            level = int(row["level"])
        except (KeyError, TypeError, ValueError):
            continue
        if level == 4:
            boxes[key] = row
        elif level == 5 and (row.get("text") or "").strip():
            rows.setdefault(key, []).append(row)
    lines: list[tuple[Line, float]] = []
    for key, found in rows.items():
        words = [
            w
            for w in _without_leader(found)
            if w["text"] == _LEADER or float(w.get("conf") or -1) >= MIN_CONFIDENCE
        ]
        if not words:
            continue
        box = boxes.get(key, words[0])
        if words[-1]["text"] == _LEADER:
            right = max(int(w["left"]) + int(w["width"]) for w in found)
            number = _read_page_number(
                image, right, int(box["top"]), int(box["top"]) + int(box["height"])
            )
            if number:
                words = [*words, {**words[-1], "text": number}]
        top = int(box["top"]) * scale
        height = int(box["height"]) * scale
        inks = [_ink(image, w) for w in words if w["text"] != _LEADER] if image else []
        line = Line(
            text=" ".join(w["text"].strip() for w in words),
            page=page_number,
            top=round(top, 1),
            bottom=round(top + height, 1),
            x0=round(int(box["left"]) * scale, 1),
            x1=round((int(box["left"]) + int(box["width"])) * scale, 1),
            size=round(height * _SIZE_PER_HEIGHT * 2) / 2,
        )
        lines.append((line, statistics.median(inks) if inks else 0.0))
    return lines


def typeset(read: Sequence[tuple[Line, float]]) -> list[Line]:
    """OCR'd lines with the typography a reader sees. Ink grows with both the size
    and the weight of type: a line much heavier than body text is bold. Sizes are
    too rough to rank lines by (box heights vary with the letters), so body lines get
    the body size and bold lines one heading size, from the heaviest headings' ink:
    the wrapped lines of one title then share a style, as in the printed page."""
    if not read:
        return []
    sizes = sorted(line.size for line, _ in read)
    body_size = sizes[len(sizes) // 2]
    weighted = sorted((ink, len(line.text)) for line, ink in read)
    half, running, body_ink = sum(n for _, n in weighted) / 2, 0, 0.0
    for ink, n in weighted:
        running += n
        if running >= half:
            body_ink = ink
            break
    if body_ink <= 0:
        return [line for line, _ in read]
    heavy = sorted(ink for _, ink in read if ink >= _BOLD_INK * body_ink)
    heading_ink = heavy[int(len(heavy) * 0.9)] if heavy else body_ink
    heading_size = round(2 * max(body_size, body_size * heading_ink / body_ink / _BOLD_WEIGHT)) / 2
    return [
        replace(line, size=heading_size, bold=True)
        if ink >= _BOLD_INK * body_ink
        else replace(line, size=body_size, bold=False)
        for line, ink in read
    ]


def _read_image(image: Any, number: int) -> list[tuple[Line, float]]:
    return tsv_lines(_tesseract(_png(image)), number, image=image)


def _ocr_pages(
    path: Path, document: Any, pages: Iterable[int], jobs: int = 1
) -> Iterator[tuple[int, list[tuple[Line, float]]]]:
    """Each page rendered (here, one at a time: PDFium is not thread-safe) and read by
    Tesseract, `jobs` pages at once (Tesseract runs as its own process); at most `jobs`
    rendered pages are held in memory."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        running: deque[tuple[int, Future[list[tuple[Line, float]]]]] = deque()
        for number in pages:
            page = document[number - 1]
            try:
                image = page.render(scale=render_scale(*page.get_size()), grayscale=True).to_pil()
            finally:
                page.close()
            running.append((number, pool.submit(_read_image, image, number)))
            if len(running) >= max(1, jobs):
                yield _result(path, *running.popleft())
        while running:
            yield _result(path, *running.popleft())


def _result(
    path: Path, number: int, future: Future[list[tuple[Line, float]]]
) -> tuple[int, list[tuple[Line, float]]]:
    try:
        return number, future.result()
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        raise NoTextLayerError(
            path, f"page {number} has no text layer and OCR failed ({exc})"
        ) from None


def _merge(
    kept: Sequence[Line], read: dict[int, list[tuple[Line, float]]], page_count: int
) -> tuple[Line, ...]:
    by_page: dict[int | None, list[Line]] = {}
    for line in kept:
        by_page.setdefault(line.page, []).append(line)
    for line in typeset([pair for n in sorted(read) for pair in read[n]]):
        by_page.setdefault(line.page, []).append(line)
    ordered = [line for n in range(1, page_count + 1) for line in by_page.get(n, [])]
    return tuple(replace(line, index=n) for n, line in enumerate(ordered))


def ocr_pdf(path: Path, extracted: Extracted | None, jobs: int = 1) -> Extracted:
    """Every page of a PDF read by OCR (`--ocr always`, or a scan without any text),
    `jobs` pages at a time."""
    if tesseract_ready() is not None:
        raise _missing(path, extracted.pages if extracted else None)
    document = _open(path)
    try:
        page_count = len(document)
        read = dict(_ocr_pages(path, document, range(1, page_count + 1), jobs))
    finally:
        document.close()
    done = tuple(n for n, lines in read.items() if lines)
    if not done:
        raise NoTextLayerError(
            path, f"no text layer on any of its {page_count} pages, and OCR found no text"
        )
    return Extracted(
        lines=_merge((), read, page_count),
        pages=page_count,
        format="pdf",
        has_typography=True,
        ocr_pages=done,
    )


def fill_scanned_pages(path: Path, extracted: Extracted, jobs: int = 1) -> Extracted:
    """A PDF whose text layer misses some pages: those showing an image are OCR'd
    (where OCR is installed; otherwise the text layer is kept as it is)."""
    if not extracted.pages:
        return extracted
    with_text = {line.page for line in extracted.lines}
    empty = [n for n in range(1, extracted.pages + 1) if n not in with_text]
    if not empty or tesseract_ready() is not None:
        return extracted
    document = _open(path)
    try:
        scanned = []
        for number in empty:
            page = document[number - 1]
            try:
                if _has_image(page):
                    scanned.append(number)
            finally:
                with contextlib.suppress(Exception):
                    page.close()
        read = dict(_ocr_pages(path, document, scanned, jobs))
    finally:
        document.close()
    done = tuple(n for n, lines in read.items() if lines)
    if not done:
        return extracted
    return replace(
        extracted,
        lines=_merge(extracted.lines, read, extracted.pages),
        ocr_pages=done,
    )
