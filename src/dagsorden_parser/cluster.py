"""Batch conversion over many machines with Dask: `convert_on_dask(paths, out, client)`.

    from dask.distributed import Client
    from dagsorden_parser.cluster import convert_on_dask

    with Client("tcp://scheduler:8786") as client:
        for result in convert_on_dask(["/archive"], "out", client, formats=("json", "sqlite")):
            print(result.status, result.path)

The same run as `batch.convert`, with the parsing spread over a Dask cluster's workers:

* The machine that calls it (the driver) finds the sources, reads `OUT/manifest.sqlite`
  and skips what this parser version has already converted, exactly as `convert` does.
* Each remaining source is one Dask task: `batch._parse_one` on a worker, which reads the
  file by its path and sends back the document JSON or the typed error. The workers
  therefore need the sources at the same paths (a shared file system or the same mount).
* The driver writes each JSON file atomically, records the result in the manifest as it
  arrives, and at the end writes `errors.jsonl` and rebuilds the collective outputs
  (one `dagsorden.sqlite`, `documents.jsonl`, CSV, Parquet) from the manifest. So the
  output folder, its resumability and its error records are those of `convert`; a run
  that dies can be started again (with `convert` or here) and does only what is left.

A task that raises (a bug, or a worker lost twice) is recorded as `internal_error`.
Dask does not stop a task that runs too long; give workers a memory limit and, for
untrusted archives, prefer `convert`'s per-document time limit on each machine.
`dask.distributed` is an optional dependency: ``pip install 'dagsorden-parser[dask]'``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import outfolder
from .batch import (
    ERRORS_NAME,
    MANIFEST_NAME,
    SLEEP_HOOK,
    FileResult,
    Manifest,
    Reply,
    SourceFile,
    _all_sources,
    _finish,
    _keyed,
    _parse_one,
    _write_collective,
    _write_errors,
    check_formats,
    discover,
    plan,
    version_key,
)
from .output.export import remove_stale_temporaries

__all__ = ["ERRORS_NAME", "MANIFEST_NAME", "convert_on_dask"]


def convert_on_dask(
    paths: Iterable[str | Path] | Sequence[SourceFile],
    out: str | Path,
    client: Any,
    *,
    formats: Iterable[str] = ("json",),
    retry_failed: bool = False,
    profile: str | None = None,
    engine: str | None = None,
) -> Iterator[FileResult]:
    """Convert files, folders and globs into `out`, parsing on the workers of `client`
    (a `dask.distributed.Client`); yield a `FileResult` per source, skipped ones first.

    Consume the generator to the end: the collective outputs and `errors.jsonl` are
    written when it finishes.
    """
    from dask.distributed import as_completed

    chosen = check_formats(formats)
    if engine is not None:
        from .read.pdf import choose_engine

        engine = choose_engine(engine)
    outdir = Path(out)
    listed = list(paths)
    if listed and all(isinstance(p, SourceFile) for p in listed):
        sources = [p for p in listed if isinstance(p, SourceFile)]
    else:
        sources = discover([p for p in listed if not isinstance(p, SourceFile)], outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with outfolder.locked(outdir):  # one run at a time (see outfolder.py)
        remove_stale_temporaries(outdir)
        sleep_on = os.environ.get(SLEEP_HOOK, "")
        version = version_key(profile)

        manifest = Manifest(outdir / MANIFEST_NAME)
        try:
            sources = _keyed(sources, manifest, outdir)  # no output shared, across runs too
            todo: list[SourceFile] = []
            for source, skipped in plan(manifest, sources, outdir, chosen, retry_failed, version):
                if skipped is not None:
                    yield skipped
                else:
                    todo.append(source)

            futures = {}
            for source in todo:
                future = client.submit(
                    _parse_one, str(source.path), sleep_on, profile, engine or "", pure=False
                )
                futures[future] = source
            for future in as_completed(futures):  # type: ignore[no-untyped-call]
                source = futures.pop(future)
                reply: Reply
                try:
                    reply = future.result()
                except Exception as exc:  # the task raised, or its worker was lost
                    message = f"{source.path}: internal error: {type(exc).__name__}: {exc}"
                    reply = ("error", "internal_error", message, None, 0, (), 0.0)
                result, document = _finish(source, reply, outdir, chosen)
                manifest.record(result, document, version)
                yield result

            everything = _all_sources(manifest, sources)  # the tables add up over runs
            _write_errors(manifest, everything, outdir)
            _write_collective(manifest, everything, outdir, chosen)
        finally:
            manifest.close()
