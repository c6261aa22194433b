"""The SBSYS profile, on invented documents in SBSYS's layouts (names, titles and case
numbers are made up)."""

from __future__ import annotations

from dagsorden_parser import parse_text
from dagsorden_parser.profiles import SBSYS, choose_profile
from dagsorden_parser.profiles.sbsys import access, case_id, group, numbered_title, prepare
from dagsorden_parser.read.lines import Line

ODENSE_STYLE = """Referat
til
mødet i Fritidsudvalget
den 3. maj 2018 kl. 16:00
i Mødelokale Syd

A. Sager til afgørelse i byrådet
1 Ny svømmehal i Vestby
2 Takster for idrætsanlæg 2019
B. Sager til afgørelse i udvalget
3 Tilskud til foreninger
C. Orientering
4 Status på bibliotekerne

A. Sager til afgørelse i byrådet

1. Ny svømmehal i Vestby
A. Sager til afgørelse i byrådet
Åbent - 00.01.00-G01-12-18
RESUMÉ

Forvaltningen foreslår en ny svømmehal.

BESLUTNING

Anbefalet.

SAGSFREMSTILLING

EFFEKT

Sagen bidrager til målet om flere aktive borgere.

2. Takster for idrætsanlæg 2019
A. Sager til afgørelse i byrådet
Lukket - 00.02.00-P20-7-18
RESUMÉ

Taksterne reguleres.
"""

MARIAGERFJORD_STYLE = """Sbsys dagsorden preview

Referat til mødet i Udvalget for Natur den 9. juni 2020 kl. 14:00 i Byrådssalen

Åbne dagsordenspunkter

12.34.56-A00-3-20

7. Godkendelse af dagsorden

Forventet sagsgang

NU

Beslutning

Godkendt.

01.02.03-P19-44-19

8. Ny sti langs åen

Anledning

Borgere har ønsket en sti.
"""

HERNING_STYLE = """Dagsordener og referater

Udvalg: Plan- og Vejudvalget
Mødedato: 14. februar 2019
Mødested: Lokale 2.10

Dagsordenpunkter

Sagsnr.: 05.01.00-G01-9-19 Sagsbehandler: Anne Andersen

Orientering om vinterberedskabet

Sagsresume

Vejafdelingen orienterer om saltning.

Beslutning

Taget til orientering.
"""

REGION_STYLE = """Referat
til
mødet i Miljøudvalget
den 2. april 2020 kl. 10:00
i Lokale A, Regionshuset

Alle medlemmer var mødt undtagen Bo Hansen og Eva Lund, der havde meldt afbud.

Kim Berg deltog via video.

Mødet blev hævet kl. 11.30.

Sagnr.: 1-30-72-9-20

1. Grundvandsindsats 2020

Resume

Administrationen orienterer.
"""


def _doc(text: str):
    return parse_text(text, name="invented.txt")


def test_rules_read_sbsys_lines() -> None:
    assert case_id("Åbent - 00.01.00-G01-12-18") == "00.01.00-G01-12-18"
    assert access("Åbent - 00.01.00-G01-12-18") == "open"
    assert access("Sagsnr.: 330-2019-1   Dok.nr.: 330-2019-2   Lukket") == "closed"
    assert group("A. Sager til afgørelse i byrådet") is not None
    lukket = group("Lukkede dagsordenspunkter")
    assert lukket is not None and lukket.access == "closed"
    assert group("A. Jensen har spurgt") is None
    sub = numbered_title("1.2 Status på projektet")
    assert sub is not None and sub.number == "1.2" and sub.rule == "sbsys_sub"
    assert numbered_title("1. at forslaget godkendes") is None


def test_grouped_contents_and_case_lines() -> None:
    doc = _doc(ODENSE_STYLE)
    assert doc.quality.profile == "sbsys"
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Ny svømmehal i Vestby"),
        ("2", "Takster for idrætsanlæg 2019"),
        ("3", "Tilskud til foreninger"),
        ("4", "Status på bibliotekerne"),
    ]
    first, second = doc.items[:2]
    assert (first.access, first.case_id) == ("open", "00.01.00-G01-12-18")
    assert (second.access, second.case_id) == ("closed", "00.02.00-P20-7-18")
    assert [s.heading for s in first.sections] == [
        "RESUMÉ",
        "BESLUTNING",
        "SAGSFREMSTILLING",
        "EFFEKT",
    ]
    assert doc.committee == "Fritidsudvalget"
    assert doc.location == "Mødelokale Syd"
    assert doc.kind == "minutes"


def test_case_number_above_heading_and_group_access() -> None:
    doc = _doc(MARIAGERFJORD_STYLE)
    assert doc.quality.profile == "sbsys"
    assert doc.kind == "minutes"
    assert doc.location == "Byrådssalen"
    assert [(i.number, i.case_id, i.access) for i in doc.items] == [
        ("7", "12.34.56-A00-3-20", "open"),
        ("8", "01.02.03-P19-44-19", "open"),
    ]
    assert [s.heading for s in doc.items[0].sections] == ["Forventet sagsgang", "Beslutning"]


def test_unnumbered_item_below_case_officer_line() -> None:
    doc = _doc(HERNING_STYLE)
    assert doc.quality.profile == "sbsys"
    assert [(i.number, i.title, i.case_id) for i in doc.items] == [
        (None, "Orientering om vinterberedskabet", "05.01.00-G01-9-19")
    ]
    assert doc.committee == "Plan- og Vejudvalget"
    assert doc.kind == "minutes"


def test_attendance_in_prose() -> None:
    doc = _doc(REGION_STYLE)
    assert doc.quality.profile == "sbsys"
    assert doc.absent is not None
    assert [p.printed for p in doc.absent] == ["Bo Hansen", "Eva Lund"]
    assert doc.location == "Lokale A, Regionshuset"
    assert doc.items[0].case_id == "1-30-72-9-20"
    assert doc.end is not None


def test_prepare_moves_case_line_and_splits_labels() -> None:
    lines = [Line("12.34.56-A00-3-20"), Line("7. Titel"), Line("Referat: Aftalt at fortsætte.")]
    assert [line.text for line in prepare(lines)] == [
        "7. Titel",
        "12.34.56-A00-3-20",
        "Referat:",
        "Aftalt at fortsætte.",
    ]


def test_plain_sub_items_in_a_pdf() -> None:
    def line(text: str, top: float, bold: bool = False) -> Line:
        return Line(text, page=1, top=top, bottom=top + 11, size=11.0, bold=bold)

    from dagsorden_parser.facts.build import build
    from dagsorden_parser.models import Source
    from dagsorden_parser.structure.layout import Typography
    from dagsorden_parser.structure.outline import outline

    lines = [
        line("Referat", 10, bold=True),
        line("Projektgruppen", 30, bold=True),
        line("Dato: 4. marts 2019", 60),
        line("1 Drift", 100, bold=True),
        line("1.1 Status siden sidst", 120),
        line("Oplæg:", 140),
        line("Alt kører.", 160),
        line("Referat: Taget til efterretning.", 190),
        line("2 Eventuelt", 230, bold=True),
        line("Oplæg:", 250),
        line("Referat:", 280),
    ]
    prepared = SBSYS.prepare(lines)
    doc = build(
        outline(prepared, Typography.of(prepared, True), SBSYS),
        source=Source(path="x.pdf", sha256="0" * 64, format="pdf", pages=1),
        profile=SBSYS,
        parser_version="test",
    )
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Drift"),
        ("1.1", "Status siden sidst"),
        ("2", "Eventuelt"),
    ]
    assert [s.heading for s in doc.items[1].sections] == ["Oplæg:", "Referat:"]
    assert doc.committee == "Projektgruppen"


def test_detector_leaves_other_layouts_alone() -> None:
    first_agenda = ["1 (Åben) Godkendelse af dagsorden", "Sags ID: EMN-2019-01234"]
    acadre = ["715. Budget 2020", "Sagsnr.: 19/12345", "Sagen afgøres i: Byrådet"]
    assert SBSYS.detect(first_agenda) < 0.5
    assert SBSYS.detect(acadre) < 0.5
    assert choose_profile(ODENSE_STYLE.splitlines()).name == "sbsys"
