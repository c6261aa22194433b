"""Web transcripts whose contents ran together: the forms a careful reader still sees
(invented examples; each test names the printed form it shows)."""

from __future__ import annotations

import dagsorden_parser as dp
from dagsorden_parser.clean.transcript import counted_starts, split_numbered_run, split_titles
from dagsorden_parser.structure.forms import edition_access
from dagsorden_parser.structure.rules import labelled_case_id

FRAME = 'Referat Miljøudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "x"\n\n'
# docplayer's newer page frame: a view counter in place of the page viewer
NEW_FRAME = "Referat Miljøudvalget\n|\n|\n- Jens Jensen\n- 9 år siden\n- Visninger:\n"


def _numbers(doc: dp.Document) -> list[str | None]:
    return [item.number for item in doc.items]


def test_sagsoversigt_with_zero_padded_numbers_goes_on_over_the_page() -> None:
    """`Sagsoversigt 01. Title Title ...14` and the next page `07. Title ...`: the
    contents' own numbers with their width, the run going on past its first number."""
    text = NEW_FRAME + (
        "Transkript\n"
        "1 Referat Miljøudvalget Mødedato: Mandag den 2. marts 2015 Mødested: Rådhuset "
        "Sagsoversigt 01. Godkendelse af dagsorden Ansøgning om tilskud til foreningen "
        "Revisionens beretning Skolen ved Søen - anlægsprojekt Ny klimapolitik "
        "Orientering om vejarbejder...14\n"
        "2 07. Salg af grund ved havnen Endelig vedtagelse af spildevandsplanen "
        "Valg af medlem til bestyrelsen\n"
    )
    doc = dp.parse_text(text, name="sagsoversigt.txt")
    assert _numbers(doc) == [f"{n:02d}" for n in range(1, 10)]
    assert doc.items[5].title == "Orientering om vejarbejder"
    assert doc.items[6].title == "Salg af grund ved havnen"


def test_column_heads_open_a_run_numbered_from_its_first_number() -> None:
    """`Pkt. Tekst Side 38 Title 2 40 Title ...`: column heads without a contents heading,
    the first number other than 1, numbers lost between printed ones counted."""
    text = FRAME + (
        "Transkript\n"
        "1 Økonomiudvalg Referat Møde 3. maj 2011 Pkt. Tekst Side 38 Regnskab for kvartalet "
        "Budgetdirektiv for næste år 2 40 Udvalgets eget regnskab Tilskud til museet 5 "
        "42 Høringssvar til vandplanen 8\n"
        "2 Indholdsfortegnelse 43 Salg af arealer ved skolen\n"
    )
    doc = dp.parse_text(text, name="pkt_tekst.txt")
    assert _numbers(doc) == [str(n) for n in range(38, 44)]
    assert doc.items[1].title == "Budgetdirektiv for næste år"
    assert doc.items[3].title == "Tilskud til museet"


def test_counted_starts_fill_what_the_printed_numbers_leave() -> None:
    """`40 Title Name Name Title 43`: two numbers lost; the title starts are the runs of
    names after a word in lower case, when the rules alone find too few."""
    part = "Udvalgets regnskab Den Gamle Skole søger om tilskud Nordby Hallen søger om lån"
    assert len(counted_starts(part, 2)) == 2
    numbered = split_numbered_run(f"40 {part} 43 Eventuelt")
    assert [n for n, _ in numbered] == [40, 41, 42, 43]


def test_recurring_kind_label_opens_each_title() -> None:
    """`1. Orientering: Title Beslutning: Title Beslutning og frigivelse af midler: Title`:
    every title opens with a label of its kind, printed with its colon at least twice."""
    run = (
        "Orientering: Dialog med busselskabet Beslutning: Budgetopfølgning II "
        "Beslutning og frigivelse af midler: Nordby Børnehus, nyt tag Beslutning: Salg af "
        "Stationsgrunden Orientering: Meddelelser"
    )
    assert split_titles(run) == [
        "Orientering: Dialog med busselskabet",
        "Beslutning: Budgetopfølgning II",
        "Beslutning og frigivelse af midler: Nordby Børnehus, nyt tag",
        "Beslutning: Salg af Stationsgrunden",
        "Orientering: Meddelelser",
    ]


def test_name_before_a_dash_opens_a_title() -> None:
    """`... anlægsbevilling Bofællesskabet Engvej - anlægsbevilling`: a name (one to three
    words in capitals, a bracket allowed) followed by ` - ` and what is to be done."""
    run = (
        "Sammenhængende skolepolitik Sportshallen - nyt gulv, anlægsbevilling "
        "Bofællesskabet Engvej - anlægsbevilling Bofællesskabet Algade (Nordby) - "
        "anlægsbevilling Krydset Østergade - Vestre Allé"
    )
    assert split_titles(run) == [
        "Sammenhængende skolepolitik",
        "Sportshallen - nyt gulv, anlægsbevilling",
        "Bofællesskabet Engvej - anlægsbevilling",
        "Bofællesskabet Algade (Nordby) - anlægsbevilling Krydset Østergade - Vestre Allé",
    ]


def test_group_headings_and_the_number_the_body_prints() -> None:
    """`Indholdsfortegnelse: Åbne efterretningssager Title Åbne beslutningssager Title
    ...` without numbers, and the body's `73. Title.`: the items numbered from 73, open."""
    text = FRAME + (
        "Transkript\n"
        "1 REFERAT fra møde i Byrådet Medlemmer: Anne Hansen, Bo Jensen\n"
        "2 Indholdsfortegnelse: Åbne efterretningssager Plan for sygehusene i regionen "
        "Åbne beslutningssager Valgsteder i kommunen Takster for vand Salg af jord ved "
        "skolen Bilagsliste...1\n"
        "3 ÅBNE EFTERRETNINGSSAGER 73. Plan for sygehusene i regionen. J.nr.: A09 "
        "Sagsbehandler: HY Åben sag Sagsfremstilling: Regionen har sendt planen.\n"
    )
    doc = dp.parse_text(text, name="grupper.txt")
    assert _numbers(doc) == ["73", "74", "75", "76"]
    assert {item.access for item in doc.items} == {"open"}
    assert doc.items[0].case_id == "A09"


def test_document_title_naming_the_open_edition_gives_access() -> None:
    """`Åben dagsorden Økonomiudvalget`: the open edition's items are open."""
    assert edition_access("Åben dagsorden Økonomiudvalget Rådhuset") == "open"
    assert edition_access("Lukket referat Byrådet") == "closed"
    assert edition_access("Åben dagsorden") is None  # alone it is a group heading
    assert edition_access("Referat Åben dagsorden") is None


def test_flattened_label_grid_gives_the_case_number() -> None:
    """`Sagsnr.: Sagen afgøres i: Bilag: 15/24042`: labels first, values in their order."""
    assert labelled_case_id("Sagsnr.: Sagen afgøres i: Bilag: 15/24042 Rådet") == "15/24042"
    assert labelled_case_id("Sagsnr.: Sagen afgøres i: Bilag: Rådet") is None


def test_run_together_sections_are_cut() -> None:
    """`2011 Sagsfremstilling Forvaltningen sender ... Bilag Title Beslutning Godkendt.`:
    section headings run in between the item's text."""
    text = FRAME + (
        "Transkript\n"
        "1 Økonomiudvalg Referat Pkt. Tekst Side 12 Regnskab for første kvartal 2 "
        "13 Budgetdirektiv for næste år 3\n"
        "2 Ø Regnskab for første kvartal 2011 Sagsfremstilling Forvaltningen sender "
        "regnskabet til orientering. Bilag Regnskab for første kvartal 2011 Beslutning "
        "Taget til efterretning.\n"
    )
    doc = dp.parse_text(text, name="afsnit.txt")
    assert _numbers(doc) == ["12", "13"]
    assert doc.items[0].title.startswith("Regnskab for første kvartal")
    assert [s.heading for s in doc.items[0].sections] == ["Sagsfremstilling", "Bilag", "Beslutning"]


def test_transcript_of_a_report_gets_no_items() -> None:
    """A transcript of a report (no meeting words, a contents of chapters) has no items."""
    text = FRAME.replace("Referat Miljøudvalget", "Rapport om trafik") + (
        "Transkript\n"
        "1 Rapport om trafik i byen Sagsoversigt Indledning Metode og data Resultater for "
        "byens veje Anbefalinger til udvalget\n"
        "2 Indledning Trafikken er steget med en tiendedel siden målingerne begyndte.\n"
    )
    doc = dp.parse_text(text, name="rapport.txt")
    assert doc.items == ()


def test_page_number_where_a_title_wrapped_goes() -> None:
    """`Pkt. Tekst Side 1 Title 4 2 Title of 7 two lines 3 Title with 3 mio. kr. 9`: in a
    paged contents a number inside a title that goes up from the page before is the page
    printed where the title wrapped; an amount below it stays."""
    run = (
        "1 Godkendelse af dagsorden 4 2 Udbud af rengøring på skoler og i forlængelse af 7 "
        "udbud af kantiner 3 Tilskud på 3 mio. kr. til foreninger 9 4 Eventuelt 11"
    )
    assert split_numbered_run(run) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Udbud af rengøring på skoler og i forlængelse af udbud af kantiner"),
        (3, "Tilskud på 3 mio. kr. til foreninger"),
        (4, "Eventuelt"),
    ]


def test_start_no_rule_sees_gives_way_to_counted_starts() -> None:
    """`44 Title (ab) Title 2010 (cd) Title mellem Name og Name (ef) Title 47`: the printed
    numbers say two titles are lost; a name after `mellem` opens none."""
    run = (
        "44 Høringssvar om søerne (ab) Anlægsregnskaber 2010 (cd) Ansøgning om en sti mellem "
        "Nordby og Sydby (ef) 47 Eventuelt"
    )
    assert split_numbered_run(run) == [
        (44, "Høringssvar om søerne (ab)"),
        (45, "Anlægsregnskaber 2010 (cd)"),
        (46, "Ansøgning om en sti mellem Nordby og Sydby (ef)"),
        (47, "Eventuelt"),
    ]


def test_numbers_glued_into_a_short_transcript_line_join_the_chain() -> None:
    """`Afbud: Referent: Anne Bo 1. Title 2. Title` and then `3. Title` on a line of its
    own: the first numbers run into the line before are cut out as headings."""
    text = FRAME.replace("Referat Miljøudvalget", "Dagsorden Handicaprådet") + (
        "Transkript\n"
        "1 Dagsorden Forum: Handicaprådet Deltagere: Anne Bo, Per Ib Afbud: Referent: Anne Bo "
        "1. Godkendelse af dagsorden 2. Valg af formand og næstformand Dato: 13. marts 2018 "
        "Sagsbehandler: ab 3. Valg til udvalget for plejecentre Sagsfremstilling: Der er "
        "kommet en mail om pladsen fra et af rådets medlemmer. 4. Pjece om den gode praksis "
        "Sagsfremstilling: Pjecen er udgivet til orientering af rådene i hele landet. "
        "5. Årsmøde i det centrale råd Sagsfremstilling: Mødet er flyttet til efteråret.\n"
    )
    doc = dp.parse_text(text, name="limet.txt")
    assert _numbers(doc) == ["1", "2", "3", "4", "5"]
    assert doc.items[1].title == "Valg af formand og næstformand"


def test_word_that_opens_most_titles_opens_each() -> None:
    """`... Årsregnskaber Nordby Boligforening Årsregnskaber Boligselskabet Sydby af 1946
    ...`: the word in capitals that opens three titles or more after varied words."""
    run = (
        "Tillæg til planen for Engparken Årsregnskaber Nordby Boligforening Årsregnskaber "
        "Boligforeningen Vestergade, Nordby Årsregnskaber Sydby Boligforening af 1946, Sydby "
        "Årsregnskaber Boligselskabet Engen"
    )
    assert split_titles(run) == [
        "Tillæg til planen for Engparken",
        "Årsregnskaber Nordby Boligforening",
        "Årsregnskaber Boligforeningen Vestergade, Nordby",
        "Årsregnskaber Sydby Boligforening af 1946, Sydby",
        "Årsregnskaber Boligselskabet Engen",
    ]


def test_body_heading_repeating_an_unnumbered_contents_line_starts_the_body() -> None:
    """`Indholdsfortegnelse` / titles whose numbers were lost / `10` / `Title` ... and the
    body's `1 Åbent Title` repeating the first: the numbered contents lines are entries,
    and the items the body lacks come from the contents."""
    text = (
        "Dagsorden til møde i Økonomiudvalget\n\nMødedato 3. juni 2013\n\n"
        "Indholdsfortegnelse\n\nÅben dagsorden\n\n"
        "Kommuneplan 2013. Endelig vedtagelse af planen\n\n"
        "Lokalplan 35 for et område ved havnen\n\nFjernvarme - anlægsbevilling til\n"
        "udbygningsplanens fase 2\n\n4\n\nRegnskab for 2012 og revisionens beretning\n\n"
        "5 Meddelelser\nfra formanden\n\nMøde i Økonomiudvalget den 3. juni 2013\n\n"
        "1 Åbent Kommuneplan 2013. Endelig vedtagelse af planen\n\n018520-2013\n\nResumé\n\n"
        "Kommunalbestyrelsen sendte forslaget i høring.\n"
    )
    doc = dp.parse_text(text, name="indhold.txt")
    assert _numbers(doc) == ["1", "2", "3", "4", "5"]
    assert doc.items[0].case_id == "018520-2013"


def test_decision_heading_whose_date_was_lost_stands_alone() -> None:
    """`... godkendes Beslutninger Rådet den Ikke til stede: ...`: the decision heading of
    a transcript whose date was lost, cut out of the text around it."""
    from dagsorden_parser.clean.transcript import _CUT

    text = "Indstilling godkendes Beslutninger Ældrerådet den Ikke til stede: Anne Bo"
    assert "Beslutninger Ældrerådet den" in [p.strip() for p in _CUT.split(text) if p]


def test_kle_facet_alone_is_the_case_id_when_nothing_else_is_printed() -> None:
    """`J.nr.: A09 Sagsid:` (the Sagsid's value lost): the facet is all the case id left."""
    text = FRAME + (
        "Transkript\n"
        "1 REFERAT fra møde i Byrådet Medlemmer: Anne Hansen, Bo Jensen\n"
        "2 Indholdsfortegnelse: Åbne beslutningssager Plan for sygehusene i regionen "
        "Takster for vand Bilagsliste...1\n"
        "3 ÅBNE BESLUTNINGSSAGER 12. Plan for sygehusene i regionen. J.nr.: A09 Sagsid: "
        "Sagsbehandler: HY Åben sag Sagsfremstilling: Regionen har sendt planen til byrådet.\n"
    )
    doc = dp.parse_text(text, name="facet.txt")
    assert doc.items[0].number == "12"
    assert doc.items[0].case_id == "A09"
    assert [s.heading for s in doc.items[0].sections] == ["Sagsfremstilling"]
