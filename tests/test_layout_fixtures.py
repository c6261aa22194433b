"""The invented layout fixtures (tests/fixtures/layouts): printed forms of real Danish
agendas and minutes that the corpus does not hold, each with its gold.

They stand for municipalities the parser has never seen, so their scores are reported,
not tuned to: the floors below are the levels held when the fixtures were written, and
a change may not fall under them. tests/fixtures/layouts/README.md describes each form.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dagsorden_parser.evaluate import Case, Score, evaluate, report

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
FIELDS = {"source", "kind", "truncated", "committee", "start", "items", "layout", "notes"}
ITEM_FIELDS = {"number", "title", "access", "case_id", "page", "sections", "attachments"}


def _cases() -> list[Case]:
    cases = []
    for gold_path in sorted(LAYOUTS.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cases.append(Case(source=LAYOUTS / gold["source"], gold=gold, family="layout fixture"))
    return cases


def _total(profile: str | None) -> tuple[Score, str]:
    results = evaluate(_cases(), profile=profile)
    score = Score()
    for _, s in results.values():
        score.add(s)
    return score, report(results)


def test_every_fixture_has_its_text_and_a_complete_gold() -> None:
    cases = _cases()
    assert len(cases) >= 28
    for case in cases:
        assert case.source.exists(), case.source
        assert case.source.stem == Path(case.gold["source"]).stem
        assert case.gold.keys() >= FIELDS, case.source.name
        assert case.gold["kind"] in ("agenda", "minutes", "other")
        assert case.gold["items"], case.source.name
        for item in case.gold["items"]:
            assert item.keys() == ITEM_FIELDS, case.source.name
            assert item["access"] in ("open", "closed", None)


@pytest.mark.parametrize(
    ("profile", "f1", "titles", "access", "case"),
    [(None, 0.96, 0.92, 0.41, 0.74), ("generic", 0.95, 0.91, 0.40, 0.60)],
)
def test_floors(profile: str | None, f1: float, titles: float, access: float, case: float) -> None:
    score, table = _total(profile)
    assert score.failed == 0, table
    assert score.f1 >= f1, table
    assert score.share("titles", "matched") >= titles, table
    assert score.share("access", "access_total") >= access, table
    assert score.share("case", "case_total") >= case, table
