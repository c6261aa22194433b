"""Decision headings and outcomes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dagsorden_parser.facts.decisions import Outcome, classify_outcome, decision_heading


@pytest.mark.parametrize(
    ("heading", "body", "date", "number"),
    [
        ("Beslutning", None, None, None),
        ("Beslutninger", None, None, None),
        (
            "Beslutning i Udvalget for Kultur og Fritid den 02-09-2021",
            "Udvalget for Kultur og Fritid",
            dt.date(2021, 9, 2),
            None,
        ),
        (
            "Teknik- og Miljøudvalgets beslutning den 11.03.2014 Punkt 7",
            "Teknik- og Miljøudvalget",
            dt.date(2014, 3, 11),
            "7",
        ),
        (
            "Beslutning fra Økonomiudvalget, den 5. marts 2024, punkt 61:",
            "Økonomiudvalget",
            dt.date(2024, 3, 5),
            "61",
        ),
        ("Beslutning Byrådet den 14-05-2019", "Byrådet", dt.date(2019, 5, 14), None),
    ],
)
def test_decision_heading(
    heading: str, body: str | None, date: dt.date | None, number: str | None
) -> None:
    parsed = decision_heading(heading)
    assert (parsed.body, parsed.date, parsed.item_number) == (body, date, number)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Godkendt.", Outcome.APPROVED),
        ("Enstemmigt godkendt.", Outcome.APPROVED),
        ("Byrådet godkendte indstillingen.", Outcome.APPROVED),
        ("Godkendt med den ændring, at beløbet halveres.", Outcome.APPROVED_WITH_CHANGES),
        ("Anbefales over for Byrådet.", Outcome.RECOMMENDED),
        ("1.-3. Anbefales.", Outcome.RECOMMENDED),
        ("Udsat til næste møde.", Outcome.POSTPONED),
        ("Taget til efterretning.", Outcome.NOTED),
        ("Orientering givet.", Outcome.NOTED),
        ("Ikke godkendt.", Outcome.REJECTED),
        ("Forslaget blev forkastet.", Outcome.REJECTED),
        ("Udvalget undlod at tage stilling.", Outcome.OTHER),
    ],
)
def test_outcome(text: str, outcome: Outcome) -> None:
    assert classify_outcome(text) is outcome


@settings(max_examples=200)
@given(st.text())
def test_never_raise(text: str) -> None:
    decision_heading(text)
    classify_outcome(text)


def test_a_decision_heading_wrapped_inside_the_body_name() -> None:
    import datetime as dt

    from dagsorden_parser import parse_text

    doc = parse_text(
        "REFERAT Klima-, Miljø- og\nTeknikudvalget d. 12-02-2024\n\n1. Salg af grund\n\n"
        "Beslutning i Klima-, Miljø- og\nTeknikudvalget den 13. februar 2024\n\nGodkendt.\n"
    )
    assert doc.committee == "Klima-, Miljø- og Teknikudvalget"
    (decision,) = doc.items[0].decisions
    assert decision.body == "Klima-, Miljø- og Teknikudvalget"
    assert decision.date == dt.date(2024, 2, 13)
    assert decision.text.strip() == "Godkendt."
