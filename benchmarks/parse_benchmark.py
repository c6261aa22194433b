"""Benchmark `dagsorden_parser.parse` against raw pdfplumber text extraction.

What it measures, for each PDF (a long invented document, the bundled samples and,
when present, a real 28-page Aarhus agenda from the shared corpus):

* ``raw``: pdfplumber alone -- open the PDF, ``page.extract_text()`` then
  ``page.close()`` for every page. This is the floor any pdfplumber-based parser
  pays.
* ``parse``: ``dagsorden_parser.parse(path, engine="pdfplumber")`` then ``model_dump_json()``,
  the full pipeline a user runs.

How:

* The long PDF is generated with ``dagsorden_parser.synth.make_long_meeting`` into the
  work folder and reused on later runs (the file name carries the page target, seed,
  kind and a hash of ``synth.py``, so a changed generator writes a fresh file).
* Every measurement runs in a fresh child process (this script with ``--child``), so
  the peak memory belongs to that one measurement. The child imports what it needs
  (pdfplumber in both modes; for ``parse`` also dagsorden_parser), records the
  baseline peak RSS, runs the work once and records the wall time
  (``time.perf_counter``), the CPU time (``time.process_time``) and the peak RSS again
  (``resource.getrusage(RUSAGE_SELF).ru_maxrss``). ``growth`` is the difference of
  the two peaks: what the work itself added on top of the imports.
* On Linux a child's ``ru_maxrss`` starts at its *parent's* peak RSS (the kernel
  carries the pre-exec high-water mark over ``exec``). So this parent process stays
  lean: it never imports pdfplumber or dagsorden_parser, and it generates the long
  PDF in a child too (``--generate``). Its own peak is printed; a child figure equal
  to it would be that floor, not the child's own.
* ``--repeat N`` runs N rounds per document, each round a ``raw`` child then a
  ``parse`` child (interleaved, so background load hits both alike); the table shows
  the best (lowest) times and the highest peak RSS seen.

The script prints figures only; it asserts nothing about timings. Wall time is what a
user waits; CPU time is steadier on a busy machine. Linux or macOS (it needs the
``resource`` module).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Mode = Literal["raw", "parse"]
MODES: tuple[Mode, ...] = ("raw", "parse")
Kind = Literal["agenda", "minutes"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS_PDF = ROOT.parent / "shared" / "corpus" / "pdf" / "aarhus_byraad_2025-08-27.pdf"
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "dagsorden-parser-benchmark"
MB = 1024 * 1024


# --- children: one measurement, or the long PDF --------------------------------------


def _peak_rss_bytes() -> int:
    """Peak resident set size of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


def _measure_here(mode: Mode, path: Path) -> dict[str, float]:
    """Child: import, note the baseline, do the work once, note times and peak."""
    import pdfplumber  # in both modes, so the baselines compare (parse imports it lazily)

    if mode == "parse":
        import dagsorden_parser

    baseline = _peak_rss_bytes()
    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "raw":
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
            for page in pdf.pages:
                page.extract_text()
                page.close()
    else:
        document = dagsorden_parser.parse(path, engine="pdfplumber")
        document.model_dump_json()
        pages = document.source.pages or 0
    return {
        "seconds": time.perf_counter() - wall,
        "cpu_seconds": time.process_time() - cpu,
        "pages": pages,
        "baseline_bytes": baseline,
        "peak_bytes": _peak_rss_bytes(),
    }


def _generate_here(workdir: Path, min_pages: int, seed: int, kind: Kind) -> dict[str, str]:
    """Child: the long invented PDF, written on first use and reused while synth.py is
    unchanged. Returns its path and what was done."""
    from dagsorden_parser import synth

    digest = hashlib.sha256(Path(synth.__file__).read_bytes()).hexdigest()[:10]
    path = workdir / f"synth-{kind}-{min_pages}p-seed{seed}-{digest}.pdf"
    if path.is_file() and path.stat().st_size > 0:
        return {"path": str(path), "message": f"Using cached {path}"}
    workdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    meeting = synth.make_long_meeting(min_pages, seed=seed, kind=kind)
    partial = path.with_suffix(".partial.pdf")
    synth.render_pdf(meeting, partial)
    partial.replace(path)  # only a complete file is ever cached
    seconds = time.perf_counter() - start
    message = f"Generated {path} ({len(meeting.items)} items) in {seconds:.1f} s"
    return {"path": str(path), "message": message}


# --- parent: orchestration -----------------------------------------------------------


@dataclass(frozen=True)
class Measurement:
    """The best of N child runs of one mode on one PDF."""

    label: str
    mode: Mode
    pages: int
    seconds: float
    cpu_seconds: float
    baseline_mb: float
    peak_mb: float

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else float("inf")

    @property
    def growth_mb(self) -> float:
        return self.peak_mb - self.baseline_mb


def _run_child(*args: str) -> dict[str, Any]:
    """Run this script in a fresh Python process; return the JSON of its last stdout line."""
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(
            f"child {' '.join(args)} failed (exit {completed.returncode}):\n"
            f"{completed.stderr.strip()}"
        )
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def _best(label: str, mode: Mode, runs: Sequence[dict[str, Any]]) -> Measurement:
    """The lowest times and the highest memory of a mode's runs."""
    return Measurement(
        label=label,
        mode=mode,
        pages=int(runs[0]["pages"]),
        seconds=min(run["seconds"] for run in runs),
        cpu_seconds=min(run["cpu_seconds"] for run in runs),
        baseline_mb=max(run["baseline_bytes"] for run in runs) / MB,
        peak_mb=max(run["peak_bytes"] for run in runs) / MB,
    )


def measure(label: str, path: Path, repeat: int) -> tuple[Measurement, Measurement]:
    """``repeat`` rounds of a fresh raw child then a fresh parse child; the best of each."""
    runs: dict[Mode, list[dict[str, Any]]] = {mode: [] for mode in MODES}
    for _ in range(repeat):
        for mode in MODES:
            runs[mode].append(_run_child("--child", mode, str(path)))
    return _best(label, "raw", runs["raw"]), _best(label, "parse", runs["parse"])


def documents(args: argparse.Namespace) -> list[tuple[str, Path]]:
    """(label, path) of every PDF to measure, the long synthetic one first."""
    generated = _run_child(
        "--generate", str(args.workdir), str(args.pages), str(args.seed), args.kind
    )
    print(generated["message"])
    label = f"synth: {args.kind}, >= {args.pages} pages, seed {args.seed}"
    docs = [(label, Path(generated["path"]))]
    docs += [(f"sample: {pdf.name}", pdf) for pdf in sorted(SAMPLES.glob("*.pdf"))]
    if CORPUS_PDF.is_file():
        docs.append((f"corpus: {CORPUS_PDF.name}", CORPUS_PDF))
    else:
        print(f"(skipping the real corpus PDF: {CORPUS_PDF} not found)")
    return docs


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator > 0 else float("inf")


def print_table(results: Sequence[tuple[Measurement, Measurement]]) -> None:
    """One row per document and mode, then the parse / raw time ratio per document."""
    width = max(len("document"), *(len(raw.label) for raw, _ in results))
    header = (
        f"{'document':<{width}}  {'mode':<5} {'pages':>5} {'seconds':>8} {'pages/s':>8} "
        f"{'cpu s':>8} {'base MB':>8} {'peak MB':>8} {'growth MB':>9}"
    )
    print(header)
    print("-" * len(header))
    for pair in results:
        for m in pair:
            print(
                f"{m.label:<{width}}  {m.mode:<5} {m.pages:>5} {m.seconds:>8.3f} "
                f"{m.pages_per_second:>8.1f} {m.cpu_seconds:>8.3f} {m.baseline_mb:>8.1f} "
                f"{m.peak_mb:>8.1f} {m.growth_mb:>9.1f}"
            )
    print()
    for raw, parse in results:
        wall = _ratio(parse.seconds, raw.seconds)
        cpu = _ratio(parse.cpu_seconds, raw.cpu_seconds)
        print(f"{raw.label:<{width}}  parse / raw extraction: {wall:.2f}x (CPU time {cpu:.2f}x)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=500, help="minimum pages of the long PDF")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=DEFAULT_WORKDIR,
        help=f"where the long PDF is written and cached (default {DEFAULT_WORKDIR})",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds per document; the best times are shown (default 1)",
    )
    parser.add_argument("--seed", type=int, default=500, help="synth seed (default 500)")
    parser.add_argument(
        "--kind",
        choices=["agenda", "minutes"],
        default="minutes",
        help="synth document kind (default minutes)",
    )
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PDF"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--generate", nargs=4, metavar=("DIR", "PAGES", "SEED", "KIND"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)

    if args.child:
        mode, path = args.child
        if mode not in MODES:
            parser.error(f"unknown mode {mode!r}")
        print(json.dumps(_measure_here(mode, Path(path))))
        return 0
    if args.generate:
        workdir, pages, seed, kind = args.generate
        print(json.dumps(_generate_here(Path(workdir), int(pages), int(seed), kind)))
        return 0
    if args.pages < 1 or args.repeat < 1:
        parser.error("--pages and --repeat must be at least 1")

    print(
        f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}; best of {args.repeat} round(s), "
        f"each measurement in a fresh process"
    )
    results: list[tuple[Measurement, Measurement]] = []
    for label, path in documents(args):
        print(f"measuring {label} ...", file=sys.stderr, flush=True)
        results.append(measure(label, path, args.repeat))
    print(f"(this parent process peaked at {_peak_rss_bytes() / MB:.1f} MB RSS)")
    print()
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
