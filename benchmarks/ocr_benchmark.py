"""OCR speed and accuracy: generated agendas scanned to image-only PDFs, parsed with OCR.

    .venv/bin/python benchmarks/ocr_benchmark.py                 # two meetings, 300 dpi
    .venv/bin/python benchmarks/ocr_benchmark.py --dpi 200 --seeds 7 21 33

Each invented meeting is rendered (`synth.render_pdf`), every page rasterised with
pypdfium2 and written back as an image-only PDF, then parsed with `ocr="auto"`. It
prints pages per second and, against the parse of the original PDF, whether item
numbers and case ids agree and the titles' character error rate. Needs Tesseract with
Danish and the `ocr` and `samples` extras. Nothing is asserted; tests/test_ocr.py holds
the bar.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from dagsorden_parser import parse, synth


def scan(pdf: Path, out: Path, dpi: int) -> Path:
    source = pdfium.PdfDocument(str(pdf))
    try:
        images = [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in source]
    finally:
        source.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=float(dpi))
    return out


def edits(found: str, expected: str) -> int:
    previous = list(range(len(found) + 1))
    for i, want in enumerate(expected, start=1):
        current = [i]
        for j, got in enumerate(found, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (want != got))
            )
        previous = current
    return previous[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 21])
    parser.add_argument("--items", type=int, default=8)
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args()
    pages = errors = length = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for seed in args.seeds:
            meeting = synth.make_meeting(seed, args.items)
            original = Path(folder) / f"dagsorden-{seed}.pdf"
            synth.render_pdf(meeting, original)
            scanned = scan(original, Path(folder) / f"scannet-{seed}.pdf", args.dpi)
            want = parse(original)
            started = time.perf_counter()
            got = parse(scanned)
            elapsed = time.perf_counter() - started
            pages += got.source.pages or 0
            seconds += elapsed
            pairs = list(zip(got.items, want.items, strict=False))
            errors += sum(edits(g.title, w.title) for g, w in pairs)
            length += sum(len(w.title) for _, w in pairs)
            numbers = [i.number for i in got.items] == [i.number for i in want.items]
            case_ids = [i.case_id for i in got.items] == [i.case_id for i in want.items]
            print(
                f"seed {seed}: {got.source.pages} pages in {elapsed:.1f} s; "
                f"numbers {'agree' if numbers else 'DIFFER'}, "
                f"case ids {'agree' if case_ids else 'DIFFER'}"
            )
    print(
        f"{pages / seconds:.2f} pages/s ({pages} pages in {seconds:.1f} s, one core); "
        f"title CER {errors / max(length, 1):.4f}"
    )


if __name__ == "__main__":
    main()
