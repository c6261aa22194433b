"""Substitutes and members away for particular items."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dagsorden_parser as dp
from dagsorden_parser.facts.attendance import absences, item_numbers, present_for, substitute


def test_substitute_in_parentheses_and_sentence() -> None:
    assert substitute("Lene Holm (stedfortræder: Per B. Andersen)") == "Per B. Andersen"
    assert substitute("Ib Lund (V) - Mia Kjær (V) mødte som stedfortræder.") == "Mia Kjær (V)"
    assert substitute("Ib Lund (V)") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12-15", ("12", "13", "14", "15")), ("3 og 4", ("3", "4")), ("7", ("7",))],
)
def test_item_numbers(text: str, expected: tuple[str, ...]) -> None:
    assert item_numbers(text) == expected


def test_absence_forms() -> None:
    text = (
        "Ole Berg forlod mødet kl. 19 efter behandlingen af punkt 5. "
        "Sif Dahl og Kim Ravn erklærede sig inhabile og forlod mødet under punkt 7. "
        "Bo Holm (V) deltog ikke i behandlingen af punkt 2-3."
    )
    notes = {(n.name, n.kind, n.items) for n in absences(text)}
    assert notes == {
        ("Ole Berg", "left_after", ("5",)),
        ("Sif Dahl", "recused", ("7",)),
        ("Kim Ravn", "recused", ("7",)),
        ("Bo Holm", "absent", ("2", "3")),
    }


def test_inside_an_item_the_item_is_meant() -> None:
    [note] = absences("Godkendt. Lis Bro deltog ikke i sagens behandling.", item="4")
    assert (note.name, note.kind, note.items) == ("Lis Bro", "absent", ("4",))


def test_a_year_or_list_is_not_an_absence() -> None:
    assert absences("Planen for 2024-2027 blev godkendt, jf. punkt 3 og 4.") == []


_MINUTES = """Referat af møde i Skoleudvalget

Mødetidspunkt 05-06-2024 16:00
Mødeafholdelse Lokale 7
Tilstede: Ane Bak (A), Lis Bro (V) og Ole Berg (C)
Fraværende: Ib Lund (V) (stedfortræder: Mia Kjær)

1 (Åben) Godkendelse af dagsorden

Beslutning

Godkendt.

2 (Åben) Nyt skoledistrikt

Beslutning

Godkendt. Lis Bro deltog ikke i sagens behandling.

3 (Åben) Eventuelt

Beslutning

Ole Berg forlod mødet efter behandlingen af punkt 2.
"""


def test_who_was_present_for_each_item() -> None:
    doc = dp.parse_text(_MINUTES)
    assert doc.absent is not None and doc.absent[0].substitute == "Mia Kjær"
    assert [p.name for p in present_for(doc, "1")] == ["Ane Bak", "Lis Bro", "Ole Berg"]
    assert [p.name for p in present_for(doc, "2")] == ["Ane Bak", "Ole Berg"]
    assert [p.name for p in present_for(doc, "3")] == ["Ane Bak", "Lis Bro"]


@settings(max_examples=200)
@given(st.text())
def test_never_raises(text: str) -> None:
    absences(text, item="1")
    substitute(text)
    item_numbers(text)


def test_an_empty_absent_label_before_the_next_sentence_is_no_absence() -> None:
    assert absences("Fraværende:\nGodkendt.", item="1") == []
    [note] = absences("Fraværende: Lis Bro (V)\nGodkendt.", item="1")
    assert (note.name, note.party) == ("Lis Bro", "V")


def test_absence_in_an_earlier_meetings_treatment_is_not_this_meetings() -> None:
    text = _MINUTES.replace(
        "Godkendt. Lis Bro deltog ikke i sagens behandling.",
        "Godkendt.\n\nSagsforløb\n\nUdvalg: Byrådet\nDato: 01-05-2024\n"
        "Lis Bro deltog ikke i sagens behandling.",
    )
    doc = dp.parse_text(text)
    assert [p.name for p in present_for(doc, "2")] == ["Ane Bak", "Lis Bro", "Ole Berg"]


def test_present_for_an_item_that_does_not_exist_raises() -> None:
    doc = dp.parse_text(_MINUTES)
    with pytest.raises(ValueError, match=r"no item '99'; its items are 1, 2, 3"):
        present_for(doc, "99")
