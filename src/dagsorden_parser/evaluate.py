"""Evaluation against a gold-annotated corpus: `python -m dagsorden_parser.evaluate DIR`.

The corpus holds documents and one gold JSON per document (what a careful reader
sees: items, titles, access, case ids, section headings, attachments, header
fields). This module parses each document, compares, and prints a table per
document and per layout family.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import parse
from .errors import DagsordenError
from .models import Document, Item, Person


@dataclass
class Score:
    """Counts for one document (or a sum of documents)."""

    gold_items: int = 0
    found_items: int = 0
    matched: int = 0
    titles: int = 0
    access_total: int = 0
    access: int = 0
    case_total: int = 0
    case: int = 0
    sectioned: int = 0
    sections: int = 0
    attachments_total: int = 0
    attachments: int = 0
    pages_total: int = 0
    pages: int = 0
    metadata_total: int = 0
    metadata: int = 0
    failed: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                self.misses.extend(value)

    @property
    def precision(self) -> float:
        return self.matched / self.found_items if self.found_items else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_items if self.gold_items else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, hits: str, total: str) -> float:
        n = getattr(self, total)
        return getattr(self, hits) / n if n else 1.0


@dataclass(frozen=True)
class Case:
    """A corpus document, its gold annotation and its layout family."""

    source: Path
    gold: dict[str, Any]
    family: str


def _family(publishing_system: str) -> str:
    text = publishing_system.lower()
    for needle, family in (
        ("attachment", "not a meeting document"),
        ("first agenda publishing", "First Agenda HTML"),
        ("pre-first agenda", "other"),
        ("first agenda", "First Agenda"),
        ("edoc", "eDoc"),
        ("acadre", "Acadre"),
        ("sbsys", "SBSYS"),
    ):
        if needle in text:
            return family
    return "other"


def load_corpus(root: Path, gold_folder: str = "gold") -> list[Case]:
    """The gold-annotated documents of a corpus folder (and its seeds beside it).

    `gold_folder` is where the annotations lie under `root`: `gold` for the PDFs and
    texts, `vendor/gold` for the agenda systems' web pages.
    """
    families: dict[str, str] = {}
    manifest = root / "manifest.tsv"
    if manifest.exists():
        previous = "other"
        with manifest.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                system = row.get("publishing_system") or ""
                family = previous if system.lower().startswith("same as") else _family(system)
                families[row["file"]] = previous = family
    cases = []
    for gold_path in sorted((root / gold_folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        relative = gold["source"]
        source = root / relative
        if not source.exists():
            source = root.parent / relative
        if not source.exists():
            continue
        family = families.get(
            relative, "First Agenda" if relative.startswith("seeds/") else "other"
        )
        cases.append(Case(source=source, gold=gold, family=family))
    return cases


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _pair_items(
    gold: Sequence[dict[str, Any]], found: Sequence[Item]
) -> list[tuple[dict[str, Any], Item]]:
    """Gold items paired with found items: by number where both have one, else by title."""
    pairs = []
    unused = list(found)
    for g in gold:
        match = next((i for i in unused if g.get("number") and i.number == g["number"]), None)
        if match is None:
            match = next((i for i in unused if _norm(i.title) == _norm(g["title"])), None)
        if match is not None:
            unused.remove(match)
            pairs.append((g, match))
    return pairs


def _moment(value: Any) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    date, _, time = text.partition("T")
    return date, time[:5] or None


def _printed(people: Sequence[Person] | None) -> list[str] | None:
    return None if people is None else [_norm(p.printed) for p in people]


def score(case: Case, doc: Document) -> Score:
    gold = case.gold
    s = Score(gold_items=len(gold["items"]), found_items=len(doc.items))
    name = case.source.name
    pairs = _pair_items(gold["items"], doc.items)
    s.matched = len(pairs)
    found_pairs = {id(i) for _, i in pairs}
    for g in gold["items"]:
        if not any(pg is g for pg, _ in pairs):
            s.misses.append(f"{name}: item {g.get('number')} {g['title']!r} not found")
    for item in doc.items:
        if id(item) not in found_pairs:
            s.misses.append(f"{name}: extra item {item.number} {item.title!r}")
    for g, item in pairs:
        label = f"{name}: item {g.get('number')}"
        if _norm(item.title) == _norm(g["title"]):
            s.titles += 1
        else:
            s.misses.append(f"{label} title {item.title!r} != {g['title']!r}")
        if g.get("access") is not None:
            s.access_total += 1
            s.access += item.access == g["access"]
            if item.access != g["access"]:
                s.misses.append(f"{label} access {item.access} != {g['access']}")
        if g.get("case_id") is not None:
            s.case_total += 1
            s.case += item.case_id == g["case_id"]
            if item.case_id != g["case_id"]:
                s.misses.append(f"{label} case id {item.case_id} != {g['case_id']}")
        gold_sections = [_norm(h) for h in g.get("sections") or []]
        found_sections = [_norm(sec.heading) for sec in item.sections]
        if gold_sections or found_sections:
            s.sectioned += 1
            s.sections += gold_sections == found_sections
            if gold_sections != found_sections:
                s.misses.append(f"{label} sections {found_sections} != {gold_sections}")
        gold_attachments = [_norm(a) for a in g.get("attachments") or []]
        found_attachments = [_norm(a.printed) for a in item.attachments]
        if gold_attachments or found_attachments:
            s.attachments_total += 1
            s.attachments += gold_attachments == found_attachments
            if gold_attachments != found_attachments:
                s.misses.append(f"{label} attachments {found_attachments} != {gold_attachments}")
        if g.get("page") is not None:
            s.pages_total += 1
            s.pages += item.page_start == g["page"]
            if item.page_start != g["page"]:
                s.misses.append(f"{label} page {item.page_start} != {g['page']}")
    gold_date, gold_time = _moment(gold.get("start"))
    found_date, found_time = _moment(doc.start)
    checks = {
        "kind": (doc.kind, gold.get("kind")),
        "committee": (_norm(doc.committee) or None, _norm(gold.get("committee")) or None),
        "date": (found_date, gold_date),
        "time": (found_time, gold_time),
        "location": (_norm(doc.location) or None, _norm(gold.get("location")) or None),
        "present": (_printed(doc.present), gold.get("present")),
        "absent": (_printed(doc.absent), gold.get("absent")),
    }
    for field_name, (found, expected) in checks.items():
        if expected is None and field_name != "kind":
            continue
        s.metadata_total += 1
        s.metadata += found == expected
        if found != expected:
            s.misses.append(f"{name}: {field_name} {found!r} != {expected!r}")
    return s


def evaluate(cases: Iterable[Case], profile: str | None = None) -> dict[str, tuple[Case, Score]]:
    """Each document parsed (with `profile` forced, if given) and scored against its gold."""
    results: dict[str, tuple[Case, Score]] = {}
    for case in cases:
        try:
            doc = parse(case.source, profile=profile)
        except DagsordenError as exc:
            failed = Score(gold_items=len(case.gold["items"]), failed=1)
            failed.misses.append(f"{case.source.name}: failed: {exc}")
            results[case.source.name] = (case, failed)
            continue
        results[case.source.name] = (case, score(case, doc))
    return results


_COLUMNS = ("items P", "items R", "titles", "access", "case id", "sections", "bilag", "meta")


def _row(s: Score) -> list[str]:
    return [
        f"{s.precision:.2f}",
        f"{s.recall:.2f}",
        f"{s.share('titles', 'matched'):.2f}",
        f"{s.share('access', 'access_total'):.2f}",
        f"{s.share('case', 'case_total'):.2f}",
        f"{s.share('sections', 'sectioned'):.2f}",
        f"{s.share('attachments', 'attachments_total'):.2f}",
        f"{s.share('metadata', 'metadata_total'):.2f}",
    ]


def report(results: dict[str, tuple[Case, Score]], *, misses: bool = True) -> str:
    width = max((len(n) for n in results), default=10)
    head = f"{'document':<{width}}  {'family':<22} " + " ".join(f"{c:>8}" for c in _COLUMNS)
    lines = [head, "-" * len(head)]
    families: dict[str, Score] = defaultdict(Score)
    total = Score()
    for name, (case, s) in results.items():
        lines.append(f"{name:<{width}}  {case.family:<22} " + " ".join(f"{v:>8}" for v in _row(s)))
        families[case.family].add(s)
        total.add(s)
    lines += ["", head.replace("document", "family  ", 1), "-" * len(head)]
    for family, s in sorted(families.items()):
        lines.append(f"{family:<{width}}  {'':<22} " + " ".join(f"{v:>8}" for v in _row(s)))
    lines.append(f"{'ALL':<{width}}  {'':<22} " + " ".join(f"{v:>8}" for v in _row(total)))
    lines.append(f"\nitem F1 {total.f1:.3f}; documents failed: {total.failed}")
    if misses and total.misses:
        lines += ["", "misses:", *(f"  {m}" for m in total.misses)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="corpus folder with gold/ and manifest.tsv")
    parser.add_argument("--family", help="only documents of this layout family")
    parser.add_argument(
        "--gold",
        default="gold",
        help="annotations' folder under the corpus (vendor/gold: web pages)",
    )
    parser.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    parser.add_argument("--profile", help="force this layout profile (`generic`: inference alone)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(
            f"dagsorden: error: {args.corpus}: no such corpus folder [not_found]", file=sys.stderr
        )
        return 1
    cases = [
        c for c in load_corpus(args.corpus, args.gold) if not args.family or c.family == args.family
    ]
    if not cases:
        family = f" of family {args.family!r}" if args.family else ""
        print(
            f"dagsorden: error: {args.corpus}: no gold-annotated documents{family} "
            "(expected gold/*.json and manifest.tsv) [not_found]",
            file=sys.stderr,
        )
        return 1
    print(report(evaluate(cases, args.profile), misses=not args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())
