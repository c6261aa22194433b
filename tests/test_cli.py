"""The `dagsorden` command line: exit codes, one-line errors, JSON output."""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from badfiles import BAD_FILES, BadFile, write_all, write_good_pdf, write_good_text
from dagsorden_parser import __version__, cli
from dagsorden_parser.models import Document

SUBCOMMANDS = ("parse", "schema", "evaluate", "samples")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, list[str]]:
    """`main(argv)` in-process: exit status, stdout and the lines of stderr."""
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    with pytest.raises(SystemExit) as info:
        cli.main([str(a) for a in argv])
    assert info.value.code == 2
    return capsys.readouterr().err


def assert_error_line(line: str, path: Path, code: str) -> None:
    assert line.startswith("dagsorden: error: ")
    assert path.name in line
    assert line.endswith(f"[{code}]")


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


# --- parse: good input --------------------------------------------------------------


def test_parse_text_prints_document_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "parse", write_good_text(tmp_path))
    assert (status, err) == (0, [])
    doc = Document.model_validate_json(out)
    assert [item.number for item in doc.items] == ["1", "2"]
    assert doc.source.format == "text"
    assert out.startswith('{\n  "schema_version"')  # indent 2 by default


def test_parse_pdf_prints_document_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", write_good_pdf(tmp_path))
    assert (status, err) == (0, [])
    assert Document.model_validate_json(out).source.format == "pdf"


def test_compact_and_indent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_good_text(tmp_path)
    _, compact, _ = run(capsys, "parse", path, "--compact")
    assert compact.count("\n") == 1 and compact.endswith("}\n")
    _, wide, _ = run(capsys, "parse", path, "--indent", "4")
    assert '\n    "schema_version"' in wide
    assert Document.model_validate_json(compact) == Document.model_validate_json(wide)


def test_profile_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", write_good_text(tmp_path), "--profile", "first_agenda")
    assert status == 0
    assert len(Document.model_validate_json(out).items) == 2


# --- parse: bad input ---------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_bad_file_is_one_error_line(
    bad: BadFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad.write(tmp_path)
    status, out, err = run(capsys, "parse", path)
    assert status == 1
    assert out == ""
    assert len(err) == 1, err
    assert_error_line(err[0], path, bad.code)


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_bad_file_with_outdir_writes_nothing(
    bad: BadFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad.write(tmp_path)
    out_dir = tmp_path / "out"
    status, out, err = run(capsys, "parse", path, "-o", out_dir)
    assert (status, out, len(err)) == (1, "", 1)
    assert_error_line(err[0], path, bad.code)
    assert list(out_dir.iterdir()) == []


def test_encrypted_message_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = next(b for b in BAD_FILES if b.id == "encrypted").write(tmp_path)
    _, _, err = run(capsys, "parse", path)
    assert err == [f"dagsorden: error: {path}: the PDF is password-protected [encrypted_pdf]"]


# --- parse: batches -----------------------------------------------------------------


def test_batch_good_and_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_good_text(tmp_path)
    bad = next(b for b in BAD_FILES if b.id == "garbage").write(tmp_path)
    out_dir = tmp_path / "out" / "nested"
    status, out, err = run(capsys, "parse", bad, good, "-o", out_dir)
    assert status == 1
    assert out == ""
    written = out_dir / f"{good.stem}.json"
    doc = Document.model_validate_json(written.read_text(encoding="utf-8"))
    assert len(doc.items) == 2
    assert sorted(p.name for p in out_dir.iterdir()) == [written.name]  # no temp files left
    assert len(err) == 2
    assert_error_line(err[0], bad, "damaged_pdf")
    assert err[1] == f"ok  {good}  2 items, 0 warnings"


def test_batch_of_every_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_all(tmp_path / "bad")
    good = write_good_pdf(tmp_path)
    out_dir = tmp_path / "out"
    status, _, err = run(capsys, "parse", *paths.values(), good, "-o", out_dir)
    assert status == 1
    assert len(err) == len(BAD_FILES) + 1
    for line, bad in zip(err, BAD_FILES, strict=False):
        assert_error_line(line, paths[bad.id], bad.code)
    assert err[-1].startswith(f"ok  {good}  ")
    assert sorted(p.name for p in out_dir.iterdir()) == [f"{good.stem}.json"]


def test_all_good_batch_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = write_good_text(tmp_path, "a.txt")
    pdf = write_good_pdf(tmp_path, "b.pdf")
    status, out, err = run(capsys, "parse", text, pdf, "-o", tmp_path / "out")
    assert (status, out) == (0, "")
    assert [line.split("  ")[0] for line in err] == ["ok", "ok"]
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"a.json", "b.json"}


def test_output_replaces_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_good_text(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / f"{good.stem}.json").write_text("stale", encoding="utf-8")
    status, _, _ = run(capsys, "parse", good, "-o", out_dir, "--compact")
    assert status == 0
    Document.model_validate_json((out_dir / f"{good.stem}.json").read_text(encoding="utf-8"))
    assert leftovers(out_dir) == []


def test_unwritable_target_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_good_text(tmp_path)
    out_dir = tmp_path / "out"
    (out_dir / f"{good.stem}.json").mkdir(parents=True)  # a folder where the file should go
    status, _, err = run(capsys, "parse", good, "-o", out_dir)
    assert status == 1
    assert len(err) == 1
    assert err[0].startswith("dagsorden: error: ") and err[0].endswith("[write_error]")
    assert leftovers(out_dir) == []


def test_unexpected_exception_is_one_line_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dagsorden_parser.api as api

    real_parse = api.parse
    boom = write_good_text(tmp_path, "boom.txt")
    good = write_good_text(tmp_path, "fine.txt")

    def flaky(path: str | Path, **options: Any) -> Document:
        if Path(path).name == boom.name:
            raise RuntimeError("something broke\nover two lines")
        return real_parse(path, **options)

    monkeypatch.setattr(api, "parse", flaky)
    status, _, err = run(capsys, "parse", boom, good, "-o", tmp_path / "out")
    assert status == 1
    assert len(err) == 2
    assert_error_line(err[0], boom, "internal_error")
    assert "RuntimeError" in err[0]
    assert err[1].startswith(f"ok  {good}")
    assert (tmp_path / "out" / "fine.json").is_file()

    with pytest.raises(RuntimeError):  # --traceback shows the real error
        cli.main(["parse", str(boom), "--traceback"])


def test_pdf_library_logging_is_restored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("pdfminer")
    before = logger.level
    run(capsys, "parse", next(b for b in BAD_FILES if b.id == "garbage").write(tmp_path))
    assert logger.level == before


# --- usage errors -------------------------------------------------------------------


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_good_text(tmp_path)
    assert "required" in usage_error(capsys)
    assert "-o OUT " in usage_error(capsys, "parse", good, good.with_name("other.txt"))
    assert "invalid choice" in usage_error(capsys, "parse", good, "--profile", "nope")
    assert "not allowed" in usage_error(capsys, "parse", good, "--compact", "--indent", "3")
    assert "0 or more" in usage_error(capsys, "parse", good, "--indent", "-1")
    assert "invalid choice" in usage_error(capsys, "frobnicate")


def test_two_inputs_for_one_output_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = write_good_text(tmp_path, "møde.txt")
    pdf = write_good_pdf(tmp_path, "møde.pdf")
    err = usage_error(capsys, "parse", text, pdf, "-o", tmp_path / "out")
    assert "møde.json" in err
    assert not (tmp_path / "out").exists()


def test_same_file_twice_is_parsed_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_good_text(tmp_path)
    status, _, err = run(capsys, "parse", good, good, "-o", tmp_path / "out")
    assert status == 0
    assert len(err) == 1


# --- other subcommands --------------------------------------------------------------


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in SUBCOMMANDS:
        assert f"    {command} " in out


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_subcommand_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main([command, "--help"])
    assert info.value.code == 0
    assert f"usage: dagsorden {command}" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"dagsorden {__version__}"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "schema")
    assert (status, err) == (0, [])
    schema = json.loads(out)
    assert schema["title"] == "Document"
    assert "items" in schema["properties"]


def test_evaluate_delegates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dagsorden_parser.evaluate as evaluate

    calls: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        calls.append(list(argv))
        return 0

    monkeypatch.setattr(evaluate, "main", fake_main)
    assert run(capsys, "evaluate", tmp_path, "--family", "First Agenda", "--quiet")[0] == 0
    assert calls == [[str(tmp_path), "--family", "First Agenda", "--quiet"]]


def test_evaluate_missing_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-corpus"
    status, _, err = run(capsys, "evaluate", missing)
    assert status == 1
    assert len(err) == 1
    assert_error_line(err[0], missing, "not_found")


def test_samples_delegates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("reportlab")
    calls: list[list[str]] = []
    fake = types.ModuleType("dagsorden_parser.synth")

    def fake_main(argv: list[str]) -> int:
        calls.append(list(argv))
        return 0

    fake.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dagsorden_parser.synth", fake)
    out_dir = tmp_path / "samples"
    assert run(capsys, "samples", out_dir)[0] == 0
    assert calls == [[str(out_dir)]]
    assert out_dir.is_dir()


def test_samples_without_generator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dagsorden_parser.synth", None)  # import fails
    status, out, err = run(capsys, "samples", tmp_path)
    assert (status, out) == (1, "")
    assert len(err) == 1
    assert err[0].startswith("dagsorden: error: samples: ") and err[0].endswith("[unavailable]")


# --- as a separate process ----------------------------------------------------------


def _subprocess(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "dagsorden_parser", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_python_m_batch_of_bad_files(tmp_path: Path) -> None:
    """A real process: no traceback and no PDF-library log chatter on stderr."""
    paths = write_all(tmp_path / "bad")
    good = write_good_text(tmp_path, "god.txt")
    result = _subprocess("parse", *paths.values(), good, "-o", tmp_path / "out", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == len(BAD_FILES) + 1, result.stderr
    for line, bad in zip(lines, BAD_FILES, strict=False):
        assert_error_line(line, paths[bad.id], bad.code)
    assert lines[-1] == f"ok  {good}  2 items, 0 warnings"
    assert (tmp_path / "out" / "god.json").is_file()


def test_python_m_single_file(tmp_path: Path) -> None:
    bad = next(b for b in BAD_FILES if b.id == "truncated").write(tmp_path)
    result = _subprocess("parse", bad, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert len(result.stderr.splitlines()) == 1
    assert_error_line(result.stderr.strip(), bad, "damaged_pdf")

    good = write_good_text(tmp_path)
    result = _subprocess("parse", good, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert Document.model_validate_json(result.stdout).committee == "Prøveudvalget"

    result = _subprocess("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Document"


def test_every_subcommand_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    commands = next(
        a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    for name in commands.choices:
        assert f"dagsorden {name}" in readme, name
