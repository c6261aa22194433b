"""The Acadre profile and the old-transcript (legacy) profile, on invented documents."""

from __future__ import annotations

import dagsorden_parser as dp
from dagsorden_parser.clean.transcript import split_numbered_run
from dagsorden_parser.profiles import ACADRE, LEGACY, choose_profile
from dagsorden_parser.profiles.acadre import prepare as acadre_prepare
from dagsorden_parser.read.lines import Line

_ACADRE_TRANSCRIPT = (
    "Naturudvalget. Onsdag kl. 9:00 Mødelokale 3. Referat\n\n"
    "Størrelse: px\nStarte visningen fra side:\n\n"
    'Download "Naturudvalget. Onsdag 12.03.2009 kl. 9:00 Mødelokale 3. Referat"\n\n'
    "Transkript\n\n"
    "1 Naturudvalget Referat fra ordinært møde Onsdag kl. 9:00 Følgende sager behandles "
    "på mødet Ny sti ved søen 2 Tilskud 2009: Pulje 1 5 Bilagsoversigt 9\n\n"
    "2 Naturudvalget Punkt: 41 Acadre sagsnr.: 09/1122 Journalnr.: Sagsforløb: NU - Åben "
    "sag Mødedato: Sagsansvarlig enhed: Rådhuset Sagsbehandler: Bo Holm Ny sti ved søen "
    "Resume Stien skal gå rundt om søen.\n"
)


def test_acadre_transcript_items_from_block_and_contents() -> None:
    doc = dp.parse_text(_ACADRE_TRANSCRIPT)
    assert doc.quality is not None and doc.quality.profile == "acadre"
    first = doc.items[0]
    assert (first.number, first.title, first.case_id, first.access) == (
        "41",
        "Ny sti ved søen",
        "09/1122",
        "open",
    )
    assert [s.heading for s in first.sections] == ["Resume"]
    assert [(i.number, i.title) for i in doc.items[1:]] == [("42", "Tilskud 2009: Pulje 1")]


def _pdf_line(text: str, page: int, top: float, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, page=page, top=top, bottom=top + size, size=size, bold=bold)


def test_acadre_cover_is_put_together() -> None:
    lines = [
        _pdf_line("Referat", 1, 100, 36, True),
        _pdf_line("Udvalget for natur og vand", 1, 150, 24),
        _pdf_line("Tirsdag den 3. marts 2015", 1, 200, 16),
        _pdf_line("Kl. 14:00", 1, 220, 16),
        _pdf_line("Naturskolen", 1, 240, 16),
        _pdf_line("Skovvej 12", 1, 260, 16),
        _pdf_line("8000 Aarhus C", 1, 280, 16),
        _pdf_line("Medlemmer", 1, 300, 16, True),
        _pdf_line("Anna Berg (A) Peter Lund (V)", 1, 320),
        _pdf_line("Ib Sø (F)", 1, 335),
        _pdf_line("Tidsplan:", 2, 100, bold=True),
    ]
    texts = [line.text for line in acadre_prepare(lines)]
    assert texts[0] == "Referat Udvalget for natur og vand"
    assert "Naturskolen, Skovvej 12, 8000 Aarhus C" in texts
    assert texts[texts.index("Medlemmer") + 1 :][:3] == [
        "Anna Berg (A)",
        "Ib Sø (F)",
        "Peter Lund (V)",
    ]
    assert not acadre_prepare(lines)[-1].bold


def test_acadre_detector_needs_its_labels() -> None:
    assert ACADRE.detect(["Sagsnr.: 12/100", "Sagen afgøres i: Byrådet", "Punkt nr. Side"]) >= 0.5
    assert ACADRE.detect(["1. Godkendelse af dagsorden", "Sagsnr.: 12/100"]) < 0.5


def test_numbered_run_is_cut_at_numbers_and_title_starts() -> None:
    run = (
        "1 Godkendelse af dagsorden 3 2 Salg af grund Godkendelse af vejnavne 7 "
        "4 Orientering om vandløb"
    )
    assert split_numbered_run(run) == [
        (1, "Godkendelse af dagsorden"),
        (2, "Salg af grund"),
        (3, "Godkendelse af vejnavne"),
        (4, "Orientering om vandløb"),
    ]


_LEGACY_TRANSCRIPT = """Byrådet. Referat

Størrelse: px
Starte visningen fra side:

Download "Byrådet. Referat"

Transkript

1 Referat Byrådet Mødedato: 4. maj 2011

2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Godkendelse af \
dagsorden 3 2 Køb af traktor 4 3 Orientering om vejarbejde 6
"""


def test_legacy_transcript_contents_with_group_access() -> None:
    assert choose_profile(["Transkript", "Starte visningen fra side:", "Pkt. Tekst Side"]) is LEGACY
    doc = dp.parse_text(_LEGACY_TRANSCRIPT)
    assert doc.quality is not None and doc.quality.profile == "legacy"
    assert [(i.number, i.title, i.access) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "open"),
        ("2", "Køb af traktor", "open"),
        ("3", "Orientering om vejarbejde", "open"),
    ]
