"""The structure stage infers each document's items from its own evidence.

All texts are invented, in the printed forms Danish agenda systems use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dagsorden_parser as dp
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.forms import (
    access_line,
    bare_case_number,
    group_access,
    heading_form,
    heading_marks,
    number_alone,
)
from dagsorden_parser.structure.runs import split_runs


def _items(
    text: str, profile: str | None = None
) -> list[tuple[str | None, str, str | None, str | None]]:
    doc = dp.parse_text(text, profile=profile)
    return [(i.number, i.title, i.access, i.case_id) for i in doc.items]


@pytest.mark.parametrize(
    ("text", "number", "title", "access", "form"),
    [
        ("3. Udbud af rengøring", "3", "Udbud af rengøring", None, "number."),
        ("3: Udbud af rengøring", "3", "Udbud af rengøring", None, "number:"),
        ("34 Godkendelse af dagsorden", "34", "Godkendelse af dagsorden", None, "number"),
        ("Punkt 4: Lukket: Køb af jord", "4", "Køb af jord", "closed", "label:punkt"),
        ("Pkt. 197 Valg til valgbestyrelsen", "197", "Valg til valgbestyrelsen", None, "label:pkt"),
        ("Sag nr. 12 Budget", "12", "Budget", None, "label:sagnr"),
        ("Nr.1 - Godkendelse af dagsordenen", "1", "Godkendelse af dagsordenen", None, "label:nr"),
        ("1 (Åben) Meddelelser", "1", "Meddelelser", "open", "number_paren_access"),
        ("åbent 2 Befolkningsprognose", "2", "Befolkningsprognose", "open", "access_number"),
        ("lukket 101 Lukket punkt. Anlæg", "101", "Anlæg", "closed", "access_number"),
        ("4. LUKKET PUNKT: Salg af grund", "4", "Salg af grund", "closed", "number_access"),
        ("A.3 Budget 2024", "A.3", "Budget 2024", None, "letter"),
        ("• 7 Eventuelt", "7", "Eventuelt", None, "bullet"),
        ("38Godkendelse af dagsorden", "38", "Godkendelse af dagsorden", None, "glued"),
        ("5 Salg af grund - LUKKET SAG", "5", "Salg af grund", "closed", "number"),
        ("6. Køb af areal (Lukket)", "6", "Køb af areal", "closed", "number."),
    ],
)
def test_heading_forms(text: str, number: str, title: str, access: str | None, form: str) -> None:
    heading = heading_form(text)
    assert heading is not None
    assert (heading.number, heading.title, heading.access, heading.rule) == (
        number,
        title,
        access,
        form,
    )


def test_a_case_number_in_brackets_leaves_the_title() -> None:
    heading = heading_form("2: Lokalplan 305 (Åben) (EMN-2020-93089)")
    assert heading is not None
    assert (heading.title, heading.access, heading.case_id) == (
        "Lokalplan 305",
        "open",
        "EMN-2020-93089",
    )
    assert heading_marks("(Lukket) (22/11165)") == ("closed", "22/11165")
    assert heading_marks("(Bemærk dette)") is None


def test_lines_that_are_no_heading_form() -> None:
    assert heading_form("82.03.00-A00-40-22") is None  # a case number
    assert heading_form("Sagsfremstilling") is None
    assert number_alone("Pkt. 12") == ("12", "alone:pkt")
    assert number_alone("12") == ("12", "alone:")
    assert number_alone("12 borgere") is None


@pytest.mark.parametrize(
    ("text", "access"),
    [
        ("Åbent punkt", "open"),
        ("Lukket punkt", "closed"),
        ("Åben sag", "open"),
        ("(Lukket)", "closed"),
        ("Fortroligt", "closed"),
        ("Ikke offentlig", "closed"),
        ("Lukket dagsorden følger", None),
    ],
)
def test_access_lines(text: str, access: str | None) -> None:
    assert access_line(text) == access


def test_group_headings_and_bare_case_numbers() -> None:
    assert group_access("Lukkede dagsordenspunkter") == (True, "closed")
    assert group_access("Indholdsfortegnelse åbent møde") == (True, "open")
    assert group_access("Sagen behandles for lukkede døre") == (False, None)
    for value in ("24-031107", "2019-123456", "00.01.00-A00-1-19", "EMN-2017-02193", "15/1234"):
        assert bare_case_number(value) == value
    assert bare_case_number("2026") is None


_CONTENTS_FROM_34 = """Referat
Teknik- og Miljøudvalget
Mødedato: 12-02-2024

Pkt. Tekst
34 Godkendelse af dagsorden
35 Tillægsbevilling til naturpark
36 Renovering af svømmehal
"""


def test_a_contents_list_numbered_from_34_gives_its_items() -> None:
    doc = dp.parse_text(_CONTENTS_FROM_34)
    assert [(i.number, i.title) for i in doc.items] == [
        ("34", "Godkendelse af dagsorden"),
        ("35", "Tillægsbevilling til naturpark"),
        ("36", "Renovering af svømmehal"),
    ]


_MINUTES = """Referat
Økonomiudvalget

Indholdsfortegnelse
1. Godkendelse af dagsorden ....... 1
2. Udbud af rengøring ....... 2
3. Budget 2027 ....... 3

1. Godkendelse af dagsorden
Åbent punkt
Sagsprocedure
Dagsordenen godkendes.
2. Udbud af rengøring
Sagsnr.: 24-031107
Åbent punkt
Sagsprocedure
Udgiften fordeler sig således:
2026 stigende til 12,4 mio. kr.
2027 og frem 13,1 mio. kr.
Forvaltningen foreslår:
1. at udbuddet gennemføres
2. at kontrakten tildeles
Beslutning
Godkendt.
3. Budget 2027
Sagsnr.: 24-031108
Lukket punkt
Beslutning
Godkendt.
"""


def test_years_amounts_and_lists_in_the_body_are_no_items() -> None:
    assert _items(_MINUTES) == [
        ("1", "Godkendelse af dagsorden", "open", None),
        ("2", "Udbud af rengøring", "open", "24-031107"),
        ("3", "Budget 2027", "closed", "24-031108"),
    ]
    assert _items(_MINUTES, profile="generic") == _items(_MINUTES)


def test_a_bare_case_number_under_a_punkt_heading() -> None:
    text = "Dagsorden\n\nPunkt 4: Vejbelysning\n25-004412\nSagsfremstilling\nTekst.\n"
    assert _items(text) == [("4", "Vejbelysning", None, "25-004412")]


def test_closed_items_numbered_from_one_again_below_their_group_heading() -> None:
    text = """Dagsorden til kommunalbestyrelsen
Åbne dagsordenspunkter
1. Lovligt forfald
2. Budgetopfølgning
3. Anlægsregnskab
Lukkede dagsordenspunkter
1. Lukket punkt: Salg af grund
2. Lukket punkt: Køb af hus
"""
    assert _items(text) == [
        ("1", "Lovligt forfald", "open", None),
        ("2", "Budgetopfølgning", "open", None),
        ("3", "Anlægsregnskab", "open", None),
        ("1", "Salg af grund", "closed", None),
        ("2", "Køb af hus", "closed", None),
    ]


def test_items_without_number_or_title_are_told_apart_by_their_sections() -> None:
    text = """Referat • 12. marts 2025 kl. 15.30
Beslutningstema
Første sag.
Indstilling
Godkendes.
Beslutning i Udvalget den 12-03-2025
Godkendt.
Beslutningstema
Anden sag.
Indstilling
Tages til efterretning.
Beslutning i Udvalget den 12-03-2025
Taget til efterretning.
"""
    doc = dp.parse_text(text)
    assert [(i.number, i.title) for i in doc.items] == [(None, ""), (None, "")]
    assert [s.heading for s in doc.items[1].sections] == [
        "Beslutningstema",
        "Indstilling",
        "Beslutning i Udvalget den 12-03-2025",
    ]


def test_a_numbered_list_in_an_attachment_is_no_agenda() -> None:
    text = """Kære udvalg
Jeg har følgende spørgsmål:
1. Hvad koster projektet, og hvem betaler?
2. Hvornår begynder arbejdet ved havnen?
3. Hvem har besluttet placeringen?
Med venlig hilsen
"""
    doc = dp.parse_text(text)
    assert doc.items == ()


def test_run_together_transcript_lines_are_cut_where_the_item_numbers_run() -> None:
    run = (
        "TIL BYRÅDETS AFGØRELSE 562. Fjernvarme - garanti Sagsnr 1 Fjernvarmen søger om en "
        "garanti for et lån på 40 mio. kr. til udbygning. Økonomiudvalget indstiller at "
        "garantien gives. 563. Salg af grund Sagsnr 2 En køber har budt på grunden ved skolen. "
        "Økonomiudvalget indstiller at grunden sælges. 564. Eventuelt Intet."
    )
    texts = [line.text for line in split_runs([Line(run)])]
    openers = [t for t in texts if t[:3] in ("562", "563", "564")]
    assert [t.split()[0] for t in openers] == ["562.", "563.", "564."]
    assert openers[1].startswith("563. Salg af grund")
    assert all("563." not in t for t in texts if t.startswith("562."))


def test_a_pdf_in_one_font_and_size_gives_its_items(tmp_path: Path) -> None:
    canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "en-skrift.pdf"
    canvas = canvas_module.Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    rows = [
        "Dagsorden",
        "Kultur- og Fritidsudvalget",
        "1. Godkendelse af dagsorden",
        "Sagsnr.: 24-000101",
        "Beslutning",
        "Godkendt.",
        "2. Tilskud til foreningerne",
        "Sagsnr.: 24-000102",
        "Sagsfremstilling",
        "Der er søgt om tilskud.",
        "Beslutning",
        "Godkendt.",
    ]
    for n, row in enumerate(rows):
        canvas.drawString(72, 780 - 14 * n, row)
    canvas.save()
    doc = dp.parse(path)
    assert [(i.number, i.title, i.case_id) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "24-000101"),
        ("2", "Tilskud til foreningerne", "24-000102"),
    ]


#: Every Danish municipality and region: a rule module naming one is tuned to it.
_NAMES = (
    "Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør "
    "Egedal Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn "
    "Frederikssund Furesø Faaborg Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund "
    "Haderslev Halsnæs Hedensted Helsingør Herlev Herning Hillerød Hjørring Holbæk "
    "Holstebro Horsens Hvidovre Høje-Taastrup Hørsholm Ikast Ishøj Jammerbugt Kalundborg "
    "Kerteminde Kolding København Køge Langeland Lejre Lemvig Lolland Lyngby Læsø "
    "Mariagerfjord Middelfart Morsø Norddjurs Nordfyns Nyborg Næstved Odder Odense "
    "Odsherred Randers Rebild Ringkøbing Ringsted Roskilde Rudersdal Rødovre Samsø "
    "Silkeborg Skanderborg Skive Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs "
    "Sønderborg Thisted Tønder Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerland Viborg "
    "Vordingborg Ærø Aabenraa Aalborg Aarhus Hovedstaden Sjælland Syddanmark Midtjylland "
    "Nordjylland "
)
AUTHORITIES = tuple(_NAMES.split())


def test_the_rules_name_no_municipality() -> None:
    package = Path(dp.__file__).parent
    modules = [*sorted((package / "structure").glob("*.py")), package / "vocabulary.py"]
    for module in modules:
        text = module.read_text(encoding="utf-8")
        named = [name for name in AUTHORITIES if name in text]
        assert not named, f"{module.name} names {named}"


def test_a_title_printed_above_its_number() -> None:
    text = """Referat
Kommunalbestyrelsen

Spørgetid
Sag nr. 41 (ØU 58/2010)
Sagens kerne
Borgerne kan stille spørgsmål.
Beslutning
Taget til efterretning.
Lokalplan for boliger ved Mosen
Sag nr. 42 (ØU 59/2010)
Sagens kerne
Planen vedtages endeligt.
Beslutning
Godkendt.
"""
    assert [(n, t) for n, t, _, _ in _items(text, profile="generic")] == [
        ("41", "Spørgetid"),
        ("42", "Lokalplan for boliger ved Mosen"),
    ]


def test_every_item_numbered_one_and_a_label_of_the_documents_own() -> None:
    text = """Referat fra Seniorrådets møde den 3. marts 2016

 1. Godkendelse af referatet

Referat: Godkendt

 1. Orientering fra formanden

Referat:

Formanden fortalte om årsmødet.

 1. Høringssvar om stier

Referat:

Rådet svarer kort.
"""
    assert [(n, t) for n, t, _, _ in _items(text, profile="generic")] == [
        ("1", "Godkendelse af referatet"),
        ("1", "Orientering fra formanden"),
        ("1", "Høringssvar om stier"),
    ]


def test_a_bullet_holding_only_the_number_and_the_title_below() -> None:
    text = """Udvalg: Referat af mødet 2. juni 2016

  • 14.

    Beslutningssag: Godkendelse af dagsorden

    INDSTILLING:

    Det indstilles, at dagsordenen godkendes.

    BESLUTNING I UDVALGET den 02-06-2016

    Godkendt

  • 15.

    Orienteringssag: Status på vejprojekter

    INDSTILLING:

    Det indstilles, at orienteringen tages til efterretning.

    BESLUTNING I UDVALGET den 02-06-2016

    Taget til efterretning.
"""
    assert number_alone("• 14.") == ("14", "alone:")
    assert [(n, t) for n, t, _, _ in _items(text, profile="generic")] == [
        ("14", "Beslutningssag: Godkendelse af dagsorden"),
        ("15", "Orienteringssag: Status på vejprojekter"),
    ]


def test_a_presenter_in_brackets_after_the_number_and_the_title_below() -> None:
    text = """Skolebestyrelsesmøde den 4. maj

Pkt. 1

Godkendelse af dagsorden

Godkendt.

Pkt. 2 (Ida)

Elevrådet har ordet

Elevrådet ønsker flere bænke.

Pkt. 3

Eventuelt

Intet.
"""
    assert [(n, t) for n, t, _, _ in _items(text, profile="generic")] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Elevrådet har ordet"),
        ("3", "Eventuelt"),
    ]


def test_a_double_running_number_alone_above_its_title() -> None:
    # `49 /1`: the running number of the year, then the item's place in the meeting
    assert number_alone("49 /1") == ("49", "alone:")
    assert heading_form("49 /1") is None
    text = """Indholdsfortegnelse

Åben sag:

49 /1

Spørgetid

Åben sag:

50 /2

Lokalplan nr. 151: Boliger ved Åen

Åben sag:

51 /3

Takster for 2005
"""
    assert [(n, t) for n, t, _, _ in _items(text, profile="generic")] == [
        ("49", "Spørgetid"),
        ("50", "Lokalplan nr. 151: Boliger ved Åen"),
        ("51", "Takster for 2005"),
    ]
