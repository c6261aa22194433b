"""Tests for `dagsorden_parser.facts.build`: outlines become validated `Document`s."""

from __future__ import annotations

import datetime as dt

from conftest import BIG, BODY, GAP, document_of, make_lines, plain_lines, warning_codes
from dagsorden_parser import parse_text
from dagsorden_parser.models import SectionKind

K = SectionKind

MINUTES = make_lines(
    [
        ("Holstebro Kommune", False, BODY, 1),
        ("Referat af møde i Plan- og Miljøudvalget", True, BIG),
        ("Mødedato: 12.09.2023, kl. 15:00", False, BODY),
        ("Mødested: Mødelokale 1, Rådhuset", False, BODY),
        ("Tilstede:", False, BODY),
        ("Lise Berg (A) - formand, Ole Bak (V) og Ida Møller (F)", False, BODY),
        ("Fraværende:", False, BODY),
        ("Ingen", False, BODY),
        GAP,
        ("Indholdsfortegnelse", True, BIG),
        ("1 (Åben) Godkendelse af dagsorden ........ 2", False, BODY),
        ("2 (Åben) Lokalplan for et nyt boligområde ved skoven ........ 2", False, BODY),
        ("3 (Lukket) Køb af jord ........ 3", False, BODY),
        ("1 (Åben) Godkendelse af dagsorden", True, BODY, 2),
        ("Sags ID: EMN-2023-01001", False, BODY),
        GAP,
        ("Beslutning", True, BODY),
        ("Godkendt.", False, BODY),
        GAP,
        ("Bilag", True, BODY),
        ("Ingen", False, BODY),
        GAP,
        ("2 (Åben) Lokalplan for et nyt boligområde", True, BODY),
        ("ved skoven", True, BODY),
        GAP,
        ("EMN-2023-01002", False, BODY),
        ("Planen giver mulighed for 40 boliger.", False, BODY),
        GAP,
        ("Sagsfremstilling", True, BODY),
        ("Området ligger nord for byen. Der er", False, BODY),
        ("udarbejdet et forslag til kommune-", False, BODY),
        ("planen.", False, BODY),
        GAP,
        ("Programmet for borgermødet var:", False, BODY),
        ("1. Velkomst", False, BODY),
        ("2. Præsentation af planen", False, BODY),
        GAP,
        ("Beslutning", True, BODY),
        ("Anbefales.", False, BODY),
        GAP,
        ("Bilag", True, BODY),
        ("1. Planforslag (2204694 - EMN-2023-01002)", False, BODY),
        ("2. Miljøscreening (2204695 - EMN-2023-01002)", False, BODY),
        ("3 (Lukket) Køb af jord", True, BODY, 3),
        ("Sagsnr.: 23/4567", False, BODY),
        GAP,
        ("Beslutning", True, BODY),
        ("Godkendt.", False, BODY, 4),
    ]
)


def test_header_fields() -> None:
    doc = document_of(MINUTES)
    assert doc.kind == "minutes"
    assert doc.municipality == "Holstebro Kommune"
    assert doc.committee == "Plan- og Miljøudvalget"
    assert doc.start == dt.datetime(2023, 9, 12, 15, 0)
    assert doc.location == "Mødelokale 1, Rådhuset"
    assert doc.present is not None
    assert [(p.name, p.party, p.role) for p in doc.present] == [
        ("Lise Berg", "A", "formand"),
        ("Ole Bak", "V", None),
        ("Ida Møller", "F", None),
    ]
    assert doc.absent == ()
    assert doc.source.pages == 4


def test_items_titles_access_and_case_ids() -> None:
    doc = document_of(MINUTES)
    assert [(i.number, i.title, i.access, i.case_id) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "open", "EMN-2023-01001"),
        ("2", "Lokalplan for et nyt boligområde ved skoven", "open", "EMN-2023-01002"),
        ("3", "Køb af jord", "closed", "23/4567"),
    ]
    assert [(i.page_start, i.page_end) for i in doc.items] == [(2, 2), (2, 2), (3, 4)]
    assert doc.warnings == ()


def test_contents_entries() -> None:
    doc = document_of(MINUTES)
    assert [(c.number, c.title, c.access, c.page) for c in doc.contents] == [
        ("1", "Godkendelse af dagsorden", "open", 2),
        ("2", "Lokalplan for et nyt boligområde ved skoven", "open", 2),
        ("3", "Køb af jord", "closed", 3),
    ]


def test_sections_and_paragraphs() -> None:
    item = document_of(MINUTES).items[1]
    # the bare case id is taken out of the preamble; the rest stays as text
    assert item.text == "Planen giver mulighed for 40 boliger."
    assert [(s.heading, s.kind, s.page_start) for s in item.sections] == [
        ("Sagsfremstilling", K.CASE_DESCRIPTION, 2),
        ("Beslutning", K.DECISION, 2),
        ("Bilag", K.ATTACHMENTS, 2),
    ]
    assert item.sections[0].text.split("\n\n") == [
        "Området ligger nord for byen. Der er udarbejdet et forslag til kommuneplanen.",
        "Programmet for borgermødet var:",
        "1. Velkomst",
        "2. Præsentation af planen",
    ]
    assert item.sections[1].text == "Anbefales."


def test_attachments() -> None:
    first, second, third = document_of(MINUTES).items
    assert first.attachments == ()  # `Bilag` / `Ingen`
    assert [(a.title, a.document_id, a.case_id) for a in second.attachments] == [
        ("Planforslag", "2204694", "EMN-2023-01002"),
        ("Miljøscreening", "2204695", "EMN-2023-01002"),
    ]
    assert second.attachments[0].printed == "1. Planforslag (2204694 - EMN-2023-01002)"
    assert third.attachments == ()


def test_kind_from_decisions_when_title_names_none() -> None:
    lines = plain_lines(
        "Udvalget for Teknik",
        "1 (Åben) Vejnavne",
        "Beslutning",
        "Godkendt.",
    )
    doc = document_of(lines, typography=False)
    assert doc.kind == "minutes"
    no_decision = plain_lines("Udvalget for Teknik", "1 (Åben) Vejnavne", "Resumé", "Tekst.")
    assert document_of(no_decision, typography=False).kind == "agenda"


def test_committee_from_line_after_contents_heading() -> None:
    lines = plain_lines(
        "Dagsorden",
        "Indholdsfortegnelse",
        "Fritidsudvalget",
        "1 (Åben) Tilskud til foreninger 2",
        "1 (Åben) Tilskud til foreninger",
    )
    doc = document_of(lines, typography=False)
    assert doc.committee == "Fritidsudvalget"
    assert doc.kind == "agenda"


# --- attachments in text -----------------------------------------------------------------


def _items(text: str):  # type: ignore[no-untyped-def]
    return parse_text(text).items


def test_bilag_ingen_gives_no_attachments() -> None:
    [item] = _items(
        "1 (Åben) Lokalplan for bydelscenter\n\nIndstilling\nGodkendes.\n\nBilag\nIngen\n"
    )
    assert item.attachments == ()
    assert [s.kind for s in item.sections] == [K.RECOMMENDATION, K.ATTACHMENTS]


def test_bilag_colon_ingen_gives_no_attachments_and_ends_the_section() -> None:
    [item] = _items(
        "1 (Åben) Lokalplan for bydelscenter\n\nIndstilling\nGodkendes.\nBilag: Ingen\n"
    )
    assert item.attachments == ()
    assert item.sections[0].text == "Godkendes."


def test_edoc_attachment_lines_are_separate_attachments() -> None:
    [item] = _items(
        "1 (Åben) Trafikplan\n\nBilag\n"
        "2012-200782 - Notat om trafik\n"
        "2012-200783 - Kort over området\n"
    )
    assert [(a.document_id, a.title) for a in item.attachments] == [
        ("2012-200782", "Notat om trafik"),
        ("2012-200783", "Kort over området"),
    ]


# --- warnings -------------------------------------------------------------------------------

_HEAD = """Dagsorden til møde i Miljøudvalget

Mødetidspunkt 02-05-2022 16:00
Mødeafholdelse Rådhuset, lokale 4

Indholdsfortegnelse

1 (Åben) Godkendelse af dagsorden 3
2 (Åben) Vandplan for Skjern Å 4
3 (Åben) Eventuelt 5

"""


def test_no_warnings_when_contents_and_body_agree() -> None:
    doc = parse_text(
        _HEAD + "1 (Åben) Godkendelse af dagsorden\n\n"
        "2 (Åben) Vandplan for Skjern Å\n\n3 (Åben) Eventuelt\n"
    )
    assert doc.warnings == ()
    assert [i.number for i in doc.items] == ["1", "2", "3"]
    assert doc.start == dt.datetime(2022, 5, 2, 16, 0)


def test_warning_for_item_missing_from_body() -> None:
    doc = parse_text(
        _HEAD + "1 (Åben) Godkendelse af dagsorden\n\nResumé\n\nTekst.\n\n3 (Åben) Eventuelt\n"
    )
    assert warning_codes(doc) == ["contents_item_missing"]
    assert doc.warnings[0].item == "2"
    # the missing item is kept, from the contents, in its place and without a body
    assert [i.number for i in doc.items] == ["1", "2", "3"]
    missing = doc.items[1]
    assert (missing.title, missing.access, missing.sections, missing.text) == (
        "Vandplan for Skjern Å",
        "open",
        (),
        "",
    )


def test_warning_for_different_title_and_unlisted_item() -> None:
    doc = parse_text(
        _HEAD + "1 (Åben) Godkendelse af dagsorden\n\n"
        "2 (Åben) Vandplan for Gudenåen\n\n3 (Åben) Eventuelt\n\n"
        "4 (Åben) Orientering fra formanden\n"
    )
    assert sorted(warning_codes(doc)) == ["contents_title_differs", "item_not_in_contents"]
    by_code = {w.code: w for w in doc.warnings}
    assert by_code["contents_title_differs"].item == "2"
    assert by_code["item_not_in_contents"].item == "4"
    # the item keeps the title printed over it in the body
    assert doc.items[1].title == "Vandplan for Gudenåen"


def test_no_item_bodies_takes_items_from_contents() -> None:
    doc = document_of(
        plain_lines(
            "Dagsorden til møde i Miljøudvalget",
            "Indholdsfortegnelse",
            "1 (Åben) Godkendelse af dagsorden 3",
            "2 (Lukket) Køb af areal 4",
        ),
        typography=False,
    )
    assert warning_codes(doc) == ["items_from_contents"]
    assert [(i.number, i.title, i.access) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "open"),
        ("2", "Køb af areal", "closed"),
    ]


def test_text_without_items_is_other_with_warning() -> None:
    doc = parse_text("Nyhedsbrev fra Vejafdelingen\n\nVejarbejdet på Ringvejen fortsætter.\n")
    assert doc.kind == "other"
    assert doc.items == ()
    assert warning_codes(doc) == ["no_items"]
    assert doc.committee is None


def test_agenda_header_without_items_keeps_kind_with_warning() -> None:
    doc = parse_text("Dagsorden til møde i Miljøudvalget\n\nMødetidspunkt 02-05-2022 16:00\n")
    assert doc.kind == "agenda"
    assert doc.committee == "Miljøudvalget"
    assert warning_codes(doc) == ["no_items"]


def test_typeset_numbered_lines_in_a_section_are_not_items() -> None:
    lines = make_lines(
        [
            ("1 (Åben) Temadrøftelse", True, BODY),
            GAP,
            ("Resumé", True, BODY),
            ("Dagsordenen for temamødet er:", False, BODY),
            ("1 (Åben) Velkomst", False, BODY),
            ("2 (Åben) Oplæg", False, BODY),
            GAP,
            ("2 (Åben) Eventuelt", True, BODY),
        ]
    )
    doc = document_of(lines)
    assert [(i.number, i.title) for i in doc.items] == [("1", "Temadrøftelse"), ("2", "Eventuelt")]
    assert "1 (Åben) Velkomst" in doc.items[0].sections[0].text


def test_contents_title_ending_in_a_year_wraps_onto_the_page_line() -> None:
    doc = parse_text(
        "Dagsorden til møde i Økonomiudvalget\n\nIndholdsfortegnelse\n\n"
        "1 (Åben) Regnskab 2024\t3\n"
        "2 (Åben) Forslag til budget 2026\n"
        "og overslagsår\t4\n"
        "3 (Åben) Takster 2026\t6\n\n"
        "1 (Åben) Regnskab 2024\n\n2 (Åben) Forslag til budget 2026 og overslagsår\n\n"
        "3 (Åben) Takster 2026\n"
    )
    assert [(c.number, c.title, c.page) for c in doc.contents] == [
        ("1", "Regnskab 2024", 3),
        ("2", "Forslag til budget 2026 og overslagsår", 4),
        ("3", "Takster 2026", 6),
    ]


def test_items_that_look_like_body_text_carry_a_warning() -> None:
    from dagsorden_parser import parse_text
    from dagsorden_parser.facts.build import suspect_items
    from dagsorden_parser.models import Item

    flagged = suspect_items(
        [
            Item(number="2025", title="Beløb i t.kr."),
            Item(number="3", title="at udvalget godkender rammen"),
            Item(number="4", title="Budget 2025"),
        ]
    )
    assert [(w.code, w.item) for w in flagged] == [("suspect_item", "2025"), ("suspect_item", "3")]
    doc = parse_text(
        "Dagsorden\nØkonomiudvalget\n\n1. Budget for havnen\n\nSagsfremstilling\n\n"
        "Tabellen viser rammen.\n\n2. at udvalget godkender rammen\n\nBeslutning\n\nGodkendt.\n"
    )
    # the structure stage leaves the sentence in the body; were it an item, it would be flagged
    suspects = {w.item for w in doc.warnings if w.code == "suspect_item"}
    assert [i.number for i in doc.items] == ["1"]
    assert all(i.number in suspects for i in doc.items if i.title[:1].islower())


def test_an_attendance_entry_that_is_no_name_is_left_out_with_a_warning() -> None:
    from dagsorden_parser import parse_text

    doc = parse_text(
        "Referat af møde i Skoleudvalget\nMødetidspunkt 10-01-2024 16:00\n"
        "Deltagere: Ane Bak (A), Lis Bro (V)\n"
        "Fraværende: Ole Berg (C), sag 41-47 Sager 41 - 47 Vis alle Borgerhenvendelser\n\n"
        "1 (Åben) Budget\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [p.name for p in doc.present or ()] == ["Ane Bak", "Lis Bro"]
    assert [p.name for p in doc.absent or ()] == ["Ole Berg"]
    unclear = [w for w in doc.warnings if w.code == "attendance_unclear"]
    assert len(unclear) == 1 and "sag 41-47" in unclear[0].message
