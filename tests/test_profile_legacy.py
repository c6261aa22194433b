"""Old PDF transcripts: contents runs whose item numbers were lost (invented examples)."""

from __future__ import annotations

from dagsorden_parser.profiles.transcript import (
    confirmed_starts,
    split_numbered_run,
    split_titles,
    without_page,
)


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
