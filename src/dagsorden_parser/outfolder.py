"""The output folder of `convert`, kept safe from a second run and from other programs.

* **One run at a time.** `OUT/.dagsorden.lock` is locked (`fcntl.flock`) for the whole
  run and holds the running process's PID; a second run into the same folder refuses
  with `OutputBusyError` naming that PID, or waits for it (`wait=True`, `--wait`). The
  lock is released by the kernel when the process ends, even after SIGKILL.
* **Only its own files.** The temporary files `convert` writes carry a marker
  (`.<name>.<12 hex>.dagsorden-tmp`, see `output.export.temp_path`); only those are
  removed as leftovers of a killed run (`output.export.remove_stale_temporaries`).
  Other `*.tmp` files are never touched.
* **No silent replacing.** A collective output (`documents.jsonl`, `dagsorden.sqlite`,
  `csv/`, `parquet/`) that exists but is not listed in the manifest as written by
  `convert` stops the run with `OutputFolderError`; `fresh=True` (`--fresh`) replaces it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

LOCK_NAME = ".dagsorden.lock"
#: The collective outputs of each format, relative to OUT.
COLLECTIVE_TARGETS = {
    "jsonl": "documents.jsonl",
    "csv": "csv",
    "sqlite": "dagsorden.sqlite",
    "parquet": "parquet",
}


class OutputFolderError(Exception):
    """The output folder cannot be used as asked (named in the message)."""


class OutputBusyError(OutputFolderError):
    """Another `convert` is writing into the same output folder."""

    def __init__(self, folder: Path, pid: int | None) -> None:
        self.pid = pid
        who = f"process {pid}" if pid else "another process"
        super().__init__(
            f"{folder}: another dagsorden convert ({who}) is writing into this folder; "
            "wait for it to finish, or pass --wait to wait"
        )


def _read_pid(handle: IO[str]) -> int | None:
    handle.seek(0)
    text = handle.read().strip()
    return int(text) if text.isdigit() else None


@contextlib.contextmanager
def locked(folder: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the folder's lock for the block (see the module docstring)."""
    try:
        import fcntl
    except ModuleNotFoundError:  # not POSIX: an exclusive lock file instead
        yield from _locked_by_file(folder)
        return
    path = folder / LOCK_NAME
    with path.open("a+", encoding="ascii") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise OutputBusyError(folder, _read_pid(handle)) from None
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield
        finally:
            with contextlib.suppress(OSError):
                handle.seek(0)
                handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _locked_by_file(folder: Path) -> Iterator[None]:
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        text = path.read_text(encoding="ascii", errors="replace").strip()
        raise OutputBusyError(folder, int(text) if text.isdigit() else None) from None
    try:
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.close(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def foreign_outputs(folder: Path, formats: tuple[str, ...], written: set[str]) -> list[str]:
    """Collective outputs of `formats` present in `folder` that `convert` did not write."""
    out = []
    for name in formats:
        target = COLLECTIVE_TARGETS.get(name)
        if target is not None and (folder / target).exists() and target not in written:
            out.append(target)
    return out


def remove_outputs(folder: Path, relative: list[str]) -> None:
    """Remove outputs (files or folders) given relative to `folder`, never outside it."""
    root = folder.resolve()
    for name in relative:
        path = folder / name
        try:
            inside = path.resolve().is_relative_to(root) and path.resolve() != root
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
