"""Agenda against minutes of the same meeting."""

from __future__ import annotations

import dagsorden_parser as dp
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
