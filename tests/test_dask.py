"""The Dask recipe converts an archive exactly as `convert` does, on a 2-worker cluster."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from dask.distributed import Client, LocalCluster

from dagsorden_parser import synth
from dagsorden_parser.batch import convert
from dagsorden_parser.cluster import convert_on_dask

ROOT = Path(__file__).resolve().parent.parent


def _archive(folder: Path) -> Path:
    (folder / "2024").mkdir(parents=True)
    for seed in range(4):
        kind: synth.Kind = "minutes" if seed % 2 else "agenda"
        synth.render_pdf(synth.make_meeting(300 + seed, 2 + seed, kind), folder / f"m{seed}.pdf")
    (folder / "2024" / "kort.pdf").write_bytes(
        (ROOT / "samples" / "eksempel-dagsorden-kort.pdf").read_bytes()
    )
    (folder / "2024" / "broken.pdf").write_bytes(b"%PDF-1.4\n this is not a PDF body")
    (folder / "empty.txt").write_text("")
    return folder


def _files(out: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(out)): p.read_bytes() for p in sorted((out / "json").rglob("*.json"))
    } | {"errors.jsonl": (out / "errors.jsonl").read_bytes()}


def _meetings(out: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(out / "dagsorden.sqlite") as db:
        return sorted(db.execute("SELECT * FROM meetings").fetchall(), key=repr)


def test_dask_run_equals_a_single_process_run(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive")
    single = tmp_path / "single"
    one = {r.path: r for r in convert([archive], single, formats=("json", "sqlite"), jobs=1)}

    on_dask = tmp_path / "dask"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        results = list(convert_on_dask([archive], on_dask, client, formats=("json", "sqlite")))
        assert {r.path: (r.status, r.code) for r in results} == {
            p: (r.status, r.code) for p, r in one.items()
        }
        assert {r.status for r in results} == {"converted", "failed"}
        # A second run resumes: everything is done already.
        again = list(convert_on_dask([archive], on_dask, client, formats=("json", "sqlite")))
        assert {r.status for r in again} == {"skipped", "failed"}
        assert all(r.status == "skipped" for r in again if one[r.path].status == "converted")

    assert _files(on_dask) == _files(single)
    assert _meetings(on_dask) == _meetings(single)
    codes = [
        json.loads(line)["code"] for line in (on_dask / "errors.jsonl").read_text().splitlines()
    ]
    assert sorted(codes) == ["damaged_pdf", "empty_file"]


def test_cli_convert_on_a_scheduler(tmp_path: Path) -> None:
    from dagsorden_parser.cli import main

    source = ROOT / "samples" / "eksempel-dagsorden-kort.pdf"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        assert main(["convert", str(source), "-o", str(tmp_path / "out"), "--dask", address]) == 0
    assert main(["convert", str(source), "-o", str(tmp_path / "local"), "--jobs", "1"]) == 0
    assert _files(tmp_path / "out") == _files(tmp_path / "local")
