"""The fuzz suite: whatever the input, a `Document` or a documented `DagsordenError`.

Invented agendas and texts are mutated (lines deleted, duplicated, swapped, glued,
edited, inserted), written in any of several encodings and parsed, also as web pages;
malformed First Agenda JSON and agenda-system XML (cut short, nested deep, entity
bombs) are parsed. In CI the examples are derandomized (the same every run, no
example database), 5,000 in all; `DAGSORDEN_FUZZ=long` runs 20 times as many with
fresh random examples.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dagsorden_parser as dp
from dagsorden_parser import errors
from fuzzing import agenda_texts, encoded, first_agenda_json, html_page, vendor_xml

LONG = os.environ.get("DAGSORDEN_FUZZ") == "long"
#: Every code a `DagsordenError` may carry, as documented in README.md.
DOCUMENTED = {
    cls.code
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, errors.DagsordenError)
} - {"error", "timeout"}  # a timeout here is a hang found, not a documented outcome
#: Seconds one example may take before it counts as a hang.
HANG = 20.0


def examples(count: int) -> settings:
    return settings(
        max_examples=count * (20 if LONG else 1),
        deadline=None,
        derandomize=not LONG,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


_names = itertools.count()


def _outcome(parse: Callable[[], dp.Document]) -> None:
    try:
        document = parse()
    except dp.DagsordenError as exc:
        assert exc.code in DOCUMENTED, f"undocumented error {exc.code}: {exc}"
        assert exc.path and str(exc).startswith(exc.path)
        return
    assert isinstance(document, dp.Document)
    document.model_dump_json()


def _parse_file(folder: Path, data: bytes, suffix: str) -> None:
    """Write the bytes to a fresh file with that suffix, parse it, check the outcome."""
    path = folder / f"{next(_names)}{suffix}"
    path.write_bytes(data)
    try:
        _outcome(lambda: dp.parse(path, timeout=HANG))
    finally:
        path.unlink()


@examples(2_000)
@given(agenda_texts())
def test_mutated_agendas_in_memory(text: str) -> None:
    _outcome(lambda: dp.parse_text(text, timeout=HANG))


@examples(1_500)
@given(encoded(agenda_texts()), st.sampled_from([".txt", ".md"]))
def test_mutated_agendas_as_files(folder: Path, data: bytes, suffix: str) -> None:
    _parse_file(folder, data, suffix)


@examples(500)
@given(html_page(), st.sampled_from([".html", ".htm"]))
def test_mutated_web_pages(folder: Path, data: bytes, suffix: str) -> None:
    _parse_file(folder, data, suffix)


@examples(500)
@given(vendor_xml())
def test_malformed_agenda_system_xml(folder: Path, data: bytes) -> None:
    _parse_file(folder, data, ".xml")


@examples(500)
@given(first_agenda_json())
def test_malformed_first_agenda_json(folder: Path, data: bytes) -> None:
    _parse_file(folder, data, ".json")


def test_every_error_code_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    for code in DOCUMENTED | {"timeout"}:
        assert f"| `{code}` |" in readme, code
