"""Hypothesis properties of the whole pipeline.

1. `parse_text` never raises on text made of Danish words, headings, item-like
   lines, numbers and arbitrary Unicode.
2. A parsed `Document` round-trips through JSON.
3. The outline is lossless: every line lands in exactly one place, in order.
4. Item page spans never go backwards, and each starts before it ends.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import document_of
from dagsorden_parser import parse_text
from dagsorden_parser.models import Document
from dagsorden_parser.profiles import FIRST_AGENDA
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.layout import Typography
from dagsorden_parser.structure.outline import outline

FAST = settings(max_examples=200, deadline=None)

WORDS = st.sampled_from(
    [
        "kommune",
        "udvalget",
        "godkendelse",
        "af",
        "dagsorden",
        "lokalplan",
        "for",
        "og",
        "Rådhuset",
        "Økonomi",
        "budget",
        "2025",
        "Åben",
        "Lukket",
        "beslutning",
        "skole-",
        "EU-",
        "p-",
        "bilag",
        "ingen",
        "møde",
        "i",
        "den",
        "kl.",
        "19.00",
        "14-03-2019",
        "Byrådet",
        "Sags",
        "ID:",
        "EMN-2017-02193",
        "(A)",
        "formand",
        "-",
        ".",
        "........",
    ]
)
HEADINGS = st.sampled_from(
    [
        "Resumé",
        "Bilag",
        "Bilag:",
        "Indholdsfortegnelse",
        "Indhold",
        "Beslutning",
        "Indstilling",
        "Sagsfremstilling",
        "Tidligere beslutninger:",
        "Økonomi",
        "Ingen",
        "Bilag: Ingen",
        "Tilstede:",
        "Fraværende:",
        "Mødetidspunkt 25-04-2017 19:00",
        "Mødeafholdelse Udvalgsværelse B",
        "Mødedato: 12.01.2023",
        "Mødested: Byrådssalen",
        "Dagsorden til møde i Miljøudvalget",
        "Referat af møde i Økonomiudvalget",
        "Sluttidspunkt 21:15",
        "Mødet hævet kl. 20.35",
        "Sags ID: EMN-2017-02193",
        "Sagsnr.: 12/27845",
        "Side 2 af 9",
        "Holbæk Kommune",
        "Region Sjælland",
    ]
)
PHRASE = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
ACCESS = st.sampled_from(["Åben", "Lukket", "ÅBEN", "Fortrolig"])
# small numbers most of the time, so that numbering often restarts as after a contents
NUMBER = st.one_of(st.integers(1, 4), st.integers(0, 1200))
ITEM_LIKE = st.one_of(
    st.builds("{} ({}) {}".format, NUMBER, ACCESS, PHRASE),
    st.builds("{} ({}) {} ........ {}".format, NUMBER, ACCESS, PHRASE, NUMBER),
    st.builds("{} ({}) {} {}".format, NUMBER, ACCESS, PHRASE, NUMBER),
    st.builds("Punkt {}: {}".format, NUMBER, PHRASE),
    st.builds("Punkt {}: Lukket: {}".format, NUMBER, PHRASE),
    st.builds("{}. {}".format, NUMBER, PHRASE),
    st.builds("{}. {} (1804694 - EMN-2017-02193)".format, NUMBER, PHRASE),
    st.builds("2012-200782 - {}".format, PHRASE),
)
LINE_TEXT = st.one_of(
    PHRASE,
    HEADINGS,
    ITEM_LIKE,
    NUMBER.map(str),
    st.text(max_size=40),
    st.text(alphabet="ﬁﬂ\u00ad\u00a0\u200bå\u030aæøÅÆØ -.:()*\t", max_size=20),
)
TEXT_LINE = st.one_of(LINE_TEXT, st.just(""), st.just("\f"), LINE_TEXT.map("**{}**".format))
DOCUMENT_TEXT = st.lists(TEXT_LINE, max_size=40).map("\n".join)


@FAST
@given(DOCUMENT_TEXT)
def test_parse_text_never_raises(text: str) -> None:
    doc = parse_text(text)
    assert doc.kind in ("agenda", "minutes", "other")
    if not doc.items:
        assert "no_items" in [w.code for w in doc.warnings]


@FAST
@given(DOCUMENT_TEXT)
def test_document_round_trips_through_json(text: str) -> None:
    doc = parse_text(text)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


# --- lines with typography --------------------------------------------------------

# The lines of a meeting document's skeleton, drawn often so that a contents,
# restarted numbering and item headings meet in one example.
SKELETON = st.sampled_from(
    [
        "Indholdsfortegnelse",
        "1 (Åben) Godkendelse af dagsorden 2",
        "2 (Åben) Eventuelt ........ 3",
        "1 (Åben) Godkendelse af dagsorden",
        "2 (Lukket) Køb af jord",
        "Punkt 3: Eventuelt",
        "Resumé",
        "Bilag",
        "Ingen",
    ]
)
Spec = tuple[str, bool, float, int, float]
LINE_SPEC = st.tuples(
    st.one_of(SKELETON, SKELETON, LINE_TEXT.filter(lambda t: t.strip() != "")),
    st.booleans(),  # bold
    st.sampled_from([0.0, 8.0, 10.0, 10.0, 10.0, 12.0, 14.0]),  # size
    st.sampled_from([0, 0, 0, 0, 1, 2]),  # pages to move on before the line
    st.sampled_from([12.0, 12.0, 12.0, 30.0]),  # distance from the line above
)


def _lines(specs: list[Spec], *, ordered: bool) -> tuple[Line, ...]:
    """Lines from specs; with `ordered` pages ascend, else the page step is the page."""
    lines: list[Line] = []
    page, top = 1, 50.0
    for index, (text, bold, size, step, gap) in enumerate(specs):
        if ordered and step:
            page, top = page + step, 50.0
        top += gap
        line_page = page if ordered else (step or None)
        lines.append(
            Line(
                text=text,
                page=line_page,
                top=top,
                bottom=top + size,
                size=size,
                bold=bold,
                index=index,
            )
        )
    return tuple(lines)


@st.composite
def _skeleton(draw: st.DrawFn) -> list[Spec]:
    """A contents listing items 1..k, then item headings (some left out, each in
    a random style) with a few random lines after each, and perhaps a
    supplementary agenda whose numbering starts again."""
    count = draw(st.integers(1, 4))
    leader = draw(st.sampled_from([" ", " ........ "]))
    texts = ["Indholdsfortegnelse"]
    texts += [f"{n} (Åben) Punkt {n}{leader}{n + 1}" for n in range(1, count + 1)]
    for n in range(1, count + 1):
        if n == 1 or draw(st.booleans()):
            texts.append(f"{n} (Åben) Punkt {n}")
        texts += draw(st.lists(st.one_of(HEADINGS, PHRASE), max_size=2))
    if draw(st.booleans()):
        texts += ["Tillægsdagsorden", "1 (Åben) Ekstra punkt", "Resumé"]
    styles = draw(st.lists(LINE_SPEC, min_size=len(texts), max_size=len(texts)))
    return [(text, *style[1:]) for text, style in zip(texts, styles, strict=True)]


def line_lists(*, ordered_pages: bool) -> st.SearchStrategy[tuple[Line, ...]]:
    """Lines with random text, weight, size and page; pages ascend if `ordered_pages`."""
    return st.one_of(st.lists(LINE_SPEC, max_size=30), _skeleton()).map(
        lambda specs: _lines(specs, ordered=ordered_pages)
    )


@FAST
@given(line_lists(ordered_pages=False), st.booleans())
def test_outline_is_lossless(lines: tuple[Line, ...], typography: bool) -> None:
    result = outline(lines, Typography.of(lines, typography), FIRST_AGENDA)
    assert result.lines() == lines


@FAST
@given(line_lists(ordered_pages=True), st.booleans())
def test_item_pages_never_go_backwards(lines: tuple[Line, ...], typography: bool) -> None:
    doc = document_of(lines, typography=typography)
    starts = [item.page_start for item in doc.items if item.page_start is not None]
    assert starts == sorted(starts)
    for item in doc.items:
        if item.page_start is not None:
            assert item.page_end is not None
            assert item.page_start <= item.page_end
            for section in item.sections:
                if section.page_start is not None:
                    assert item.page_start <= section.page_start <= item.page_end
