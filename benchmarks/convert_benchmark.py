"""Benchmark `dagsorden convert` on a generated archive, against raw pdfplumber extraction.

What it does:

* Generates an archive of ``--docs`` invented meeting PDFs (default 200) of 5 to 100
  pages each (``dagsorden_parser.synth``), in the work folder, and reuses it on later
  runs (the folder name carries the number of documents, the seed and a hash of
  ``synth.py``; documents are rendered in parallel, each moved into place only when
  complete).
* For ``--jobs`` 1 and 2 (``--jobs-list``), runs ``python -m dagsorden_parser convert
  ARCHIVE -o <fresh folder> --jobs N --format json`` as a subprocess, and, for
  comparison, the raw extraction of the same files (pdfplumber ``extract_text()`` of
  every page, closing each page) in N processes.
* Measures wall time, documents per second, pages per second and peak memory: this
  script polls ``/proc`` every 50 ms and sums the resident memory of the whole process
  tree (the runner, its workers), reporting the peak of that sum and the peak of any
  single process (Linux only).

It prints figures only and asserts nothing about them.

    .venv/bin/python benchmarks/convert_benchmark.py --docs 20
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "dagsorden-convert-benchmark"
MB = 1024 * 1024
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# --- the archive -------------------------------------------------------------------


def _render_one(task: tuple[str, int, int]) -> tuple[str, int]:
    """Child: one document of at least `pages` pages; returns its name and page count."""
    from dagsorden_parser import synth

    path, seed, pages = Path(task[0]), task[1], task[2]
    kind: synth.Kind = "minutes" if seed % 2 else "agenda"
    if pages <= 8:
        meeting = synth.make_meeting(seed, 3, kind, (1, 3))
    else:
        meeting = synth.make_long_meeting(pages, seed=seed, kind=kind)
    partial = path.with_suffix(".partial")
    count = len(synth.render_pdf(meeting, partial)) and synth.page_count(meeting)
    partial.replace(path)
    return path.name, count


def archive(workdir: Path, docs: int, seed: int) -> tuple[Path, int]:
    """The cached archive (generated where missing); its folder and total pages."""
    from dagsorden_parser import synth

    digest = hashlib.sha256(Path(synth.__file__).read_bytes()).hexdigest()[:10]
    folder = workdir / f"archive-{docs}docs-seed{seed}-{digest}"
    index = folder / "pages.json"
    if index.is_file():
        pages: dict[str, int] = json.loads(index.read_text())
        print(f"Using cached {folder} ({docs} documents, {sum(pages.values())} pages)")
        return folder, sum(pages.values())
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tasks = []
    for n in range(docs):
        sub = folder / f"{2017 + n % 8}"
        sub.mkdir(exist_ok=True)
        tasks.append((str(sub / f"meeting-{n:04}.pdf"), seed + n, rng.randint(5, 100)))
    started = time.perf_counter()
    pages = {}
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for name, count in pool.map(_render_one, tasks):
            pages[name] = count
    index.write_text(json.dumps(pages))
    total = sum(pages.values())
    print(f"Generated {folder}: {docs} documents, {total} pages, in "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    return folder, total


# --- measuring a process tree --------------------------------------------------------


def _tree_rss(root: int) -> tuple[int, int]:
    """Sum and maximum of the resident memory of `root` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * PAGE_SIZE
    total, largest, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        largest = max(largest, rss.get(pid, 0))
        todo.extend(children.get(pid, []))
    return total, largest


@dataclass
class Run:
    label: str
    jobs: int
    seconds: float
    docs: int
    pages: int
    peak_total_mb: float
    peak_process_mb: float


def measure(label: str, jobs: int, command: Sequence[str], docs: int, pages: int) -> Run:
    """Run `command`, polling its process tree's memory; raise if it fails."""
    peaks = [0, 0]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            total, largest = _tree_rss(process.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)
            time.sleep(0.05)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    thread.join()
    if process.returncode != 0:
        raise SystemExit(f"{label} failed ({process.returncode}):\n{stderr.decode()[-2000:]}")
    return Run(label, jobs, seconds, docs, pages, peaks[0] / MB, peaks[1] / MB)


# --- raw extraction (a child mode of this script) -------------------------------------


def _extract(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def raw_here(folder: Path, jobs: int) -> None:
    files = sorted(str(p) for p in folder.rglob("*.pdf"))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pages = sum(pool.map(_extract, files, chunksize=1))
    print(json.dumps({"pages": pages}))


# --- main ------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=200, help="documents (default 200)")
    parser.add_argument("--seed", type=int, default=2000, help="synth seed (default 2000)")
    parser.add_argument("--jobs-list", default="1,2", help="jobs to measure (default 1,2)")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="cache folder")
    parser.add_argument("--raw-child", nargs=2, metavar=("FOLDER", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.raw_child:
        raw_here(Path(args.raw_child[0]), int(args.raw_child[1]))
        return 0
    if not sys.platform.startswith("linux"):
        parser.error("this benchmark reads /proc: Linux only")

    folder, pages = archive(args.workdir, args.docs, args.seed)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.2f}; {args.docs} documents, {pages} pages"
    )
    runs: list[Run] = []
    for jobs in (int(j) for j in args.jobs_list.split(",")):
        raw = [sys.executable, str(Path(__file__).resolve()), "--raw-child", str(folder), str(jobs)]
        print(f"measuring raw pdfplumber extraction, {jobs} job(s) ...", file=sys.stderr)
        runs.append(measure("raw pdfplumber", jobs, raw, args.docs, pages))
        out = Path(tempfile.mkdtemp(prefix="convert-", dir=args.workdir))
        try:
            command = [sys.executable, "-m", "dagsorden_parser", "convert", str(folder)]
            command += ["-o", str(out), "--jobs", str(jobs), "--format", "json"]
            print(f"measuring dagsorden convert, {jobs} job(s) ...", file=sys.stderr)
            runs.append(measure("dagsorden convert", jobs, command, args.docs, pages))
        finally:
            shutil.rmtree(out, ignore_errors=True)

    print()
    header = (
        f"{'what':<18} {'jobs':>4} {'seconds':>8} {'docs/s':>7} {'pages/s':>8} "
        f"{'peak MB (all)':>13} {'peak MB (one)':>13}"
    )
    print(header)
    print("-" * len(header))
    for r in runs:
        print(
            f"{r.label:<18} {r.jobs:>4} {r.seconds:>8.1f} {r.docs / r.seconds:>7.2f} "
            f"{r.pages / r.seconds:>8.1f} {r.peak_total_mb:>13.0f} {r.peak_process_mb:>13.0f}"
        )
    print()
    by = {(r.label, r.jobs): r for r in runs}
    for jobs in sorted({r.jobs for r in runs}):
        raw, conv = by[("raw pdfplumber", jobs)], by[("dagsorden convert", jobs)]
        print(f"{jobs} job(s): convert / raw extraction time {conv.seconds / raw.seconds:.2f}x")
    if ("dagsorden convert", 1) in by and ("dagsorden convert", 2) in by:
        one, two = by[("dagsorden convert", 1)], by[("dagsorden convert", 2)]
        print(f"convert speed-up from 1 to 2 jobs: {one.seconds / two.seconds:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
