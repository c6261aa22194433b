"""Batch conversion of whole archives: `convert(paths, out)` and `dagsorden convert`.

    for result in convert(["archive/"], "out", formats=("json", "sqlite")):
        print(result.status, result.path, result.code or "")

What it guarantees:

* **Isolation.** Every document is parsed in a worker process with a time limit. A
  worker that overruns it is killed (SIGKILL) and replaced, and the file is recorded
  with code `timeout`; a worker that dies (a crash, the kernel's OOM killer) is
  replaced and the file recorded as `internal_error`. Workers are recycled after
  `max_tasks_per_child` documents so memory cannot grow over a long run.
* **Failures recorded.** Typed `DagsordenError` codes, `timeout` and `internal_error`
  go to `OUT/errors.jsonl` (path, code, message), rewritten at the end of each run
  for the sources of that run.
* **Resumable.** `OUT/manifest.sqlite` has one row per source path with its sha256, the
  parser version and the outcome, and keeps each converted document (compressed) for
  the collective outputs. A re-run skips a source whose sha256 and parser version
  match its row (a new parser version, or a changed file, converts it again). Each
  document's JSON file is written atomically before its row is committed, so a run
  killed at any moment (even SIGKILL) and started again converts every document
  exactly once into the outputs. Files that failed are not retried unless
  `retry_failed` (`--retry-failed`) is given.
* **Sources are only read.**

Outputs (`formats`): `json` (`OUT/json/<folder structure>/<name>.json`), and the
collective ones of `export.py` (`jsonl`, `csv`, `sqlite`, `parquet`), which are
rebuilt at the end of a run from the manifest, atomically.

Test hook: the environment variable ``DAGSORDEN_TEST_SLEEP_ON`` (comma-separated file
names) makes the worker sleep for an hour before parsing a file of that name, so tests
can check the time limit with an ordinary file. It is read by `convert` in the calling
process and passed to the workers.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import multiprocessing
import os
import sqlite3
import sys
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from . import outfolder
from .deadline import without_main_module
from .models import SCHEMA_VERSION, Document
from .output.export import FORMATS, export, pyarrow_available, remove_stale_temporaries
from .output.export import write_atomically as _write_atomically
from .output.tables import Row, meeting_id
from .version import __version__

#: Extensions a folder is searched for (a file named explicitly is always tried).
SUPPORTED_SUFFIXES = frozenset({".pdf", ".txt", ".md", ".html", ".htm", ".docx"})
SKIPPED_NAME = "skipped.jsonl"
MANIFEST_NAME = "manifest.sqlite"
ERRORS_NAME = "errors.jsonl"
JSON_FOLDER = "json"
DEFAULT_TIMEOUT = 300.0
DEFAULT_MAX_TASKS_PER_CHILD = 100
SLEEP_HOOK = "DAGSORDEN_TEST_SLEEP_ON"

Status = Literal["converted", "skipped", "failed"]


@dataclass(frozen=True)
class SourceFile:
    """A file to convert: where it is and where its JSON goes under `OUT/json`."""

    path: Path
    output: PurePosixPath  # relative to OUT, e.g. json/2024/referat.json


@dataclass(frozen=True)
class FileResult:
    """What happened to one source file."""

    path: str
    status: Status
    sha256: str | None = None
    code: str | None = None
    message: str | None = None
    output: str | None = None
    pages: int | None = None
    items: int = 0
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass
class Summary:
    """Counts of a run, as the command line prints them."""

    converted: int = 0
    skipped: int = 0
    failed: int = 0
    failed_by_code: Counter[str] = field(default_factory=Counter)
    warnings_by_code: Counter[str] = field(default_factory=Counter)
    pages: int = 0

    def add(self, result: FileResult) -> None:
        if result.status == "converted":
            self.converted += 1
        elif result.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
            self.failed_by_code[result.code or "error"] += 1
        self.warnings_by_code.update(result.warnings)
        self.pages += result.pages or 0


# --- finding the sources --------------------------------------------------------------


def _has_magic(text: str) -> bool:
    return any(char in text for char in "*?[")


#: What a folder is searched for, in words (help texts and messages).
INPUT_TYPES = (
    ".pdf, .txt, .md, .html, .htm, .docx, First Agenda .json and eDoc/SBSYS/Acadre .xml exports"
)


def _folder_files(
    folder: Path, skip: Path | None, ignored: list[Path] | None = None
) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if skip is not None and _resolve(path).is_relative_to(skip):
            continue
        if path.is_symlink() and not path.exists():
            # a link that loops or points nowhere: a source the run records as failed
            if path.suffix.lower() in SUPPORTED_SUFFIXES | {".json", ".xml"}:
                yield path
            elif ignored is not None:
                ignored.append(path)
            continue
        if path.is_file() and skip_reason(path) is None:
            yield path
        elif path.is_file() and ignored is not None:
            ignored.append(path)


def skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not converted (None: it is a meeting document)."""
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return None
    if suffix == ".json":
        if _is_firstagenda_json(path):
            return None
        return "JSON that is not a First Agenda publishing export"
    if suffix == ".xml":
        if _is_vendor_xml(path):
            return None
        return "XML that is not an eDoc, SBSYS or Acadre publication"
    return f"not a meeting document type ({suffix or 'no extension'}); converted are {INPUT_TYPES}"


def _is_vendor_xml(path: Path) -> bool:
    """A `.xml` file whose root is an eDoc `<Meeting>`, SBSYS `<Publication>` or Acadre
    `<root>` (seen at its start, without parsing)."""
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    return any(tag in head for tag in (b"<Publication", b"<Meeting", b"<root"))


def _resolve(path: Path) -> Path:
    """`path.resolve()`, or the absolute path when a symbolic link loops."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: "Symlink loop" (Python < 3.13)
        return Path(os.path.abspath(path))


def _is_firstagenda_json(path: Path) -> bool:
    """A `.json` file in a folder is a source only if it is a First Agenda export (other
    JSON, such as annotations or earlier output, is not a meeting document)."""
    if path.suffix.lower() != ".json":
        return False
    with path.open("rb") as handle:
        return b'"Dagsordenpunkter"' in handle.read(1 << 16)


def discover(
    sources: Iterable[str | Path],
    out: str | Path | None = None,
    *,
    ignored: list[Path] | None = None,
) -> list[SourceFile]:
    """The files named by `sources`: files, folders (searched recursively for .pdf, .txt,
    .md, .html, .htm, .docx and agenda-system .json/.xml exports, hidden files left out)
    and glob patterns.

    A folder's files keep their place under it in the output (`json/<sub>/<name>.json`); a
    file named directly goes to `json/<name>.json`. A name that matches nothing is
    kept, so the run records it as `not_found`. Files under `out` are left out. Other
    files in a folder are not sources; they are appended to `ignored` when it is given.
    """
    skip = _resolve(Path(out)) if out is not None else None
    found: list[tuple[Path, PurePosixPath]] = []
    for source in sources:
        text = str(source)
        matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))]
        if not _has_magic(text) or not matches:
            matches = [Path(text)]
        for match in matches:
            if match.is_dir():
                for path in _folder_files(match, skip, ignored):
                    found.append((path, PurePosixPath(*path.relative_to(match).parts)))
            else:
                found.append((match, PurePosixPath(match.name)))

    files: list[SourceFile] = []
    seen: set[Path] = set()
    claimed: set[PurePosixPath] = set()
    for path, relative in found:
        key = _resolve(path)
        if key in seen:
            continue
        seen.add(key)
        output = PurePosixPath(JSON_FOLDER) / relative.with_suffix(".json")
        if output in claimed:  # x.pdf beside x.txt: keep the extension
            output = PurePosixPath(JSON_FOLDER) / relative.with_name(relative.name + ".json")
        if output in claimed:  # the same relative name under two folders
            tag = hashlib.sha256(str(key).encode()).hexdigest()[:8]
            output = output.with_name(f"{output.stem}-{tag}.json")
        claimed.add(output)
        files.append(SourceFile(path, output))
    return files


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# --- the manifest ---------------------------------------------------------------------

_MANIFEST_SCHEMA = """
CREATE TABLE IF NOT EXISTS manifest (
    path TEXT PRIMARY KEY,
    sha256 TEXT,
    parser_version TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    status TEXT NOT NULL,
    code TEXT,
    message TEXT,
    output TEXT,
    pages INTEGER,
    items INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    seconds REAL,
    converted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY REFERENCES manifest(path) ON DELETE CASCADE,
    document BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class Manifest:
    """`OUT/manifest.sqlite`: one row per source path (and its document, compressed)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.executescript(_MANIFEST_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def row(self, path: str) -> dict[str, Any] | None:
        cursor = self.db.execute("SELECT * FROM manifest WHERE path = ?", (path,))
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([d[0] for d in cursor.description], values, strict=True))

    def record(self, result: FileResult, document: str | None, version: str = __version__) -> None:
        """Store a result (and its document JSON) in one transaction; `version` is the
        parser version (with the profile forced, if any) that made it."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute(
                "INSERT OR REPLACE INTO manifest VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    result.path,
                    result.sha256,
                    version,
                    SCHEMA_VERSION,
                    "ok" if result.status != "failed" else "failed",
                    result.code,
                    result.message,
                    result.output,
                    result.pages,
                    result.items,
                    json.dumps(list(result.warnings)),
                    result.seconds,
                    time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                ),
            )
            self.db.execute("DELETE FROM documents WHERE path = ?", (result.path,))
            if document is not None:
                self.db.execute(
                    "INSERT INTO documents VALUES (?, ?)",
                    (result.path, zlib.compress(document.encode("utf-8"), 6)),
                )

    def document(self, path: str) -> Document | None:
        found = self.db.execute("SELECT document FROM documents WHERE path = ?", (path,))
        value = found.fetchone()
        if value is None:
            return None
        return Document.model_validate_json(zlib.decompress(value[0]))

    def get_meta(self, key: str) -> str | None:
        value = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if value is None else str(value[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def _skip_result(row: dict[str, Any], path: str) -> FileResult:
    return FileResult(
        path=path,
        status="skipped" if row["status"] == "ok" else "failed",
        sha256=row["sha256"],
        code=row["code"],
        message=row["message"],
        output=row["output"],
        pages=row["pages"],
        items=int(row["items"] or 0),
        warnings=tuple(json.loads(row["warnings"] or "[]")),
    )


# --- the worker -----------------------------------------------------------------------

# (source path, comma-separated sleep hook names, profile, PDF engine, OCR mode,
#  page processes)
Task = tuple[str, str, str | None, str, str, int]
Reply = tuple[str, str, str, int | None, int, tuple[str, ...], float]
# ("ok", document JSON, sha256, pages, items, warning codes, seconds)
# ("error", code, message, None, 0, (), seconds)


def _parse_one(
    path: str,
    sleep_on: str,
    profile: str | None = None,
    engine: str = "",
    ocr: str = "auto",
    page_jobs: int = 1,
) -> Reply:
    from .api import parse
    from .errors import DagsordenError

    started = time.perf_counter()
    if sleep_on and Path(path).name in sleep_on.split(","):
        time.sleep(3600)  # the test hook: a file whose parse "hangs"
    try:
        # `ocr` is checked by `convert`
        doc = parse(
            path,
            profile=profile,
            engine=engine or None,
            ocr=ocr,  # type: ignore[arg-type]
            jobs=page_jobs,
        )
    except DagsordenError as exc:
        return ("error", exc.code, str(exc), None, 0, (), time.perf_counter() - started)
    except Exception as exc:  # anything else is our bug: record it, go on
        message = f"{path}: internal error: {type(exc).__name__}: {exc}"
        return ("error", "internal_error", message, None, 0, (), time.perf_counter() - started)
    return (
        "ok",
        doc.model_dump_json(indent=2),
        doc.source.sha256,
        doc.source.pages,
        len(doc.items),
        tuple(w.code for w in doc.warnings),
        time.perf_counter() - started,
    )


def _worker_main(conn: Connection) -> None:
    """A worker: parse the paths it is sent until it is sent None."""
    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    while True:
        try:
            task: Task | None = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        try:
            conn.send(_parse_one(*task))
        except (BrokenPipeError, KeyboardInterrupt):
            return


def _context() -> multiprocessing.context.BaseContext:
    """forkserver on Linux (cheap, thread-safe forks of a preloaded server); spawn elsewhere."""
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["dagsorden_parser.api", "dagsorden_parser.batch"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx: multiprocessing.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        process: Any = ctx.Process(target=_worker_main, args=(child,), daemon=True)  # type: ignore[attr-defined]
        self.process = process
        with without_main_module():
            self.process.start()
        child.close()
        self.task: SourceFile | None = None
        self.deadline = 0.0
        self.done = 0

    def send(
        self,
        source: SourceFile,
        sleep_on: str,
        timeout: float,
        profile: str | None = None,
        engine: str = "",
        ocr: str = "auto",
        page_jobs: int = 1,
    ) -> None:
        self.task = source
        self.deadline = time.monotonic() + timeout
        self.conn.send((str(source.path), sleep_on, profile, engine, ocr, page_jobs))

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(5)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        with contextlib.suppress(OSError):
            self.conn.close()


def _run_pool(
    tasks: Sequence[SourceFile],
    jobs: int,
    timeout: float,
    max_tasks: int,
    sleep_on: str,
    profile: str | None = None,
    engine: str = "",
    ocr: str = "auto",
) -> Iterator[tuple[SourceFile, Reply]]:
    """Parse `tasks` in `jobs` worker processes; yield each source with its reply.

    With fewer tasks than jobs (a few long PDFs), each worker reads its PDF's pages in
    `jobs // tasks` processes, so the cores do not stand idle."""
    if not tasks:
        return
    page_jobs = max(1, jobs // min(jobs, len(tasks)))
    ctx = _context()
    pending = deque(tasks)
    workers = [_Worker(ctx) for _ in range(min(jobs, len(tasks)))]
    try:
        while True:
            for i, worker in enumerate(workers):
                if worker.task is None and worker.done >= max_tasks:
                    worker.stop()
                    workers[i] = worker = _Worker(ctx)
                if worker.task is None and pending:
                    worker.send(
                        pending.popleft(), sleep_on, timeout, profile, engine, ocr, page_jobs
                    )
            busy = [w for w in workers if w.task is not None]
            if not busy:
                return
            now = time.monotonic()
            wait_for = max(0.0, min(w.deadline for w in busy) - now)
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for i, worker in enumerate(workers):
                source = worker.task
                if source is None:
                    continue
                reply: Reply | None = None
                if worker.conn in ready:
                    try:
                        reply = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.kill()
                        message = (
                            f"{source.path}: internal error: the worker process died "
                            f"(exit code {worker.process.exitcode})"
                        )
                        reply = ("error", "internal_error", message, None, 0, (), 0.0)
                        workers[i] = _Worker(ctx)
                elif time.monotonic() >= worker.deadline:
                    worker.kill()
                    message = f"{source.path}: parsing took longer than {timeout:g} s"
                    reply = ("error", "timeout", message, None, 0, (), timeout)
                    workers[i] = _Worker(ctx)
                if reply is not None:
                    worker.task = None
                    worker.done += 1
                    yield source, reply
    finally:
        for worker in workers:
            if worker.task is not None:
                worker.kill()
            else:
                worker.stop()


# --- the run --------------------------------------------------------------------------


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The formats, checked: known names, and pyarrow present for `parquet`."""
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ValueError(
            f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}"
        )
    if not chosen:
        raise ValueError("no output format given")
    if "parquet" in chosen and not pyarrow_available():
        raise ValueError("parquet output needs pyarrow: pip install 'dagsorden-parser[parquet]'")
    return chosen


def _fingerprint(rows: Iterable[tuple[str, Any, Any, Any]], formats: Sequence[str]) -> str:
    digest = hashlib.sha256(json.dumps(sorted(formats)).encode())
    for row in rows:
        digest.update(json.dumps(row).encode())
    return digest.hexdigest()


def convert(
    paths: Iterable[str | Path] | Sequence[SourceFile],
    out: str | Path,
    *,
    formats: Iterable[str] = ("json",),
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_tasks_per_child: int = DEFAULT_MAX_TASKS_PER_CHILD,
    retry_failed: bool = False,
    on_start: Callable[[int], None] | None = None,
    profile: str | None = None,
    engine: str | None = None,
    ocr: str = "auto",
    ignored: Sequence[Path] | None = None,
    wait: bool = False,
    fresh: bool = False,
) -> Iterator[FileResult]:
    """Convert files, folders and globs into `out`; yield a `FileResult` per source file.

    `paths` may also be the list `discover` returned. Sources already converted by this
    parser version (same sha256) are yielded as `skipped` first; then the others as
    their workers finish. The collective outputs (jsonl, csv, sqlite, parquet) and
    `errors.jsonl` are written when the iteration ends, so consume the generator to
    the end. `on_start` is called with the number of sources before any work.
    `profile` forces a layout profile (as `parse(path, profile=...)`); documents
    converted with another profile are converted again. `engine` picks the PDF
    library ("pdfium", the default, or "pdfplumber"). `ocr` (`auto`, `never`, `always`)
    says when scanned PDF pages are read by OCR. Files of a folder that are not meeting
    documents are listed, with why, in `skipped.jsonl` (`ignored` names them when
    `paths` is a list `discover` returned).

    Documents already converted keep their stored JSON in the manifest: asking for a
    format they were not written in before (`json` after a `sqlite` run) writes it from
    the stored documents without parsing them again.

    The run holds a lock on `out` (see `outfolder`): a second run into it raises
    `OutputBusyError`, or waits with `wait=True`. The tables hold every document the
    manifest holds, from this run and earlier ones over other sources; `fresh=True`
    starts over (the manifest and the outputs it lists are removed first).
    """
    chosen = check_formats(formats)
    if engine is not None:
        from .read.pdf import choose_engine

        engine = choose_engine(engine)
    if timeout <= 0:
        raise ValueError("timeout must be positive")
    if ocr not in ("auto", "never", "always"):
        raise ValueError(f"ocr must be auto, never or always, not {ocr!r}")
    jobs = max(1, jobs or os.cpu_count() or 1)
    outdir = Path(out)
    listed = list(paths)
    passed_over = list(ignored or ())
    if listed and all(isinstance(p, SourceFile) for p in listed):
        sources = [p for p in listed if isinstance(p, SourceFile)]
    else:
        found = [p for p in listed if not isinstance(p, SourceFile)]
        sources = discover(found, outdir, ignored=passed_over)
    outdir.mkdir(parents=True, exist_ok=True)
    with outfolder.locked(outdir, wait=wait):
        yield from _convert_locked(
            sources, outdir, chosen, jobs, timeout, max_tasks_per_child, retry_failed,
            on_start, profile, engine, ocr, passed_over, fresh,
        )  # fmt: skip


def _convert_locked(
    sources: list[SourceFile],
    outdir: Path,
    chosen: tuple[str, ...],
    jobs: int,
    timeout: float,
    max_tasks_per_child: int,
    retry_failed: bool,
    on_start: Callable[[int], None] | None,
    profile: str | None,
    engine: str | None,
    ocr: str,
    passed_over: list[Path],
    fresh: bool,
) -> Iterator[FileResult]:
    """`convert` once the output folder is locked."""
    if fresh:
        _start_over(outdir)
    remove_stale_temporaries(outdir)
    sleep_on = os.environ.get(SLEEP_HOOK, "")
    version = version_key(profile)
    if on_start is not None:
        on_start(len(sources))

    manifest = Manifest(outdir / MANIFEST_NAME)
    try:
        written = set(json.loads(manifest.get_meta("written") or "[]"))
        foreign = outfolder.foreign_outputs(outdir, chosen, written)
        if foreign:
            raise outfolder.OutputFolderError(
                f"{outdir}: {', '.join(foreign)} already there and not written by dagsorden "
                "convert; move it away, choose another folder, or pass --fresh to replace it"
            )
        sources = _keyed(sources, manifest, outdir)
        todo: list[SourceFile] = []
        for source, skipped in plan(manifest, sources, outdir, chosen, retry_failed, version):
            if skipped is not None:
                yield skipped
            else:
                todo.append(source)

        pool = _run_pool(
            todo, jobs, timeout, max_tasks_per_child, sleep_on, profile, engine or "", ocr
        )
        for source, reply in pool:
            result, document = _finish(source, reply, outdir, chosen)
            manifest.record(result, document, version)
            yield result

        everything = _all_sources(manifest, sources)
        _write_errors(manifest, everything, outdir)
        _write_skipped(passed_over, outdir)
        _write_collective(manifest, everything, outdir, chosen)
        targets = [outfolder.COLLECTIVE_TARGETS[f] for f in chosen if f != "json"]
        if targets:
            manifest.set_meta("written", json.dumps(sorted(written | set(targets))))
    finally:
        manifest.close()


def _start_over(outdir: Path) -> None:
    """`--fresh`: remove the manifest, the errors and every output the manifest lists."""
    path = outdir / MANIFEST_NAME
    if path.exists():
        manifest = Manifest(path)
        try:
            listed = [str(r[0]) for r in manifest.db.execute("SELECT output FROM manifest")]
        finally:
            manifest.close()
        outfolder.remove_outputs(outdir, [p for p in listed if p and p != "None"])
    for name in (MANIFEST_NAME, f"{MANIFEST_NAME}-wal", f"{MANIFEST_NAME}-shm", ERRORS_NAME):
        with contextlib.suppress(FileNotFoundError):
            (outdir / name).unlink()
    # the collective outputs go too, whoever wrote them: --fresh replaces them
    outfolder.remove_outputs(outdir, list(outfolder.COLLECTIVE_TARGETS.values()))


def _path_tag(path: Path) -> str:
    return hashlib.sha256(str(_resolve(path)).encode()).hexdigest()[:8]


def _keyed(sources: list[SourceFile], manifest: Manifest, outdir: Path) -> list[SourceFile]:
    """Each source's JSON output, never shared: a source the manifest knows keeps its
    output; a new one whose planned output another source (of this run, of an earlier
    run, or another program) already has gets the output tagged with its path's sha256."""
    owners = {
        str(r[1]): str(r[0])
        for r in manifest.db.execute("SELECT path, output FROM manifest WHERE output IS NOT NULL")
    }
    kept: dict[str, PurePosixPath] = {}
    for source in sources:
        row = manifest.row(str(source.path))
        if row is not None and row["output"] and owners.get(str(row["output"])) == row["path"]:
            kept[str(source.path)] = PurePosixPath(str(row["output"]))
    claimed = set(owners) | {str(o) for o in kept.values()}
    out: list[SourceFile] = []
    for source in sources:
        output = kept.get(str(source.path))
        if output is None:
            output = source.output
            taken = (outdir / str(output)).exists() and not _written_for(
                outdir / str(output), source
            )
            if str(output) in claimed or taken:
                output = output.with_name(f"{output.stem}-{_path_tag(source.path)}.json")
            claimed.add(str(output))
        out.append(SourceFile(source.path, output))
    return out


def _written_for(path: Path, source: SourceFile) -> bool:
    """Whether the JSON file at `path` is this source's document (a run killed after
    writing it and before recording it in the manifest)."""
    try:
        return bool(json.loads(path.read_bytes())["source"]["path"] == str(source.path))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _all_sources(manifest: Manifest, sources: list[SourceFile]) -> list[SourceFile]:
    """This run's sources and every other source the manifest holds (earlier runs)."""
    known = {str(source.path) for source in sources}
    others = [
        SourceFile(Path(str(r[0])), PurePosixPath(str(r[1] or "")))
        for r in manifest.db.execute("SELECT path, output FROM manifest ORDER BY path")
        if str(r[0]) not in known
    ]
    return [*sources, *others]


def version_key(profile: str | None) -> str:
    """What the manifest records as the version of a conversion: the parser version, and
    the profile when one was forced."""
    return __version__ if profile is None else f"{__version__}+profile={profile}"


def _json_from_manifest(
    manifest: Manifest, row: dict[str, Any], source: SourceFile, outdir: Path, version: str
) -> FileResult | None:
    """Write a converted document's JSON file from its stored copy (no parsing); None if
    the manifest holds no copy."""
    doc = manifest.document(str(source.path))
    if doc is None:
        return None
    text = doc.model_dump_json(indent=2)
    try:
        _write_atomically(outdir / str(source.output), (text + "\n").encode("utf-8"))
    except OSError:
        return None
    result = _skip_result({**row, "output": str(source.output)}, str(source.path))
    manifest.record(result, text, version)
    return result


def plan(
    manifest: Manifest,
    sources: Sequence[SourceFile],
    outdir: Path,
    formats: Sequence[str],
    retry_failed: bool,
    version: str,
) -> Iterator[tuple[SourceFile, FileResult | None]]:
    """Each source with its `skipped` result if this version (see `version_key`) already
    converted it (same sha256; a missing JSON file is rewritten from the manifest's
    copy), else with None: it is to be done."""
    for source in sources:
        key = str(source.path)
        row = manifest.row(key)
        if row is not None and row["parser_version"] == version:
            current = _sha256(source.path)
            redo = row["status"] != "ok" and retry_failed
            if current is not None and current == row["sha256"] and not redo:
                output_ok = "json" not in formats or (
                    row["status"] != "ok" or (outdir / str(row["output"])).is_file()
                )
                if output_ok:
                    yield source, _skip_result(row, key)
                    continue
                rewritten = _json_from_manifest(manifest, row, source, outdir, version)
                if rewritten is not None:
                    yield source, rewritten
                    continue
        yield source, None


def _finish(
    source: SourceFile, reply: Reply, outdir: Path, formats: Sequence[str]
) -> tuple[FileResult, str | None]:
    """The result of a worker's reply; the JSON file written (atomically) if asked for."""
    kind, first, second, pages, items, warnings, seconds = reply
    path = str(source.path)
    if kind != "ok":
        sha = _sha256(source.path)
        failed = FileResult(path, "failed", sha, first, second, seconds=seconds)
        return failed, None
    output = None
    if "json" in formats:
        try:
            _write_atomically(outdir / str(source.output), (first + "\n").encode("utf-8"))
        except OSError as exc:
            message = f"{outdir / str(source.output)}: cannot write ({exc.strerror or exc})"
            return FileResult(path, "failed", second, "write_error", message), None
        output = str(source.output)
    result = FileResult(
        path, "converted", second, None, None, output, pages, items, warnings, seconds
    )
    return result, first


def _write_errors(manifest: Manifest, sources: Sequence[SourceFile], outdir: Path) -> None:
    lines = []
    for source in sources:
        row = manifest.row(str(source.path))
        if row is not None and row["status"] == "failed":
            record = {"path": row["path"], "code": row["code"], "message": row["message"]}
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    _write_atomically(outdir / ERRORS_NAME, "".join(lines).encode("utf-8"))


def _write_skipped(passed_over: Sequence[Path], outdir: Path) -> None:
    """`skipped.jsonl`: the files of the folders that were not converted, and why."""
    lines = [
        json.dumps({"path": str(path), "reason": skip_reason(path)}, ensure_ascii=False) + "\n"
        for path in passed_over
    ]
    _write_atomically(outdir / SKIPPED_NAME, "".join(lines).encode("utf-8"))


def _write_collective(
    manifest: Manifest, sources: Sequence[SourceFile], outdir: Path, formats: Sequence[str]
) -> None:
    """Rebuild jsonl/csv/sqlite/parquet from the manifest, unless nothing changed."""
    collective = [f for f in formats if f != "json"]
    if not collective:
        return
    rows = [manifest.row(str(source.path)) for source in sources]
    known = [row for row in rows if row is not None]
    fingerprint = _fingerprint(
        ((r["path"], r["sha256"], r["parser_version"], r["status"]) for r in known), collective
    )
    targets = {
        "jsonl": outdir / "documents.jsonl",
        "csv": outdir / "csv" / "meetings.csv",
        "sqlite": outdir / "dagsorden.sqlite",
        "parquet": outdir / "parquet" / "meetings.parquet",
    }
    present = all(targets[f].is_file() for f in collective)
    if present and manifest.get_meta("collective") == fingerprint:
        return

    files: list[Row] = []
    for row in sorted(known, key=lambda r: str(r["path"])):
        ok = row["status"] == "ok"
        files.append(
            {
                "path": row["path"],
                "sha256": row["sha256"],
                "meeting_id": meeting_id(row["sha256"]) if ok and row["sha256"] else None,
                "status": "converted" if ok else "failed",
                "code": row["code"],
                "message": row["message"],
                "output": row["output"],
            }
        )

    def documents() -> Iterator[Document]:
        for row in files:
            if row["status"] == "converted":
                doc = manifest.document(str(row["path"]))
                if doc is not None:
                    yield doc

    export(documents(), files, outdir, collective)
    manifest.set_meta("collective", fingerprint)
