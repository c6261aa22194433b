"""Scans: a generated agenda rendered to page images and back into an image-only PDF
parses with OCR to the same item numbers and case ids as the original, titles with a
character error rate of at most 2%.

OCR needs Tesseract with Danish (`apt-get install tesseract-ocr tesseract-ocr-dan`);
CI installs it, and on CI these tests fail rather than skip where it is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dagsorden_parser import parse
from dagsorden_parser.errors import NoTextLayerError
from dagsorden_parser.read import ocr
from dagsorden_parser.synth import make_meeting, render_pdf

pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 renders the pages")

needs_tesseract = pytest.mark.skipif(
    ocr.tesseract_ready() is not None and not os.environ.get("CI"),
    reason=f"OCR tests need Tesseract with Danish ({ocr.tesseract_ready()})",
)


def scan(pdf: Path, out: Path, *, dpi: int = 300, pages: set[int] | None = None) -> Path:
    """`pdf` as a scanner would give it back: every page (or the `pages` named) an image."""
    source = pdfium.PdfDocument(str(pdf))
    try:
        images = [
            source[n].render(scale=dpi / 72, grayscale=True).to_pil()
            for n in range(len(source))
            if pages is None or n + 1 in pages
        ]
    finally:
        source.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=float(dpi))
    return out


def cer(found: str, expected: str) -> tuple[int, int]:
    """Levenshtein distance between the two and the expected length."""
    previous = list(range(len(found) + 1))
    for i, want in enumerate(expected, start=1):
        current = [i]
        for j, got in enumerate(found, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (want != got))
            )
        previous = current
    return previous[-1], len(expected)


def test_the_error_rate_measure() -> None:
    assert cer("Eventuelt", "Eventuelt") == (0, 9)
    assert cer("Eventuelf", "Eventuelt") == (1, 9)
    assert cer("", "abc") == (3, 3)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("scan")
    original = folder / "dagsorden.pdf"
    render_pdf(make_meeting(7, 6), original)
    return original, scan(original, folder / "scannet.pdf")


@needs_tesseract
def test_a_scanned_agenda_reads_like_the_original(scanned: tuple[Path, Path]) -> None:
    original, scanned_pdf = scanned
    want = parse(original)
    got = parse(scanned_pdf)  # ocr="auto": the scan has no text layer
    assert got.source.ocr_pages == tuple(range(1, (got.source.pages or 0) + 1))
    assert any(w.code == "ocr" for w in got.warnings)
    assert [i.number for i in got.items] == [i.number for i in want.items]
    assert [i.case_id for i in got.items] == [i.case_id for i in want.items]
    pairs = [cer(g.title, w.title) for g, w in zip(got.items, want.items, strict=True)]
    errors = sum(e for e, _ in pairs)
    length = sum(n for _, n in pairs)
    assert errors / length <= 0.02, [i.title for i in got.items]


@needs_tesseract
def test_ocr_reads_only_the_pages_without_text(scanned: tuple[Path, Path], tmp_path: Path) -> None:
    """A PDF whose third page is a scan: that page alone is OCR'd."""
    original, _ = scanned
    page = scan(original, tmp_path / "side3.pdf", pages={3})
    mixed = pdfium.PdfDocument(str(original))
    scanned_page = pdfium.PdfDocument(str(page))
    mixed.del_page(2)
    mixed.import_pages(scanned_page, [0], index=2)
    mixed.save(str(tmp_path / "blandet.pdf"))
    mixed.close()
    scanned_page.close()
    want = parse(original)
    got = parse(tmp_path / "blandet.pdf")
    assert got.source.ocr_pages == (3,)
    assert [(i.number, i.case_id) for i in got.items] == [(i.number, i.case_id) for i in want.items]
    never = parse(tmp_path / "blandet.pdf", ocr="never")
    assert never.source.ocr_pages is None
    assert not any(w.code == "ocr" for w in never.warnings)


def test_a_scan_without_ocr_installed_names_what_to_install(
    scanned: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, scanned_pdf = scanned
    monkeypatch.setattr(ocr, "tesseract_ready", lambda: "Tesseract is not installed")
    with pytest.raises(NoTextLayerError, match=r"tesseract-ocr-dan") as caught:
        parse(scanned_pdf)
    assert "dagsorden-parser[ocr]" in str(caught.value)
    assert "scannet.pdf" in str(caught.value)


def test_ocr_never_leaves_a_scan_unread(scanned: tuple[Path, Path]) -> None:
    _, scanned_pdf = scanned
    with pytest.raises(NoTextLayerError, match="--ocr never"):
        parse(scanned_pdf, ocr="never")


def test_an_unknown_ocr_mode(scanned: tuple[Path, Path]) -> None:
    with pytest.raises(ValueError, match="ocr must be one of"):
        parse(scanned[0], ocr="sometimes")  # type: ignore[arg-type]


def test_a_huge_page_is_rendered_with_a_bounded_number_of_pixels() -> None:
    a4 = ocr.render_scale(595.0, 842.0)
    assert a4 == ocr.DPI / 72
    huge = ocr.render_scale(14400.0, 14400.0)  # a 5 m square MediaBox
    assert (14400.0 * huge) ** 2 <= ocr.MAX_PIXELS * 1.001


@needs_tesseract
def test_ocr_with_several_jobs_reads_the_same(scanned: tuple[Path, Path]) -> None:
    """`jobs` pages are read at once; the document is the same as one page at a time."""
    _, scanned_pdf = scanned
    one = parse(scanned_pdf)
    two = parse(scanned_pdf, jobs=2)
    assert two.source.ocr_pages == one.source.ocr_pages
    assert two.model_dump(exclude={"source"}) == one.model_dump(exclude={"source"})
