"""The generic inference reads what a publishing system's profile knows from the
document's own evidence: access words, dated decision headings, one-item pages.

All texts are invented, in the printed forms Danish agenda systems use.
"""

from __future__ import annotations

import datetime as dt

import pytest

import dagsorden_parser as dp
from dagsorden_parser.facts.header import committee_from_title
from dagsorden_parser.models import SectionKind
from dagsorden_parser.profiles import GENERIC
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.forms import group_access, heading_form, number_alone
from dagsorden_parser.structure.labels import recurring_headings, recurring_labels, split_labels
from dagsorden_parser.structure.layout import Typography
from dagsorden_parser.structure.marks import access_dash_case, case_line_access, case_lines_below
from dagsorden_parser.structure.outline import _section_heading, outline
from dagsorden_parser.structure.rules import ItemHeading
from dagsorden_parser.structure.single import single_item
from dagsorden_parser.vocabulary import section_kind


@pytest.mark.parametrize(
    ("text", "access"),
    [
        ("Til behandling - for åbne døre", "open"),
        ("Til efterretning - for lukkede døre", "closed"),
        ("For åbne døre:", "open"),
        ("Til orientering - for lukkede døre", "closed"),
    ],
)
def test_doors_head_a_group(text: str, access: str) -> None:
    assert group_access(text) == (True, access)


def test_doors_in_a_sentence_head_nothing() -> None:
    assert group_access("Mødet holdes for åbne døre i salen.") == (False, None)


def test_an_access_word_above_the_list_gives_the_items_their_access() -> None:
    text = "\n".join(
        [
            "Referat",
            "Indholdsfortegnelse",
            "Lukket",
            "1 Køb af grund ved havnen",
            "2 Salg af skolebygning",
            "1 Køb af grund ved havnen",
            "Sagsnr.: 24/1001",
            "Beslutning",
            "Godkendt.",
            "2 Salg af skolebygning",
            "Sagsnr.: 24/1002",
            "Beslutning",
            "Godkendt.",
        ]
    )
    doc = dp.parse_text(text, profile="generic")
    assert [(i.number, i.access) for i in doc.items] == [("1", "closed"), ("2", "closed")]


@pytest.mark.parametrize(
    "text",
    [
        "Beslutning Naturudvalget den 14-05-2024",
        "Naturudvalget, 14. maj 2024, pkt. 31",
        "Fritidsudvalget, 02-09-2023, pkt. 7:",
        "Skoleudvalgets møde 3. marts 2021 Punkt 4:",
    ],
)
def test_dated_decision_headings(text: str) -> None:
    assert section_kind(text) is SectionKind.DECISION


@pytest.mark.parametrize(
    "text",
    [
        "Beslutning Byrådet tog sidste år",
        "Naturudvalget, 2024, pkt. 31",
        "Skoleudvalgets møde blev holdt i marts",
    ],
)
def test_undated_lines_are_no_decision_heading(text: str) -> None:
    assert section_kind(text) is None


def _pdf_line(text: str, *, bold: bool = False, size: float = 10.0) -> Line:
    return Line(text=text, page=1, top=100.0, x0=50.0, x1=400.0, size=size, bold=bold)


def test_a_dated_decision_heading_stands_in_body_style() -> None:
    body = [_pdf_line(f"Tekst {n} om sagen og dens forløb i udvalget.") for n in range(20)]
    heading = _pdf_line("Miljøudvalgets beslutning den 12.03.2024 Punkt 4")
    typography = Typography.of([*body, _pdf_line("Titel", bold=True, size=14.0)], True)
    assert _section_heading(heading, typography, GENERIC) is SectionKind.DECISION
    plain = _pdf_line("Beslutning")  # undated, in body style: a word of the text
    assert _section_heading(plain, typography, GENERIC) is None


ONE_ITEM_PAGE = """Søg på siden
Mødedato: 03.05.2024, kl. 16:00
Mødested: Rådhuset, lokale 2
Ny belysning på stien langs åen
Se alle bilag
Forvaltningen har undersøgt, hvordan stien kan oplyses.
Indstilling
Forvaltningen indstiller, at belysningen godkendes.
Problemstilling
Stien er mørk om vinteren.
Beslutning
Godkendt.
"""


def test_a_page_of_one_item_takes_its_title_below_the_labels() -> None:
    doc = dp.parse_text(ONE_ITEM_PAGE, profile="generic")
    assert [(i.number, i.title) for i in doc.items] == [(None, "Ny belysning på stien langs åen")]
    assert [s.heading for s in doc.items[0].sections] == [
        "Indstilling",
        "Problemstilling",
        "Beslutning",
    ]


def test_a_case_label_above_the_title_opens_the_item() -> None:
    text = ONE_ITEM_PAGE.replace(
        "Mødested: Rådhuset, lokale 2\n",
        "Mødested: Rådhuset, lokale 2\nSagsnr.: 07.01.00-A00-3-24 Sagsbehandler: Ida Holm\n",
    )
    (item,) = dp.parse_text(text, profile="generic").items
    assert (item.title, item.case_id) == ("Ny belysning på stien langs åen", "07.01.00-A00-3-24")


def test_the_one_numbered_heading_of_a_page_is_its_item() -> None:
    text = ONE_ITEM_PAGE.replace(
        "Ny belysning på stien langs åen\n", "Punkter på mødet: Vis alle\n• 57.\nNy belysning\n"
    )
    (item,) = dp.parse_text(text, profile="generic").items
    assert (item.number, item.title) == ("57", "Ny belysning")


def test_no_labels_no_guessed_item() -> None:
    text = ONE_ITEM_PAGE.replace("Mødedato: 03.05.2024, kl. 16:00\n", "").replace(
        "Mødested: Rådhuset, lokale 2\n", ""
    )
    assert dp.parse_text(text, profile="generic").items == ()


@pytest.mark.parametrize(
    ("text", "access"),
    [
        ("Åbent - 02.11.00-G01-4-23", "open"),
        ("Lukket - 2023/041122", "closed"),
        ("Sagsnr.: 410-2023-77   Dok.nr.: 410-2023-9051   Åbent", "open"),
        ("Sagsnr. 551203 Teknikudvalget Lukket punkt", "closed"),
        ("Sagsnr.: 23/4410", None),
        ("Åbent hus i weekenden", None),
    ],
)
def test_the_access_a_case_line_states(text: str, access: str | None) -> None:
    assert case_line_access(text) == access


def test_access_dash_case_gives_the_case_id() -> None:
    assert access_dash_case("Åbent - 02.11.00-G01-4-23") == ("open", "02.11.00-G01-4-23")
    text = "\n".join(
        [
            "Referat",
            "1. Ny skolestruktur",
            "Lukket - 17.00.00-A00-2-23",
            "Indstilling",
            "At strukturen godkendes.",
        ]
    )
    (item,) = dp.parse_text(text, profile="generic").items
    assert (item.access, item.case_id) == ("closed", "17.00.00-A00-2-23")


ABOVE = [
    "Referat",
    "Sagsnr.: 5-11-2-24",
    "1. Godkendelse af dagsorden",
    "Indstilling",
    "At dagsordenen godkendes.",
    "Sagsfremstilling",
    "Dagsordenen er udsendt rettidigt.",
    "03.02.00-A00-9-24",
    "2. Trafikplan for bymidten",
    "Indstilling",
    "At planen godkendes.",
]


def test_case_lines_printed_above_the_headings_go_below_them() -> None:
    moved = [line.text for line in case_lines_below([Line(text=t) for t in ABOVE])]
    assert moved[1:3] == ["1. Godkendelse af dagsorden", "Sagsnr.: 5-11-2-24"]
    assert moved[7:9] == ["2. Trafikplan for bymidten", "03.02.00-A00-9-24"]
    assert sorted(moved) == sorted(ABOVE)
    doc = dp.parse_text("\n".join(ABOVE), profile="generic")
    assert [(i.number, i.case_id) for i in doc.items] == [
        ("1", "5-11-2-24"),
        ("2", "03.02.00-A00-9-24"),
    ]


def test_case_lines_below_the_headings_stay() -> None:
    below = [  # the last case line stands above the next heading, but below its own
        "1. Godkendelse af dagsorden",
        "Åben sag",
        "Sagsnr.: 5-11-2-24",
        "2. Trafikplan for bymidten",
        "Sagsnr.: 5-11-3-24",
        "Indstilling",
    ]
    lines = [Line(text=t) for t in below]
    assert case_lines_below(lines) == lines


INTERNAL = """Referat af driftsmøde
1.1 Status på servere
Oplæg:
Alle servere er opdateret.
Referat: Ingen bemærkninger til status.
Næste opdatering sker i maj.
1.2 Nye brugere
Oplæg:
Tre nye brugere er oprettet.
Referat: Taget til efterretning.
1.3 Eventuelt
Oplæg:
Intet.
Referat:
Intet at bemærke.
"""


def test_recurring_labels_are_the_documents_own_sections() -> None:
    lines = [Line(text=t) for t in INTERNAL.splitlines()]
    assert recurring_labels(lines) == {"oplæg", "referat"}
    split = [line.text for line in split_labels(lines)]
    assert split[4:6] == ["Referat:", "Ingen bemærkninger til status."]
    doc = dp.parse_text(INTERNAL, profile="generic")
    assert [(i.number, [s.heading for s in i.sections]) for i in doc.items] == [
        ("1.1", ["Oplæg:", "Referat:"]),
        ("1.2", ["Oplæg:", "Referat:"]),
        ("1.3", ["Oplæg:", "Referat:"]),
    ]


def test_a_label_never_alone_or_a_header_label_is_no_section() -> None:
    texts = ["Fraværende:", "Fraværende: Ida", "Fraværende: Bo", "Bemærkning: a", "Bemærkning: b"]
    texts += ["Bemærkning: c", "Sagsnr.:", "Sagsnr.: 24/1", "Sagsnr.: 24/2"]
    assert recurring_labels([Line(text=t) for t in texts]) == frozenset()


def test_known_sections_keep_a_recurring_label_in_the_text() -> None:
    text = INTERNAL.replace("Oplæg:\n", "Sagsfremstilling\nOplæg:\n")
    doc = dp.parse_text(text, profile="generic")
    assert [s.heading for s in doc.items[0].sections] == ["Sagsfremstilling"]


def test_a_closed_item_listed_by_its_access_alone() -> None:
    text = "\n".join(
        [
            "Dagsorden",
            "PUNKTER",
            "1. Godkendelse af dagsorden",
            "2. Lukket punkt",
            "1. Godkendelse af dagsorden",
            "Indstilling",
            "At dagsordenen godkendes.",
        ]
    )
    doc = dp.parse_text(text, profile="generic")
    assert [(i.number, i.title, i.access) for i in doc.items][-1] == ("2", "Lukket punkt", "closed")


SUBTITLED = """Referat
1. Ny cykelsti
Ny cykelsti
Forløb og type
Teknikudvalget, Byrådet
Indstilling
At stien anlægges.
Beslutning
Godkendt
2. Vinterberedskab
Vinterberedskab
Forløb og type
Teknikudvalget
Indstilling
At beredskabet godkendes.
Beslutning
Godkendt
"""


def test_a_short_line_heading_a_part_of_every_item_is_a_section() -> None:
    starts = [1, 9]
    lines = [Line(text=t) for t in SUBTITLED.splitlines()]
    assert recurring_headings(lines, starts) == {"forløb og type"}  # never `Godkendt`
    doc = dp.parse_text(SUBTITLED, profile="generic")
    assert [[s.heading for s in i.sections] for i in doc.items] == [
        ["Forløb og type", "Indstilling", "Beslutning"],
        ["Forløb og type", "Indstilling", "Beslutning"],
    ]


def test_a_line_in_capitals_heads_a_section_in_plain_text() -> None:
    text = SUBTITLED.replace("Forløb og type", "SAGENS FORLØB OG TYPE")
    doc = dp.parse_text(text, profile="generic")
    assert doc.items[0].sections[0].heading == "SAGENS FORLØB OG TYPE"
    two = dp.parse_text(text.replace("SAGENS FORLØB OG TYPE", "SAGENS FORLØB"), profile="generic")
    assert two.items[0].sections[0].heading == "Indstilling"  # two words: a name, an acronym


def test_a_folded_heading_opens_the_item_at_its_case_line() -> None:
    text = "\n".join(
        [
            "Mødedato: 04-03-2024",
            "Sted: | Rådhuset |",
            "Sagsnr.: 24/5521",
            "Sagen behandles i",
            "Byrådet",
            "Forslag",
            "At forslaget vedtages.",
            "Beslutning Økonomiudvalget den 26-02-2024",
            "Anbefales.",
            "Beslutning Byrådet den 04-03-2024",
            "Vedtaget.",
        ]
    )
    (item,) = dp.parse_text(text, profile="generic").items
    assert (item.title, item.case_id) == ("", "24/5521")
    assert [s.heading for s in item.sections] == [
        "Sagen behandles i",
        "Forslag",
        "Beslutning Økonomiudvalget den 26-02-2024",
        "Beslutning Byrådet den 04-03-2024",
    ]


def test_punkt_colon_number_is_an_item_form() -> None:
    assert heading_form("Punkt: 18 Ny busplan") == ItemHeading(
        "18", "Ny busplan", None, "label:punkt"
    )
    assert number_alone("Punkt: 18") == ("18", "alone:punkt")
    assert heading_form("Sagnr.: 1-21-78-2-18") is None  # a case line, no item


def test_a_section_with_no_label_above_gives_no_single_item() -> None:
    lines = [Line(text="Dagsorden"), Line(text="Indstilling"), Line(text="At planen vedtages.")]
    assert single_item(lines) is None
    assert single_item([Line(text="Indstilling")]) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Økonomi og organisatoriske konsekvenser", SectionKind.OTHER),
        ("Tidsplan og videre forløb", SectionKind.PROCESS),
        ("Supplerende sagsfremstilling", SectionKind.CASE_DESCRIPTION),
        ("Retsregler og andre forskrifter", SectionKind.LEGAL_BASIS),
        ("Godkendt og vedtaget", None),
        ("Supplerende oplysninger fra borgerne", None),
    ],
)
def test_compound_section_headings(text: str, kind: SectionKind | None) -> None:
    assert section_kind(text) is kind


def test_a_bold_label_with_a_colon_is_text_where_headings_take_none() -> None:
    def bold(text: str, top: float) -> Line:
        return Line(text=text, page=1, top=top, x0=50, x1=300, size=10.0, bold=True)

    def body(text: str, top: float) -> Line:
        return Line(text=text, page=1, top=top, x0=50, x1=500, size=10.0)

    rows = [("1. Ny skolestruktur", True)]
    for word in ("Resumé", "Sagsfremstilling", "Tidsplan:", "Økonomi", "Indstilling"):
        rows += [(word, True), (f"Tekst om {word.lower()} i sagen og dens videre forløb.", False)]
    rows += [("Beslutning", True), ("Godkendt.", False), ("Bilag", True), ("Kort.", False)]
    lines = [bold(t, 20.0 * n) if b else body(t, 20.0 * n) for n, (t, b) in enumerate(rows)]
    typography = Typography.of(
        [*lines, *(body("Fyld i teksten.", 900.0 + n) for n in range(40))], True
    )
    (item,) = outline(lines, typography, GENERIC).items
    assert [s.heading.text for s in item.sections] == [
        "Resumé",
        "Sagsfremstilling",
        "Økonomi",
        "Indstilling",
        "Beslutning",
        "Bilag",
    ]


def test_a_wrapped_title_line_is_no_compound_heading() -> None:
    assert section_kind("høring og borgermøder i lokalområderne") is None
    assert section_kind("Økonomi og personale og meget mere end det") is None


def test_access_words_alone_open_folded_items() -> None:
    text = "\n".join(
        [
            "Byrådets møde mandag den 4. marts 2024, kl. 16.00",
            "Åben",
            "Indstilling",
            "At planen vedtages.",
            "Bilag",
            "Kort over området",
            "Lukket",
            "Indstilling",
            "At ejendommen købes.",
            "Bilag",
            "Vurdering fra mægler",
        ]
    )
    doc = dp.parse_text(text, profile="generic")
    assert [(i.access, [s.heading for s in i.sections]) for i in doc.items] == [
        ("open", ["Indstilling", "Bilag"]),
        ("closed", ["Indstilling", "Bilag"]),
    ]


def test_the_meeting_line_names_body_day_and_place() -> None:
    text = "\n".join(
        [
            "Skoleudvalgets møde tirsdag den 5. marts 2024, kl. 15.00 i Mødelokale 2",
            "1. Ny skolestruktur",
            "Sagsnr.: 24/100",
            "Indstilling",
            "At strukturen vedtages.",
        ]
    )
    doc = dp.parse_text(text, profile="generic")
    assert (doc.committee, doc.location) == ("Skoleudvalget", "Mødelokale 2")
    assert doc.start == dt.datetime(2024, 3, 5, 15, 0)


def test_the_latest_decision_names_the_meeting() -> None:
    text = "\n".join(
        [
            "Referat",
            "1. Ny skolestruktur",
            "Sagsnr.: 24/100",
            "Indstilling",
            "At strukturen vedtages.",
            "Beslutning Økonomiudvalget den 26-02-2024",
            "Anbefales.",
            "Beslutning Byrådet den 04-03-2024",
            "Vedtaget.",
        ]
    )
    doc = dp.parse_text(text, profile="generic")
    assert (doc.committee, doc.start) == ("Byrådet", dt.date(2024, 3, 4))


def test_a_committee_label() -> None:
    text = "Udvalg: Kultur- og Fritidsudvalget\n1. Nye takster\nSagsnr.: 24/7\nIndstilling\nOk."
    assert dp.parse_text(text, profile="generic").committee == "Kultur- og Fritidsudvalget"


def test_the_absent_members_printed_in_a_decision() -> None:
    text = "\n".join(
        [
            "Referat",
            "1. Ny skolestruktur",
            "Sagsnr.: 24/100",
            "Beslutning",
            "Vedtaget.",
            "Fraværende: Ida Holm (A)",
        ]
    )
    doc = dp.parse_text(text, profile="generic")
    assert [p.printed for p in doc.absent or ()] == ["Ida Holm (A)"]


def test_the_edition_line_is_no_committee() -> None:
    assert committee_from_title(["Referat", "Åbent referat"]) is None
    assert committee_from_title(["Referat", "Miljøudvalget"]) == "Miljøudvalget"
