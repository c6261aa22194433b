"""Agenda against minutes of the same meeting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dagsorden_parser as dp
from dagsorden_parser.cli import main
from dagsorden_parser.compare import compare
from dagsorden_parser.models import Outcome

_HEAD = "{kind} møde i Miljøudvalget\n\nMødetidspunkt 10-01-2024 16:00\nMødeafholdelse Lokale 2\n\n"

_AGENDA = _HEAD.format(kind="Dagsorden til") + (
    "1 (Åben) Godkendelse af dagsorden\n\nIndstilling\n\nAt dagsordenen godkendes.\n\n"
    "2 (Åben) Plan for vandløb\n\nIndstilling\n\nAt planen sendes i høring.\n\n"
    "3 (Åben) Eventuelt\n"
)
_MINUTES = _HEAD.format(kind="Referat af") + (
    "1 (Åben) Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
    "2 (Åben) Plan for vandløb og søer\n\nBeslutning\n\nFor stemte: A og V (5)\n\n"
    "Imod stemte: Ø (1)\n\nIndstillingen er dermed godkendt. "
    "Ida Holm deltog ikke i sagens behandling.\n\n"
    "4 (Åben) Henvendelse fra borgere\n\nBeslutning\n\nTaget til efterretning.\n"
)


def test_compare_agenda_and_minutes() -> None:
    result = compare(dp.parse_text(_AGENDA), dp.parse_text(_MINUTES))
    by_number = {i.number: i for i in result.items}
    assert by_number["1"].change == "unchanged"
    assert by_number["1"].decisions == (Outcome.APPROVED,)
    assert by_number["2"].change == "title_changed"
    assert by_number["2"].agenda_title == "Plan for vandløb"
    assert by_number["2"].votes == 1
    assert [a.name for a in by_number["2"].absences] == ["Ida Holm"]
    assert by_number["3"].change == "removed"
    assert by_number["4"].change == "added"
    assert [i.number for i in result.changed] == ["2", "3", "4"]


def test_compare_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agenda, minutes = tmp_path / "dagsorden.txt", tmp_path / "referat.txt"
    agenda.write_text(_AGENDA, "utf-8")
    minutes.write_text(_MINUTES, "utf-8")
    assert main(["compare", str(agenda), str(minutes)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any("title_changed" in line and "1 vote record" in line for line in out)
    assert main(["compare", str(agenda), str(minutes), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [i["change"] for i in data["items"]] == [
        "unchanged",
        "title_changed",
        "removed",
        "added",
    ]
