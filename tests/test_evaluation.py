"""The whole gold corpus, every layout family: the evaluation must not fall back.

The corpus holds 115 documents from about 70 authorities, a third of them garbled web
transcripts of old PDFs. These are the levels the parser holds today, as a floor that a
change may not break; the project's target is 0.97 on items, titles, access and case ids
(docs/architecture.md says where it still falls short). The same documents with the
layout profiles switched off (`--profile generic`: the document's own evidence alone)
have a floor of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dagsorden_parser.evaluate import Score, evaluate, load_corpus, report

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

if not (CORPUS / "gold").is_dir():
    pytest.skip(f"corpus not found at {CORPUS}: evaluation skipped", allow_module_level=True)


@pytest.fixture(scope="module")
def total() -> tuple[Score, str]:
    results = evaluate(load_corpus(CORPUS))
    score = Score()
    for _, s in results.values():
        score.add(s)
    return score, report(results)


def test_no_document_fails(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.failed == 0, table


def test_items(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.f1 >= 0.94, table


def test_titles(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("titles", "matched") >= 0.89, table


def test_section_sequences(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("sections", "sectioned") >= 0.88, table


def test_access_and_case_ids(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("access", "access_total") >= 0.97, table
    assert score.share("case", "case_total") >= 0.94, table


def test_metadata(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("metadata", "metadata_total") >= 0.75, table


def test_items_from_the_documents_own_evidence() -> None:
    results = evaluate(load_corpus(CORPUS), profile="generic")
    score = Score()
    for _, s in results.values():
        score.add(s)
    assert score.failed == 0
    table = report(results)
    assert score.precision >= 0.96, table
    assert score.f1 >= 0.93, table
    assert score.share("access", "access_total") >= 0.96, table
    assert score.share("case", "case_total") >= 0.94, table
    assert score.share("sections", "sectioned") >= 0.85, table
    assert score.share("metadata", "metadata_total") >= 0.72, table
