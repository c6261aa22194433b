"""Tests for the eDoc profile (Ballerup PDFs, København web pages), on invented examples."""

from __future__ import annotations

import datetime as dt

from conftest import BODY, GAP, make_lines, plain_lines
from dagsorden_parser import parse_text
from dagsorden_parser.api import parse_extracted
from dagsorden_parser.models import Document, SectionKind
from dagsorden_parser.profiles import EDOC, FIRST_AGENDA, choose_profile
from dagsorden_parser.profiles.edoc import detect, prepare
from dagsorden_parser.read.lines import Extracted, Line

HEADING = 11.0
SMALL = 8.0


def pdf_document(lines: tuple[Line, ...]) -> Document:
    pages = max(line.page or 1 for line in lines)
    extracted = Extracted(lines=lines, pages=pages, format="pdf", has_typography=True)
    return parse_extracted(extracted, path="<test>", sha256="0" * 64)


# An invented eDoc referat: cover, contents under `Åbent referat`, two items.
REFERAT = make_lines(
    [
        ("Teknik- og Miljøudvalget", True, SMALL, 1),
        ("Referat", False, SMALL),
        ("Åbent referat", False, SMALL),
        ("Dato: 07.03.2013", False, SMALL),
        GAP,
        ("Referat", True, 24.0),
        ("Teknik- og Miljøudvalget", True, HEADING),
        ("torsdag den 7. marts 2013, kl. 16:30", True, HEADING),
        ("i Mødelokale 2 på Rådhuset", True, HEADING),
        ("Åbent referat", True, HEADING),
        GAP,
        ("Tilstede", True, BODY),
        ("Hanne Kjær (A) - formand", False, BODY),
        ("Ole Vestergaard (V)", False, BODY),
        GAP,
        ("Afbud/Fraværende", True, BODY),
        GAP,
        ("Sekretær", True, BODY),
        ("Bente Holm", False, BODY),
        ("INDHOLDSFORTEGNELSE", True, BODY, 2),
        ("Åbent referat", True, BODY),
        ("1. Meddelelser 3", False, BODY),
        ("2. Renovering af gadelys på Skolevej 3", False, BODY),
        ("Lukket referat", True, BODY),
        ("1. Meddelelser", True, HEADING, 3),
        ("Sagsnr.: 2013-10442", False, BODY),
        ("Dok.nr.: 2013-55101", False, BODY),
        GAP,
        ("a. Nyt fra forvaltningen", False, BODY),
        GAP,
        ("Bilag", True, BODY),
        ("2013-50110 - Status på vejprojekter", False, BODY),
        GAP,
        ("b. Møder i foråret", False, BODY),
        GAP,
        ("Teknik- og Miljøudvalgets beslutning den 07.03.2013 Punkt 1", False, BODY),
        ("Taget til efterretning", False, BODY),
        GAP,
        ("2.", True, HEADING),
        ("Renovering af gadelys på Skolevej", True, HEADING),
        ("Sagsnr.: 2012-33017", False, BODY),
        ("Dok.nr.: 2013-51900", False, BODY),
        GAP,
        ("Sammendrag", True, BODY),
        ("Gadelysene skal skiftes.", False, BODY),
        GAP,
        ("Bilag", True, BODY),
        ("2013–48211 - Tilbud på armaturer", False, BODY),
        GAP,
        ("Indstilling", True, BODY),
        ("Forvaltningen indstiller, at arbejdet igangsættes.", False, BODY),
        GAP,
        ("Teknik- og Miljøudvalgets beslutning den 07.03.2013 Punkt 2", False, BODY),
        ("Indstillingen godkendt", False, BODY),
    ]
)


def test_detects_edoc_signature_lines() -> None:
    texts = [line.text for line in REFERAT]
    assert detect(texts) == 1.0
    assert choose_profile(texts) is EDOC


def test_does_not_claim_other_layouts() -> None:
    first_agenda = ["1 (Åben) Godkendelse af dagsorden", "Sags ID: EMN-2020-01234", "Beslutning"]
    assert detect(first_agenda) == 0.0
    # SBSYS prints case and document number on one line
    assert detect(["Sagsnr.: 240-2021-517   Dok.nr.: 240-2021-903114   Åbent"]) == 0.0
    assert FIRST_AGENDA.detect([line.text for line in REFERAT]) < 0.5


def test_prepare_joins_a_number_alone_with_its_title() -> None:
    lines = prepare([line for line in REFERAT if line.page == 3])
    texts = [line.text for line in lines]
    assert "2. Renovering af gadelys på Skolevej" in texts
    assert "2." not in texts


def test_prepare_marks_the_underlined_decision_heading() -> None:
    lines = prepare(REFERAT)
    decision = [line for line in lines if "beslutning den" in line.text]
    assert decision and all(line.bold for line in decision)


def test_prepare_keeps_a_number_without_a_title() -> None:
    lines = plain_lines("3.", "og derfor blev sagen udsat")
    assert [line.text for line in prepare(lines)] == ["3.", "og derfor blev sagen udsat"]


def test_referat_items_sections_and_attachments() -> None:
    doc = pdf_document(REFERAT)
    assert doc.quality.profile == "edoc"
    assert [(i.number, i.title, i.access, i.case_id) for i in doc.items] == [
        ("1", "Meddelelser", "open", "2013-10442"),
        ("2", "Renovering af gadelys på Skolevej", "open", "2012-33017"),
    ]
    first, second = doc.items
    assert [s.heading for s in first.sections] == [
        "Bilag",
        "Teknik- og Miljøudvalgets beslutning den 07.03.2013 Punkt 1",
    ]
    assert first.sections[-1].kind is SectionKind.DECISION
    # the sub-point `b.` after the attachment list is not an attachment
    assert [a.printed for a in first.attachments] == ["2013-50110 - Status på vejprojekter"]
    assert [a.printed for a in second.attachments] == ["2013–48211 - Tilbud på armaturer"]
    assert [s.heading for s in second.sections][-1].endswith("Punkt 2")


def test_referat_cover() -> None:
    doc = pdf_document(REFERAT)
    assert doc.kind == "minutes"
    assert doc.committee == "Teknik- og Miljøudvalget"
    assert doc.start == dt.datetime(2013, 3, 7, 16, 30)
    assert doc.location == "Mødelokale 2 på Rådhuset"
    assert doc.present is not None
    assert [p.printed for p in doc.present] == ["Hanne Kjær (A) - formand", "Ole Vestergaard (V)"]
    assert doc.absent == ()


def test_one_item_pdf_takes_committee_and_date_from_the_decision_heading() -> None:
    lines = make_lines(
        [
            ("4. Trafiksikkerhedsplan 2014", True, HEADING, 1),
            ("Sagsnr.: 2013-20871", False, BODY),
            ("Dok.nr.: 2013-61002", False, BODY),
            GAP,
            ("Sagsfremstilling", True, BODY),
            ("Planen er sendt i høring.", False, BODY),
            GAP,
            ("Bilag", True, BODY),
            ("Ingen", False, BODY),
            GAP,
            ("Kultur- og Fritidsudvalgets beslutning den 12.11.2013 Punkt 4", False, BODY),
            ("Godkendt", False, BODY),
        ]
    )
    doc = pdf_document(lines)
    assert doc.quality.profile == "edoc"
    assert doc.kind == "minutes"
    assert doc.committee == "Kultur- og Fritidsudvalget"
    assert doc.start == dt.date(2013, 11, 12)
    item = doc.items[0]
    assert item.access is None and item.attachments == ()
    assert [s.heading for s in item.sections][-1].startswith("Kultur- og Fritidsudvalgets")


KK_FIRST_ITEM = """1. Godkendelse af dagsorden

Sagsfremstilling

.....

Beslutning

Dagsordenspunkt 1: Godkendelse af dagsorden

Sundhedsudvalgets beslutning i mødet den 14. januar 2021

Mødet startede kl. 16.00 og sluttede kl. 18.15.

Fraværende med afbud:

Ingen.

Dagsorden:

Mødet blev holdt på rådhuset.

Deltagerne var:

1. Borgmester Karen Lind (A)

2. Søren Holm (F)

Dagsordenen blev godkendt uden bemærkninger fra nogen af udvalgets medlemmer denne gang.
"""


def test_kobenhavn_meeting_facts_in_the_first_items_decision() -> None:
    doc = parse_text(KK_FIRST_ITEM)
    assert doc.quality.profile == "edoc"
    assert [(i.number, i.title) for i in doc.items] == [("1", "Godkendelse af dagsorden")]
    assert [s.heading for s in doc.items[0].sections] == ["Sagsfremstilling", "Beslutning"]
    assert doc.kind == "minutes"
    assert doc.committee == "Sundhedsudvalget"
    assert doc.start == dt.datetime(2021, 1, 14, 16, 0)
    assert doc.end == dt.datetime(2021, 1, 14, 18, 15)
    assert doc.present is not None and doc.absent == ()
    assert [p.printed for p in doc.present] == ["Borgmester Karen Lind (A)", "Søren Holm (F)"]


KK_LOKALUDVALG = """3. Orientering fra sekretariatet

Mødet sluttede kl.20.10

Fraværende med afbud:
Lone Vinther, Peter Falk indkaldt
Anders Bo og Mette Lund

Fraværende i mødet:
Kim Aagaard fra kl. 19.30 i punkt 5

Fraværende uden afbud:
Rasmus Dal

Beslutning

Orienteringen blev taget til efterretning.
"""


def test_kobenhavn_absent_lists_leave_out_substitutes() -> None:
    doc = parse_text(KK_LOKALUDVALG)
    assert doc.quality.profile == "edoc"
    assert doc.absent is not None
    assert [p.printed for p in doc.absent] == [
        "Lone Vinther",
        "Anders Bo",
        "Mette Lund",
        "Kim Aagaard fra kl. 19.30 i punkt 5",
        "Rasmus Dal",
    ]
    assert doc.start is None and doc.committee is None
