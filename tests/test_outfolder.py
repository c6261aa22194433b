"""The output folder of `convert` under concurrent runs and careless use: a lock, only
its own temporary files, no output shared by two sources, tables that add up."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dagsorden_parser import convert
from dagsorden_parser.cli import main
from dagsorden_parser.outfolder import OutputBusyError, OutputFolderError, locked

SAMPLE_PDF = Path(__file__).resolve().parents[1] / "samples" / "eksempel-dagsorden-kort.pdf"


def _agenda(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Dagsorden\nIndhold\n1 (Åben) {title}\n2 (Åben) Eventuelt\n", "utf-8")
    return path


def _run(sources: list[Path], out: Path, **options: object) -> dict[str, object]:
    results = list(convert(sources, out, jobs=1, timeout=120, **options))  # type: ignore[arg-type]
    return {r.path: r for r in results}


def _jsonl_paths(out: Path) -> set[str]:
    lines = (out / "documents.jsonl").read_text("utf-8").splitlines()
    return {json.loads(line)["source"]["path"] for line in lines}


def test_a_symlink_loop_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "src"
    good = _agenda(src / "a.txt", "Budget")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "l1").symlink_to(src / "l2")
    (src / "l2").symlink_to(src / "l1")
    results = _run([src], tmp_path / "out")
    assert results[str(good)].status == "converted"  # type: ignore[attr-defined]
    assert results[str(src / "loop.txt")].code == "not_a_file"  # type: ignore[attr-defined]


def test_a_second_run_refuses_naming_the_running_process(tmp_path: Path) -> None:
    src = _agenda(tmp_path / "a.txt", "Budget")
    out = tmp_path / "out"
    out.mkdir()
    with locked(out), pytest.raises(OutputBusyError) as caught:
        _run([src], out)
    assert caught.value.pid == os.getpid()
    assert f"process {os.getpid()}" in str(caught.value) and "--wait" in str(caught.value)


def test_cli_second_run_refuses_and_wait_waits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _agenda(tmp_path / "a.txt", "Budget")
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from dagsorden_parser.outfolder import locked\n"
            "with locked(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(1.5)",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main(["convert", str(src), "-o", str(out), "-q"]) == 2
        err = capsys.readouterr().err
        assert f"process {holder.pid}" in err and "[output_busy]" in err
        started = time.monotonic()
        assert main(["convert", str(src), "-o", str(out), "-q", "--wait"]) == 0
        assert time.monotonic() - started > 0.2
    finally:
        holder.wait(30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert (out / "json" / "a.json").is_file()


def test_only_its_own_temporary_files_are_removed(tmp_path: Path) -> None:
    src = _agenda(tmp_path / "src" / "a.txt", "Budget")
    out = tmp_path / "out"
    others = [out / ".git" / ".index.tmp", out / "notes" / ".draft.tmp", out / ".x.tmp"]
    for path in others:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep", "utf-8")
    leftover = out / "json" / ".a.json.0123456789ab.dagsorden-tmp"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("partial", "utf-8")
    _run([src], out)
    assert all(path.read_text("utf-8") == "keep" for path in others)
    assert not leftover.exists()


def test_an_existing_documents_jsonl_is_not_replaced_silently(tmp_path: Path) -> None:
    src = _agenda(tmp_path / "a.txt", "Budget")
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.jsonl").write_text('{"mine": true}\n', "utf-8")
    with pytest.raises(OutputFolderError, match=r"documents\.jsonl"):
        _run([src], out, formats=("json", "jsonl"))
    assert (out / "documents.jsonl").read_text("utf-8") == '{"mine": true}\n'
    _run([src], out, formats=("json", "jsonl"), fresh=True)
    assert _jsonl_paths(out) == {str(src)}
    _run([src], out, formats=("json", "jsonl"))  # its own file: no complaint


def test_same_stem_in_two_runs_gets_two_outputs(tmp_path: Path) -> None:
    text = _agenda(tmp_path / "m.txt", "Budget")
    pdf = tmp_path / "m.pdf"
    shutil.copy(SAMPLE_PDF, pdf)
    out = tmp_path / "out"
    first = _run([text], out)[str(text)].output  # type: ignore[attr-defined]
    second = _run([pdf], out)[str(pdf)].output  # type: ignore[attr-defined]
    assert first != second
    assert json.loads((out / first).read_text("utf-8"))["source"]["path"] == str(text)
    assert json.loads((out / second).read_text("utf-8"))["source"]["path"] == str(pdf)
    again = _run([text], out)[str(text)]
    assert again.output == first and again.status == "skipped"  # type: ignore[attr-defined]


def test_same_name_in_two_folders_gets_two_outputs(tmp_path: Path) -> None:
    a = _agenda(tmp_path / "A" / "doc.txt", "Budget")
    b = _agenda(tmp_path / "B" / "doc.txt", "Skoler")
    out = tmp_path / "out"
    outputs = {
        _run([tmp_path / "A"], out)[str(a)].output,  # type: ignore[attr-defined]
        _run([tmp_path / "B"], out)[str(b)].output,  # type: ignore[attr-defined]
    }
    assert len(outputs) == 2
    together = _run([tmp_path / "A", tmp_path / "B"], tmp_path / "out2")
    assert len({r.output for r in together.values()}) == 2  # type: ignore[attr-defined]


def test_runs_over_different_sources_add_up_and_fresh_starts_over(tmp_path: Path) -> None:
    a = _agenda(tmp_path / "A" / "a.txt", "Budget")
    b = _agenda(tmp_path / "B" / "b.txt", "Skoler")
    out = tmp_path / "out"
    formats = ("json", "jsonl", "sqlite")
    _run([tmp_path / "A"], out, formats=formats)
    _run([tmp_path / "B"], out, formats=formats)
    assert _jsonl_paths(out) == {str(a), str(b)}
    with sqlite3.connect(out / "dagsorden.sqlite") as db:
        assert {r[0] for r in db.execute("SELECT path FROM files")} == {str(a), str(b)}
    _run([tmp_path / "B"], out, formats=formats, fresh=True)
    assert _jsonl_paths(out) == {str(b)}
    assert not (out / "json" / "a.json").exists()
