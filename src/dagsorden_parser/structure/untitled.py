"""Items printed without number or title, told apart by the run of their sections.

Some pages hide each item's number and title (a folded heading, a lost text layer) and
print only its parts: `Beslutningstema`, `Indstilling`, `Sagsfremstilling`, `Beslutning
i Udvalget den 12-03-2025`, or a case-id line (`Sagsnr.: 19/2211`) above them. Every item
prints the same run of labels, so the item boundaries are where the run starts again: the
label that opens each run, found as the one that splits the sequence of labels into runs
in which no label repeats. A decision closes an item, so it opens one only where nothing
else can; two bodies' decisions in a row (`Beslutning Økonomiudvalget ...`, `Beslutning
Byrådet ...`) close the same item.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..models import SectionKind
from ..read.lines import Line
from ..vocabulary import heading_key, section_kind
from .priors import LayoutPriors
from .rules import labelled_case_id

#: Fewest runs that make a layout of untitled items.
MIN_RUNS = 2
#: Longest line that can be a section heading.
MAX_LABEL = 100
# The key of a case-id line among the labels.
_CASE = "case id"
# The key of an access word alone (`Åben`, `Lukket`) among the labels.
_ACCESS = "access"
_ACCESS_WORD = re.compile(r"^(?:åben|åbent|lukket)$", re.I)


def untitled_starts(lines: Sequence[Line], priors: LayoutPriors, start: int = 0) -> list[int]:
    """The lines that open untitled items, or [] when the labels do not run in turns."""
    return label_runs(lines, priors, start)[1]


def label_runs(
    lines: Sequence[Line], priors: LayoutPriors, start: int = 0
) -> tuple[list[int], list[int]]:
    """The lines that hold section labels, and those of them that open untitled items
    ([] when the labels do not run in turns)."""
    labels: list[tuple[int, str]] = []
    previous = ""
    for i in range(start, len(lines)):
        key = _label(lines[i].text, priors)
        if key is None:
            continue
        text = heading_key(lines[i].text)
        if key == previous_key(labels) == SectionKind.DECISION.value and text != previous:
            continue  # `Beslutning Byrådet` right after `Beslutning Økonomiudvalget`: one item
        labels.append((i, key))
        previous = text
    counts = Counter(key for _, key in labels)  # in order of first appearance
    best: tuple[float, list[int]] = (0.0, [])
    for opener, count in counts.items():
        if count < MIN_RUNS:
            continue
        runs = _runs(labels, opener)
        if runs is None:
            continue
        # runs that open with the label, a case-id line rather than a decision (which
        # ends an item); the first of equals is the one printed first
        score = len(runs) - (1.0 if runs[0][0] != opener else 0.0)
        score += 0.5 if opener == _CASE else 0.0
        score -= 1.5 if opener == SectionKind.DECISION.value else 0.0
        if score > best[0]:
            best = (score, [i for i, key in labels if key == opener])
    starts = best[1]
    if starts and labels[0][0] < starts[0]:
        starts = [labels[0][0], *starts]  # what stands before the first run is an item too
    return [i for i, _ in labels], starts


def previous_key(labels: Sequence[tuple[int, str]]) -> str | None:
    """The key of the last label seen, if any."""
    return labels[-1][1] if labels else None


def _label(text: str, priors: LayoutPriors) -> str | None:
    """The key of a label line: its section kind (`other` by its words), or `case id`."""
    text = text.strip().lstrip("•·-– ").strip()
    if labelled_case_id(text) is not None:
        return _CASE
    if _ACCESS_WORD.match(text):
        return _ACCESS  # `Åben` alone where a folded heading stands
    if not text or len(text) > MAX_LABEL or text.endswith((".", ",", ";")):
        return None
    kind = section_kind(text) or priors.section_kind(text)
    if kind is None:
        return None
    return heading_key(text) if kind is SectionKind.OTHER else kind.value


def _runs(labels: Sequence[tuple[int, str]], opener: str) -> list[list[str]] | None:
    """The labels cut before each `opener`; None when a label repeats within a run."""
    runs: list[list[str]] = []
    current: list[str] = []
    for _, key in labels:
        if key == opener and current:
            runs.append(current)
            current = []
        if key in current:
            return None
        current.append(key)
    runs.append(current)
    return runs
