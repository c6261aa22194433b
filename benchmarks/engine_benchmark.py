"""Benchmark both PDF engines: parse against the engine's own raw text extraction.

For each engine (``pdfium``, ``pdfplumber``) and each PDF (the bundled samples,
generated 5-, 50- and 500-page documents, every real PDF in ``../shared/corpus/pdf``)
it runs, each in a fresh child process:

* ``raw``: the library alone -- pypdfium2 ``get_textpage().get_text_range()`` or
  pdfplumber ``page.extract_text()``, page by page, closing each page;
* ``parse``: ``dagsorden_parser.parse(path, engine=...)`` plus ``model_dump_json()``.

It prints pages per second (wall, and per core: pages / CPU seconds) for both, the
parse / raw ratio of wall time and of CPU time (steadier on a busy machine), and the
peak memory of the parse child. ``--jobs-check`` also times
``dagsorden parse --jobs 1`` and ``--jobs 2`` on the 500-page document (whole command,
start-up included) and checks that the two outputs are byte-identical.

Nothing is asserted about timings; the script only prints. Linux or macOS (it uses
the ``resource`` module); reportlab renders the generated documents.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "dagsorden-engine-benchmark"
PYCACHE = DEFAULT_WORKDIR / "pycache"
ENGINES = ("pdfium", "pdfplumber")
GENERATED = (5, 50, 500)
MB = 1024 * 1024


def _peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


def _raw(engine: str, path: Path) -> int:
    if engine == "pdfium":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(path)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
            return len(pdf)
        finally:
            pdf.close()
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def _measure_here(mode: str, engine: str, path: Path) -> dict[str, float]:
    """Child: import, do the work once, report times and peak memory."""
    import pdfplumber  # noqa: F401  (both modes pay the same imports)
    import pypdfium2  # noqa: F401

    import dagsorden_parser

    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "raw":
        pages = _raw(engine, path)
    else:
        document = dagsorden_parser.parse(path, engine=engine)
        document.model_dump_json()
        pages = document.source.pages or 0
    return {
        "seconds": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "pages": pages,
        "peak": _peak_rss_bytes(),
    }


def _generate_here(workdir: Path, pages: int) -> str:
    from dagsorden_parser import synth

    digest = hashlib.sha256(Path(synth.__file__).read_bytes()).hexdigest()[:10]
    path = workdir / f"synth-{pages}p-{digest}.pdf"
    if not path.is_file():
        workdir.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.pdf")
        synth.render_pdf(synth.make_long_meeting(pages, seed=pages, kind="minutes"), partial)
        partial.replace(path)
    return str(path)


def _child_env() -> dict[str, str]:
    """The children's environment: Python may keep compiled modules (in the work folder),
    as an installed package does, so a whole command's start-up is not inflated by
    compiling every module again where PYTHONDONTWRITEBYTECODE is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPYCACHEPREFIX", str(PYCACHE))
    return env


def _child(*args: str) -> Any:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        check=False,
        env=_child_env(),
    )
    if done.returncode != 0:
        raise SystemExit(f"child {' '.join(args)} failed:\n{done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    return {
        "seconds": min(r["seconds"] for r in runs),
        "cpu": min(r["cpu"] for r in runs),
        "pages": runs[0]["pages"],
        "peak": max(r["peak"] for r in runs),
    }


def documents(workdir: Path, corpus: bool) -> list[tuple[str, Path]]:
    docs = [(f"sample {p.name}", p) for p in sorted(SAMPLES.glob("*.pdf"))]
    for pages in GENERATED:
        docs.append((f"generated {pages}p", Path(_child("--generate", str(workdir), str(pages)))))
    if corpus and CORPUS.is_dir():
        docs += [(f"corpus {p.name}", p) for p in sorted(CORPUS.glob("*.pdf"))]
    return docs


def _jobs_here(path: Path, jobs: int, output: Path) -> dict[str, float]:
    """Child: the whole `dagsorden parse --jobs N` command, run in this fresh process
    (start-up and imports included), its JSON written to `output`; reports the CPU
    time of this process and of the page readers it forked."""
    import contextlib

    from dagsorden_parser.cli import main as cli_main

    with output.open("w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
        cli_main(["parse", "--compact", "--jobs", str(jobs), str(path)])
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": own.ru_utime + own.ru_stime,
        "children": children.ru_utime + children.ru_stime,
    }


def jobs_check(path: Path, repeat: int, workdir: Path) -> None:
    """Whole `dagsorden parse --jobs N` commands on one long PDF, outputs compared.

    Wall time is what a user waits; on a machine whose cores are busy with other work
    it says little, so the CPU time is shown too: with two free cores the command takes
    about as long as its main process's CPU time (the forked reader finishes its half
    of the pages while the main process reads the other half), so `jobs 1 CPU / jobs 2
    main CPU` is the speed-up two free cores give."""
    best: dict[int, dict[str, float]] = {}
    outputs: dict[int, bytes] = {}
    for _ in range(repeat):
        for jobs in (1, 2):
            output = workdir / f"jobs-{jobs}.json"
            start = time.perf_counter()
            run = _child("--jobs-child", str(path), str(jobs), str(output))
            run["wall"] = time.perf_counter() - start
            outputs[jobs] = output.read_bytes()
            if jobs not in best:
                best[jobs] = run
            else:
                best[jobs] = {key: min(best[jobs][key], run[key]) for key in run}
    same = "identical" if outputs[1] == outputs[2] else "DIFFERENT"
    one, two = best[1], best[2]
    pages = _child("--child", "raw", "pdfium", str(path))["pages"]
    print(
        f"\ndagsorden parse --jobs N on {path.name} ({pages:.0f} pages), whole command "
        f"(start-up included), best of {repeat}:"
    )
    print(
        f"{'jobs':>4} {'wall s':>7} {'main cpu s':>10} {'reader cpu s':>12} "
        f"{'pages/s wall':>12} {'per core':>8}"
    )
    for jobs, run in ((1, one), (2, two)):
        total = run["cpu"] + run["children"]
        print(
            f"{jobs:>4} {run['wall']:>7.2f} {run['cpu']:>10.2f} {run['children']:>12.2f} "
            f"{pages / run['wall']:>12.1f} {pages / total:>8.1f}"
        )
    print(
        f"speed-up of --jobs 2: wall {one['wall'] / two['wall']:.2f}x; on two free cores "
        f"(jobs 1 CPU / jobs 2 main-process CPU) {one['cpu'] / two['cpu']:.2f}x; outputs {same}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; best times shown")
    parser.add_argument("--no-corpus", action="store_true", help="leave out ../shared/corpus")
    parser.add_argument("--jobs-check", action="store_true", help="time parse --jobs 1 and 2")
    parser.add_argument(
        "--child", nargs=3, metavar=("MODE", "ENGINE", "PDF"), help=argparse.SUPPRESS
    )
    parser.add_argument("--generate", nargs=2, metavar=("DIR", "PAGES"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--jobs-child", nargs=3, metavar=("PDF", "JOBS", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.jobs_child:
        pdf, jobs, out = args.jobs_child
        print(json.dumps(_jobs_here(Path(pdf), int(jobs), Path(out))))
        return 0
    if args.child:
        mode, engine, path = args.child
        print(json.dumps(_measure_here(mode, engine, Path(path))))
        return 0
    if args.generate:
        print(json.dumps(_generate_here(Path(args.generate[0]), int(args.generate[1]))))
        return 0

    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.2f}; best of {args.repeat}; each run in a fresh process"
    )
    docs = documents(args.workdir, not args.no_corpus)
    header = (
        f"{'engine':<10} {'file':<62} {'pages':>5} {'pages/s':>8} {'per core':>8} "
        f"{'raw p/s':>8} {'raw core':>8} {'ratio':>6} {'cpu rt':>6} {'peak MB':>7}"
    )
    print(header)
    print("-" * len(header))
    for engine in ENGINES:
        for label, path in docs:
            runs: dict[str, list[dict[str, float]]] = {"raw": [], "parse": []}
            for _ in range(args.repeat):
                for mode in ("raw", "parse"):
                    runs[mode].append(_child("--child", mode, engine, str(path)))
            raw, parse = _best(runs["raw"]), _best(runs["parse"])
            pages = parse["pages"]
            print(
                f"{engine:<10} {label[:62]:<62} {pages:>5.0f} {pages / parse['seconds']:>8.1f} "
                f"{pages / parse['cpu']:>8.1f} {pages / raw['seconds']:>8.1f} "
                f"{pages / raw['cpu']:>8.1f} {parse['seconds'] / raw['seconds']:>5.2f}x "
                f"{parse['cpu'] / raw['cpu']:>5.2f}x {parse['peak'] / MB:>7.1f}",
                flush=True,
            )
    if args.jobs_check:
        long_pdf = next(path for label, path in docs if label == f"generated {GENERATED[-1]}p")
        jobs_check(long_pdf, args.repeat, args.workdir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
