"""Municipal web pages: the `web` and `web_beslutning` profiles, on invented pages."""

from __future__ import annotations

import datetime as dt

from dagsorden_parser import parse_text
from dagsorden_parser.profiles import WEB, WEB_BESLUTNING, choose_profile
from dagsorden_parser.profiles.web import (
    access_only,
    body_date_pkt,
    case_line_access,
    glued_number_title,
    pkt_title,
)
from dagsorden_parser.profiles.web_beslutning import case_line_item, number_dot_title

VEJEN_LIKE = """Dagsordener og referater

Her kan du se dagsordener og referater fra møder i udvalgene i Sølvby Kommune.

Udvalg: Byrådet

Mødedato: 14-03-2022

Mødested: Rådhussalen

1.Salg af grund på Lærkevej (A)

Sagsnummer: 21/4411

Salg af grund på Lærkevej (A)

Administrativ indstilling

Kommunaldirektøren indstiller, at

 • grunden sælges.
Beslutning Økonomiudvalget den 07-03-2022

Indstilles godkendt.

Beslutning Byrådet den 14-03-2022

Godkendt.

Afbud: Birthe Holm (V).

Sagsfremstilling

Grunden har været i udbud.

2.Orientering om vejarbejde (B)

Sagsnummer: 22/101

Orientering om vejarbejde (B)

Administrativ indstilling

Vejchefen indstiller, at orienteringen tages til efterretning.

Beslutning Byrådet den 14-03-2022

Taget til efterretning.

Afbud: Birthe Holm (V).

Retsregler og andre forskrifter

Ingen.
"""

KOLDING_LIKE = """Dagsorden eller referat
Dato: |
08-05-2019 17:00:00 |
---|---|
Udvalg: |
Byrådet |
Sted: |
Mødesal 1 |
Pdf: |
|
Sagsnr.: 18/9921
Sagen behandles i
Forslag
Direktøren foreslår,
Beslutning Byrådet den 08-05-2019
Sagsfremstilling
Planen beskriver opgaverne.
"""

ROSKILDE_LIKE = """Referat

Dato: Mandag, March 4, 2019 - 17:00
Sted: Mødelokale 3
 • Pkt. 12 Godkendelse af dagsorden

  Pkt. 12

  Godkendelse af dagsorden

  Sagsnr. 100200 Teknikudvalget Åbent punkt

  Teknikudvalget, 04-03-2019, pkt. 12

  Godkendt.

  Fraværende: Ole Sand (A) - Pia Vang (A) mødte som stedfortræder.

 • Pkt. 13 Ny cykelsti

  Pkt. 13

  Ny cykelsti

  Sagsnr. 100300 Teknikudvalget Lukket punkt

  Resume

  En ny cykelsti foreslås.

  Teknikudvalget, 04-03-2019, pkt. 13

  Godkendt.

  Fraværende: Ole Sand (A) - Pia Vang (A) mødte som stedfortræder.
"""

GLUED_LIKE = """Egeby Kommunes logo

Kultur og fritids møde den 2. maj 2022

Ordinært møde - Mødelokale B2 kl. 16.30

Referat
Fold alle punkter

21Godkendelse af dagsorden

Beslutning

Godkendt

22Tilskud til spejderhytte

Resume

Spejderne søger tilskud.

Indstilling

Administrationen indstiller, at:

  1. Godkende tilskud på 50.000 kr.
  2. Godkende at tilskuddet frigives
"""

SEPARATED_LIKE = """Vi bruger cookies til statistik.

Byrådet - Referat

Dato: 5. februar 2020
Lokale: Byrådssalen
Tidspunkt: Kl. 18:00

Indholdsfortegnelse1. Fraværende

Resume

Sagsfremstilling

Der er afbud fra Anna Berg og Carl Dahl.

Beslutning

Anna Berg og Carl Dahl.

Til toppen

2. Godkendelse af dagsorden

Resume

Sagsfremstilling

Dagsordenen forelægges.

Beslutning

Godkendt.

Til toppen
"""

SINGLE_ITEM_LIKE = """Søg

Mødedato: 10.06.2020, kl. 15:00
Mødested: Rådhuset, værelse 10

Ny plan for byens parker

Se alle bilag

Forvaltningen har lavet en ny plan.

Indstilling

Forvaltningen indstiller, at Kultur- og Fritidsudvalget over for Borgerrepræsentationen anbefaler,

1. at planen godkendes,

2. at planen sendes i høring.

Problemstilling

Parkerne trænger til fornyelse.
"""

FOLDED_LIKE = """Skip til hoved indholdet

3. juni 2024 - dagsorden fra byrådet

Nordby Byråds møde mandag den 3. juni 2024, kl. 17.00 i Byrådssalen

Åben

Åben

Indstilling

Økonomiudvalget indstiller, at byrådet godkender regnskabet.

Bilag

Lukket

Indstilling

Økonomiudvalget indstiller, at ejendommen sælges.
"""


def _texts(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_item_rules_read_their_forms() -> None:
    heading = number_dot_title("3.Ny skole i Nordby (C)")
    assert heading is not None and (heading.number, heading.title) == ("3", "Ny skole i Nordby (C)")
    glued = glued_number_title("38Godkendelse af dagsorden")
    assert glued is not None and (glued.number, glued.title) == ("38", "Godkendelse af dagsorden")
    assert glued_number_title("2024 budget") is None
    pkt = pkt_title("• Pkt. 7 Meddelelser")
    assert pkt is not None and (pkt.number, pkt.title) == ("7", "Meddelelser")
    marker = access_only("Lukket")
    assert marker is not None and marker.access == "closed" and marker.title == ""
    case = case_line_item("Sagsid.: 22/2694, Sagsinitialer: abc")
    assert case is not None and case.case_id == "22/2694"


def test_section_and_access_forms() -> None:
    assert body_date_pkt("Teknikudvalget, 04-03-2019, pkt. 12") is not None
    assert body_date_pkt("Økonomiudvalget, 18. september 2019, pkt. 153:") is not None
    assert body_date_pkt("Teknikudvalget godkendte planen, 2019.") is None
    assert WEB_BESLUTNING.section_kind("Beslutning Byrådet den 14-03-2022") is not None
    assert WEB_BESLUTNING.section_kind("Beslutning i Byrådet den 14-03-2022") is None
    assert case_line_access("Sagsnr. 100300 Teknikudvalget Lukket punkt") == "closed"


def test_detectors_pick_their_sub_layout() -> None:
    assert choose_profile(_texts(VEJEN_LIKE)) is WEB_BESLUTNING
    assert choose_profile(_texts(KOLDING_LIKE)) is WEB_BESLUTNING
    for page in (ROSKILDE_LIKE, GLUED_LIKE, SEPARATED_LIKE, SINGLE_ITEM_LIKE, FOLDED_LIKE):
        assert choose_profile(_texts(page)) is WEB


def test_detectors_leave_other_layouts_alone() -> None:
    first_agenda = [
        "Dagsorden til møde i Økonomiudvalget",
        "Indholdsfortegnelse",
        "1 (Åben) Godkendelse af dagsorden ........ 3",
        "1 (Åben) Godkendelse af dagsorden",
        "Sags ID: EMN-2020-01234",
        "Beslutning i Økonomiudvalget den 04-06-2020",
        "Sagen blev udsat i byrådets møde den 3. marts 2020.",
    ]
    assert WEB.detect(first_agenda) < 0.5
    assert WEB_BESLUTNING.detect(first_agenda) < 0.5


def test_vejen_like_page() -> None:
    doc = parse_text(VEJEN_LIKE)
    assert doc.quality.profile == "web_beslutning"
    assert doc.kind == "minutes"
    assert doc.committee == "Byrådet"
    assert doc.start == dt.date(2022, 3, 14)
    assert doc.location == "Rådhussalen"
    assert [p.printed for p in doc.absent or ()] == ["Birthe Holm (V)"]
    assert [(i.number, i.title, i.case_id) for i in doc.items] == [
        ("1", "Salg af grund på Lærkevej (A)", "21/4411"),
        ("2", "Orientering om vejarbejde (B)", "22/101"),
    ]
    assert [s.heading for s in doc.items[0].sections] == [
        "Administrativ indstilling",
        "Beslutning Økonomiudvalget den 07-03-2022",
        "Beslutning Byrådet den 14-03-2022",
        "Sagsfremstilling",
    ]
    assert doc.items[1].sections[-1].heading == "Retsregler og andre forskrifter"


def test_kolding_like_page_with_pipe_header_and_folded_heading() -> None:
    doc = parse_text(KOLDING_LIKE)
    assert doc.committee == "Byrådet"
    assert doc.start == dt.datetime(2019, 5, 8, 17, 0)
    assert doc.location == "Mødesal 1"
    assert doc.kind == "minutes"
    assert len(doc.items) == 1
    item = doc.items[0]
    assert (item.number, item.title, item.case_id) == (None, "", "18/9921")
    assert [s.heading for s in item.sections] == [
        "Sagen behandles i",
        "Forslag",
        "Beslutning Byrådet den 08-05-2019",
        "Sagsfremstilling",
    ]


def test_roskilde_like_page() -> None:
    doc = parse_text(ROSKILDE_LIKE)
    assert doc.quality.profile == "web"
    assert doc.committee == "Teknikudvalget"
    assert [(i.number, i.title, i.access, i.case_id) for i in doc.items] == [
        ("12", "Godkendelse af dagsorden", "open", "100200"),
        ("13", "Ny cykelsti", "closed", "100300"),
    ]
    assert [s.heading for s in doc.items[1].sections] == [
        "Resume",
        "Teknikudvalget, 04-03-2019, pkt. 13",
    ]
    assert [p.printed for p in doc.absent or ()] == ["Ole Sand (A)"]


def test_glued_number_page() -> None:
    doc = parse_text(GLUED_LIKE)
    assert doc.committee == "Kultur og fritid"
    assert doc.location == "Mødelokale B2"
    assert doc.start == dt.datetime(2022, 5, 2, 16, 30)
    assert [(i.number, i.title) for i in doc.items] == [
        ("21", "Godkendelse af dagsorden"),
        ("22", "Tilskud til spejderhytte"),
    ]
    assert [s.heading for s in doc.items[1].sections] == ["Resume", "Indstilling"]


def test_separated_items_and_absence_item() -> None:
    doc = parse_text(SEPARATED_LIKE)
    assert doc.committee == "Byrådet"
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Fraværende"),
        ("2", "Godkendelse af dagsorden"),
    ]
    assert [p.printed for p in doc.absent or ()] == ["Anna Berg", "Carl Dahl"]


def test_single_item_page() -> None:
    doc = parse_text(SINGLE_ITEM_LIKE)
    assert doc.start == dt.datetime(2020, 6, 10, 15, 0)
    assert doc.location == "Rådhuset, værelse 10"
    assert doc.committee == "Kultur- og Fritidsudvalget"
    assert [(i.number, i.title) for i in doc.items] == [(None, "Ny plan for byens parker")]
    assert [s.heading for s in doc.items[0].sections] == ["Indstilling", "Problemstilling"]


def test_folded_headings_leave_access_marks() -> None:
    doc = parse_text(FOLDED_LIKE)
    assert doc.kind == "agenda"
    assert doc.committee == "Nordby Byråd"
    assert doc.start == dt.datetime(2024, 6, 3, 17, 0)
    assert doc.location == "Byrådssalen"
    assert [(i.number, i.title, i.access) for i in doc.items] == [
        (None, "", "open"),
        (None, "", "open"),
        (None, "", "closed"),
    ]
    assert [s.heading for s in doc.items[1].sections] == ["Indstilling", "Bilag"]
