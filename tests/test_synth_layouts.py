"""The print-template generator (dagsorden_parser.synth_layouts), and the parser on its layouts.

The last two tests hold the parser to the issue's bar on generated templates, as text and as
PDF: item F1, access and case-id accuracy of at least 0.99 (``benchmarks/layouts_score.py
--check`` tests the same bar over more templates, and breaks the failures down per feature).
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("reportlab")
pdfplumber = pytest.importorskip("pdfplumber")

from dagsorden_parser import synth  # noqa: E402
from dagsorden_parser.synth_layouts import (  # noqa: E402
    ACCESS_LINES,
    ACCESS_STYLES,
    BASELINE,
    CASE_FORMATS,
    CASE_LABELS,
    CASE_STYLES,
    CONTENTS_STYLES,
    FAMILY_LABELS,
    FONTS,
    FOOTERS,
    HEADING_STYLES,
    NUMBERINGS,
    VOCABULARIES,
    Template,
    expected,
    layout_meeting,
    make_template,
    render_pdf,
    render_text,
    score_items,
    score_templates,
    variants,
)

SEEDS = range(400)
TEXT_TEMPLATES = 150
PDF_TEMPLATES = 60
#: The floors the parser holds, as text and as PDF: the issue's target, 0.99.
BAR = 0.99
PDF_BAR = 0.99


def _lines(text: str) -> list[str]:
    return [line for line in text.replace("\f", "\n").splitlines() if line]


def test_same_seed_same_template_and_text() -> None:
    assert make_template(11) == make_template(11)
    assert make_template(11) != make_template(12)
    template = make_template(11)
    meeting = layout_meeting(template)
    assert render_text(meeting, template) == render_text(layout_meeting(template), template)
    assert expected(meeting, template) == expected(meeting, make_template(11))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_any_seed_gives_consistent_truth(seed: int) -> None:
    template = make_template(seed)
    meeting = layout_meeting(template)
    items = expected(meeting, template)["items"]
    text = render_text(meeting, template)
    assert len(items) == len(meeting.items) == template.n_items
    assert sorted(i["title"] for i in items) == sorted(i.title for i in meeting.items)
    numbers = [i["number"] for i in items]
    if template.closed_run is None:
        assert len(set(numbers)) == len(numbers)
    for item in items:
        assert item["case_id"] is None or item["case_id"] in text
        assert all(heading in text for heading in item["sections"])


def test_the_default_layout_needs_its_pages() -> None:
    meeting = layout_meeting(make_template(5))
    with pytest.raises(ValueError):
        synth.expected(meeting, None)


def test_every_feature_value_is_reachable() -> None:
    templates = [make_template(seed) for seed in SEEDS]

    def seen(name: str) -> set[object]:
        return {getattr(t, name) for t in templates}

    assert seen("numbering") == set(NUMBERINGS)
    assert seen("access") == {*ACCESS_STYLES, "number"}
    assert seen("access_line") == set(range(len(ACCESS_LINES)))
    assert seen("case_style") == set(CASE_STYLES)
    assert seen("case_label") == set(CASE_LABELS)
    assert seen("case_format") == set(CASE_FORMATS)
    assert seen("vocabulary") == set(range(len(VOCABULARIES)))
    assert seen("family_label") == {None, *range(len(FAMILY_LABELS))}
    assert seen("contents") == set(CONTENTS_STYLES)
    assert seen("font") == set(range(len(FONTS)))
    assert seen("footer") == set(range(len(FOOTERS)))
    assert seen("heading_style") == set(HEADING_STYLES)
    assert seen("header_columns") == {1, 2}
    assert seen("kind") == {"agenda", "minutes"}
    for name in (
        "heading_colon",
        "heading_caps",
        "print_bilag",
        "running_header",
        "item_new_page",
        "body_traps",
        "text_form_feeds",
        "text_wraps_headings",
        "access_number_words",
    ):
        assert seen(name) == {False, True}, name
    assert 1 in seen("first_number") and len(seen("first_number")) > 5
    assert None in seen("closed_run") and len(seen("closed_run")) > 3


HEADINGS = {
    "dot": r"^{n}\. {t}$",
    "bare": r"^{n} {t}$",
    "colon": r"^{n}: {t}$",
    "punkt": r"^Punkt {n}: {t}$",
    "pkt": r"^Pkt\. {n} {t}$",
    "sag_nr": r"^Sag nr\. {n} {t}$",
    "paren_access": r"^{n} \((Åben|Lukket)\) {t}$",
    "access_word": r"^(Åbent|Lukket) punkt {n}: {t}$",
    "bullet": r"^• {n} {t}$",
    "letter": r"^{n} {t}$",
    "glued": r"^{n}{t}$",
    "alone": r"^{n}\n{t}$",
}


@pytest.mark.parametrize("numbering", NUMBERINGS)
def test_numbering_forms_as_printed(numbering: str) -> None:
    changes: dict[str, object] = {"numbering": numbering, "n_items": 12}
    if numbering not in ("paren_access", "access_word"):
        changes["access"] = "none"
    template = replace(BASELINE, **changes)
    meeting = layout_meeting(template)
    text = render_text(meeting, template)
    truth = expected(meeting, template)["items"]
    for item in truth:
        number, title = re.escape(item["number"]), re.escape(item["title"])
        pattern = HEADINGS[numbering].replace("{n}", number).replace("{t}", title)
        assert re.search(pattern, text, re.MULTILINE), pattern
    assert all(not item["number"].endswith((".", ":")) for item in truth)
    if numbering == "letter":
        assert re.search(r"^A\. Sager til ", text, re.MULTILINE)


def test_numbers_start_where_the_template_says_and_closed_items_may_run_apart() -> None:
    template = replace(BASELINE, first_number=715, closed_run=101, n_items=10)
    truth = expected(layout_meeting(template), template)["items"]
    open_numbers = [int(i["number"]) for i in truth if i["access"] == "open"]
    closed_numbers = [int(i["number"]) for i in truth if i["access"] == "closed"]
    assert open_numbers == list(range(715, 715 + len(open_numbers)))
    assert closed_numbers == list(range(101, 101 + len(closed_numbers)))
    assert [i["access"] for i in truth] == sorted(i["access"] for i in truth)[::-1]


@pytest.mark.parametrize("access", [*ACCESS_STYLES, "number"])
def test_access_is_none_where_nothing_marks_it(access: str) -> None:
    numbering = "paren_access" if access == "number" else "dot"
    for line in range(len(ACCESS_LINES)):
        template = replace(BASELINE, access=access, numbering=numbering, access_line=line)
        meeting = layout_meeting(replace(template, n_items=9))
        truth = expected(meeting, replace(template, n_items=9))["items"]
        text = render_text(meeting, replace(template, n_items=9))
        found = {item["access"] for item in truth}
        if access == "none":
            assert found == {None}
            assert not re.search(r"\b(Åben|Lukket|Åbent|LUKKET)\b", text)
        elif access in ("prefix", "caps_prefix") or (
            access == "line" and ACCESS_LINES[line][0] is None
        ):
            assert found == {None, "closed"}
        else:
            assert found == {"open", "closed"}


def test_case_ids_as_printed() -> None:
    for seed in SEEDS[:120]:
        template = make_template(seed)
        meeting = layout_meeting(template)
        text = render_text(meeting, template)
        for item in expected(meeting, template)["items"]:
            if template.case_style == "none":
                assert item["case_id"] is None
                continue
            case = re.escape(item["case_id"])
            form = {
                "label": rf"^{re.escape(template.case_label)} {case}$",
                "bare": rf"^{case}$",
                "paren": rf"\({case}\)$",
            }[template.case_style]
            assert re.search(form, text, re.MULTILINE), (seed, form)


def test_truth_titles_and_sections_are_printed() -> None:
    for seed in SEEDS[:120]:
        template = replace(make_template(seed), text_wraps_headings=False)
        meeting = layout_meeting(template)
        lines = _lines(render_text(meeting, template))
        for item in expected(meeting, template)["items"]:
            assert any(item["title"] in line for line in lines), (seed, item["title"])
            for heading in item["sections"]:
                assert heading in lines, (seed, heading)
            if template.heading_caps:
                assert all(h == h.upper() for h in item["sections"])
            if template.heading_colon:
                assert all(h.endswith(":") for h in item["sections"])


def test_body_text_holds_traps() -> None:
    template = replace(BASELINE, body_traps=True, n_items=10)
    lines = _lines(render_text(layout_meeting(template), template))
    assert any(re.match(r"^20\d\d (stigende til )?\d", line) for line in lines)
    assert any(re.match(r"^\d+,\d mio\. kr\. ", line) for line in lines)


def test_one_font_and_size_prints_headings_like_body(tmp_path: Path) -> None:
    template = replace(BASELINE, heading_style="plain", font=1, n_items=4)
    render_pdf(layout_meeting(template), tmp_path / "plain.pdf", template)
    with pdfplumber.open(tmp_path / "plain.pdf") as pdf:
        chars = [c for page in pdf.pages for c in page.chars if 60 < c["top"] < 780]
    assert {c["fontname"] for c in chars} == {"Times-Roman"}
    assert {round(c["size"], 1) for c in chars} == {10.0}


@pytest.mark.parametrize("seed", [3, 8, 21, 40])
def test_pdf_reads_as_the_text(seed: int, tmp_path: Path) -> None:
    """The PDF's text lines are the lines of ``render_text`` (where headings wrap alike)."""
    template = replace(make_template(seed), text_wraps_headings=True, text_form_feeds=True)
    meeting = layout_meeting(template)
    pages = render_pdf(meeting, tmp_path / "t.pdf", template)
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        got = [[line["text"] for line in page.extract_text_lines()] for page in pdf.pages]
    text_pages = [_lines(page) for page in render_text(meeting, template).split("\f")]
    assert len(got) == len(text_pages)
    for mine, theirs in zip(text_pages, got, strict=True):
        assert [" ".join(m.split()) for m in mine] == [" ".join(t.split()) for t in theirs]
    truth = expected(meeting, template, pages)["items"]
    assert [item["page"] for item in truth] == pages


def test_variants_change_one_feature() -> None:
    names = {f.name for f in fields(Template)}
    for name, _, template in variants():
        assert name in names
        changed = {
            f.name
            for f in fields(Template)
            if getattr(template, f.name) != getattr(BASELINE, f.name)
        }
        assert name in changed and len(changed) <= 3


def test_score_items_counts_matches() -> None:
    truth = [
        {"number": "1", "title": "A", "access": "open", "case_id": "X"},
        {"number": "2", "title": "B", "access": None, "case_id": None},
    ]
    found = [
        {"number": "1", "title": "A", "access": "open", "case_id": "X"},
        {"number": "2026", "title": "stigende", "access": None, "case_id": None},
        {"number": "2", "title": "B", "access": "open", "case_id": None},
    ]
    score = score_items(truth, found)
    assert (score.truth, score.found, score.matched) == (2, 3, 2)
    assert (score.access_ok, score.case_ok) == (1, 2)
    assert not score.perfect
    assert any("invented [2026" in p for p in score.problems)
    assert score_items(truth, truth).perfect


def _assert_bar(
    board_summary: str, f1: float, access: float, case: float, detail: str, bar: float = BAR
) -> None:
    assert min(f1, access, case) >= bar, f"{board_summary}\n{detail}"


def test_parser_reads_generated_layouts_as_text() -> None:
    board = score_templates(range(TEXT_TEMPLATES), "text")
    _assert_bar(
        board.summary(),
        board.f1,
        board.access_accuracy,
        board.case_accuracy,
        board.breakdown(examples=False),
    )


def test_parser_reads_generated_layouts_as_pdf(tmp_path: Path) -> None:
    board = score_templates(range(PDF_TEMPLATES), "pdf", tmp_path)
    _assert_bar(
        board.summary(),
        board.f1,
        board.access_accuracy,
        board.case_accuracy,
        "\n".join(f"seed {s}: {'; '.join(sc.problems)}" for s, _, sc in board.failures),
        PDF_BAR,
    )
