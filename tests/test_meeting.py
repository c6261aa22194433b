"""Tests for `dagsorden_parser.facts.meeting`: meeting facts printed out of place or unlabelled.

All examples are invented, in the layouts of old PDF transcripts and web pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import document_of, plain_lines
from dagsorden_parser import parse_text
from dagsorden_parser.facts.header import committee_from_title, document_kind, parse_header
from dagsorden_parser.facts.meeting import (
    absent_in_sentence,
    committee_in_title,
    empty_absence,
    ends_members,
    is_column_heads,
    members_of_day,
    place_in_title,
    realign_columns,
    room_with_label,
    tidy_members,
)

# --- where a member list ends ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2", "3 Borgmesteren oplyste, at", "Dagsorden", "INDHOLDSFORTEGNELSE", "1. Budget 2030"],
)
def test_a_list_of_members_ends(text: str) -> None:
    assert ends_members(text)


@pytest.mark.parametrize("text", ["GODKENDELSE AF", "DAGSORDENEN:"])
def test_a_heading_in_capitals_ends_the_list(text: str) -> None:
    assert ends_members(text)


@pytest.mark.parametrize(
    "text", ["Jens Holm (A)", "2. næstformand (V)", "PER LUND", "Ida Kro, Bo Mik og Asta Vang"]
)
def test_a_member_line_does_not_end_the_list(text: str) -> None:
    assert not ends_members(text)


def test_absent_list_stops_at_the_contents() -> None:
    header = parse_header(
        plain_lines(
            "Sundhedsudvalget - referat 03-02-2031",
            "Afbud:",
            "Hans Kro, Ida Vang.",
            "Dagsorden",
            "1. Godkendelse af dagsorden",
        )
    )
    assert [p.printed for p in header.absent or []] == ["Hans Kro", "Ida Vang"]


def test_absent_list_stops_at_a_label_run_into_it() -> None:
    header = parse_header(
        plain_lines(
            "Referat Skoleudvalget",
            "Fraværende: Ida Vang (F). Bemærkninger til dagsordenen: Punkt 4 udgik.",
            "Mere tekst om punkt 4",
        )
    )
    assert [p.printed for p in header.absent or []] == ["Ida Vang (F)"]


# --- tidying the entries --------------------------------------------------------------


def test_each_member_ved_afbud_is_an_entry_and_a_running_date_is_dropped() -> None:
    entries = ["Ole Brix ved afbud Kaj E. Sand ved afbud 14. maj 2031"]
    assert tidy_members(entries) == ["Ole Brix ved afbud", "Kaj E. Sand ved afbud"]


def test_a_trailing_access_word_is_dropped() -> None:
    assert tidy_members(["Ole Brix, Kaj Sand åben"]) == ["Ole Brix, Kaj Sand"]


def test_members_of_the_meeting_day() -> None:
    entries = ["Den 3. marts 2031: Kaj Sand (V). Den 10. marts 2031: Ingen."]
    assert members_of_day(entries, dt.date(2031, 3, 3)) == ["Kaj Sand (V)."]
    assert members_of_day(entries, dt.date(2031, 3, 10)) == ["Ingen."]
    assert members_of_day(entries, None) == ["Kaj Sand (V)."]
    assert members_of_day(["Kaj Sand, Ole Brix"], None) == ["Kaj Sand, Ole Brix"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["Medlemmerne var mødt, bortset fra Ole Brix og Kaj Sand, der havde meldt afbud."],
            ["Ole Brix og Kaj Sand"],
        ),
        (["Alle medlemmer var mødt undtagen Ida Vang, der havde meldt afbud."], ["Ida Vang"]),
        (["Alle medlemmer var mødt."], []),
        (["Mødet blev holdt i salen."], None),
    ],
)
def test_absent_in_sentence(texts: list[str], expected: list[str] | None) -> None:
    assert absent_in_sentence(texts) == expected


def test_sentence_gives_absent_members() -> None:
    header = parse_header(
        plain_lines(
            "Referat af mødet i Regionsrådet 4. maj 2031 kl. 13:00",
            "Medlemmerne var mødt, bortset fra Ole Brix og Kaj Sand, der havde meldt afbud.",
        )
    )
    assert [p.name for p in header.absent or []] == ["Ole Brix", "Kaj Sand"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Fraværende", "Bemærkninger til dagsorden"], True),
        (["Punkt 3 Title 4", "Fraværende:"], True),
        (["Fraværende", "Kaj Sand"], False),
        (["Bilagsoversigt 41"], False),
    ],
)
def test_empty_absence(texts: list[str], expected: bool) -> None:
    assert empty_absence(texts) is expected


def test_empty_fravaerende_in_a_decision_means_nobody_absent() -> None:
    text = "\n".join(
        [
            "Miljøudvalget (2030-2033) – Referat – 4. marts 2031",
            "1. Godkendelse af dagsorden (B)",
            "Sagsnr.: 330-2031-12 Dok.nr.: 330-2031-345 Åbent",
            "Indstilling",
            "1. at dagsordenen godkendes.",
            "Beslutning i Miljøudvalget den 4. marts 2031:",
            "Fraværende:",
            "Godkendt.",
        ]
    )
    assert parse_text(text, profile="sbsys").absent == ()


# --- a table read column by column -----------------------------------------------------


def test_realign_date_and_place_after_the_last_label() -> None:
    fields: dict[str, list[str]] = {
        "date": [],
        "location": [],
        "absent": ["Tirsdag den 3-jun-2031 Byrådets mødelokaler", "Ingen."],
    }
    realign_columns(fields)
    assert fields == {
        "date": ["Tirsdag den 3-jun-2031"],
        "location": ["Byrådets mødelokaler"],
        "absent": ["Ingen."],
    }


def test_realign_room_before_the_names() -> None:
    fields: dict[str, list[str]] = {"location": [], "absent": ["Rådssalen Ole Brix, Kaj Sand"]}
    realign_columns(fields)
    assert fields == {"location": ["Rådssalen"], "absent": ["Ole Brix, Kaj Sand"]}


def test_realign_leaves_a_plain_list_alone() -> None:
    fields: dict[str, list[str]] = {"location": ["Salen"], "absent": ["Ole Brix, Kaj Sand"]}
    realign_columns(fields)
    assert fields == {"location": ["Salen"], "absent": ["Ole Brix, Kaj Sand"]}


def test_header_table_read_column_by_column() -> None:
    header = parse_header(
        plain_lines(
            "Fjordby Kommune Byrådet Referat",
            "Dato:",
            "Starttidspunkt for møde: Kl",
            "Mødested:",
            "Udsendelsesdato:",
            "Afbud fra: Tirsdag den 3-jun-2031 Byrådets mødelokaler",
            "Fraværende: Ingen.",
            "Mødedeltagere: Ole Brix, Kaj Sand, Ida Vang åben",
            "2",
        )
    )
    assert header.committee == "Byrådet"
    assert header.start == dt.date(2031, 6, 3)
    assert header.location == "Byrådets mødelokaler"
    assert header.absent == []
    assert [p.printed for p in header.present or []] == ["Ole Brix", "Kaj Sand", "Ida Vang"]


def test_empty_label_takes_the_line_below() -> None:
    header = parse_header(
        plain_lines(
            "Sundhedsudvalget - referat 03-02-2031",
            "Mødedato:",
            "03-02-2031 Kl. 15:00-16:30",
            "Mødested:",
            "Regionshuset, lokale 7.",
        )
    )
    assert header.start == dt.datetime(2031, 2, 3, 15, 0)
    assert header.end == dt.datetime(2031, 2, 3, 16, 30)
    assert header.location == "Regionshuset, lokale 7."


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mødelokale B7", "Mødelokale B7"), ("Lokale 2C", "Lokale 2C"), ("Mødelokale Salen", None)],
)
def test_room_with_label(text: str, expected: str | None) -> None:
    assert room_with_label(text) == expected


def test_meeting_closed_time_is_read_after_the_words() -> None:
    header = parse_header(
        plain_lines(
            "Referat af mødet i Byrådet 4. maj 2031 kl. 14:00 i Salen",
            "Mødet blev hævet kl Ole Brix forlod mødet kl. 15:00",
        )
    )
    assert header.end is None


# --- the place in the title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Referat Fjordby Byråd Mødet den kl Kulturhuset", "Kulturhuset"),
        ("Mødet Onsdag , B4/Rådhus", "B4/Rådhus"),
        (
            "Møde i Byrådet mandag den 4. marts 2031, Kl i Byrådets mødesal REFERAT Spørgsmål",
            "Byrådets mødesal",
        ),
        (
            "BESLUTNINGER FORRETNINGSUDVALGET Tirsdag den 4. marts 2031 Kl Hospitalet, "
            "Vej 9, 2100 By Mødelokale 2, 2. sal Møde nr. 3 Medlemmer: Ole Brix",
            "Hospitalet, Vej 9, 2100 By Mødelokale 2, 2. sal",
        ),
        ("Beslutninger fra mødet. Torsdag kl Ordinært møde. Økonomiudvalget", None),
        ("Kulturudvalgets møde den 17. april 2031", None),
        ("Torsdag den 4. marts 2031 Referat", None),
    ],
)
def test_place_in_title(text: str, expected: str | None) -> None:
    assert place_in_title([text]) == expected


# --- the committee --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Fjordby Kommune. Kommunalbestyrelsen. Referat"], "Kommunalbestyrelsen"),
        (["Fjordby Kommune Byrådet. Referat. Mødedato: 4. maj"], "Byrådet"),
        (["Beslutninger fra mødet. Torsdag kl Ordinært møde. Kulturudvalget"], "Kulturudvalget"),
        (["Indholdsfortegnelse Byrådet Sidenr"], "Byrådet"),
        (["BESLUTNINGER REGION X FORRETNINGSUDVALGET Tirsdag"], "FORRETNINGSUDVALGET"),
        (["Referat af Børne- og Skoleudvalget"], "Børne- og Skoleudvalget"),
        (["Årsrapport 2030"], None),
    ],
)
def test_committee_in_title(texts: list[str], expected: str | None) -> None:
    assert committee_in_title(texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Referat. Fjordby Byråd. Mødet den kl Kulturhuset"], "Fjordby Byråd"),
        (["Referat. af mødet i Regionsrådet 14. marts 2031 kl. 14:00 i Salen"], "Regionsrådet"),
    ],
)
def test_committee_from_title_sentences(texts: list[str], expected: str) -> None:
    assert committee_from_title(texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Pkt. Tekst Side", True), ("Sidenr Sagsnr. Side", True), ("Byrådet", False)],
)
def test_is_column_heads(text: str, expected: bool) -> None:
    assert is_column_heads(text) is expected


def test_committee_never_from_contents_column_heads() -> None:
    doc = document_of(
        plain_lines(
            "Referat",
            "Indholdsfortegnelse",
            "Pkt. Tekst Side",
            "1. Godkendelse af dagsorden",
            "Beslutning",
            "Godkendt.",
        ),
        typography=False,
    )
    assert doc.committee is None


# --- kind ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["1 BESLUTNINGER REGION X FORRETNINGSUDVALGET"], "minutes"),
        (["Dagsordener og beslutninger"], None),
    ],
)
def test_decisions_document_is_minutes(texts: list[str], expected: str | None) -> None:
    assert document_kind(texts) == expected
