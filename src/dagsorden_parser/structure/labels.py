"""Section labels of the document's own: a `Label:` that recurs under the items.

Some layouts head the parts of each item with their own words, printed in body style
(`Oplæg:` / `Referat:` under every point of an internal meeting), the label alone on
its line or with its text run on after it (`Referat: Alle skal have adgang.`). A label
printed alone at least once and recurring under several items is the document's own
section word, whether or not the vocabulary knows it; header labels (`Fraværende:`)
and case lines (`Sagsnr.:`) are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..read.lines import Line
from ..vocabulary import HEADER_LABELS, section_kind
from .forms import access_line, group_access
from .rules import labelled_case_id

#: Fewest times a label must recur to be taken for a section word of the document.
REPEATS = 3
# `Oplæg:`, `Referat: text`, `Videre forløb:`: one to three words, a capital first, a colon.
_LABEL = re.compile(
    r"^(?P<label>[A-ZÆØÅ][a-zæøå]{2,20}(?:\s[a-zæøå]{2,20}){0,2}):(?:\s+(?P<rest>\S.*))?$"
)


def _key(text: str) -> tuple[str, bool] | None:
    """The label a line opens (lower case) and whether it stands alone, or None."""
    m = _LABEL.match(text.strip())
    if m is None or labelled_case_id(text.strip()) is not None:
        return None
    label = m["label"]
    if any(h.pattern.match(f"{label}:") for h in HEADER_LABELS):
        return None
    return label.casefold(), m["rest"] is None


def recurring_labels(lines: Sequence[Line]) -> frozenset[str]:
    """The labels (lower case, no colon) printed alone at least once and at the start of
    `REPEATS` lines or more."""
    counts: dict[str, int] = {}
    alone: set[str] = set()
    for line in lines:
        found = _key(line.text)
        if found is None:
            continue
        counts[found[0]] = counts.get(found[0], 0) + 1
        if found[1]:
            alone.add(found[0])
    return frozenset(k for k, n in counts.items() if n >= REPEATS and k in alone)


def label_of(text: str, labels: frozenset[str]) -> bool:
    """Whether the line is one of the document's own labels, alone (`Oplæg:`)."""
    found = _key(text)
    return found is not None and found[1] and found[0] in labels


def split_labels(lines: Sequence[Line]) -> list[Line]:
    """`Referat: text` cut into `Referat:` and `text` where `Referat:` is a recurring
    label of the document (so the label heads its section); other lines as they are."""
    labels = recurring_labels(lines)
    if not labels:
        return list(lines)
    out: list[Line] = []
    for line in lines:
        m = _LABEL.match(line.text.strip())
        found = _key(line.text)
        if m is not None and found is not None and found[0] in labels and m["rest"]:
            out += [line.with_text(f"{m['label']}:"), line.with_text(m["rest"])]
        else:
            out.append(line)
    return out


#: Most words a recurring plain heading has.
HEADING_WORDS = 5
#: Longest recurring plain heading.
HEADING_LENGTH = 60
# `Sagsgang og sagstype`: a short line, a capital first, letters and spaces only.
_PLAIN = re.compile(r"^[A-ZÆØÅ][a-zæøå]{1,20}(?:[ -][a-zæøå]{1,20}){0,4}$")


def recurring_headings(lines: Sequence[Line], starts: Sequence[int]) -> frozenset[str]:
    """Short lines that head a part of several items (`Sagsgang og sagstype`), learned
    from where they stand: in two items or more, once in each, never the first line of
    a section, nor right above one, nor the last line of an item, and always above a
    known section heading of the same item. A decision's text (`Godkendt` right below
    `Beslutning`) is none."""
    spans = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    seen: dict[str, int] = {}
    bad: set[str] = set()
    for start, end in spans:
        known = [n for n in range(start + 1, end) if _known(lines[n].text)]
        last_known = known[-1] if known else -1
        in_item: set[str] = set()
        for n in range(start + 1, end):
            text = lines[n].text.strip()
            if len(text) > HEADING_LENGTH or not _PLAIN.match(text) or _known(text):
                continue
            if access_line(text) is not None or group_access(text)[0]:
                continue  # `Åben sag`: the item's access mark
            key = text.casefold()
            if (
                key in in_item
                or n == end - 1
                or n >= last_known
                or _known(lines[n - 1].text)
                or _known(lines[n + 1].text)  # a heading has a text of its own below it
                or len(text.split()) > HEADING_WORDS
            ):
                bad.add(key)
            in_item.add(key)
            seen[key] = seen.get(key, 0) + 1
    return frozenset(k for k, count in seen.items() if count >= 2 and k not in bad)


def _known(text: str) -> bool:
    return len(text) <= HEADING_LENGTH * 2 and section_kind(text) is not None
