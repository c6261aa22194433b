"""Tests for `dagsorden_parser.clean.pages`: normalised text, page furniture removed."""

from __future__ import annotations

from collections import Counter

from dagsorden_parser.clean.pages import clean
from dagsorden_parser.read.lines import Line

RUNNING_HEADER = "Kultur- og Fritidsudvalget - Dagsorden 14-03-2019"
BODY_WORDS = [
    "Svømmehal",
    "Idrætspark",
    "Bibliotek",
    "Musikskole",
    "Spejderhytte",
    "Kunstgræsbane",
    "Multihal",
    "Ungdomsklub",
    "Museum",
    "Medborgerhus",
]


def _document(pages: int, *, repeated_body: str | None = "Indstilling") -> tuple[Line, ...]:
    """`pages` pages of 13 lines: running header, 11 body lines, `Side n af N` footer.

    Every body line is unique except `repeated_body`, printed in the middle of
    every page at the same height.
    """
    out: list[Line] = []

    def add(text: str, page: int, top: float) -> None:
        out.append(Line(text=text, page=page, top=top, bottom=top + 10, size=10.0, index=len(out)))

    for page in range(1, pages + 1):
        add(RUNNING_HEADER, page, 30.0)
        for n, word in enumerate(BODY_WORDS):
            if n == 5 and repeated_body is not None:
                add(repeated_body, page, 100.0 + 20 * n)
            add(f"{word} i distrikt {'ABCDEFGH'[page - 1]} er omtalt", page, 110.0 + 20 * n)
        add(f"Side {page} af {pages}", page, 800.0)
    return tuple(out)


def _texts(lines: tuple[Line, ...], page: int | None = None) -> list[str]:
    return [line.text for line in lines if page is None or line.page == page]


def test_page_labels_are_dropped() -> None:
    result = clean(_document(4), 4)
    assert not any(text.startswith("Side ") for text in _texts(result.lines))
    assert sorted(t for t in _texts(result.removed) if t.startswith("Side ")) == [
        f"Side {n} af 4" for n in range(1, 5)
    ]


def test_page_label_dropped_even_without_pages() -> None:
    lines = (
        Line(text="Resumé", index=0),
        Line(text="Side 3 af 12", index=1),
        Line(text="side 4 / 12", index=2),
        Line(text="Sagen drejer sig om 3 af 12 boliger", index=3),
    )
    result = clean(lines, None)
    assert _texts(result.lines) == ["Resumé", "Sagen drejer sig om 3 af 12 boliger"]
    assert _texts(result.removed) == ["Side 3 af 12", "side 4 / 12"]


def test_running_header_dropped_except_on_first_page() -> None:
    result = clean(_document(4), 4)
    kept_headers = [line for line in result.lines if line.text == RUNNING_HEADER]
    assert [line.page for line in kept_headers] == [1]
    removed_headers = [line for line in result.removed if line.text == RUNNING_HEADER]
    assert [line.page for line in removed_headers] == [2, 3, 4]


def test_repeated_body_line_in_the_middle_of_pages_is_kept() -> None:
    result = clean(_document(4), 4)
    assert [line.page for line in result.lines if line.text == "Indstilling"] == [1, 2, 3, 4]
    assert "Indstilling" not in _texts(result.removed)


def test_unique_body_lines_are_all_kept() -> None:
    result = clean(_document(4), 4)
    for page in range(1, 5):
        body = [t for t in _texts(result.lines, page) if " i distrikt " in t]
        assert len(body) == len(BODY_WORDS)


def test_kept_and_removed_partition_the_input() -> None:
    lines = _document(5)
    result = clean(lines, 5)
    assert len(result.lines) + len(result.removed) == len(lines)
    assert Counter(_texts(result.lines) + _texts(result.removed)) == Counter(_texts(lines))
    # both keep reading order
    for part in (result.lines, result.removed):
        keys = [(line.page, line.top) for line in part]
        assert keys == sorted(keys)


def test_running_footer_with_changing_page_number_is_dropped() -> None:
    base = _document(4, repeated_body=None)
    lines = list(base)
    for page in range(1, 5):
        lines.append(
            Line(
                text=f"Kultur- og Fritidsudvalget | {page}",
                page=page,
                top=780.0,
                size=8.0,
                index=len(lines),
            )
        )
    lines.sort(key=lambda line: (line.page, line.top))
    lines = [
        Line(text=x.text, page=x.page, top=x.top, size=x.size, index=n) for n, x in enumerate(lines)
    ]
    result = clean(tuple(lines), 4)
    footers = [
        line.page
        for line in result.lines
        if line.text.startswith("Kultur- og Fritids") and "|" in line.text
    ]
    assert footers == [1]


def test_header_not_at_the_same_height_is_kept() -> None:
    lines = [line for line in _document(4) if line.text != RUNNING_HEADER]
    # a heading that recurs on every page but each time at a different height
    moved = [
        Line(text="Bemærkninger", page=page, top=60.0 + 40 * page, size=10.0)
        for page in range(1, 5)
    ]
    merged = sorted([*lines, *moved], key=lambda line: (line.page, line.top))
    merged = [
        Line(text=x.text, page=x.page, top=x.top, size=x.size, index=n)
        for n, x in enumerate(merged)
    ]
    result = clean(tuple(merged), 4)
    assert _texts(result.lines).count("Bemærkninger") == 4


def test_two_pages_are_too_few_for_a_running_header() -> None:
    result = clean(_document(2), 2)
    assert _texts(result.lines).count(RUNNING_HEADER) == 2


def test_text_without_pages_keeps_repeated_lines() -> None:
    lines = tuple(
        Line(text=t, top=12.0 * n, index=n)
        for n, t in enumerate(["Bilag", "Ingen", "Bilag", "Ingen", "Bilag"])
    )
    result = clean(lines, None)
    assert _texts(result.lines) == ["Bilag", "Ingen", "Bilag", "Ingen", "Bilag"]
    assert result.removed == ()


def test_bare_page_number_at_page_end_is_dropped() -> None:
    lines = []
    for page in range(1, 3):
        for n, text in enumerate(
            ["Sagsfremstilling", "Der er søgt om tilskud.", "Beløbet er 40.000 kr.", str(page)]
        ):
            lines.append(Line(text=text, page=page, top=100.0 + 20 * n, index=len(lines)))
    result = clean(tuple(lines), 2)
    assert (
        _texts(result.lines)
        == ["Sagsfremstilling", "Der er søgt om tilskud.", "Beløbet er 40.000 kr."] * 2
    )
    assert _texts(result.removed) == ["1", "2"]


def test_text_is_normalised_and_empty_lines_dropped() -> None:
    lines = (
        Line(text="Of\ufb01cielt\u00a0  besøg", index=0),
        Line(text="\u00ad", index=1),
        Line(text="   ", index=2),
        Line(text="Ga\u030ardejer", index=3),
    )
    result = clean(lines, None)
    assert _texts(result.lines) == ["Officielt besøg", "Gårdejer"]
    assert result.removed == ()
