"""Tests for `dagsorden_parser.facts.header`: kind, committee, municipality, people, fields."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import plain_lines
from dagsorden_parser.facts.header import (
    committee_from_title,
    document_kind,
    municipality,
    parse_header,
    people,
)

# --- kind ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Dagsorden til møde i Byrådet"], "agenda"),
        (["Åben dagsorden"], "agenda"),
        (["Tillægsdagsorden"], "agenda"),
        (["REFERAT Byrådet d. 27-08-2025"], "minutes"),
        (["Åbent referat"], "minutes"),
        (["Beslutningsprotokol"], "minutes"),
        (["Referat af møde i Ældrerådet om dagsordenen for året"], "minutes"),
        (["Mødetidspunkt 14-03-2019", "Dagsorden"], "agenda"),
        (["Årsrapport 2020", "Hvidbog om trafik"], None),
        ([], None),
    ],
)
def test_document_kind(texts: list[str], expected: str | None) -> None:
    assert document_kind(texts) == expected


# --- committee -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Dagsorden til møde i Klima- og Miljøudvalget"], "Klima- og Miljøudvalget"),
        (["Referat af møde i Økonomiudvalget den 4. maj 2021"], "Økonomiudvalget"),
        (["Dagsorden til ordinært møde i Byrådet tirsdag den 3. maj 2022"], "Byrådet"),
        (["REFERAT Hørsholm Byråd d. 27-08-2025"], "Hørsholm Byråd"),
        (["Referat - Kommunalbestyrelsen"], "Kommunalbestyrelsen"),
        (["Dagsorden til møde i", "Socialudvalget"], "Socialudvalget"),
        (["Årsrapport 2020"], None),
        (["Dagsorden"], None),
    ],
)
def test_committee_from_title(texts: list[str], expected: str | None) -> None:
    assert committee_from_title(texts) == expected


def test_committee_wrapped_over_three_lines() -> None:
    texts = ["Dagsorden til møde i Udvalget for", "Børn, Unge og", "Fritid"]
    assert committee_from_title(texts) == "Udvalget for Børn, Unge og Fritid"


@pytest.mark.parametrize(
    "texts",
    [
        ["Dagsorden til møde i Socialudvalget", "14-03-2019 kl. 16.00"],
        ["Dagsorden til møde i Socialudvalget", "Tirsdag den 3. maj 2022"],
        ["Referat af møde i Socialudvalget", "07.11.2014"],
    ],
)
def test_committee_does_not_absorb_a_date_line(texts: list[str]) -> None:
    assert committee_from_title(texts) == "Socialudvalget"


# --- municipality ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Ikast-Brande Kommune", "Side 1"], "Ikast-Brande Kommune"),
        (["SILKEBORG KOMMUNE"], "Silkeborg Kommune"),
        (["Region Syddanmark"], "Region Syddanmark"),
        (
            ["Hjørring Kommune", "samarbejde med Brønderslev Kommune", "Hjørring Kommune"],
            "Hjørring Kommune",
        ),
        (["Den kommune vi bor i", "Hele kommunen"], None),
        (["Dagsorden til møde i Byrådet"], None),
    ],
)
def test_municipality(texts: list[str], expected: str | None) -> None:
    assert municipality(texts) == expected


# --- people ------------------------------------------------------------------------------


def _summary(entries: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.party, p.role) for p in people(entries)]


def test_people_comma_and_og() -> None:
    assert _summary(["Anne Holm, Bo Kragh og Carl Lund"]) == [
        ("Anne Holm", None, None),
        ("Bo Kragh", None, None),
        ("Carl Lund", None, None),
    ]


def test_people_name_party_role() -> None:
    [member] = people(["Mette Dam (A) - formand"])
    assert (member.name, member.party, member.role) == ("Mette Dam", "A", "formand")
    assert member.printed == "Mette Dam (A) - formand"


def test_people_list_with_parties() -> None:
    assert _summary(["Søren Juul (V) - næstformand, Lise Berg (Ø) og Ida Møller (F)"]) == [
        ("Søren Juul", "V", "næstformand"),
        ("Lise Berg", "Ø", None),
        ("Ida Møller", "F", None),
    ]


def test_people_one_part_per_line() -> None:
    entries = ["Hans Lund", "Formand", "(V)", "Pia Dahl", "Næstformand", "(A)", "Ole Bak", "(Ø)"]
    assert _summary(entries) == [
        ("Hans Lund", "V", "formand"),
        ("Pia Dahl", "A", "næstformand"),
        ("Ole Bak", "Ø", None),
    ]


def test_people_role_line_after_name_with_party() -> None:
    assert _summary(["Hans Lund (V)", "formand", "Pia Dahl (A)"]) == [
        ("Hans Lund", "V", "formand"),
        ("Pia Dahl", "A", None),
    ]


def test_people_list_wrapped_over_lines() -> None:
    assert _summary(["Anne Holm (A), Bo Kragh (V), Carl", "Lund (Ø)"]) == [
        ("Anne Holm", "A", None),
        ("Bo Kragh", "V", None),
        ("Carl Lund", "Ø", None),
    ]
    assert _summary(["Anne Holm, Bo Kragh,", "Carl Lund og Dorte Vang"]) == [
        ("Anne Holm", None, None),
        ("Bo Kragh", None, None),
        ("Carl Lund", None, None),
        ("Dorte Vang", None, None),
    ]


def test_people_one_member_per_line_is_not_joined() -> None:
    assert [p.name for p in people(["Jens Hansen", "Pia Dahl", "Ole Bak"])] == [
        "Jens Hansen",
        "Pia Dahl",
        "Ole Bak",
    ]


@pytest.mark.parametrize("entries", [["Ingen"], ["ingen."], ["-"], []])
def test_people_none_listed(entries: list[str]) -> None:
    assert people(entries) == []


def test_people_role_after_comma_belongs_to_the_member() -> None:
    # `Name (C), borgmester`: the role after a comma is no second member.
    assert _summary(["Karen Bo (C), borgmester", "Jens Kjær (V)"]) == [
        ("Karen Bo", "C", "borgmester"),
        ("Jens Kjær", "V", None),
    ]


# --- parse_header ---------------------------------------------------------------------------


def test_parse_header_first_agenda_labels() -> None:
    header = parse_header(
        plain_lines(
            "Dagsorden til møde i Kultur- og Fritidsudvalget",
            "Mødetidspunkt 14-03-2019 18:30",
            "Mødeafholdelse Mødelokale 2, Rådhuset",
        )
    )
    assert header.kind == "agenda"
    assert header.committee == "Kultur- og Fritidsudvalget"
    assert header.start == dt.datetime(2019, 3, 14, 18, 30)
    assert header.end is None
    assert header.location == "Mødelokale 2, Rådhuset"
    assert header.present is None and header.absent is None


def test_parse_header_mødedato_mødested_and_members() -> None:
    header = parse_header(
        plain_lines(
            "Referat af møde i Socialudvalget",
            "Mødedato: 07.11.2014, kl. 10:00",
            "Mødested: Byrådssalen",
            "Tilstede:",
            "Anne Holm (A) - formand",
            "Bo Kragh (V)",
            "Fraværende:",
            "Carl Lund (Ø)",
            "Mødet hævet kl. 12.15",
        )
    )
    assert header.kind == "minutes"
    assert header.committee == "Socialudvalget"
    assert header.start == dt.datetime(2014, 11, 7, 10, 0)
    assert header.end == dt.datetime(2014, 11, 7, 12, 15)
    assert header.location == "Byrådssalen"
    assert header.present is not None and header.absent is not None
    assert [(p.name, p.party, p.role) for p in header.present] == [
        ("Anne Holm", "A", "formand"),
        ("Bo Kragh", "V", None),
    ]
    assert [p.name for p in header.absent] == ["Carl Lund"]


def test_parse_header_dato_tid_sted_and_no_absentees() -> None:
    header = parse_header(
        plain_lines(
            "Referat af møde i Teknisk Udvalg",
            "Dato: 3. maj 2022",
            "Tid: 16.00-18.30",
            "Sted: Rådhuset, lokale 12",
            "Afbud: Ingen",
        )
    )
    assert header.start == dt.datetime(2022, 5, 3, 16, 0)
    assert header.end == dt.datetime(2022, 5, 3, 18, 30)
    assert header.location == "Rådhuset, lokale 12"
    assert header.absent == []
    assert header.present is None


def test_parse_header_date_in_title_only() -> None:
    header = parse_header(plain_lines("REFERAT Hørsholm Byråd d. 27-08-2025"))
    assert header.kind == "minutes"
    assert header.committee == "Hørsholm Byråd"
    assert header.start == dt.date(2025, 8, 27)


def test_parse_header_committee_wrapped_before_labels() -> None:
    header = parse_header(
        plain_lines(
            "Dagsorden til møde i Udvalget for",
            "Beskæftigelse, Integration og",
            "Erhverv",
            "Mødedato: 12.01.2023",
        )
    )
    assert header.committee == "Udvalget for Beskæftigelse, Integration og Erhverv"
    assert header.start == dt.date(2023, 1, 12)


def test_parse_header_unlabelled_date_line_after_title() -> None:
    header = parse_header(
        plain_lines(
            "Referat af møde i Socialudvalget",
            "14-03-2019 kl. 16.00",
            "Mødested: Byrådssalen",
        )
    )
    assert header.committee == "Socialudvalget"
    assert header.start == dt.datetime(2019, 3, 14, 16, 0)
    assert header.location == "Byrådssalen"


def test_parse_header_empty() -> None:
    header = parse_header(())
    assert (header.kind, header.committee, header.start, header.location) == (
        None,
        None,
        None,
        None,
    )


def test_committee_cut_at_a_line_break_is_joined() -> None:
    from dagsorden_parser.facts.header import committee_from_title

    title = ["REFERAT Klima-, Miljø- og", "Teknikudvalget d. 12-02-2024"]
    assert committee_from_title(title) == "Klima-, Miljø- og Teknikudvalget"


def test_committee_loses_a_trailing_d_or_weekday() -> None:
    from dagsorden_parser.facts.header import committee_from_title, tidy_committee

    assert committee_from_title(["REFERAT Teknikudvalget d", ". 12-02-2024"]) == "Teknikudvalget"
    assert tidy_committee("Kommunalbestyrelsen mandag") == "Kommunalbestyrelsen"
    assert tidy_committee("Børne- og Skoleudvalget") == "Børne- og Skoleudvalget"


def test_members_with_an_unclosed_parenthesis_or_run_together() -> None:
    from dagsorden_parser.facts.header import people

    unclosed = people(
        ["Anna Krogh (Idrætsforeningernes Fællesråd, Lise Bach (Spejderrådet), Karl Holm (B)"]
    )
    assert [p.name for p in unclosed] == ["Anna Krogh", "Lise Bach", "Karl Holm"]
    together = people(["Mia Holm (C) Per Lund (C) Ib Kirk (O)", "Anna Berg (A)), Bo Lund (V)"])
    assert [(p.name, p.party) for p in together] == [
        ("Mia Holm", "C"),
        ("Per Lund", "C"),
        ("Ib Kirk", "O"),
        ("Anna Berg", "A"),
        ("Bo Lund", "V"),
    ]
    assert all(")" not in p.name and "(" not in p.name for p in unclosed + together)
