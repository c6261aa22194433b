"""First Agenda publishing-API JSON as input, and the Greve meetings as real material."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import dagsorden_parser as dp
from dagsorden_parser.models import Outcome, SectionKind
from dagsorden_parser.read.firstagenda_json import html_sections

GREVE = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "corpus"
    / "vendor"
    / "firstagenda-json"
    / "greve"
)


def _meeting(tmp_path: Path) -> Path:
    html = (
        "<div><h3>Beslutning</h3><span><div>Anbefales.</div>"
        "<div>Ida Holm (A) undlod at tage stilling.</div></span></div>"
        "<h3>Resume</h3><div>Der søges 1,5 mio. kr. til en ny bro.</div>"
        "<h3>Indstilling</h3><div>Administrationen indstiller, at broen bygges.</div>"
    )
    data = {
        "Udvalg": {"Navn": "Vejudvalget"},
        "Moede": {
            "MeetingBeginUtc": "2024-02-05T16:00:00+01:00",
            "Sted": "Rådhuset, lokale 3",
            "Moededeltagere": [
                {"Name": "Ida Holm", "Absent": False, "ParticipationCancelled": False},
                {"Name": "Bo Dahl", "Absent": True, "ParticipationCancelled": False},
            ],
        },
        "Dagsordenpunkter": [
            {
                "Punktnummer": "4",
                "Navn": "Ny bro over åen",
                "SagsNummer": "24-000123",
                "Felter": [{"Html": html}],
                "Bilag": [{"Navn": "Tegning af broen", "Id": "abc", "Order": 0}],
                "ExternalAgendaItemAttendees": [{"Name": "Bo Dahl", "Reason": "Fraværende"}],
            }
        ],
    }
    path = tmp_path / "vejudvalget.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_json_meeting(tmp_path: Path) -> None:
    doc = dp.parse(_meeting(tmp_path))
    assert (doc.kind, doc.committee, doc.location) == (
        "minutes",
        "Vejudvalget",
        "Rådhuset, lokale 3",
    )
    assert doc.start is not None and doc.start.isoformat() == "2024-02-05T16:00:00"
    assert [p.name for p in doc.present or ()] == ["Ida Holm"]
    assert [p.name for p in doc.absent or ()] == ["Bo Dahl"]
    [item] = doc.items
    assert (item.number, item.title, item.case_id) == ("4", "Ny bro over åen", "24-000123")
    assert [s.heading for s in item.sections] == ["Beslutning", "Resume", "Indstilling"]
    [decision] = item.decisions
    assert decision.outcome is Outcome.RECOMMENDED and decision.body == "Vejudvalget"
    assert decision.votes is not None and decision.votes.abstained.members == ("Ida Holm",)
    assert [a.kroner for a in item.amounts] == [1_500_000.0]
    assert [a.name for a in doc.absences] == ["Bo Dahl"]
    assert [a.title for a in item.attachments] == ["Tegning af broen"]


def test_html_sections_split_at_h3() -> None:
    sections = html_sections("<h3>Baggrund</h3><div>Første.</div><div>Anden.</div><h3>Bilag</h3>")
    assert [(s.heading, s.kind, s.text) for s in sections] == [
        ("Baggrund", SectionKind.BACKGROUND, "Første.\n\nAnden."),
        ("Bilag", SectionKind.ATTACHMENTS, ""),
    ]


@pytest.mark.parametrize("content", ["", "{not json", '{"Andet": 1}'])
def test_bad_json_gets_a_typed_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, "utf-8")
    with pytest.raises(dp.DagsordenError, match=r"x\.json"):
        dp.parse(path)


greve = pytest.mark.skipif(not GREVE.is_dir(), reason=f"Greve meetings not found at {GREVE}")

# Decision texts that record a vote (not `Udvalget undlod at tage stilling`, the whole
# body declining to decide, which is no vote).
_VOTE_WORDS = re.compile(r"(?i)\b(stemte|med stemmerne|enstemmig)|\w+ \(\w+\) undlod")


@greve
def test_greve_meetings_decisions_and_votes() -> None:
    decisions = [
        (section.text, decision)
        for path in sorted(GREVE.glob("*.json"))
        for item in dp.parse(path).items
        for section, decision in zip(
            [s for s in item.sections if s.kind is SectionKind.DECISION],
            item.decisions,
            strict=True,
        )
    ]
    assert len(decisions) > 2000
    classified = sum(1 for _, d in decisions if d.outcome is not Outcome.OTHER)
    assert classified / len(decisions) >= 0.85
    with_votes = [(t, d) for t, d in decisions if _VOTE_WORDS.search(t)]
    missed = [t for t, d in with_votes if d.votes is None]
    assert len(with_votes) > 100
    assert len(missed) / len(with_votes) <= 0.05, missed[:5]


@greve
def test_greve_per_item_attendance() -> None:
    docs = [dp.parse(path) for path in sorted(GREVE.glob("*.json"))]
    assert sum(len(d.absences) for d in docs) > 100
    for doc in docs:
        numbers = {i.number for i in doc.items}
        assert all(set(a.items) <= numbers for a in doc.absences)
