"""docs/tutorial.md runs as printed: every shell command, SQL query and Python block, in
order, against the invented archive its first commands make.

The install commands (a new virtualenv and pip) are not run here; the test checks that
the extras they name exist. `datasette out/dagsorden.sqlite` is run with `--get` so it
answers one request instead of serving.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "docs" / "tutorial.md"
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)


def blocks() -> list[tuple[str, str]]:
    return [(m[1], m[2]) for m in _BLOCK.finditer(TUTORIAL.read_text("utf-8"))]


def _shims(folder: Path) -> dict[str, str]:
    """`dagsorden` and `python` as this checkout's code, `datasette` from this Python."""
    folder.mkdir()
    for name, command in (
        ("dagsorden", f'"{sys.executable}" -m dagsorden_parser'),
        ("python", f'"{sys.executable}"'),
    ):
        shim = folder / name
        shim.write_text(f'#!/bin/sh\nexec {command} "$@"\n', "utf-8")
        shim.chmod(0o755)
    datasette = Path(sys.executable).with_name("datasette")
    assert datasette.is_file(), "datasette is in the dev extra"
    return {
        "PATH": f"{folder}{os.pathsep}{datasette.parent}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT / "src"),
    }


def test_the_tutorial_has_ten_questions_in_sql_and_pandas() -> None:
    text = TUTORIAL.read_text("utf-8")
    questions = re.findall(r"^### (\d+)\. ", text, re.M)
    assert questions == [str(n) for n in range(1, 11)]
    for section in re.split(r"^### \d+\. ", text, flags=re.M)[1:]:
        languages = {language for language, _ in _BLOCK.findall(section)}
        assert {"sql", "python"} <= languages


def test_every_block_of_the_tutorial_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, **_shims(tmp_path / "bin")}
    work = tmp_path / "work"
    work.mkdir()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]
    monkeypatch.chdir(work)
    namespace: dict[str, object] = {}
    ran = {"sh": 0, "sql": 0, "python": 0}
    for language, code in blocks():
        if language == "sh":
            for line in code.strip().splitlines():
                if "pip install" in line:
                    named = re.search(r"\.\[([\w,]+)\]", line)
                    assert named is not None
                    assert set(named[1].split(",")) <= set(extras), line
                    continue
                if line.startswith("source "):
                    continue
                if line.startswith("datasette "):
                    line += " --get /dagsorden/meetings.json"
                result = subprocess.run(
                    ["bash", "-c", line], cwd=work, env=env, capture_output=True, text=True,
                    timeout=600, check=False,
                )  # fmt: skip
                assert result.returncode == 0, f"{line}\n{result.stderr[-3000:]}"
                if line.startswith("datasette "):
                    assert "committee" in result.stdout
        elif language == "sql":
            db = sqlite3.connect(work / "out" / "dagsorden.sqlite")
            rows = db.execute(code).fetchall()
            db.close()
            assert rows, f"no rows:\n{code}"
        elif language == "python":
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                exec(compile(code, str(TUTORIAL), "exec"), namespace)
            assert printed.getvalue().strip(), f"printed nothing:\n{code}"
        else:
            raise AssertionError(f"a block in a language the test cannot run: {language}")
        ran[language] += 1
    assert ran["sql"] >= 10 and ran["python"] >= 10 and ran["sh"] >= 4
    assert (work / "out" / "report.html").is_file()
    assert shutil.which("bash")
