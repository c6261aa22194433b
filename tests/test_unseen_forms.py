"""Printed forms of municipalities the corpus does not hold, each in invented text: the
structure stage must read them from the document's own evidence."""

from __future__ import annotations

import dagsorden_parser as dp
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.rules import labelled_case_id
from dagsorden_parser.structure.runs import split_runs


def _items(text: str, profile: str | None = None) -> list[tuple[str | None, str, str | None]]:
    doc = dp.parse_text(text, profile=profile)
    return [(i.number, i.title, i.case_id) for i in doc.items]


_RECOMMENDATION_RUNS = """Referat
Tirsdag d. 3 juni 2031, kl. 9:00
StedLille mødesal
Resume
Rådet skal godkende dagsordenen.
Indstilling
Sekretariatet indstiller, at
 1. Rådet godkender dagsordenen.
Beslutning
Godkendt.
Beskrivelse af sagen
Dagsorden til godkendelse.
Resume
Rådet skal drøfte stiernes vedligehold.
Indstilling
Sekretariatet indstiller, at
 1. Rådet drøfter sagen.
Beslutning
Drøftet.
Beskrivelse af sagen
Stierne ved søen trænger til grus.
Resume
Rådet orienteres om nyt fra formanden.
Indstilling
Sekretariatet indstiller, at
 1. Rådet tager orienteringen til efterretning.
Beslutning
Taget til efterretning.
Beskrivelse af sagen
Formanden orienterer.
"""


def test_a_one_point_recommendation_in_every_untitled_item_is_no_heading() -> None:
    # ` 1. Rådet ...` stands after `Indstilling` in each run of labels opened by `Resume`
    doc = dp.parse_text(_RECOMMENDATION_RUNS)
    assert [(i.number, i.title) for i in doc.items] == [(None, "")] * 3
    assert [s.heading for s in doc.items[1].sections] == [
        "Resume",
        "Indstilling",
        "Beslutning",
        "Beskrivelse af sagen",
    ]
    assert "1. Rådet drøfter sagen." in doc.items[1].sections[1].text


def test_numbered_headings_before_their_labels_stay_items() -> None:
    # the same labels, but each run opened by a numbered heading: the headings are items
    text = _RECOMMENDATION_RUNS.replace("Resume\nRådet skal godkende", "1. Dagsorden\nResume\nX")
    text = text.replace("Resume\nRådet skal drøfte", "2. Stierne\nResume\nX")
    text = text.replace("Resume\nRådet orienteres", "3. Nyt fra formanden\nResume\nX")
    assert [i[:2] for i in _items(text)] == [
        ("1", "Dagsorden"),
        ("2", "Stierne"),
        ("3", "Nyt fra formanden"),
    ]


def test_a_committee_case_line_gives_the_journal_number() -> None:
    assert labelled_case_id("KU    11/2005  J.nr. KU 31/2005") == "KU 31/2005"
    assert labelled_case_id("Journalnr. 00.01 P27/") == "00.01 P27/"
    assert labelled_case_id("J.nr.: 01.02.03") == "01.02.03"
    assert labelled_case_id("Sagsnr.: 12/27845 Sagsbehandler: Eva") == "12/27845"
    assert labelled_case_id("Sagsnr.: den 12") is None
    text = """BESLUTNINGSPROTOKOL
fra møde i Fritidsudvalget mandag den 4. maj 2037

1.      Godkendelse af dagsorden

FU    7/2037  J.nr. FU 2/2037

INDSTILLING OG BESLUTNING
Godkendt.

2.      Tilskud til spejderhytten

FU    8/2037  J.nr. FU 19/2037

INDSTILLING OG BESLUTNING
Bevilget.
"""
    assert _items(text) == [
        ("1", "Godkendelse af dagsorden", "FU 2/2037"),
        ("2", "Tilskud til spejderhytten", "FU 19/2037"),
    ]


def test_a_case_number_displaced_after_the_next_label() -> None:
    # a transcript of a table runs the labels together and moves each value after the next
    assert labelled_case_id("Sagsnr.: Afgøres af: 31/4410 Udvalget Sagsfremstilling: x") == (
        "31/4410"
    )


_CLOSED_IN_CONTENTS = "\n\n".join(
    [
        "Referat fra mødet i Havneudvalget",
        "Transkript",
        (
            "1 Referat fra mødet i Havneudvalget Mødedato: Fredag den 2. marts 2029 Mødested:"
            " Havnekontoret Medlemmer: Ida Holm (A) Ole Bak (V) Side 1"
        ),
        (
            "2 Indholdsfortegnelse 17 Godkendelse af dagsorden Nye fortøjninger ved vestkajen"
            " Sommerens arrangementer på havnen Lukket - Lejekontrakt for pakhus Lukket - "
            "Personalesag...4 Side 2"
        ),
        (
            "3 17 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Havneudvalget "
            "Sagsfremstilling: Dagsordenen forelægges til godkendelse. Indstilling: "
            "Godkendes. Beslutning i Havneudvalget den : Godkendt. Side 3"
        ),
        (
            "4 18 Nye fortøjninger ved vestkajen Sagsnr.: Sagen afgøres i: 29/0113 "
            "Havneudvalget Sagsfremstilling: Pælene ved vestkajen er rådne og skal udskiftes "
            "i foråret. Indstilling: Godkendes. Beslutning i Havneudvalget den : Godkendt. "
            "Side 4"
        ),
        (
            "5 19 Sommerens arrangementer på havnen Sagsnr.: Sagen afgøres i: 29/0207 "
            "Havneudvalget Sagsfremstilling: Havnen holder åben kaj tre lørdage i juli og "
            "august. Indstilling: Til orientering. Beslutning i Havneudvalget den : Taget til"
            " efterretning. Side 5"
        ),
    ]
)


def test_a_closed_item_listed_only_in_the_contents_becomes_an_item() -> None:
    doc = dp.parse_text(_CLOSED_IN_CONTENTS)
    assert [(i.number, i.title, i.access, i.case_id) for i in doc.items] == [
        ("17", "Godkendelse af dagsorden", None, None),
        ("18", "Nye fortøjninger ved vestkajen", None, "29/0113"),
        ("19", "Sommerens arrangementer på havnen", None, "29/0207"),
        (None, "Lejekontrakt for pakhus", "closed", None),
        (None, "Personalesag", "closed", None),
    ]
    assert "item_from_contents" in {w.code for w in doc.warnings}


def test_run_together_lines_whose_every_number_is_in_the_chain() -> None:
    run = (
        "5 Havnefesten Vi har modtaget en ansøgning om tilskud til havnefesten i år, og "
        "foreningen har sendt et budget med. 6 Stierne Stierne ved søen trænger til nyt grus, "
        "og arbejdet kan gøres i foråret. 7 Eventuelt Intet at bemærke fra medlemmerne."
    )
    texts = [line.text for line in split_runs([Line(run)])]
    assert [t.split()[0] for t in texts] == ["5", "6", "7"]


_SLASH_NUMBERS = """Referat
for
Teknisk udvalg
onsdag den 6. oktober 2032 kl. 16:00
Indholdsfortegnelse
Åben sag:
118 /1
Cykelsti langs Åvej
Åben sag:
119 /2
Vintertjeneste 2032-2033
Lukket sag:
120 /3
Erstatningssag.
118/1. Cykelsti langs Åvej (Åben sag)
Journalnr. 05.01 P20/
Stien er projekteret og kan anlægges i foråret.Vedtagelse:
Godkendt119/2. Vintertjeneste 2032-2033 (Åben sag)
Journalnr. 05.13 G01/
Planen fastlægger ruter og rydningsklasser.Vedtagelse:
Godkendt.
"""


def test_double_running_numbers_glued_to_the_decision_above() -> None:
    # `Godkendt119/2. Title`: the heading starts at the running number
    doc = dp.parse_text(_SLASH_NUMBERS)
    assert [(i.number, i.title, i.access, i.case_id) for i in doc.items] == [
        ("118", "Cykelsti langs Åvej", "open", "05.01 P20/"),
        ("119", "Vintertjeneste 2032-2033", "open", "05.13 G01/"),
        # printed only in the contents, below its `Lukket sag:` label
        ("120", "Erstatningssag.", "closed", None),
    ]
    assert "Godkendt" in doc.items[0].text + "".join(s.text for s in doc.items[0].sections)
    assert "Vintertjeneste" not in "".join(s.text for s in doc.items[0].sections)


_MINUTES_GLUED = """Referat fra bestyrelsesmøde
Dato: 2. maj 2033 kl. 17:00
Punkt 110 minVelkomst og godkendelse af dagsorden
 17.00 - 17.10 Godkendt.
Punkt 230 minNyt fra ledelsen
 17.10 - 17.40 Lederen orienterede om ansættelser.
Punkt 35 minForældremøder i efteråret
 17.40 - 17.45 Datoerne blev fastlagt.
Punkt 415 minEventuelt
 17.45 - 18.00 Intet.
"""


def test_item_number_and_allotted_minutes_run_together() -> None:
    # `Punkt 230 minTitle`: item 2, thirty minutes; the numbers run 1, 2, 3, 4
    doc = dp.parse_text(_MINUTES_GLUED)
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Velkomst og godkendelse af dagsorden"),
        ("2", "Nyt fra ledelsen"),
        ("3", "Forældremøder i efteråret"),
        ("4", "Eventuelt"),
    ]
    assert "30 min" in doc.items[1].text


def test_letter_spaced_journal_numbers_and_titles_from_a_scan() -> None:
    assert labelled_case_id("Journal nr.: 0 7.1 1.0 0 P 2 0 /4 0 9 Lovgrundlag: x") == (
        "07.11.00P20/409"
    )
    assert labelled_case_id("Journal nr.: 07.11.00P20") == "07.11.00P20"
    assert labelled_case_id("Sagsnr.: 24-031107 2 bilag") == "24-031107"
    # `Sag nr. N` labels running through a page's line; `Sag fra:` before the title and
    # the letter-spaced committee after it
    page = (
        "Miljøudvalget den 9. april 2003 Side 2 af 3 Sag nr. 31 Sag fra: Ny genbrugsplads "
        "M i l j ø u d v a lg e t Journal nr.: 0 7.1 1.0 0 P 2 0 /4 0 9 Lovgrundlag: "
        "D e r s ø g e s o m e n p l a d s v e d h a v n e n. Beslutning: Godkendt."
    )
    text = "\n".join(
        [
            "UDSKRIFT",
            "Miljøudvalget 9. april 2003",
            page,
            page.replace("Side 2", "Side 3")
            .replace("nr. 31", "nr. 32")
            .replace("Ny genbrugsplads", "Affaldsplan 2004")
            .replace("4 0 9", "4 1 0"),
            page.replace("Side 2", "Side 4")
            .replace("nr. 31", "nr. 33")
            .replace("Ny genbrugsplads", "Rottebekæmpelse")
            .replace("4 0 9", "4 1 1"),
        ]
    )
    assert _items(text) == [
        ("31", "Ny genbrugsplads", "07.11.00P20/409"),
        ("32", "Affaldsplan 2004", "07.11.00P20/410"),
        ("33", "Rottebekæmpelse", "07.11.00P20/411"),
    ]
