"""The whole gold corpus, every layout family: the evaluation must stay above its bars.

Bars (from the project's goals): item F1 >= 0.95, exact titles >= 0.95 of matched
items, exact section-heading sequences >= 0.90 of items with sections, access and
case ids >= 0.95 where the gold has them, metadata >= 0.95; no document may fail.
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
    assert score.f1 >= 0.95, table


def test_titles(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("titles", "matched") >= 0.95, table


def test_section_sequences(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("sections", "sectioned") >= 0.90, table


def test_access_and_case_ids(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("access", "access_total") >= 0.95, table
    assert score.share("case", "case_total") >= 0.95, table


def test_metadata(total: tuple[Score, str]) -> None:
    score, table = total
    assert score.share("metadata", "metadata_total") >= 0.95, table
