"""Golden JSON for the bundled samples, and generated documents against their truth.

The golden files record the full JSON of each sample in `samples/`. After a
deliberate change of output, rewrite them with

    DAGSORDEN_UPDATE_GOLDEN=1 pytest tests/test_golden.py

and review the diff like any other change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import dagsorden_parser as dp
from dagsorden_parser import synth

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("DAGSORDEN_UPDATE_GOLDEN") == "1"


def _stable(doc: dp.Document) -> dict[str, Any]:
    """The document's JSON without what changes between machines and releases."""
    data: dict[str, Any] = json.loads(doc.model_dump_json())
    data["parser_version"] = "<version>"
    data["source"]["path"] = Path(data["source"]["path"]).name
    return data


def test_samples_exist() -> None:
    assert len(SAMPLES) >= 2


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_matches_golden(sample: Path) -> None:
    golden = GOLDEN / f"{sample.stem}.json"
    actual = _stable(dp.parse(sample))
    if UPDATE:
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with DAGSORDEN_UPDATE_GOLDEN=1"
    assert actual == json.loads(golden.read_text("utf-8"))


def _compare(doc: dp.Document, truth: dict[str, Any]) -> None:
    assert doc.kind == truth["kind"]
    assert doc.committee == truth["committee"]
    assert doc.start is not None and doc.start.isoformat()[:16] == truth["start"]
    assert doc.location == truth["location"]
    found = [
        {
            "number": i.number,
            "title": i.title,
            "access": i.access,
            "case_id": i.case_id,
            "page": i.page_start,
            "sections": [s.heading for s in i.sections],
            "attachments": [a.printed for a in i.attachments],
        }
        for i in doc.items
    ]
    assert found == truth["items"]
    assert doc.warnings == ()


@pytest.mark.parametrize("name", sorted(synth.sample_meetings()))
def test_sample_matches_what_was_rendered(name: str) -> None:
    meeting = synth.sample_meetings()[name]
    doc = dp.parse(ROOT / "samples" / name)
    _compare(doc, synth.expected(meeting, [i.page_start or 0 for i in doc.items]))
    assert [p.printed for p in doc.present or ()] == meeting.present
    assert [p.printed for p in doc.absent or ()] == meeting.absent


@pytest.mark.parametrize("seed", [1, 7, 23, 42])
def test_generated_meeting_round_trips(seed: int, tmp_path: Path) -> None:
    kind = "minutes" if seed % 2 else "agenda"
    meeting = synth.make_meeting(seed, n_items=3 + seed % 9, kind=kind)
    path = tmp_path / f"meeting-{seed}.pdf"
    pages = synth.render_pdf(meeting, path)
    doc = dp.parse(path)
    _compare(doc, synth.expected(meeting, pages))
