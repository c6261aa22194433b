"""The PDFium and pdfplumber engines read the same documents alike.

Every real PDF of the shared corpus and 200 generated documents are parsed with
both engines; the items, titles, access, case ids, section sequences and page numbers
must be the same. The two engines group glyphs with the same code (`read.layout`),
so a difference can only come from the glyphs the libraries report.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

import dagsorden_parser as dp
from dagsorden_parser import synth
from dagsorden_parser.models import Document
from dagsorden_parser.read.layout import Glyph, assemble
from dagsorden_parser.read.pdf import choose_engine

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PDFS = sorted((ROOT.parent / "shared" / "corpus" / "pdf").glob("*.pdf"))
SAMPLES = sorted((ROOT / "samples").glob("*.pdf"))
GENERATED = 200


def summary(doc: Document) -> dict[str, Any]:
    """What a reader checks first: the items and where they stand."""
    return {
        "kind": doc.kind,
        "pages": doc.source.pages,
        "items": [
            (
                item.number,
                item.title,
                item.access,
                item.case_id,
                item.page_start,
                item.page_end,
                tuple(section.heading for section in item.sections),
            )
            for item in doc.items
        ],
    }


def _same(path: Path) -> None:
    pdfium = dp.parse(path, engine="pdfium")
    plumber = dp.parse(path, engine="pdfplumber")
    assert summary(pdfium) == summary(plumber), path.name


@pytest.mark.parametrize("path", SAMPLES + CORPUS_PDFS, ids=lambda p: p.name)
def test_engines_agree_on_real_and_sample_pdfs(path: Path) -> None:
    _same(path)


def test_corpus_present_or_said() -> None:
    if not CORPUS_PDFS:
        pytest.skip("../shared/corpus/pdf not found: only the samples were compared")
    assert len(CORPUS_PDFS) >= 10


def test_engines_agree_on_generated_documents(tmp_path: Path) -> None:
    compared = 0
    for seed in range(GENERATED):
        kind: synth.Kind = "minutes" if seed % 2 else "agenda"
        meeting = synth.make_meeting(1000 + seed, n_items=1 + seed % 4, kind=kind)
        path = tmp_path / f"generated-{seed}.pdf"
        synth.render_pdf(meeting, path)
        _same(path)
        path.unlink()
        compared += 1
    assert compared == GENERATED


def test_engine_names() -> None:
    assert choose_engine("PDFium") == "pdfium"
    assert choose_engine("pdfplumber") == "pdfplumber"
    with pytest.raises(ValueError, match="unknown PDF engine"):
        choose_engine("mupdf")


def test_a_file_pdfium_cannot_open_is_read_with_pdfplumber(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dagsorden_parser.read import pdf_pdfium

    good = ROOT / "samples" / "eksempel-dagsorden-kort.pdf"
    expected = summary(dp.parse(good, engine="pdfplumber"))

    def refuse(*args: object) -> None:
        raise pdf_pdfium.PdfiumOpenError("Failed to load document")

    monkeypatch.setattr(pdf_pdfium, "pdf_lines", refuse)
    monkeypatch.setattr(pdf_pdfium, "page_count", refuse)
    assert summary(dp.parse(good)) == expected
    assert summary(dp.parse(good, jobs=2)) == expected


def test_a_broken_cross_reference_table_is_repaired_by_pdfium(tmp_path: Path) -> None:
    good = ROOT / "samples" / "eksempel-dagsorden-kort.pdf"
    broken = tmp_path / "broken-xref.pdf"
    broken.write_bytes(good.read_bytes().replace(b"startxref", b"startxrex"))
    assert summary(dp.parse(broken)) == summary(dp.parse(good))


def test_overprinted_and_hidden_glyphs_are_dropped() -> None:
    def glyph(text: str, x: float, **kw: Any) -> Glyph:
        return Glyph(text, x, 100.0, x + 5.0, 110.0, kw.pop("size", 10.0), False, **kw)

    glyphs = [glyph("A", 10), glyph("b", 15), glyph("A", 10), glyph("b", 15)]  # drawn twice
    glyphs += [glyph("x", 30, white=True), glyph("y", 35, size=2.0), glyph("c", 40)]
    [line] = assemble(glyphs, page=1)
    assert line.text == "Ab c"  # the gap from 20 to 40 splits the words


def test_lines_split_at_gaps_and_cluster_by_top() -> None:
    glyphs = [
        Glyph("a", 10, 100.0, 15, 110, 10, True),
        Glyph("b", 15, 101.0, 20, 111, 10, True),
        Glyph("c", 30, 100.5, 35, 110, 10, False),
        Glyph("d", 10, 130.0, 15, 140, 12, False),
    ]
    first, second = assemble(glyphs, page=3)
    assert (first.text, first.bold, first.page) == ("ab c", True, 3)
    assert (second.text, second.size, second.top) == ("d", 12.0, 130.0)


# --- one PDF across processes -----------------------------------------------------


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_jobs_give_the_same_document(engine: str) -> None:
    path = ROOT / "samples" / "eksempel-referat-langt.pdf"
    one = dp.parse(path, engine=engine).model_dump_json()
    assert dp.parse(path, engine=engine, jobs=2).model_dump_json() == one
    assert dp.parse(path, engine=engine, jobs=3).model_dump_json() == one


def test_page_ranges_cover_every_page_once() -> None:
    from dagsorden_parser.read.parallel import page_ranges

    for pages in (1, 2, 7, 36, 510):
        for jobs in (1, 2, 3, 8):
            ranges = page_ranges(pages, jobs)
            assert ranges[0][0] == 0 and ranges[-1][1] == pages
            assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
            sizes = [last - first for first, last in ranges]
            assert max(sizes) - min(sizes) <= 1 and min(sizes) >= 1


def test_cli_engine_and_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    from dagsorden_parser.cli import main

    path = str(ROOT / "samples" / "eksempel-referat-langt.pdf")
    assert main(["parse", "--compact", path]) == 0
    default = capsys.readouterr().out
    assert main(["parse", "--compact", "--engine", "pdfplumber", "--jobs", "2", path]) == 0
    assert capsys.readouterr().out == default


def test_jobs_keep_typed_errors(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    with pytest.raises(dp.DagsordenError) as info:
        dp.parse(missing, jobs=2)
    assert info.value.code == "not_found"
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf")
    with pytest.raises(dp.DagsordenError) as info:
        dp.parse(fake, jobs=2)
    assert info.value.code == "not_a_pdf"


def test_convert_with_either_engine(tmp_path: Path) -> None:
    from dagsorden_parser.batch import convert

    source = ROOT / "samples" / "eksempel-dagsorden-kort.pdf"
    outputs = []
    for engine in ("pdfium", "pdfplumber"):
        out = tmp_path / engine
        [result] = list(convert([source], out, jobs=1, engine=engine))
        assert result.status == "converted"
        outputs.append(
            summary(Document.model_validate_json((out / str(result.output)).read_text()))
        )
    assert outputs[0] == outputs[1]


def test_convert_splits_a_lone_long_pdf_across_its_jobs(tmp_path: Path) -> None:
    """One long PDF and two jobs: the worker reads the pages in two processes (inside a
    daemonic worker, where `multiprocessing` cannot start children); same JSON."""
    from dagsorden_parser.batch import _parse_one, convert

    source = ROOT / "samples" / "eksempel-referat-langt.pdf"
    split = _parse_one(str(source), "", page_jobs=2)
    assert split[0] == "ok"
    assert split[:6] == _parse_one(str(source), "", page_jobs=1)[:6]
    texts = []
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        [result] = list(convert([source], out, jobs=jobs))
        assert result.status == "converted", result.message
        texts.append((out / str(result.output)).read_text())
    assert texts[0] == texts[1]
