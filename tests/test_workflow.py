"""A data journalist's workflow: the command line and the library behave as a newcomer
expects (consistent flags, clear messages, no re-parsing to add a format)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from badfiles import AGENDA_TEXT
from dagsorden_parser import cli
from dagsorden_parser.batch import SLEEP_HOOK, convert

ROOT = Path(__file__).resolve().parents[1]
SUBCOMMANDS = ("parse", "convert", "compare", "schema", "evaluate", "samples", "report")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
        timeout=180,
    )


def _archive(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        day = f"{10 + k:02d}-03-2024"
        (folder / f"møde-{k}.txt").write_text(AGENDA_TEXT.replace("14-03-2024", day), "utf-8")
    return folder


def test_convert_in_a_script_without_a_main_guard(tmp_path: Path) -> None:
    """The README's convert() example pasted into a script as it is."""
    src = _archive(tmp_path / "src")
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import dagsorden_parser
            results = list(dagsorden_parser.convert([{str(src)!r}], {str(tmp_path / "out")!r},
                                                    formats=("json", "sqlite"), jobs=2))
            print(sorted(r.status for r in results))
            """
        ),
        "utf-8",
    )
    result = _run(str(script))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['converted', 'converted']"
    assert "bootstrapping" not in result.stderr
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_evaluate_on_an_empty_or_missing_folder_fails(tmp_path: Path, make: str) -> None:
    corpus = tmp_path / "corpus"
    if make == "empty":
        corpus.mkdir()
    for argv in (["-m", "dagsorden_parser", "evaluate"], ["-m", "dagsorden_parser.evaluate"]):
        result = _run(*argv, str(corpus))
        assert result.returncode == 1
        assert str(corpus) in result.stderr and "1.00" not in result.stdout


def test_a_new_format_is_written_from_stored_documents(tmp_path: Path) -> None:
    src = _archive(tmp_path / "src")
    out = tmp_path / "out"
    first = list(convert([src], out, formats=["sqlite"], jobs=1))
    assert [r.status for r in first] == ["converted", "converted"]
    assert not (out / "json").exists()
    # Parsing either file again would hang for an hour (the test hook) and time out.
    hang = {SLEEP_HOOK: "møde-0.txt,møde-1.txt"}
    os.environ.update(hang)
    try:
        again = list(convert([src], out, formats=["json", "jsonl"], jobs=1, timeout=20))
    finally:
        del os.environ[SLEEP_HOOK]
    assert [r.status for r in again] == ["skipped", "skipped"]
    written = sorted(p.name for p in (out / "json").iterdir())
    assert written == ["møde-0.json", "møde-1.json"]
    lines = (out / "documents.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["items"] for line in lines)


def _pair(tmp_path: Path, minutes_day: str, committee: str = "Prøveudvalget") -> list[str]:
    agenda = tmp_path / "dagsorden.txt"
    minutes = tmp_path / "referat.txt"
    agenda.write_text(AGENDA_TEXT, "utf-8")
    minutes.write_text(
        AGENDA_TEXT.replace("Dagsorden til", "Referat af")
        .replace("14-03-2024", minutes_day)
        .replace("Prøveudvalget", committee),
        "utf-8",
    )
    return [str(agenda), str(minutes)]


def test_compare_refuses_different_meetings_and_swapped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = _pair(tmp_path, "14-03-2024")
    assert cli.main(["compare", *same]) == 0
    capsys.readouterr()
    assert cli.main(["compare", *reversed(same)]) == 1
    assert "swapped" in capsys.readouterr().err
    other_day = _pair(tmp_path, "21-03-2024")
    assert cli.main(["compare", *other_day]) == 1
    assert "different meeting dates" in capsys.readouterr().err
    other_body = _pair(tmp_path, "14-03-2024", "Kulturudvalget")
    assert cli.main(["compare", *other_body]) == 1
    assert "different committees" in capsys.readouterr().err
    assert cli.main(["compare", *other_body, "--force"]) == 0
    assert "warning: different committees" in capsys.readouterr().err


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_help_has_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = capsys.readouterr().out
    assert "example:\n  dagsorden " in out
    assert "all cores, " not in out


def test_the_same_output_flag_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _archive(tmp_path / "src", 1)
    text = next(src.iterdir())
    for flag in ("-o", "--out", "--outdir"):
        assert cli.main(["parse", str(text), flag, str(tmp_path / flag.strip("-"))]) == 0
        assert (tmp_path / flag.strip("-") / "møde-0.json").is_file()
        assert cli.main(["convert", str(src), flag, str(tmp_path / f"c{flag}"), "-q"]) == 0
    for command in ("parse", "convert"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        help_text = capsys.readouterr().out
        assert "--out" in help_text and "--outdir" not in help_text
    with pytest.raises(SystemExit):
        cli.main(["parse", "--help"])
    assert ".json" in capsys.readouterr().out


def test_convert_profile_quiet_skipped_files_and_plurals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _archive(tmp_path / "src", 1)
    (src / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # an old binary Word file
    out = tmp_path / "out"
    assert cli.main(["convert", str(src), "-o", str(out), "--profile", "first_agenda"]) == 0
    err = capsys.readouterr().err
    assert "skipped 1 file that is not .pdf, .txt, .md, .html, .htm, .docx, First Agenda" in err
    assert "notes.doc" in err
    (skipped,) = [json.loads(line) for line in (out / "skipped.jsonl").read_text().splitlines()]
    assert skipped["path"].endswith("notes.doc")
    assert "not a meeting document type (.doc)" in skipped["reason"]
    assert "1 file in" in err and "1 files" not in err
    doc = json.loads((out / "json" / "møde-0.json").read_text("utf-8"))
    assert doc["quality"]["profile"] == "first_agenda"
    # The same sources with another profile are converted again, not skipped.
    assert cli.main(["convert", str(src), "-o", str(out), "--profile", "generic", "-q"]) == 0
    assert capsys.readouterr().err == ""
    doc = json.loads((out / "json" / "møde-0.json").read_text("utf-8"))
    assert doc["quality"]["profile"] == "generic"


def test_parse_a_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and "dagsorden convert" in err and "no such file" not in err
