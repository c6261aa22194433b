"""Hostile input: texts made to crash the parser or to make it slow. Each test is the
regression test of one failure found by trying (a Document or a typed error, in
linear time)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import dagsorden_parser as dp
from dagsorden_parser.clean.text import join_lines
from dagsorden_parser.clean.transcript_contents import _numbered_in_body
from dagsorden_parser.cli import main
from dagsorden_parser.errors import ParseTimeoutError
from dagsorden_parser.facts.attendance import absences
from dagsorden_parser.facts.money import amounts
from dagsorden_parser.facts.votes import parse_votes
from dagsorden_parser.read.lines import Line
from dagsorden_parser.structure.rules import contents_line


def _seconds(call: object, *args: object) -> float:
    """CPU seconds of one call (a busy machine slows the clock on the wall, not this)."""
    started = time.process_time()
    call(*args)  # type: ignore[operator]
    return time.process_time() - started


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


# --- typed errors for odd input ------------------------------------------------------


def test_parse_text_with_a_timeout_ends_in_a_typed_error() -> None:
    started = time.perf_counter()
    with pytest.raises(ParseTimeoutError) as caught:
        dp.parse_text("Per Hansen (A), " * 300_000, timeout=0.1)
    assert caught.value.code == "timeout"
    assert time.perf_counter() - started < 2.0
    assert dp.parse_text("1 (Åben) Sag\n", timeout=30).items  # a quick parse is untouched


def test_timeout_outside_the_main_thread_runs_in_a_child_process() -> None:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            dp.parse_text("Per Hansen (A), " * 300_000, timeout=0.5)
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert [type(e) for e in caught] == [ParseTimeoutError]


def test_cli_parse_timeout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "lang.txt"
    source.write_text("Per Hansen (A), " * 300_000, encoding="utf-8")
    assert main(["parse", str(source), "--timeout", "0.1"]) == 1
    assert "timeout" in capsys.readouterr().err


def test_a_folder_named_like_a_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "x.pdf"
    folder.mkdir()
    with pytest.raises(dp.DagsordenError) as caught:
        dp.parse(folder)
    assert caught.value.code == "not_a_file"
    assert "is a folder" in str(caught.value)


def test_a_symbolic_link_that_loops(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(dp.DagsordenError) as caught:
        dp.parse(loop)
    assert caught.value.code == "not_a_file"


_AGENDA = "Dagsorden\nIndhold\n1 (Åben) Godkendelse af sagen\n2 (Åben) Budget for året\n"


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"]
)
def test_utf16_and_utf32_text_files(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "agenda.txt"
    source.write_bytes(_AGENDA.encode(encoding))
    document = dp.parse(source)
    assert [item.title for item in document.items] == ["Godkendelse af sagen", "Budget for året"]
    assert "encoding_guessed" not in {w.code for w in document.warnings}


def test_a_decoding_guess_carries_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "agenda.txt"
    source.write_bytes(_AGENDA.encode("cp1252"))
    document = dp.parse(source)
    assert document.items[1].title == "Budget for året"
    assert "encoding_guessed" in {w.code for w in document.warnings}


@pytest.mark.parametrize(
    "raw",
    [
        '{"Dagsordenpunkter": [1]}',
        '{"Dagsordenpunkter": [{"Navn": 5, "Bilag": [{"Navn": 3}]}]}',
        '{"Dagsordenpunkter": [], "Moede": 3}',
        '{"Dagsordenpunkter": [{"Felter": [{"Html": 7}]}]}',
        '{"Dagsordenpunkter": [{"ExternalAgendaItemAttendees": [{"Name": 4}]}]}',
        '{"Dagsordenpunkter": [], "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
)
def test_malformed_first_agenda_json(tmp_path: Path, raw: str) -> None:
    source = tmp_path / "meeting.json"
    source.write_text(raw, encoding="utf-8")
    with pytest.raises(dp.DagsordenError) as caught:
        dp.parse(source)
    assert caught.value.code == "malformed_input"
    assert str(source) in str(caught.value)


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"<!-- -->"])
def test_a_web_page_of_nothing_is_a_typed_error(tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "side.html"
    source.write_bytes(data)
    with pytest.raises(dp.DagsordenError) as caught:
        dp.parse(source)
    assert caught.value.code in {"empty_file", "unsupported_format"}


def test_a_utf16_web_page(tmp_path: Path) -> None:
    source = tmp_path / "side.html"
    page = "<html><body><h1>Dagsorden</h1><h2>1. Budget for året</h2><p>Godkendt.</p>"
    source.write_bytes((page + "</body></html>").encode("utf-16"))
    assert "året" in dp.parse(source).model_dump_json()
