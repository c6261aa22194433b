"""Tests for `structure.outline` on `Line` fixtures, with and without typography."""

from __future__ import annotations

from conftest import BIG, BODY, GAP, make_lines, outline_of, plain_lines
from dagsorden_parser.models import SectionKind
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.outline import Outline

K = SectionKind


def _texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def _assert_lossless(outline: Outline, lines: tuple[Line, ...]) -> None:
    assert outline.lines() == lines


# A typeset agenda: bold headings, plain contents and body text.
AGENDA = make_lines(
    [
        ("Dagsorden til møde i Børne- og Skoleudvalget", True, BIG, 1),
        ("Mødetidspunkt 14-03-2019 18:30", True, BODY),
        ("Mødeafholdelse Mødelokale 3", True, BODY),
        GAP,
        ("Indholdsfortegnelse", True, BIG),
        ("Børne- og Skoleudvalget", False, BODY),
        ("14-03-2019 18:30", False, BODY),
        ("1 (Åben) Godkendelse af dagsorden ........ 2", False, BODY),
        ("2 (Åben) Ny skolestruktur i den nordlige del af kommunen ........ 2", False, BODY),
        ("3 (Lukket) Personalesag ........ 3", False, BODY),
        ("1 (Åben) Godkendelse af dagsorden", True, BODY, 2),
        ("Sags ID: EMN-2019-00111", False, BODY),
        GAP,
        ("Resumé", True, BODY),
        ("Dagsordenen fremlægges til godkendelse.", False, BODY),
        GAP,
        ("Indstilling", True, BODY),
        ("Forvaltningen indstiller, at dagsordenen godkendes.", False, BODY),
        GAP,
        ("2 (Åben) Ny skolestruktur i den nordlige del", True, BODY),
        ("af kommunen", True, BODY),
        GAP,
        ("Sagsnr.: 19/2345", False, BODY),
        GAP,
        ("Baggrund", True, BODY),
        ("Programmet for borgermødet er:", False, BODY),
        ("1 (Åben) Velkomst ved formanden", False, BODY),
        ("1. Velkomst", False, BODY),
        ("2. Oplæg fra skolechefen", False, BODY),
        ("Resumé", False, BODY),
        ("Bilag", False, BODY),
        GAP,
        ("Særlige hensyn", True, BIG),
        ("Skolebestyrelserne er hørt.", False, BODY),
        GAP,
        ("Bilag", True, BODY),
        ("1. Kort over skoledistrikter (1804694 - EMN-2019-00112)", False, BODY),
        ("3 (Lukket) Personalesag", True, BODY, 3),
        ("Sags ID: EMN-2019-00113", False, BODY),
        GAP,
        ("Bilag", True, BODY),
        ("Ingen", False, BODY),
    ]
)


def test_typeset_agenda_parts() -> None:
    out = outline_of(AGENDA)
    _assert_lossless(out, AGENDA)
    assert _texts(out.header) == [
        "Dagsorden til møde i Børne- og Skoleudvalget",
        "Mødetidspunkt 14-03-2019 18:30",
        "Mødeafholdelse Mødelokale 3",
    ]
    assert out.contents[0].text == "Indholdsfortegnelse"
    assert out.contents[-1].text == "3 (Lukket) Personalesag ........ 3"
    assert [(i.heading.number, i.heading.access) for i in out.items] == [
        ("1", "open"),
        ("2", "open"),
        ("3", "closed"),
    ]
    assert [i.heading_lines[0].page for i in out.items] == [2, 2, 3]


def test_wrapped_bold_title_is_part_of_the_heading() -> None:
    item = outline_of(AGENDA).items[1]
    assert _texts(item.heading_lines) == [
        "2 (Åben) Ny skolestruktur i den nordlige del",
        "af kommunen",
    ]
    assert _texts(item.preamble) == ["Sagsnr.: 19/2345"]


def test_sections_need_bold_or_larger_type() -> None:
    item = outline_of(AGENDA).items[1]
    assert [(s.heading.text, s.kind) for s in item.sections] == [
        ("Baggrund", K.BACKGROUND),
        ("Særlige hensyn", K.OTHER),
        ("Bilag", K.ATTACHMENTS),
    ]
    background = item.sections[0]
    # plain `Resumé` and `Bilag` lines, and numbered programme lines, are body text
    assert _texts(background.body) == [
        "Programmet for borgermødet er:",
        "1 (Åben) Velkomst ved formanden",
        "1. Velkomst",
        "2. Oplæg fra skolechefen",
        "Resumé",
        "Bilag",
    ]


def test_first_item_sections() -> None:
    item = outline_of(AGENDA).items[0]
    assert _texts(item.preamble) == ["Sags ID: EMN-2019-00111"]
    assert [(s.heading.text, s.kind, _texts(s.body)) for s in item.sections] == [
        ("Resumé", K.SUMMARY, ["Dagsordenen fremlægges til godkendelse."]),
        ("Indstilling", K.RECOMMENDATION, ["Forvaltningen indstiller, at dagsordenen godkendes."]),
    ]


def test_larger_plain_line_in_unknown_words_is_body_text() -> None:
    lines = make_lines(
        [
            ("1 (Åben) Trafikplan", True, BIG),
            GAP,
            ("Et citat sat med stor skrift", False, BIG),
            ("Almindelig tekst om trafik.", False, BODY),
            ("Almindelig tekst om cykler og fodgængere i midtbyen.", False, BODY),
        ]
    )
    out = outline_of(lines)
    _assert_lossless(out, lines)
    [item] = out.items
    assert item.sections == ()
    assert len(item.preamble) == 3


def test_contents_ends_when_numbering_restarts_without_styles() -> None:
    lines = plain_lines(
        "Dagsorden til møde i Miljøudvalget",
        "Indholdsfortegnelse",
        "1 (Åben) Godkendelse af dagsorden 3",
        "2 (Åben) Vandplan 4",
        "1 (Åben) Godkendelse af dagsorden",
        "Resumé",
        "Dagsordenen godkendes.",
        "2 (Åben) Vandplan",
        "Baggrund",
        "Planen er i høring.",
    )
    out = outline_of(lines, typography=False)
    _assert_lossless(out, lines)
    assert _texts(out.header) == ["Dagsorden til møde i Miljøudvalget"]
    assert _texts(out.contents) == _texts(lines[1:4])
    assert [_texts(item.heading_lines) for item in out.items] == [
        ["1 (Åben) Godkendelse af dagsorden"],
        ["2 (Åben) Vandplan"],
    ]
    assert [s.kind for s in out.items[1].sections] == [K.BACKGROUND]


def test_contents_ends_at_a_styled_heading_without_page_number() -> None:
    # contents that start at item 4 (numbers run over the term) and a body that
    # starts at item 5: no restart, but the bold heading without page number ends it
    lines = make_lines(
        [
            ("Indholdsfortegnelse", True, BIG),
            ("4 (Åben) Godkendelse af dagsorden 2", False, BODY),
            ("5 (Åben) Vejplan 2", False, BODY),
            ("5 (Åben) Vejplan", True, BODY, 2),
            GAP,
            ("Resumé", True, BODY),
            ("Planen fremlægges.", False, BODY),
        ]
    )
    out = outline_of(lines)
    _assert_lossless(out, lines)
    assert _texts(out.contents) == _texts(lines[:3])
    assert [item.heading.number for item in out.items] == ["5"]


def test_text_without_contents_items_and_known_section_words() -> None:
    lines = plain_lines(
        "Referat af møde i Ældrerådet",
        "Punkt 1: Godkendelse af referat",
        "Beslutning",
        "Godkendt.",
        "Programmet for dagen",
        "1. Velkomst",
        "2. Rundvisning på plejecentret",
        "Punkt 2: Lukket: Klagesag",
        "Tidligere beslutninger:",
        "Sagen var udsat.",
    )
    out = outline_of(lines, typography=False)
    _assert_lossless(out, lines)
    assert _texts(out.header) == ["Referat af møde i Ældrerådet"]
    assert out.contents == ()
    assert [(i.heading.number, i.heading.title, i.heading.access) for i in out.items] == [
        ("1", "Godkendelse af referat", None),
        ("2", "Klagesag", "closed"),
    ]
    first, second = out.items
    assert [(s.heading.text, _texts(s.body)) for s in first.sections] == [
        (
            "Beslutning",
            ["Godkendt.", "Programmet for dagen", "1. Velkomst", "2. Rundvisning på plejecentret"],
        )
    ]
    assert [s.kind for s in second.sections] == [K.PREVIOUS_DECISIONS]


def test_text_section_heading_ending_in_full_stop_is_body() -> None:
    lines = plain_lines("1 (Åben) Budget", "Beslutning.", "Økonomi", "Ingen udgifter.")
    [item] = outline_of(lines, typography=False).items
    assert _texts(item.preamble) == ["Beslutning."]
    assert [s.heading.text for s in item.sections] == ["Økonomi"]


def test_no_items_everything_in_header() -> None:
    lines = plain_lines("Nyhedsbrev fra Teknik og Miljø", "Vejarbejdet fortsætter.")
    out = outline_of(lines, typography=False)
    _assert_lossless(out, lines)
    assert out.items == () and out.contents == ()
    assert _texts(out.header) == _texts(lines)


def test_empty_input() -> None:
    out = outline_of((), typography=False)
    assert out == Outline(header=(), contents=(), items=())


def test_bold_section_heading_right_below_the_item_heading_is_no_title_line() -> None:
    lines = make_lines(
        [
            ("1 (Åben) Godkendelse af dagsorden", True, BODY),
            ("Resumé", True, BODY),
            ("Dagsordenen fremlægges.", False, BODY),
        ]
    )
    [item] = outline_of(lines).items
    assert _texts(item.heading_lines) == ["1 (Åben) Godkendelse af dagsorden"]
    assert [s.kind for s in item.sections] == [K.SUMMARY]


def test_lossless_when_body_heading_after_contents_is_not_bold() -> None:
    # the numbering restarts at a plain line: it ends the contents, and what
    # follows must land somewhere
    lines = make_lines(
        [
            ("Indholdsfortegnelse", True, BODY),
            ("1 (Åben) Godkendelse af dagsorden 2", False, BODY),
            ("2 (Åben) Eventuelt 2", False, BODY),
            ("1 (Åben) Godkendelse af dagsorden", False, BODY, 2),
            ("Dagsordenen godkendes.", False, BODY, 2),
            ("2 (Åben) Eventuelt", True, BODY, 2),
            ("Intet.", False, BODY, 2),
        ]
    )
    _assert_lossless(outline_of(lines), lines)


def test_lossless_when_contents_is_printed_twice() -> None:
    lines = plain_lines(
        "Indholdsfortegnelse",
        "1 (Åben) Godkendelse ..... 2",
        "2 (Åben) Eventuelt ..... 3",
        "1 (Åben) Godkendelse ..... 2",
        "Tekst i punktet",
    )
    _assert_lossless(outline_of(lines, typography=False), lines)
