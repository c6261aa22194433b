"""Decisions, votes, recommendations, earlier treatments and amounts on items."""

from __future__ import annotations

import datetime as dt

import dagsorden_parser as dp
from dagsorden_parser.facts.enrich import recommendation, references
from dagsorden_parser.models import Outcome

_MINUTES = """Referat af møde i Teknikudvalget

Mødetidspunkt 12-10-2023 17:00
Mødeafholdelse Mødelokale 3

1 (Åben) Ny belægning på Torvet

Sags ID: EMN-2023-04411

Indstilling

Forvaltningen indstiller, at

1. at der gives en anlægsbevilling på 2.400.000 kr.,

2. at arbejdet udføres i 2024.

Beslutning

For stemte: A, C og V (9)

Imod stemte: Ø (2)

Indstillingen er dermed godkendt.

Beslutning i Økonomiudvalget den 19-10-2023

Anbefales.

Tidligere beslutninger:

Teknikudvalget, 7. september 2023, pkt. 12:

Udsat.

2 (Åben) Eventuelt

Beslutning

Taget til efterretning.
"""


def test_decisions_in_order_with_body_date_outcome_and_votes() -> None:
    item = dp.parse_text(_MINUTES).items[0]
    first, second = item.decisions
    assert (first.body, first.date, first.outcome) == (
        "Teknikudvalget",
        dt.date(2023, 10, 12),
        Outcome.APPROVED,
    )
    assert first.votes is not None
    assert first.votes.in_favour.parties == ("A", "C", "V") and first.votes.in_favour.count == 9
    assert first.votes.against.parties == ("Ø",) and first.votes.against.count == 2
    assert (second.body, second.date, second.outcome) == (
        "Økonomiudvalget",
        dt.date(2023, 10, 19),
        Outcome.RECOMMENDED,
    )
    assert second.votes is None


def test_recommendation_points_and_amounts() -> None:
    item = dp.parse_text(_MINUTES).items[0]
    assert item.recommendation is not None
    assert item.recommendation.lead_in == "Forvaltningen indstiller, at"
    assert item.recommendation.points == (
        "at der gives en anlægsbevilling på 2.400.000 kr.,",
        "at arbejdet udføres i 2024.",
    )
    assert [a.kroner for a in item.amounts] == [2_400_000.0]


def test_previous_decisions_become_references() -> None:
    item = dp.parse_text(_MINUTES).items[0]
    [ref] = item.previous_decisions
    assert (ref.body, ref.date, ref.item_number, ref.text) == (
        "Teknikudvalget",
        dt.date(2023, 9, 7),
        "12",
        "Udsat.",
    )


def test_noted_outcome_and_no_votes() -> None:
    item = dp.parse_text(_MINUTES).items[1]
    [decision] = item.decisions
    assert decision.outcome is Outcome.NOTED and decision.votes is None


def test_recommendation_in_one_sentence() -> None:
    rec = recommendation("Direktionen indstiller, at planen godkendes.")
    assert rec.lead_in == "Direktionen indstiller, at"
    assert rec.points == ("planen godkendes.",)


def test_labelled_references() -> None:
    text = "Udvalg: Byrådet\nDato: 26-03-2025\nPunktnummer: 21\nSagen blev udsat."
    [ref] = references(text)
    assert (ref.body, ref.date, ref.item_number, ref.text) == (
        "Byrådet",
        dt.date(2025, 3, 26),
        "21",
        "Sagen blev udsat.",
    )


def test_a_dot_alone_is_no_reference() -> None:
    assert references(".") == []
