"""One long PDF read by several processes: page ranges in parallel, joined in order.

`extract_parallel(path, jobs=N)` asks the chosen engine for the page count, cuts the
pages into `N` contiguous ranges, reads each range in a worker process and joins the
lines in page order. Each page is read on its own either way, so the lines (and
everything parsed from them) are identical to a one-process read.
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .lines import Extracted, Line
from .pdf import Engine, finish, open_engine, read_pages

#: Below this many pages per process, starting the processes costs more than it saves.
MIN_PAGES_PER_JOB = 8


def page_ranges(pages: int, jobs: int) -> list[tuple[int, int]]:
    """`jobs` contiguous, nearly equal (first, last) ranges covering `pages` pages."""
    jobs = max(1, min(jobs, pages))
    size, extra = divmod(pages, jobs)
    ranges: list[tuple[int, int]] = []
    first = 0
    for n in range(jobs):
        last = first + size + (1 if n < extra else 0)
        ranges.append((first, last))
        first = last
    return ranges


def _context() -> Any:
    """fork on Linux: the worker starts at once with the modules already imported (this
    process holds no open document and runs no threads of ours when it forks); spawn
    elsewhere."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


Row = tuple[str, int | None, float, float, float, float, float, bool]


def _read_range(path: str, engine: Engine, first: int, last: int) -> list[Row]:
    """A worker's share, as plain tuples: they cross the pipe faster than `Line`s."""
    return [
        (line.text, line.page, line.top, line.bottom, line.x0, line.x1, line.size, line.bold)
        for line in read_pages(Path(path), engine, first, last)
    ]


def extract_parallel(path: Path, engine: str | None = None, jobs: int = 2) -> Extracted:
    """A PDF's lines read by up to `jobs` processes, page ranges joined in order."""
    used, pages = open_engine(path, engine)
    jobs = min(jobs, max(1, pages // MIN_PAGES_PER_JOB))
    if jobs <= 1:
        return finish(path, read_pages(path, used, 0, pages), pages)
    ranges = page_ranges(pages, jobs)
    lines: list[Line] = []
    with ProcessPoolExecutor(max_workers=len(ranges) - 1, mp_context=_context()) as pool:
        futures = [
            pool.submit(_read_range, str(path), used, first, last) for first, last in ranges[1:]
        ]
        first, last = ranges[0]
        lines.extend(read_pages(path, used, first, last))  # this process reads a share too
        for future in futures:
            start = len(lines)
            lines += [Line(*row, start + n) for n, row in enumerate(future.result())]
    return finish(path, lines, pages)
