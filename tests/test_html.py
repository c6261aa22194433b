"""Web pages (.html/.htm): lines with typography from the markup, then the same stages
as a PDF. Invented pages test the reader; the agenda systems' real web pages in
`../shared/corpus/vendor/html` are scored against their gold (skipped, saying so, where
the corpus is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dagsorden_parser import parse
from dagsorden_parser.errors import EmptyFileError
from dagsorden_parser.evaluate import evaluate, load_corpus
from dagsorden_parser.read.html import BODY_SIZE, decode_html, html_lines

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

PAGE = """<!DOCTYPE html>
<html lang="da"><head><title>Dagsorden</title>
<style>h2 { color: green }</style><script>var menu = "Forside";</script></head>
<body>
<nav><a href="/">Forside</a> <a href="/moeder">Møder</a></nav>
<div id="cookie-banner">Vi bruger cookies. <button>Accepter</button></div>
<h1>Dagsorden til møde i Teknik- og Miljøudvalget</h1>
<table class="info"><tr><td>Mødetidspunkt</td><td>03-02-2021 16:00</td></tr>
<tr><td>Mødeafholdelse</td><td>Byrådssalen</td></tr></table>
<h2>1 (Åben) Godkendelse af dagsorden</h2>
<p>Sags ID: EMN-2021-00001</p>
<h3>Indstilling</h3>
<p>Direktionen indstiller, at <strong>dagsordenen</strong> godkendes.</p>
<h2>2 (Lukket) Salg af grund</h2>
<p>Sags ID: EMN-2021-00002</p>
<h3>Bilag</h3>
<ul><li>Kortbilag</li><li>Købsaftale</li></ul>
<div class="modal" role="dialog"><p>Kopier link</p></div>
<p hidden>Skjult tekst</p>
</body></html>
"""


def test_lines_take_their_typography_from_the_markup() -> None:
    lines = html_lines(PAGE)
    texts = [line.text for line in lines]
    assert texts[0] == "Dagsorden til møde i Teknik- og Miljøudvalget"
    assert "Mødetidspunkt 03-02-2021 16:00" in texts  # a table row is one line
    heading = lines[texts.index("1 (Åben) Godkendelse af dagsorden")]
    assert heading.bold and heading.size > BODY_SIZE
    body = lines[texts.index("Direktionen indstiller, at dagsordenen godkendes.")]
    assert not body.bold and body.size == BODY_SIZE
    assert texts[-2:] == ["Kortbilag", "Købsaftale"]  # list entries are lines
    for furniture in ("Forside", "Møder", "Vi bruger cookies.", "Accepter", "Kopier link"):
        assert not any(furniture in t for t in texts), furniture
    assert not any("menu" in t or "color" in t or "Skjult" in t for t in texts)
    assert [line.index for line in lines] == list(range(len(lines)))


def test_a_web_page_parses_like_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "dagsorden.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse(path)
    assert doc.source.format == "html"
    assert [(i.number, i.title, i.access, i.case_id) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "open", "EMN-2021-00001"),
        ("2", "Salg af grund", "closed", "EMN-2021-00002"),
    ]
    assert [a.printed for a in doc.items[1].attachments] == ["Kortbilag", "Købsaftale"]


def test_a_page_in_windows_1252_is_read_as_such() -> None:
    data = "<p>Mødested: Rådhuset</p>".encode("cp1252")
    assert decode_html(data) == "<p>Mødested: Rådhuset</p>"
    declared = b'<meta charset="iso-8859-1"><p>\xc6ldrer\xe5d</p>'
    assert "Ældreråd" in decode_html(declared)


def test_a_page_without_meeting_text(tmp_path: Path) -> None:
    path = tmp_path / "tom.htm"
    path.write_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body>", "utf-8")
    with pytest.raises(EmptyFileError, match=r"tom\.htm: the web page holds no meeting text"):
        parse(path)


@pytest.mark.skipif(not (CORPUS / "vendor" / "gold").is_dir(), reason=f"no corpus at {CORPUS}")
def test_the_agenda_systems_web_pages_meet_the_bar() -> None:
    """First Agenda's web pages (an agenda, minutes) and an eDoc HTML export."""
    cases = load_corpus(CORPUS, "vendor/gold")
    assert len(cases) == 3
    for name, (_, s) in evaluate(cases).items():
        assert s.f1 == 1.0, (name, s.misses)
        assert s.share("titles", "matched") >= 0.98, (name, s.misses)
        assert s.share("sections", "sectioned") >= 0.98, (name, s.misses)
        assert s.share("case", "case_total") == 1.0, (name, s.misses)
        assert s.share("attachments", "attachments_total") >= 0.98, (name, s.misses)
        assert s.share("access", "access_total") == 1.0, (name, s.misses)


def test_the_edoc_export_case_row() -> None:
    from dagsorden_parser.profiles.edoc_web import access, case_id, detect, group

    row = "Sagsnr.: 2019-004211 Sagsbehandler: Else Eksempel Lukket"
    assert case_id(row) == "2019-004211"
    assert access(row) == "closed"
    assert case_id("Sagsnr.: Sagsbehandler: Else Eksempel Åben") is None
    assert access("Sagsnr.: Sagsbehandler: Else Eksempel Åben") == "open"
    assert group("Lukkede sager") is not None and group("Lukkede sager").access == "closed"  # type: ignore[union-attr]
    assert detect([row, row, "Forvaltningen foreslår:", "Præsentation:"]) == 1.0
    assert detect(["Sagsnr.: 2019-004211"]) == 0.0


@pytest.mark.skipif(not (CORPUS / "vendor" / "gold").is_dir(), reason=f"no corpus at {CORPUS}")
def test_evaluate_scores_the_web_pages_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dagsorden_parser import cli

    assert cli.main(["evaluate", str(CORPUS), "--gold", "vendor/gold", "-q"]) == 0
    out = capsys.readouterr().out
    assert "item F1 1.000; documents failed: 0" in out
    assert "middelfart_fujitsu_edoc_testudvalg_2017-05-02_dagsorden.html" in out
