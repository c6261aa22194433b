"""The batch runner: bad and hanging files, resuming after SIGKILL, skipping, the library API."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import badfiles
from dagsorden_parser import batch as convert_module
from dagsorden_parser import synth
from dagsorden_parser.batch import SLEEP_HOOK, FileResult, convert, discover

ROOT = Path(__file__).resolve().parents[1]
#: Bad inputs a folder search finds (.docx is not searched for; a missing file is not there).
FOLDER_BAD = {b.id: b.code for b in badfiles.BAD_FILES if b.id not in ("docx", "missing")}
#: File name -> error code of the bad files the `archive` fixture wrote.
BAD_NAMES: dict[str, str] = {}


def _render(path: Path, seed: int, n_items: int = 2) -> Path:
    kind: synth.Kind = "minutes" if seed % 2 else "agenda"
    path.parent.mkdir(parents=True, exist_ok=True)
    synth.render_pdf(synth.make_meeting(seed, n_items, kind), path)
    return path


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dagsorden_parser", "convert", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good PDFs in nested folders, every bad file, and `hang.pdf` (slow via the test hook)."""
    src = tmp_path_factory.mktemp("archive")
    _render(src / "2023" / "udvalg-a.pdf", 11, 3)
    _render(src / "2024" / "udvalg-b.pdf", 12, 2)
    _render(src / "2024" / "marts" / "udvalg-c.pdf", 13, 2)
    badfiles.write_good_text(src / "2024")
    _render(src / "hang.pdf", 14, 1)
    bad = src / "bad"
    bad.mkdir()
    for spec in badfiles.BAD_FILES:
        if spec.id in FOLDER_BAD:
            BAD_NAMES[spec.write(bad).name] = spec.code
    return src


GOOD = ["2023/udvalg-a", "2024/udvalg-b", "2024/marts/udvalg-c", "2024/dagsorden"]


def test_folder_with_bad_and_hanging_files(archive: Path, tmp_path: Path) -> None:
    before = _snapshot(archive)
    out = tmp_path / "out"
    result = _run_cli(
        str(archive), "-o", str(out), "--jobs", "2", "--timeout", "2", "--ocr", "never",
        "--format", "json,jsonl,csv,sqlite", env={SLEEP_HOOK: "hang.pdf"},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    failed = len(FOLDER_BAD) + 1  # every bad file, and the hanging one
    assert f"4 converted, 0 skipped (done before), {failed} failed" in result.stderr
    for name in GOOD:  # the folder structure is mirrored
        doc = json.loads((out / "json" / f"{name}.json").read_text(encoding="utf-8"))
        assert doc["items"], name
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    codes = {Path(e["path"]).name: e["code"] for e in errors}
    assert codes == {**BAD_NAMES, "hang.pdf": "timeout"}
    assert all(e["message"].startswith(e["path"]) for e in errors)
    db = sqlite3.connect(out / "dagsorden.sqlite")
    assert db.execute("select count(*) from meetings").fetchone() == (4,)
    assert db.execute("select count(*) from files where status = 'failed'").fetchone() == (failed,)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 4
    assert _snapshot(archive) == before  # sources never modified

    # Run again: everything is skipped (failures stay recorded), nothing is parsed.
    again = _run_cli(str(archive), "-o", str(out), "--jobs", "2", "--format", "json,sqlite")
    assert again.returncode == 1
    assert f"0 converted, 4 skipped (done before), {failed} failed" in again.stderr
    assert len((out / "errors.jsonl").read_text().splitlines()) == failed


def test_kill_and_resume_converts_each_document_exactly_once(tmp_path: Path) -> None:
    src = tmp_path / "src"
    for n in range(30):
        _render(src / f"d{n // 10}" / f"møde-{n:02}.pdf", 100 + n, 1 + n % 3)
    before = _snapshot(src)
    out = tmp_path / "out"
    args = [sys.executable, "-m", "dagsorden_parser", "convert", str(src), "-o", str(out)]
    args += ["--jobs", "2", "--format", "json,jsonl,sqlite"]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if len(list((out / "json").rglob("*.json"))) >= 4:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the first run finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    done_first = len(list((out / "json").rglob("*.json")))
    assert 4 <= done_first < 30

    result = _run_cli(str(src), "-o", str(out), "--jobs", "2", "--format", "json,jsonl,sqlite")
    assert result.returncode == 0, result.stderr
    outputs = sorted(p.relative_to(out / "json") for p in (out / "json").rglob("*.json"))
    sources = sorted(p.relative_to(src).with_suffix(".json") for p in src.rglob("*.pdf"))
    assert outputs == sources
    assert not list(out.rglob("*.tmp"))
    manifest = sqlite3.connect(out / "manifest.sqlite")
    rows = manifest.execute("select path, status from manifest").fetchall()
    assert sorted(path for path, _ in rows) == sorted(str(p) for p in src.rglob("*.pdf"))
    assert {status for _, status in rows} == {"ok"}
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 30
    assert len({json.loads(line)["source"]["sha256"] for line in lines}) == 30
    db = sqlite3.connect(out / "dagsorden.sqlite")
    assert db.execute("select count(*) from meetings").fetchone() == (30,)
    assert _snapshot(src) == before


def test_library_api_skips_and_redoes_for_a_new_parser_version(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = [archive / "2024" / "udvalg-b.pdf", archive / "2024" / "dagsorden.txt"]
    out = tmp_path / "out"
    totals: list[int] = []
    first = list(convert(good, out, jobs=1, on_start=totals.append))
    assert totals == [2]
    assert [r.status for r in first] == ["converted", "converted"]
    assert all(isinstance(r, FileResult) and r.items > 0 and r.sha256 for r in first)
    assert [r.status for r in convert(good, out, jobs=1)] == ["skipped", "skipped"]
    monkeypatch.setattr(convert_module, "__version__", "999.0")
    assert [r.status for r in convert(good, out, jobs=1)] == ["converted", "converted"]


def test_changed_source_is_converted_again(tmp_path: Path) -> None:
    src = tmp_path / "src"
    path = _render(src / "a.pdf", 1)
    out = tmp_path / "out"
    assert [r.status for r in convert([src], out, jobs=1)] == ["converted"]
    _render(path, 2)
    (result,) = convert([src], out, jobs=1)
    assert result.status == "converted"
    assert json.loads((out / "json" / "a.json").read_text())["source"]["sha256"] == result.sha256


def test_discover_files_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "sub").mkdir(parents=True)
    for name in ("a/x.pdf", "a/x.txt", "a/sub/y.pdf", "a/notes.json", "a/.hidden.pdf", "z.md"):
        (tmp_path / name).write_text("x")
    found = discover([tmp_path / "a", str(tmp_path / "*.md"), tmp_path / "a" / "x.pdf"])
    assert [(f.path.relative_to(tmp_path).as_posix(), str(f.output)) for f in found] == [
        ("a/sub/y.pdf", "json/sub/y.json"),
        ("a/x.pdf", "json/x.json"),
        ("a/x.txt", "json/x.txt.json"),
        ("z.md", "json/z.json"),
    ]
    (missing,) = discover([tmp_path / "nothing-*.pdf"])
    assert missing.path.name == "nothing-*.pdf"
    # The output folder inside a source folder is not searched.
    assert discover([tmp_path], tmp_path / "a") == [discover([tmp_path / "z.md"])[0]]


def test_missing_file_and_bad_format_are_reported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _run_cli(str(tmp_path / "nope.pdf"), "-o", str(out))
    assert result.returncode == 1
    assert "[not_found]" in result.stderr
    usage = _run_cli(str(tmp_path), "-o", str(out), "--format", "json,xlsx")
    assert usage.returncode == 2
    assert "unknown format" in usage.stderr


def test_datasette_serves_the_database(archive: Path, tmp_path: Path) -> None:
    if shutil.which("datasette") is None and not _importable("datasette"):
        pytest.skip("datasette is not installed (pip install datasette to run this check)")
    import socket
    import urllib.request

    out = tmp_path / "out"
    list(convert([archive / "2024"], out, jobs=1, formats=("sqlite",)))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(out / "dagsorden.sqlite"),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/dagsorden/items.json?_shape=array"
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    items = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("datasette did not answer")
        assert items and {"id", "meeting_id", "title"} <= set(items[0])
    finally:
        server.terminate()
        server.wait(10)


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason=f"corpus not found at {CORPUS}")
def test_real_corpus_with_broken_files(archive: Path, tmp_path: Path) -> None:
    """The whole real corpus next to every broken file and a hanging one: every corpus
    document is converted, every bad file lands in errors.jsonl, the batch finishes."""
    corpus_docs = [
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and p.suffix in (".pdf", ".txt", ".md") and not p.name.startswith(".")
    ]
    out = tmp_path / "out"
    result = _run_cli(
        str(CORPUS), str(archive / "bad"), str(archive / "hang.pdf"), "-o", str(out),
        "--jobs", "2", "--timeout", "10", "--ocr", "never", "--format", "json,sqlite",
        env={SLEEP_HOOK: "hang.pdf"},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {Path(e["path"]).name: e["code"] for e in errors} == {
        **BAD_NAMES,
        "hang.pdf": "timeout",
    }
    db = sqlite3.connect(out / "dagsorden.sqlite")
    converted = {
        Path(p).name for (p,) in db.execute("select path from files where status = 'converted'")
    }
    assert {p.name for p in corpus_docs} <= converted
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
