"""Case ids and section sequences: where the ids stand and in which printed forms,
which heading-like lines open a section (invented text only)."""

from __future__ import annotations

import pytest

import dagsorden_parser as dp

_LISTED_THEN_BODY = """Referat
til
mødet i Teknikudvalget
den 3. marts 2025 kl. 16:00
Pkt.
Åbne dagsordenspunkter
1 Ny belysning på stationspladsen
2 Regnskab for vejfonden
3 Trafikplan for bymidten
4 Ansøgning om tilskud til stier
Lukkede dagsordenspunkter
5 Køb af grund
Åbne dagsordenspunkter
1. Ny belysning på stationspladsen
27.03.00-P20-4-24
Sagsfremstilling
Belysningen er slidt og skal skiftes.
"""


@pytest.mark.parametrize("profile", [None, "generic"])
def test_a_list_of_the_items_without_heading_or_pages_then_the_first_body(
    profile: str | None,
) -> None:
    doc = dp.parse_text(_LISTED_THEN_BODY, profile=profile)
    assert [i.number for i in doc.items] == ["1", "2", "3", "4", "5"]
    first = doc.items[0]
    assert first.case_id == "27.03.00-P20-4-24"
    assert [s.heading for s in first.sections] == ["Sagsfremstilling"]
    assert [s.heading for s in doc.items[1].sections] == []
    assert doc.items[4].access == "closed"


_NUMBER_TITLE_PAGE = """Dagsorden
Forretningsudvalget
Deltagere:
Anna Holm (A)
Bent Vang (V)Indholdsfortegnelse åbent møde
1.
Godkendelse af dagsorden
3
2.
Budget for næste år
4
3.
Orientering om byggeriet
7
Indholdsfortegnelse lukket møde
4.
Salg af ejendom (Lukket punkt)
9
1. Godkendelse af dagsorden
Åbent
Beslutning i Forretningsudvalget den 3. marts 2025, pkt. 1
Godkendt.
"""


def test_contents_printing_number_title_and_page_on_lines_of_their_own() -> None:
    doc = dp.parse_text(_NUMBER_TITLE_PAGE)
    assert [(i.number, i.title, i.access) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "open"),
        ("2", "Budget for næste år", "open"),
        ("3", "Orientering om byggeriet", "open"),
        ("4", "Salg af ejendom", "closed"),
    ]
    assert [s.heading for s in doc.items[0].sections] == [
        "Beslutning i Forretningsudvalget den 3. marts 2025, pkt. 1"
    ]


def test_lettered_groups_end_the_contents_entry_above_them() -> None:
    text = _LISTED_THEN_BODY.replace("Lukkede dagsordenspunkter\n", "B. Orientering\n")
    doc = dp.parse_text(text, profile="generic")
    assert doc.items[3].title == "Ansøgning om tilskud til stier"
