"""Where an item's title ends: marks, numbers, links and labels printed around it.

All texts are invented, in the printed forms Danish agenda systems use.
"""

from __future__ import annotations

import pytest

import dagsorden_parser as dp
from dagsorden_parser.clean.transcript import merged_to_count, split_titles
from dagsorden_parser.structure.rules import contents_line
from dagsorden_parser.structure.titles import (
    ends_title,
    file_line,
    layout_colon,
    navigation_line,
    without_glued_heading,
    without_leader_dot,
    without_repeated_number,
)


def _titles(text: str, profile: str | None = None) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in dp.parse_text(text, profile=profile).items]


@pytest.mark.parametrize(
    ("title", "number", "expected"),
    [
        ("4. Salg af byggegrund", "4", "Salg af byggegrund"),
        ("4 Salg af byggegrund", "4", "Salg af byggegrund"),
        ("3. Salg af byggegrund", "4", "3. Salg af byggegrund"),  # another number: kept
        ("12 boliger ved stranden", "12", "12 boliger ved stranden"),  # a count in the title
        ("4.", "4", "4."),
        ("Salg af byggegrund", None, "Salg af byggegrund"),
    ],
)
def test_repeated_number(title: str, number: str | None, expected: str) -> None:
    assert without_repeated_number(title, number) == expected


@pytest.mark.parametrize(
    ("title", "first", "expected"),
    [
        ("Eventuelt1. Valg af formand", "1", "Eventuelt"),
        ("Rejser mv.:1. Meddelelser - Ny ordning", "1", "Rejser mv.:"),
        ("Eventuelt 1. Valg af formand", "1", "Eventuelt 1. Valg af formand"),  # a space
        ("Budget2. Behandling", "1", "Budget2. Behandling"),  # not the first item's number
        ("Plan 2030. Høring", "1", "Plan 2030. Høring"),
    ],
)
def test_glued_heading(title: str, first: str, expected: str) -> None:
    assert without_glued_heading(title, first) == expected


def test_layout_colon_needs_every_heading() -> None:
    assert layout_colon(["Valg:", "Orientering:", "Eventuelt:"])
    assert not layout_colon(["Valg:", "Orientering", "Eventuelt:"])
    assert not layout_colon(["Valg:"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("application/pdf icon forslag_til_plan.pdf", True),
        ("Bilag 2 - tidsplan.docx", True),
        ("Til indholdsfortegnelse", True),
        ("Tilbage til oversigten", True),
        ("Lukket punkt", True),
        ("Åbent punkt", True),
        ("og tilhørende arealer", False),
        ("Forslag til lokalplan for havnen", False),
    ],
)
def test_lines_that_end_a_title(text: str, expected: bool) -> None:
    assert ends_title(text) is expected


def test_file_and_navigation_lines() -> None:
    assert file_line("referat.PDF") and not file_line("Plan for skolen")
    assert navigation_line("Til toppen") and not navigation_line("Til behandling")


def test_a_web_page_that_repeats_the_number_in_each_title() -> None:
    text = (
        "Referat\n\n"
        "1. 1. Godkendelse af dagsorden\n\nSagsfremstilling\n\nDagsordenen godkendes.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "2. 2. Salg af skolens gamle gymnastiksal\n\nSagsfremstilling\n\nSalget drøftes.\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    assert _titles(text) == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Salg af skolens gamle gymnastiksal"),
    ]


def test_every_heading_ending_in_a_colon() -> None:
    text = (
        "Referat af bestyrelsesmøde\n\n"
        " 1. Valg af næstformand:\n  Anne Holm blev valgt.\n\n"
        " 2. Skolens budget:\n  Budgettet blev gennemgået.\n\n"
        " 3. Eventuelt:\n  Intet.\n"
    )
    assert _titles(text) == [
        ("1", "Valg af næstformand"),
        ("2", "Skolens budget"),
        ("3", "Eventuelt"),
    ]


def test_one_heading_with_a_colon_keeps_it() -> None:
    text = (
        "Referat af bestyrelsesmøde\n\n"
        " 1. Valg af næstformand\n  Anne Holm blev valgt.\n\n"
        " 2. Nye bøger:\n  Listen blev gennemgået.\n\n"
        " 3. Eventuelt\n  Intet.\n"
    )
    assert [t for _, t in _titles(text)] == ["Valg af næstformand", "Nye bøger:", "Eventuelt"]


def test_an_attachment_link_below_the_heading_is_no_title() -> None:
    text = (
        "Referat\n\n"
        "• 11. Godkendelse af dagsorden\n\nResume\n\nDagsordenen godkendes.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "• 12. Trafikplan for bymidten\n"
        "application/pdf icon udkast_trafikplan.pdf\n\n"
        "Resume\n\nPlanen skal i høring.\n\nBeslutning\n\nGodkendt.\n"
    )
    assert _titles(text) == [("11", "Godkendelse af dagsorden"), ("12", "Trafikplan for bymidten")]


def test_a_label_below_the_number_leaves_the_title_above() -> None:
    text = (
        "Byrådet\n\nSager 41 - 42\n\n"
        "Meddelelser fra borgmesteren\nSag nr. 41\n\nBeslutningskompetence: BR\n\n"
        "Sagens kerne\n\nBorgmesteren orienterer.\n\nBeslutning\n\nTaget til efterretning.\n\n"
        "Salg af grund ved havnen\nSag nr. 42\n\nBeslutningskompetence: BR\n\n"
        "Sagens kerne\n\nGrunden sælges.\n\nBeslutning\n\nGodkendt.\n"
    )
    assert _titles(text) == [
        ("41", "Meddelelser fra borgmesteren"),
        ("42", "Salg af grund ved havnen"),
    ]


def test_contents_entries_end_at_access_marks_links_and_labels() -> None:
    text = (
        "Dagsorden\n\nPUNKTER\n\n"
        "  1. Godkendelse af dagsorden\n"
        "  2. Salg af ejendom - Lukket punkt\n\n"
        "Medlemmer\n\nAnne Holm (A)\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    doc = dp.parse_text(text)
    titles = {e.number: e.title for e in doc.contents}
    assert titles == {"1": "Godkendelse af dagsorden", "2": "Salg af ejendom"}
    assert next(e.access for e in doc.contents if e.number == "2") == "closed"


def test_an_access_mark_in_capitals_after_the_title() -> None:
    text = (
        "Referat\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Køb af jord ved skoven LUKKET SAG\n\nBeslutning\n\nGodkendt.\n"
    )
    doc = dp.parse_text(text)
    assert [(i.title, i.access) for i in doc.items][1] == ("Køb af jord ved skoven", "closed")


def test_the_word_a_run_of_titles_opens_with_starts_a_title_wherever_it_stands() -> None:
    run = (
        "Godkendelse af skolens vedtægt Forslag til lokalplan nr Godkendelse af takster "
        "for vand Godkendelse af regnskab"
    )
    assert split_titles(run) == [
        "Godkendelse af skolens vedtægt",
        "Forslag til lokalplan nr",
        "Godkendelse af takster for vand",
        "Godkendelse af regnskab",
    ]


def test_a_name_printed_again_and_again_is_no_opener() -> None:
    run = (
        "Plan for Region Nord Salg af Region Nords hus Region Nords budget Tilskud til Region Nord"
    )
    assert split_titles(run)[1].startswith("Salg af Region Nords hus")


def test_a_two_word_name_after_a_small_word_goes_on() -> None:
    run = (
        "Tilskud fra Nordby Friskole om lejrtur Kloakering i Lille Strandvej m.fl "
        "Støtte til Byens Musik & Teaterforenings opførelse af stykket Salg af grund"
    )
    assert split_titles(run) == [
        "Tilskud fra Nordby Friskole om lejrtur",
        "Kloakering i Lille Strandvej m.fl",
        "Støtte til Byens Musik & Teaterforenings opførelse af stykket",
        "Salg af grund",
    ]


_PAGE_COLUMN = """Referat af byrådets møde

Størrelse: px
Starte visningen fra side:

Download "Referat af byrådets møde"

Transkript

1 Referat Byrådet Mødedato: 3. maj 2012

2 Indholdsfortegnelse Punkter på mødet Side 1. Godkendelse af dagsorden Meddelelser \
Salg af grund ved havnen

3 1. Godkendelse af dagsorden Åben sag Godkendt.
"""  # a backslash ends each printed line: a transcript page is one line


def test_the_page_column_head_before_the_first_entry_is_no_title() -> None:
    doc = dp.parse_text(_PAGE_COLUMN)
    assert [(e.number, e.title) for e in doc.contents] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Meddelelser"),
        ("3", "Salg af grund ved havnen"),
    ]


def test_a_leader_dot_after_a_hyphen_is_no_title_text() -> None:
    assert without_leader_dot("Kommuneplantillæg 7 Nordby-.") == "Kommuneplantillæg 7 Nordby-"
    assert without_leader_dot("Plan for Nordby.") == "Plan for Nordby."


def test_a_run_cut_into_more_titles_than_its_numbers_allow_is_merged_at_a_name() -> None:
    titles = ["Salg af grund", "Brev til Nævnet, Ankestyrelsen", "Syd om tilskud", "Budget"]
    assert merged_to_count(titles, 3) == [
        "Salg af grund",
        "Brev til Nævnet, Ankestyrelsen Syd om tilskud",
        "Budget",
    ]
    assert merged_to_count(titles, 4) == titles


def test_a_contents_roman_page_and_edition_label_are_no_title_text() -> None:
    line = contents_line("Lukket sag: Tandpleje for børn...xv åben")
    assert line.title == "Lukket sag: Tandpleje for børn" and line.dotted


def test_an_access_mark_with_a_dash_opens_the_next_title_of_a_run() -> None:
    doc = dp.parse_text(_PAGE_COLUMN.replace("ved havnen", "ved havnen Lukket - Køb af jord"))
    assert [(e.number, e.title, e.access) for e in doc.contents][-1] == (
        "4",
        "Køb af jord",
        "closed",
    )
