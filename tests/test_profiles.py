"""Profile choice, the generic fallback, and the quality block."""

from __future__ import annotations

import pytest

import dagsorden_parser as dp
from dagsorden_parser.api import parse_extracted
from dagsorden_parser.profiles import GENERIC, PROFILES, choose_profile
from dagsorden_parser.read.lines import Extracted, Line

_FIRST_AGENDA_TEXT = """Dagsorden til møde i Kulturudvalget

Mødetidspunkt 03-03-2023 16:00
Mødeafholdelse Mødelokale 2

1 (Åben) Godkendelse af dagsorden

Sags ID: EMN-2023-00101

Beslutning

Godkendt.
"""

# An invented layout no profile knows: numbered headings, a case number and known
# section words, but none of any family's signature labels.
_UNKNOWN_TEXT = """Protokol for mødet i Naturrådet

1. Status for vandløbsprojektet
Journalnummer: 77/1234
Sagsfremstilling
Projektet er halvvejs.
Beslutning
Taget til efterretning.

2. Budget for plantning
Journalnummer: 77/1250
Sagsfremstilling
Der er to forslag:
1. Plant egetræer langs åen
2. Plant bøg ved skolen
Beslutning
Forslag 1 vedtaget.
"""


def test_first_agenda_is_detected_and_recorded() -> None:
    doc = dp.parse_text(_FIRST_AGENDA_TEXT)
    assert doc.quality is not None
    assert doc.quality.profile == "first_agenda"
    assert doc.quality.recognised
    assert doc.quality.items_found == 1
    assert doc.quality.body_share == 1.0
    assert doc.quality.confident


def test_unknown_layout_falls_back_to_generic_and_says_so() -> None:
    doc = dp.parse_text(_UNKNOWN_TEXT)
    assert doc.quality is not None and doc.quality.profile == "generic"
    assert not doc.quality.recognised and not doc.quality.confident
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Status for vandløbsprojektet"),
        ("2", "Budget for plantning"),
    ]
    assert [s.heading for s in doc.items[1].sections] == ["Sagsfremstilling", "Beslutning"]
    assert "template_not_recognised" in {w.code for w in doc.warnings}


def test_numbered_list_in_the_body_is_not_an_item() -> None:
    doc = dp.parse_text(_UNKNOWN_TEXT)
    assert "Plant egetræer langs åen" in doc.items[1].sections[0].text


def test_generic_reads_bold_numbered_headings_in_a_pdf_layout() -> None:
    specs = [
        ("Referat fra Havneudvalget", True, 16.0, 1),
        ("3. Ny kajplads", True, 13.0, 1),
        ("Kajen forlænges med 40 meter.", False, 10.0, 1),
        ("1. Første etape udføres i foråret.", False, 10.0, 1),
        ("Beslutning", True, 11.0, 1),
        ("Godkendt.", False, 10.0, 1),
        ("4. Takster 2025", True, 13.0, 2),
        ("Beslutning", True, 11.0, 2),
        ("Godkendt.", False, 10.0, 2),
    ]
    lines = tuple(
        Line(text=t, page=p, top=50.0 + 20 * n, size=s, bold=b, index=n)
        for n, (t, b, s, p) in enumerate(specs)
    )
    doc = parse_extracted(
        Extracted(lines=lines, pages=2, format="pdf", has_typography=True), path="x", sha256="0"
    )
    assert [(i.number, i.title, i.page_start) for i in doc.items] == [
        ("3", "Ny kajplads", 1),
        ("4", "Takster 2025", 2),
    ]
    assert doc.kind == "minutes"


def test_profile_can_be_forced_by_name() -> None:
    doc = dp.parse_text(_FIRST_AGENDA_TEXT, profile="generic")
    assert doc.quality is not None and doc.quality.profile == "generic"
    assert [i.title for i in doc.items] == ["Godkendelse af dagsorden"]


def test_unknown_profile_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown profile"):
        choose_profile([], "no-such-profile")


def test_profile_names_are_unique_and_generic_is_last() -> None:
    names = [p.name for p in PROFILES]
    assert len(names) == len(set(names))
    assert PROFILES[-1] is GENERIC


def test_no_profile_claims_an_empty_document() -> None:
    assert choose_profile([]) is GENERIC


def _generic(text: str) -> list[tuple[str | None, str, str | None]]:
    doc = dp.parse_text(text, profile="generic")
    return [(i.number, i.title, i.access) for i in doc.items]


def test_generic_reads_a_number_glued_to_the_title() -> None:
    text = """Referat for Fritidsudvalget
Mødedato: 02-05-2024

4.Nye åbningstider i svømmehallen (B)
Sagsnummer: 24/1187
Indstilling
Forvaltningen indstiller, at åbningstiderne godkendes.
5Tilskud til foreningernes sommerlejre
Sagsfremstilling
Der er søgt om tilskud fra seks foreninger.
"""
    assert _generic(text) == [
        ("4", "Nye åbningstider i svømmehallen (B)", None),
        ("5", "Tilskud til foreningernes sommerlejre", None),
    ]


def test_generic_joins_an_item_number_alone_with_the_title_below() -> None:
    text = """Referat
Sted: Mødelokale 3

Pkt. 12
Orientering om vejarbejder
Sagsnr. 401122 Teknikudvalget Åbent punkt
Resume
Vejene i bymidten graves op i uge 20.
Sag nr. 13
Budgetopfølgning
Sagsnr. 401123
Resume
Forbruget følger budgettet.
"""
    assert _generic(text) == [
        ("12", "Orientering om vejarbejder", "open"),  # the case line: `Åbent punkt`
        ("13", "Budgetopfølgning", None),
    ]


def test_generic_reads_an_access_mark_between_number_and_title() -> None:
    text = """Dagsorden for Plejeudvalget

1 Åben sag Godkendelse af dagsorden
Sagsnr.: 24/0001
2 Lukket punkt: Køb af ejendom
Sagsnr.: 24/0002
"""
    assert _generic(text) == [
        ("1", "Godkendelse af dagsorden", "open"),
        ("2", "Køb af ejendom", "closed"),
    ]


def test_generic_confirms_a_heading_by_a_kle_case_number_below_it() -> None:
    text = """Dagsorden for Miljøudvalget

1. Vandplan for Mølleåen
Åbent - 06.00.00-P20-4-24
Ny plan for å-løbet.
2. Klimasikring af havnen
07.01.00-G01-2-24
Havnen skal sikres mod stormflod.
"""
    assert _generic(text) == [
        ("1", "Vandplan for Mølleåen", "open"),  # `Åbent - <KLE>`
        ("2", "Klimasikring af havnen", None),
    ]


def test_generic_confirms_a_heading_the_list_of_items_names() -> None:
    text = """Dagsorden for Skoleudvalget
1 Skoledistrikter i nordbyen
2 Ny skolestruktur

1 Skoledistrikter i nordbyen
Forvaltningen har set på tre modeller.
2 Ny skolestruktur
Forvaltningen foreslår to nye skoler.
"""
    assert [(n, t) for n, t, _ in _generic(text)] == [
        ("1", "Skoledistrikter i nordbyen"),
        ("2", "Ny skolestruktur"),
    ]


def test_generic_takes_no_numbered_list_in_a_section_for_items() -> None:
    text = """Dagsorden for Kulturudvalget

1. Ny kulturpolitik
Sagsnr.: 24/0500
Indstilling
Forvaltningen indstiller:
1. Godkende politikken
2. Sende politikken i høring
Beslutning
1. Godkende politikken
2. Sende politikken i høring
"""
    assert _generic(text) == [("1", "Ny kulturpolitik", None)]
