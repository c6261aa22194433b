"""Case ids and section sequences: where the ids stand and in which printed forms,
which heading-like lines open a section (invented text only)."""

from __future__ import annotations

import pytest

import dagsorden_parser as dp
from dagsorden_parser.structure.rules import labelled_case_id
from dagsorden_parser.structure.runs import run_in_labels
from dagsorden_parser.vocabulary import section_kind

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


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Høring og sagsgang", "consultation"),
        ("Lovgrundlag – link", "legal_basis"),
        ("Sagshistorik, henvisninger", "previous_decisions"),
        ("Retligt grundlag", "legal_basis"),
        ("Hvem beslutter", "decision_authority"),
        ("Alternativ indstilling", "recommendation"),
        ("Andre konsekvenser", "other"),
        ("Økonomiske og personalemæssige konsekvenser", "economy"),
        ("Konsekvenser for andre udvalg", "other"),
        ("Beslutning Kulturudvalget den 05-05-2025", "decision"),
        ("Natur, Land og Vand, 6. maj 2025, pkt. 17:", "decision"),
        ("Vejudvalget, 06-05-2025, pkt. 9", "decision"),
        ("BAGGRUND FOR SAGENS BEHANDLING", "background"),
        ("Planlægning og kommunikation", "communication"),
        ("Uddybende sagsfremstilling", "case_description"),
    ],
)
def test_section_headings_qualified_or_named_by_their_consequences(heading: str, kind: str) -> None:
    found = section_kind(heading)
    assert found is not None and found.value == kind


@pytest.mark.parametrize(
    "text",
    [
        "Administrationen indstiller, at",  # a sentence begins
        "Miljø- og Fødevareklagenævnets afgørelse",  # a hyphen joining words, no dash
        "Høring og 12 indsigelser",  # a number in the qualifier
        "Konsekvenserne blev drøftet på mødet",
        "Beslutningen blev truffet",
        "Indstilling for en repræsentant til rådet",  # a title: short words, too many
        "Budget og økonomi for 2026",  # a digit after the known heading
    ],
)
def test_lines_that_only_look_like_qualified_headings(text: str) -> None:
    assert section_kind(text) is None


_REPEATED_DECISION = """Referat
Kulturudvalget
Nr.1 - Åbning af mødet
Beslutning i Kulturudvalget den 05-05-2025
Mødet blev åbnet.
Nr.2 - Godkendelse af dagsorden
Beslutning i Kulturudvalget den 05-05-2025
Godkendt.
Nr.3 - Tilskud til foreninger
Sagsnr.: 25/1234
Beslutningstema
Udvalget fordeler puljen.
Beslutning i Kulturudvalget den 05-05-2025
Fordelt som foreslået.
"""


def test_a_decision_heading_under_every_item_is_no_running_header() -> None:
    doc = dp.parse_text(_REPEATED_DECISION)
    assert [[s.heading for s in i.sections] for i in doc.items] == [
        ["Beslutning i Kulturudvalget den 05-05-2025"],
        ["Beslutning i Kulturudvalget den 05-05-2025"],
        ["Beslutningstema", "Beslutning i Kulturudvalget den 05-05-2025"],
    ]
    assert doc.items[2].case_id == "25/1234"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sag 410-2024-1187", "410-2024-1187"),
        ("Sag 24/3312", "24/3312"),
        ("Sag om vejbelysning", None),  # a sentence
        ("Sag 12", None),  # an item heading's number
    ],
)
def test_the_word_sag_before_a_case_number(text: str, value: str | None) -> None:
    assert labelled_case_id(text) == value


def test_a_kle_facet_alone_gives_way_to_the_case_number_below() -> None:
    text = """Referat
Byrådet
1. Udtræden af byrådet
J.nr.: G01
Sagsid.: 24/5521
SAGSFREMSTILLING:
Et medlem ønsker at udtræde.
2. Eventuelt
Sagsid.: 24/5522
Intet.
"""
    doc = dp.parse_text(text, profile="generic")
    assert [(i.number, i.title, i.case_id) for i in doc.items] == [
        ("1", "Udtræden af byrådet", "24/5521"),
        ("2", "Eventuelt", "24/5522"),
    ]


def test_section_labels_run_into_a_transcript_line() -> None:
    run = (
        "1. Velkomst 2. Valg af næstformand Sagsfremstilling: Rådet vælger en ny næstformand "
        "blandt medlemmerne, da den hidtidige er flyttet. Til beslutning Bilag: Liste over "
        "medlemmer 3. Orientering om trafikplan Sagsfremstilling: Planen sendes i høring i "
        "foråret og rådet får den til udtalelse. 4. Eventuelt Sagen afgøres i: Bilag: "
        "Handicaprådet"
    )
    frame = "Dagsorden Handicaprådet\nStarte visningen fra side:\nTranskript\n"
    doc = dp.parse_text(f"{frame}{run}\n", profile="generic")
    assert [(i.number, [s.heading for s in i.sections]) for i in doc.items] == [
        ("1", []),
        ("2", ["Sagsfremstilling", "Bilag"]),
        ("3", ["Sagsfremstilling"]),
        ("4", []),  # a label after another label: a flattened grid of fields
    ]
    assert [a.printed for a in doc.items[1].attachments] == ["Liste over medlemmer"]


def test_labels_run_into_a_line_outside_a_transcript_are_left_whole() -> None:
    run = (
        "1. Velkomst 2. Valg af næstformand Lovgrundlag: Vedtægten. Indstilling: Rådet vælger "
        "en ny næstformand blandt medlemmerne. 3. Orientering om trafikplan Indstilling: Til "
        "orientering. 4. Eventuelt Beslutning: Intet."
    )
    doc = dp.parse_text(f"Dagsorden\nHandicaprådet\n{run}\n", profile="generic")
    assert all(not item.sections for item in doc.items)


def test_a_label_opening_a_title_in_a_run_is_no_section() -> None:
    assert run_in_labels("2. Beslutning: Salg af grund 3. Orientering: Status") == [
        "2. Beslutning: Salg af grund 3. Orientering: Status"
    ]
    assert run_in_labels("Sagsoversigt: Beslutning: Salg af grund...4 Status...5") == [
        "Sagsoversigt: Beslutning: Salg af grund...4 Status...5"
    ]


def test_a_field_on_a_short_line_of_its_own_is_no_run_in_section() -> None:
    text = """Referat
Byrådet
1. Lokalplan for havnen
Beslutningskompetence: BY
Sagens kerne
Planen vedtages.
"""
    doc = dp.parse_text(text, profile="generic")
    assert [s.heading for s in doc.items[0].sections] == ["Sagens kerne"]


def test_dated_treatments_listed_under_earlier_decisions_stay_in_that_section() -> None:
    text = """Referat
Byrådet
1. Lokalplan for havnen
Indstilling
Forvaltningen indstiller, at planen vedtages.
Natur, Land og Vand, 6. maj 2025, pkt. 17:
Anbefales.
Tidligere beslutninger
Natur, Land og Vand, 4. marts 2025, pkt. 9:
Sendt i høring.
"""
    item = dp.parse_text(text, profile="generic").items[0]
    assert [s.heading for s in item.sections] == [
        "Indstilling",
        "Natur, Land og Vand, 6. maj 2025, pkt. 17:",
        "Tidligere beslutninger",
    ]
    [decision] = item.decisions
    assert decision.body == "Natur, Land og Vand"


_CONTENTS_WITHOUT_NUMBERS = """Dagsorden til møde i Skoleudvalget
Indholdsfortegnelse
Skoleudvalget
den 4. juni 2025
Åben dagsorden
Ny skolestruktur for distrikt nord
Budgetopfølgning for skoleområdet
10
Orientering om elevtal
11
Status for skolebyggeriet
Lukket dagsorden
12
Personalesag
Møde i Skoleudvalget den 4. juni 2025
1 Åbent Ny skolestruktur for distrikt nord
031177-2025
Resumé
Udvalget skal tage stilling til strukturen.
"""


def test_a_contents_list_that_lost_its_numbers_still_names_the_first_item() -> None:
    doc = dp.parse_text(_CONTENTS_WITHOUT_NUMBERS)
    first = doc.items[0]
    assert (first.number, first.title, first.case_id) == (
        "1",
        "Ny skolestruktur for distrikt nord",
        "031177-2025",
    )
    assert [s.heading for s in first.sections] == ["Resumé"]
    assert all(not i.sections for i in doc.items[1:])


def test_the_last_list_entry_run_into_the_first_item_heading() -> None:
    text = """UDVALG
Ældrerådet
PUNKTER
1. Orientering om madservice
2. Godkendelse af referat
3. Salg af ejendom - Lukket punkt
4. Eventuelt1. Orientering om madservice
Indstilling
Rådet orienteres.
"""
    doc = dp.parse_text(text)
    assert [(i.number, i.title, i.access) for i in doc.items] == [
        ("1", "Orientering om madservice", None),
        ("2", "Godkendelse af referat", None),
        ("3", "Salg af ejendom", "closed"),
        ("4", "Eventuelt", None),
    ]
    assert [s.heading for s in doc.items[0].sections] == ["Indstilling"]
    assert doc.items[3].sections == ()


def test_a_decision_heading_that_lost_its_date_in_a_transcript() -> None:
    text = """Referat fra Kulturudvalget
Starte visningen fra side:
Transkript
1 Godkendelse af dagsorden Sagsid.: 25/118 Åben sag
Beslutning Kulturudvalget den Godkendt. Afbud: Ingen
2 Eventuelt Sagsid.: 25/119 Åben sag
Beslutning Kulturudvalget den Intet.
"""
    doc = dp.parse_text(text, profile="generic")
    assert [[s.heading for s in i.sections] for i in doc.items] == [
        ["Beslutning Kulturudvalget den"],
        ["Beslutning Kulturudvalget den"],
    ]
    assert doc.items[0].sections[0].text.startswith("Godkendt.")


def test_a_bullet_before_a_section_heading_is_not_part_of_it() -> None:
    text = """Referat
Byrådet
1. Lokalplan for havnen
• Resume
Planen vedtages.
• Økonomi
Ingen udgifter.
"""
    item = dp.parse_text(text, profile="generic").items[0]
    assert [s.heading for s in item.sections] == ["Resume", "Økonomi"]
