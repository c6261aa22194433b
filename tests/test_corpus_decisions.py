"""Decisions in the real corpus: every decision heading's body and date are read."""

from __future__ import annotations

from pathlib import Path

import pytest

import dagsorden_parser as dp
from dagsorden_parser.facts.dates import find_date
from dagsorden_parser.models import SectionKind

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

if not (CORPUS / "gold").is_dir():
    pytest.skip(f"corpus not found at {CORPUS}: corpus tests skipped", allow_module_level=True)

SOURCES = sorted([*(CORPUS / "text").glob("*.txt"), *(CORPUS / "pdf").glob("*.pdf")])


def _decisions() -> list[tuple[str, str, dp.Document, int, int]]:
    found = []
    for path in SOURCES:
        doc = dp.parse(path)
        for i, item in enumerate(doc.items):
            headed = [s for s in item.sections if s.kind is SectionKind.DECISION]
            assert len(headed) == len(item.decisions), (path.name, item.number)
            found += [(path.name, s.heading, doc, i, n) for n, s in enumerate(headed)]
    return found


DECISIONS = _decisions()


def test_corpus_has_decisions_in_many_layouts() -> None:
    assert len(DECISIONS) >= 50
    assert len({name for name, *_ in DECISIONS}) >= 15


@pytest.mark.parametrize(
    ("name", "heading", "doc", "item", "n"),
    DECISIONS,
    ids=[f"{name}:{heading[:40]}:{n}" for name, heading, _, _, n in DECISIONS],
)
def test_decision_body_and_date(
    name: str, heading: str, doc: dp.Document, item: int, n: int
) -> None:
    decision = doc.items[item].decisions[n]
    printed_date = find_date(heading)
    if printed_date is not None:
        assert decision.date == printed_date
    labels = ("beslutning", "beslutninger", "referat")
    words = [w for w in heading.replace(",", " ").split() if w.lower().strip(":") not in labels]
    names_a_body = any(w[:1].isupper() for w in words if find_date(w) is None)
    if names_a_body:
        assert decision.body is not None and decision.body.split()[0] in heading
