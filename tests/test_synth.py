"""Tests of the generator of invented First Agenda PDFs (dagsorden_parser.synth)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("reportlab")
pdfplumber = pytest.importorskip("pdfplumber")

from dagsorden_parser.synth import (  # noqa: E402
    expected,
    main,
    make_long_meeting,
    make_meeting,
    page_count,
    render_pdf,
)

TOC_PAGE = re.compile(r"\.{3,} (\d+)$")


def _lines(path: Path) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text_lines() for page in pdf.pages]


def test_same_seed_gives_same_meeting() -> None:
    assert make_meeting(5, 9, "minutes") == make_meeting(5, 9, "minutes")
    assert make_meeting(5, 9, "minutes") != make_meeting(6, 9, "minutes")


def test_items_are_numbered_and_some_are_closed() -> None:
    meeting = make_meeting(3, 12, "agenda")
    assert [item.number for item in meeting.items] == [str(n) for n in range(1, 13)]
    assert any(item.access == "closed" for item in meeting.items)
    assert meeting.items[-1].title == "Eventuelt"
    assert not meeting.present
    minutes = make_meeting(3, 4, "minutes")
    assert minutes.present and minutes.absent
    assert all("Beslutning" in [s.heading for s in item.sections] for item in minutes.items)


def test_render_pages_toc_and_headings(tmp_path: Path) -> None:
    meeting = make_meeting(1, 7, "minutes", (2, 4))
    path = tmp_path / "referat.pdf"
    pages = render_pdf(meeting, path)
    assert pages == sorted(set(pages))
    lines = _lines(path)
    assert len(lines) == page_count(meeting) >= pages[-1]

    toc = [
        int(match.group(1))
        for page in lines[1 : pages[0] - 1]
        for line in page
        if (match := TOC_PAGE.search(line["text"]))
    ]
    assert toc == pages

    for item, page in zip(meeting.items, pages, strict=True):
        heading = " ".join(
            line["text"]
            for line in lines[page - 1]
            if line["chars"][0]["fontname"] == "Helvetica-Bold" and line["chars"][0]["size"] > 13
        )
        access = "Åben" if item.access == "open" else "Lukket"
        assert heading == f"{item.number} ({access}) {item.title}"

    total = len(lines)
    assert lines[0][-1]["text"] == f"Side 1 af {total}"
    assert lines[-1][0]["text"] == f"{meeting.committee} | {meeting.start:%d-%m-%Y}"


def test_danish_letters_and_bold_fonts(tmp_path: Path) -> None:
    meeting = make_meeting(2, 3, "agenda", committee="Ældre- og Omsorgsudvalget")
    path = tmp_path / "dagsorden.pdf"
    render_pdf(meeting, path)
    first = _lines(path)[0]
    title = next(line for line in first if line["text"].startswith("Dagsorden"))
    assert title["text"] == "Dagsorden til møde i Ældre- og Omsorgsudvalget"
    assert {c["fontname"] for c in title["chars"]} == {"Helvetica-Bold"}
    labels = [line["text"].split(" ")[0] for line in first]
    assert "Mødetidspunkt" in labels and "Mødeafholdelse" in labels


def test_expected_matches_meeting(tmp_path: Path) -> None:
    meeting = make_meeting(8, 5, "minutes")
    pages = render_pdf(meeting, tmp_path / "m.pdf")
    truth = expected(meeting, pages)
    assert truth["start"] == meeting.start.strftime("%Y-%m-%dT%H:%M")
    assert [item["page"] for item in truth["items"]] == pages
    for item in truth["items"]:
        assert item["sections"][-1] == "Bilag"
        assert all(
            re.match(r"^\d+\. .+ \(\d{7} - EMN-\d{4}-\d{5}\)$", a) for a in item["attachments"]
        )


def test_long_meeting_reaches_the_page_count() -> None:
    assert page_count(make_long_meeting(20)) >= 20


def test_main_writes_the_samples(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    short = _lines(tmp_path / "eksempel-dagsorden-kort.pdf")
    long = _lines(tmp_path / "eksempel-referat-langt.pdf")
    assert len(long) >= 30
    assert any(line["text"].startswith("Tilstede:") for line in long[0])
    toc = [line["text"] for line in short[1] if re.match(r"^\d+ \((Åben|Lukket)\) ", line["text"])]
    assert len(toc) == 3 and sum("(Lukket)" in entry for entry in toc) == 1
