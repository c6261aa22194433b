"""Old PDF transcripts: contents runs whose item numbers were lost (invented examples)."""

from __future__ import annotations

import dagsorden_parser as dp
from dagsorden_parser.clean.transcript import (
    confirmed_starts,
    split_numbered_run,
    split_titles,
    without_page,
)
from dagsorden_parser.models import SectionKind


def test_run_without_numbers_is_cut_at_title_starts() -> None:
    run = (
        "Budgetrapport Regnskabsgang for året Beretning om revisionen af Nordby Amts "
        "regnskab for Tillæg til aftalen med Nordby Amt Ændring i Vedtægt for havnen"
    )
    assert split_titles(run) == [
        "Budgetrapport",
        "Regnskabsgang for året",
        "Beretning om revisionen af Nordby Amts regnskab for",
        "Tillæg til aftalen med Nordby Amt",
        "Ændring i Vedtægt for havnen",
    ]


def test_titles_go_on_after_comma_dash_and_names() -> None:
    run = (
        "Lokalplan nr , Ferie- og fritidsområde Sydhavn - Evaluering af planen "
        "Salg af Region Vest Region Vests plan for skoler Leje af Region Vests Hus"
    )
    assert split_titles(run) == [
        "Lokalplan nr , Ferie- og fritidsområde Sydhavn - Evaluering af planen",
        "Salg af Region Vest",
        "Region Vests plan for skoler",
        "Leje af Region Vests Hus",
    ]


def test_body_heading_confirms_where_a_title_ends() -> None:
    run = "Anne Bo Hansen ønsker at udtræde af Anmodning om orlov fra udvalget"
    assert split_titles(run) == [run]
    starts = confirmed_starts(run, ["Sidenr Anne Bo Hansen ønsker at udtræde af"])
    assert split_titles(run, starts) == [
        "Anne Bo Hansen ønsker at udtræde af",
        "Anmodning om orlov fra udvalget",
    ]


def test_page_numbers_go_and_tail_is_numbered_on() -> None:
    run = (
        "1 Godkendelse af dagsorden 4 2 Salg af grund Godkendelse af vejnavne Orientering om broer"
    )
    assert split_numbered_run(run) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Salg af grund"),
        (3, "Godkendelse af vejnavne"),
        (4, "Orientering om broer"),
    ]
    assert without_page("Lokalplan nr. 120") == "Lokalplan nr. 120"
    assert without_page("Budget 2026") == "Budget 2026"


def test_a_title_opening_with_a_name_and_a_dash_starts_after_one_name() -> None:
    run = (
        "Tilbygning til skolen omkring Nordtorvet Vestby Varmeværk - godkendelse af "
        "takster for Salg af grund Vejplan for Østby - anlægsbevilling"
    )
    assert split_titles(run) == [
        "Tilbygning til skolen omkring Nordtorvet",
        "Vestby Varmeværk - godkendelse af takster for",
        "Salg af grund",
        "Vejplan for Østby - anlægsbevilling",
    ]


_CAPITAL_CONTENTS = """Referat fra byrådet

Størrelse: px
Starte visningen fra side:

Download "Referat fra byrådet"

Transkript

1 Møde i Byrådet tirsdag den 12. marts 2005, kl i Byrådssalen REFERAT INDHOLDSFORTEGNELSE \
1... Meddelelser Salg af grund ved havnen Tilbygning til skolen omkring Nordtorvet \
Vestby Varmeværk - godkendelse af takster for Vejplan for Østby - anlægsbevilling. 12

2 1. Meddelelser Formanden orienterede om budgettet. Byrådets møde 12. marts 2005 \
Punkt 1: Taget til efterretning. 2. Salg af grund ved havnen Udvalgets møde 2. februar \
2005 Punkt 4: Anbefales.
"""  # a backslash ends each printed line: a transcript page is one line


def test_transcript_with_contents_in_capitals_and_meeting_headings() -> None:
    doc = dp.parse_text(_CAPITAL_CONTENTS)
    assert doc.quality.profile == "legacy"
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Meddelelser"),
        ("2", "Salg af grund ved havnen"),
        ("3", "Tilbygning til skolen omkring Nordtorvet"),
        ("4", "Vestby Varmeværk - godkendelse af takster for"),
        ("5", "Vejplan for Østby - anlægsbevilling"),
    ]
    first, second = doc.items[:2]
    assert [(s.heading, s.kind) for s in first.sections] == [
        ("Byrådets møde 12. marts 2005 Punkt 1:", SectionKind.DECISION)
    ]
    assert first.decisions[0].body == "Byrådet"
    assert second.decisions[0].body == "Udvalget"
    assert second.decisions[0].item_number == "4"


_WEB_LIST = """Udvalget - referat 05-03-2008

Mødedato:
05-03-2008 Kl. 15:00-16:00

Dagsorden

 1. 2. behandling af budget for havnen
 2. Salg af grund ved havnen

1.      2. behandling af budget for havnen

Sagsnr:

08/1234

Resumé

Budgettet behandles anden gang.
"""


def test_dagsorden_list_title_opening_with_an_ordinal_and_case_id_below_its_label() -> None:
    doc = dp.parse_text(_WEB_LIST)
    assert [(i.number, i.title, i.case_id) for i in doc.items] == [
        ("1", "2. behandling af budget for havnen", "08/1234"),
        ("2", "Salg af grund ved havnen", None),
    ]
    assert [s.heading for s in doc.items[0].sections] == ["Resumé"]
