"""eDoc's HTML export (Fujitsu eDoc agenda web pages, e.g. Middelfart).

The page is tables and styled blocks; read as lines (`read/html.py`) it prints:

- the contents as `Dagsorden` / `1. Title` and `Lukket dagsorden` / `5. Title`, without
  page numbers; the body's items grouped under `Åbne sager` and `Lukkede sager`;
- each item as `1. Title` (number and title in cells of one row, a styled heading),
  then the row `Sagsnr.: 2013-003869 Sagsbehandler: Name Åben` (the case number may be
  empty: `Sagsnr.: Sagsbehandler: Name Lukket`), whose last word is the access;
- sections under headings with a colon (`Præsentation:`, `Forvaltningen foreslår:`,
  `Sagsbeskrivelse:`, `Økonomi:`, `Høring:`, `Bilag:`), printed even when empty.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from ..models import Access, SectionKind
from ..read.lines import Line
from ..structure.priors import Group
from ..structure.rules import access_of, labelled_case_id
from .base import Profile
from .generic import confirm, numbered_title

# `Sagsnr.: 2013-003869 Sagsbehandler: Claus Friis Lange Åben`: the row below the title.
_CASE_ROW = re.compile(
    r"^Sagsnr\.?:\s*(?:(?P<case>(?!Sagsbehandler)\S+)\s+)?Sagsbehandler:[^\n]*?\s"
    r"(?P<access>Åben|Lukket)$",
    re.I,
)
# `Åbne sager`, `Lukkede sager`: the body's groups of open and closed items.
_GROUP = re.compile(r"^(?P<access>åbne|lukkede)\s+sager$", re.I)
# `Forvaltningen foreslår:`, `Præsentation:`: the export's own section labels.
_LABEL = re.compile(r"^(?:præsentation|forvaltningen foreslår):$", re.I)


def case_id(text: str) -> str | None:
    """`Sagsnr.: 2013-003869 Sagsbehandler: ... Åben` -> `2013-003869`; an empty case
    number gives none (where a plain `Sagsnr.:` label would take the next word)."""
    m = _CASE_ROW.match(text)
    if m:
        return m["case"]
    return labelled_case_id(text)


def access(text: str) -> Access | None:
    """The access word that ends the case row."""
    m = _CASE_ROW.match(text)
    return access_of(m["access"]) if m else None


def group(text: str) -> Group | None:
    m = _GROUP.match(text)
    return Group(access_of("åben" if m["access"].lower() == "åbne" else "lukket")) if m else None


def prepare(lines: Sequence[Line]) -> list[Line]:
    """A group heading (`Lukkede sager`) between two items is set in body style, so the
    item above does not take it for a section of its own; `group` still reads it."""
    sizes = Counter(line.size for line in lines)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    return [
        dataclasses.replace(line, bold=False, size=body) if _GROUP.match(line.text) else line
        for line in lines
    ]


def detect(texts: Sequence[str]) -> float:
    """Case rows (`Sagsnr.: ... Sagsbehandler: ... Åben`) and the export's section labels."""
    rows = sum(1 for t in texts if _CASE_ROW.match(t))
    labels = sum(1 for t in texts if _LABEL.match(t))
    return min(1.0, (rows + min(rows, labels)) / 4) if rows else 0.0


EDOC_WEB = Profile(
    name="edoc_web",
    description="eDoc HTML export: `1. Title`, `Sagsnr.: ... Sagsbehandler: ... Åben`, "
    "`Forvaltningen foreslår:`",
    item_rules=(numbered_title,),
    extra_sections={
        "præsentation": SectionKind.SUMMARY,
        "forvaltningen foreslår": SectionKind.RECOMMENDATION,
        "forvaltningens bemærkninger": SectionKind.OTHER,
        "handicapaspekter": SectionKind.OTHER,
        "høring af handicaprådet": SectionKind.CONSULTATION,
        "høring af ældrerådet": SectionKind.CONSULTATION,
    },
    case_id_rules=(case_id,),
    access_rules=(access,),
    group_rules=(group,),
    confirm=confirm,
    prepare=prepare,
    detect=detect,
)
