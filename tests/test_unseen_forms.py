"""Printed forms of municipalities the corpus does not hold, each in invented text: the
structure stage must read them from the document's own evidence."""

from __future__ import annotations

import dagsorden_parser as dp
from dagsorden_parser.structure.rules import labelled_case_id


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
