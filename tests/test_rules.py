"""Tests for `dagsorden_parser.structure.rules`: one-line rules, positive and negative examples."""

from __future__ import annotations

import pytest

from dagsorden_parser.structure.rules import (
    NO_ATTACHMENTS,
    access_of,
    attachment_parts,
    bare_case_id,
    contents_line,
    labelled_case_id,
    number_access_title,
    punkt_number_title,
    split_access_prefix,
)

# --- access ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Åben", "open"),
        ("ÅBENT", "open"),
        ("åbne", "open"),
        ("Lukket", "closed"),
        (" lukkede ", "closed"),
        ("Fortrolig", "closed"),
        ("Offentlig", None),
        (None, None),
    ],
)
def test_access_of(word: str | None, expected: str | None) -> None:
    assert access_of(word) == expected


# --- item headings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "title", "access"),
    [
        ("1 (Åben) Meddelelser fra formanden", "1", "Meddelelser fra formanden", "open"),
        ("12 (Lukket) Køb af ejendom på Havnevej", "12", "Køb af ejendom på Havnevej", "closed"),
        ("3 (ÅBEN) Budgetopfølgning", "3", "Budgetopfølgning", "open"),
        ("4 (Åbent) Eventuelt", "4", "Eventuelt", "open"),
        ("715 (Åben) Salg af byggegrunde", "715", "Salg af byggegrunde", "open"),
        ("8 (Fortrolig) Personalesag", "8", "Personalesag", "closed"),
    ],
)
def test_number_access_title(text: str, number: str, title: str, access: str) -> None:
    heading = number_access_title(text)
    assert heading is not None
    assert (heading.number, heading.title, heading.access) == (number, title, access)
    assert punkt_number_title(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "1. Velkomst og mødets program",
        "1 Velkomst",
        "(Åben) Godkendelse af dagsorden",
        "Punkt 1: Godkendelse af dagsorden",
        "Resumé",
        "Der var 3 (åbne) spørgsmål fra borgerne",
        "12345 (Åben) For mange cifre",
        "",
    ],
)
def test_number_access_title_rejects(text: str) -> None:
    assert number_access_title(text) is None


@pytest.mark.parametrize(
    ("text", "number", "title", "access"),
    [
        ("Punkt 1: Godkendelse af dagsorden", "1", "Godkendelse af dagsorden", None),
        ("Punkt 21: Lukket: Køb af landbrugsejendom", "21", "Køb af landbrugsejendom", "closed"),
        ("Punkt 5: Åben: Trafiksikkerhedsplan", "5", "Trafiksikkerhedsplan", "open"),
        ("punkt 3:  Eventuelt", "3", "Eventuelt", None),
    ],
)
def test_punkt_number_title(text: str, number: str, title: str, access: str | None) -> None:
    heading = punkt_number_title(text)
    assert heading is not None
    assert (heading.number, heading.title, heading.access) == (number, title, access)
    assert number_access_title(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "1. Velkomst",
        "Punkt 4",
        "Punktet blev udsat: ny dato følger",
        "Pkt. 4: Ny skole",
        "1 (Åben) Meddelelser",
        "Punkt: 18",
    ],
)
def test_punkt_number_title_rejects(text: str) -> None:
    assert punkt_number_title(text) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lukket: Køb af landbrugsejendom", ("Køb af landbrugsejendom", "closed")),
        ("Åben: Trafikplan", ("Trafikplan", "open")),
        ("Lukkede haver i byen", ("Lukkede haver i byen", None)),
        ("Køb af jord: Lukket sag", ("Køb af jord: Lukket sag", None)),
    ],
)
def test_split_access_prefix(title: str, expected: tuple[str, str | None]) -> None:
    assert split_access_prefix(title) == expected


# --- contents ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "page", "dotted"),
    [
        ("1 (Åben) Eventuelt ........ 4", "1 (Åben) Eventuelt", 4, True),
        ("2 (Lukket) Køb af ejendom.......12", "2 (Lukket) Køb af ejendom", 12, True),
        ("1 (Åben) Eventuelt 4", "1 (Åben) Eventuelt", 4, False),
        ("3 (Åben) Budget 2025 ........ 7", "3 (Åben) Budget 2025", 7, True),
        ("1 (Åben) Eventuelt", "1 (Åben) Eventuelt", None, False),
        ("Godkendelse af referat", "Godkendelse af referat", None, False),
    ],
)
def test_contents_line(text: str, title: str, page: int | None, dotted: bool) -> None:
    entry = contents_line(text)
    assert (entry.title, entry.page, entry.dotted) == (title, page, dotted)


def test_contents_line_without_page_drops_dot_leaders() -> None:
    entry = contents_line("4 (Åben) Orientering om vejarbejde ........")
    assert entry.page is None
    assert "..." not in entry.title
    assert entry.title.startswith("4 (Åben) Orientering om vejarbejde")


# --- case ids ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sags ID: EMN-2017-02193", "EMN-2017-02193"),
        ("Sagsnr.: 12/27845", "12/27845"),
        ("J.nr.: 01.02.03-P20-1-19", "01.02.03-P20-1-19"),
        ("Sagsid.: 22/2694", "22/2694"),
        ("Sag nr. 14/1234.", "14/1234"),
        ("Acadre sagsnr. 18/456", "18/456"),
        ("Sagsnummer: 2020-1234", "2020-1234"),
        ("SAGS ID: EMN-2021-00042", "EMN-2021-00042"),
    ],
)
def test_labelled_case_id(text: str, expected: str) -> None:
    assert labelled_case_id(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sagsbehandler: Jens Hansen",
        "Sagsfremstilling",
        "Sagen drejer sig om en ny vej",
        "EMN-2017-02193",
        "Sags ID:",
        "Dok.nr.: 1804694",
    ],
)
def test_labelled_case_id_rejects(text: str) -> None:
    assert labelled_case_id(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("EMN-2023-009832", "EMN-2023-009832"), ("SAG-2019-123", "SAG-2019-123")],
)
def test_bare_case_id(text: str, expected: str) -> None:
    assert bare_case_id(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "EMN-2023-009832 Budget",
        "Sags ID: EMN-2023-009832",
        "emn-2023-009832",
        "2023-009832",
        "12/27845",
        "EMN-23-0098",
    ],
)
def test_bare_case_id_rejects(text: str) -> None:
    assert bare_case_id(text) is None


# --- attachments ---------------------------------------------------------------------------


def test_attachment_with_document_and_case_id() -> None:
    parts = attachment_parts("1. Opsamling fra 2. møde i udvalget (1804694 - EMN-2017-02193)")
    assert parts.title == "Opsamling fra 2. møde i udvalget"
    assert parts.document_id == "1804694"
    assert parts.case_id == "EMN-2017-02193"


def test_attachment_with_edoc_document_number() -> None:
    parts = attachment_parts("2012-200782 - Notat om vejbelysning")
    assert (parts.title, parts.document_id, parts.case_id) == (
        "Notat om vejbelysning",
        "2012-200782",
        None,
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("3) Tegning af tilbygning", "Tegning af tilbygning"),
        ("Kortbilag over området", "Kortbilag over området"),
        ("Budget 2020 (udkast)", "Budget 2020 (udkast)"),
    ],
)
def test_attachment_without_ids(text: str, title: str) -> None:
    parts = attachment_parts(text)
    assert (parts.title, parts.document_id, parts.case_id) == (title, None, None)


@pytest.mark.parametrize("text", ["Ingen", "ingen bilag", "Ingen.", "Ingen bilag.", "-", "."])
def test_no_attachments(text: str) -> None:
    assert NO_ATTACHMENTS.match(text)


@pytest.mark.parametrize("text", ["Ingen bemærkninger til planen", "Ingeniørrapport", "1. Notat"])
def test_no_attachments_rejects(text: str) -> None:
    assert not NO_ATTACHMENTS.match(text)
