"""One long PDF read by several processes: page ranges in parallel, joined in order.

`extract_parallel(path, jobs=N)` asks the chosen engine for the page count, cuts the
pages into `N` contiguous ranges, reads each range in a worker process and joins the
lines in page order. Each page is read on its own either way, so the lines (and
everything parsed from them) are identical to a one-process read.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from ..errors import DagsordenError, DamagedPdfError
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


def _spawn_context() -> Any:
    return multiprocessing.get_context("spawn")


Row = tuple[str, int | None, float, float, float, float, float, bool]


def _read_range(path: str, engine: Engine, first: int, last: int) -> list[Row]:
    """A worker's share, as plain tuples: they cross the pipe faster than `Line`s."""
    return [
        (line.text, line.page, line.top, line.bottom, line.x0, line.x1, line.size, line.bold)
        for line in read_pages(Path(path), engine, first, last)
    ]


class _Forked:
    """A page range read in a child made with `os.fork` (Linux and macOS): it starts at
    once with every module imported, and works inside a daemonic batch worker too,
    where `multiprocessing` refuses to start children. The child sends back its rows,
    or the typed error it met, pickled through a pipe."""

    def __init__(self, path: Path, engine: Engine, first: int, last: int) -> None:
        self.read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: read, send, leave without running any cleanup
            os.close(self.read_end)
            status = 0
            try:
                try:
                    reply: tuple[str, Any] = ("ok", _read_range(str(path), engine, first, last))
                except DagsordenError as exc:
                    reply = ("error", exc)
                with os.fdopen(write_end, "wb") as out:
                    pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        os.close(write_end)

    def result(self, path: Path) -> list[Row]:
        with os.fdopen(self.read_end, "rb") as reply_in:
            data = reply_in.read()
        _, status = os.waitpid(self.pid, 0)
        if not data or status != 0:
            raise DamagedPdfError(path, "damaged PDF: a page reader process failed")
        kind, value = pickle.loads(data)
        if kind == "error":
            raise value
        rows: list[Row] = value
        return rows

    def cancel(self) -> None:
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(self.read_end)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def extract_parallel(path: Path, engine: str | None = None, jobs: int = 2) -> Extracted:
    """A PDF's lines read by up to `jobs` processes, page ranges joined in order."""
    used, pages = open_engine(path, engine)
    jobs = min(jobs, max(1, pages // MIN_PAGES_PER_JOB))
    if jobs <= 1:
        return finish(path, read_pages(path, used, 0, pages), pages)
    ranges = page_ranges(pages, jobs)
    if hasattr(os, "fork"):
        return finish(path, _forked(path, used, ranges), pages)
    return finish(path, _pooled(path, used, ranges), pages)


def _join(lines: list[Line], rows: list[Row]) -> None:
    start = len(lines)
    lines += [Line(*row, start + n) for n, row in enumerate(rows)]


def _forked(path: Path, engine: Engine, ranges: list[tuple[int, int]]) -> list[Line]:
    children = [_Forked(path, engine, first, last) for first, last in ranges[1:]]
    try:
        first, last = ranges[0]
        lines = read_pages(path, engine, first, last)  # this process reads a share too
        for child in children:
            _join(lines, child.result(path))
        children = []
        return lines
    finally:
        for child in children:
            child.cancel()


def _pooled(path: Path, engine: Engine, ranges: list[tuple[int, int]]) -> list[Line]:
    with ProcessPoolExecutor(max_workers=len(ranges) - 1, mp_context=_spawn_context()) as pool:
        futures = [
            pool.submit(_read_range, str(path), engine, first, last) for first, last in ranges[1:]
        ]
        first, last = ranges[0]
        lines = read_pages(path, engine, first, last)
        for future in futures:
            _join(lines, future.result())
    return lines
