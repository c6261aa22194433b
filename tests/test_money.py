"""Amounts of money in Danish notation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dagsorden_parser.facts.money import amounts, format_kroner, parse_number


@pytest.mark.parametrize(
    ("text", "kroner", "printed"),
    [
        ("en bevilling på 2.591.000 kr. i alt", Decimal(2591000), "2.591.000 kr."),
        ("rammen er 1,4 mio. kr. i 2024", Decimal(1400000), "1,4 mio. kr."),
        ("udgiften er kr. 500.000 om året", Decimal(500000), "kr. 500.000"),
        ("i alt 12,581 mio. kr.", Decimal(12581000), "12,581 mio. kr."),
        ("heraf 500 t.kr. til drift", Decimal(500000), "500 t.kr."),
        ("anlæg for 1,2 mia. kr.", Decimal(1200000000), "1,2 mia. kr."),
        ("en mindreudgift på -3,5 mio. kr.", Decimal(-3500000), "-3,5 mio. kr."),
        ("tilskud på kr. 1.500,50", Decimal("1500.5"), "kr. 1.500,50"),
    ],
)
def test_amounts(text: str, kroner: Decimal, printed: str) -> None:
    [amount] = amounts(text)
    assert amount.kroner == kroner
    assert amount.printed == printed


@pytest.mark.parametrize(
    "text",
    ["Budget 2024 og 2025", "jf. pkt. 4.1 og bilag 2", "EMN-2017-02193", "mødet kl. 16.00"],
)
def test_no_amount_in_years_case_ids_and_times(text: str) -> None:
    assert amounts(text) == []


def test_amount_keeps_its_sentence() -> None:
    text = "Projektet er forsinket. Der søges 2.000.000 kr. til det. Sagen haster."
    [amount] = amounts(text)
    assert amount.sentence == "Der søges 2.000.000 kr. til det."


def test_parse_number() -> None:
    assert parse_number("2.591.000") == Decimal(2591000)
    assert parse_number("1,4") == Decimal("1.4")


@settings(max_examples=200)
@given(st.text())
def test_amounts_never_raise(text: str) -> None:
    amounts(text)


@settings(max_examples=200)
@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_formatted_amount_round_trips(kroner: Decimal) -> None:
    [amount] = amounts(f"Der afsættes {format_kroner(kroner)} til formålet.")
    assert amount.kroner == kroner
