"""Hostile input: texts made to crash the parser or to make it slow. Each test is the
regression test of one failure found by trying (a Document or a typed error, in
linear time)."""

from __future__ import annotations

import time

import dagsorden_parser as dp
from dagsorden_parser.clean.text import join_lines
from dagsorden_parser.facts.attendance import absences
from dagsorden_parser.facts.money import amounts
from dagsorden_parser.facts.votes import parse_votes
from dagsorden_parser.profiles.legacy import _numbered_in_body
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.rules import contents_line


def _seconds(call: object, *args: object) -> float:
    started = time.perf_counter()
    call(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def test_a_dot_leader_before_a_heading_is_no_assertion() -> None:
    document = dp.parse_text("Indhold\n...2(Lukket)\n")
    assert isinstance(document, dp.Document)


def test_contents_numbers_that_repeat_in_a_transcript() -> None:
    entries = [Line(text="1 Meddelelser fra formanden"), Line(text="1 Meddelelser fra formanden")]
    body = [Line(text="BYRÅDET 1. Meddelelser fra formanden Formanden orienterede")]
    out = [line.text for line in _numbered_in_body(body, entries)]
    assert out == ["BYRÅDET", "1 Meddelelser fra formanden", "Formanden orienterede"]


def test_absences_on_a_long_line_of_repeated_words() -> None:
    line = "Per Hansen " * 4_000  # 44k characters: 78 s before the fix
    assert _seconds(lambda: absences(line, item="1")) < 1.0
    assert absences(line + "forlod mødet efter punkt 3.") != []


def test_contents_page_number_after_a_run_of_dots() -> None:
    dots = "." * 100_000  # 140 s before the fix
    assert _seconds(contents_line, dots) < 0.5
    assert contents_line("Titel " + dots + " 7").page == 7
    assert contents_line("Titel" + dots + "7").title == "Titel"


def test_join_lines_on_a_long_run_of_headings() -> None:
    lines = ["1 (Åben) Punkt om sagen"] * 50_000  # about 1.2M characters
    assert _seconds(join_lines, lines) < 2.0
    assert join_lines(["kommune-", "planen"]) == "kommuneplanen"


def test_amounts_and_votes_on_long_runs() -> None:
    assert _seconds(amounts, "kr. 1." * 20_000) < 2.0
    assert _seconds(parse_votes, "Per Hansen (A), " * 10_000) < 2.0
    assert _seconds(parse_votes, "Ø kan ikke anbefale " * 10_000) < 2.0
