"""A page that holds one item: no item number anywhere, one run of an item's parts.

A web page of a single item prints the meeting's labels (`Mødedato: 22.04.2021, kl.
17:30`, `Mødested: ...`) or the case's (`Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: ...`),
then the item's title on a line of its own, then its parts (`Indstilling`,
`Problemstilling`, `Beslutning`). With no numbered heading to go by, the title is the
first line below the last such label that reads as a title, above the first section
heading; a case-id label right above it gives the item its case id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..read.lines import Line
from ..vocabulary import section_kind
from .forms import heading_form, number_alone
from .rules import ItemHeading, labelled_case_id

#: Lines above the first section heading searched for the labels and the title.
REACH = 40
#: Shortest and longest title of a single item.
MIN_TITLE, MAX_TITLE = 8, 250
#: Longest line that can be a section heading.
MAX_SECTION = 100

# `Mødedato: 22.04.2021, kl. 17:30`, `Mødested: Teams`, `Udvalg: Byrådet`: a label and its
# value on one line.
_LABEL_VALUE = re.compile(r"^[A-ZÆØÅ][\wæøå.-]{1,24}(?:\s[\wæøå.-]{1,24}){0,2}\s?:\s*\S")


# `Sagen behandles i`: a line that stops at a small word is a label or a broken phrase.
_BROKEN = re.compile(r"\s(?:i|og|til|for|af|ved|på|om|med|fra)$", re.I)


def single_item(lines: Sequence[Line]) -> tuple[int, int, ItemHeading] | None:
    """(first line, heading lines, heading) of the one item the page holds, or None.

    A single numbered heading above the first section is the item; several are a list
    (no single item), none leave the title below the labels."""
    first = next(
        (
            n
            for n, line in enumerate(lines)
            if len(line.text) <= MAX_SECTION and section_kind(line.text) is not None
        ),
        None,
    )
    if first is None:
        return None
    window = range(max(0, first - REACH), first)
    numbered = [(n, h) for n in window if (h := _numbered(lines, n)) is not None]
    if len(numbered) == 1:  # `• 121. Godkendelse af dagsorden`: the one numbered heading
        n, (span, heading) = numbered[0]
        return n, span, heading
    if numbered:
        return None
    labels = [
        n for n in range(max(0, first - REACH), first) if _LABEL_VALUE.match(lines[n].text.strip())
    ]
    # the last label with a title below it, before the next label (or the first section)
    if not labels:
        return None
    for label, end in reversed(list(zip(labels, [*labels[1:], first], strict=True))):
        title = next((t for t in range(label + 1, end) if _title_like(lines[t].text.strip())), None)
        if title is None:
            continue
        case_id = labelled_case_id(lines[label].text) if title == label + 1 else None
        heading = ItemHeading(None, lines[title].text.strip(), None, "single", case_id)
        if case_id is not None:  # the item opens at its case line, the title below it
            return label, 2, heading
        return title, 1, heading
    # a folded heading: the item opens at its case line (`Sagsnr.: 16/16208`), untitled
    case = next((n for n in reversed(labels) if labelled_case_id(lines[n].text)), None)
    if case is not None:
        return case, 1, ItemHeading(None, "", None, "single", labelled_case_id(lines[case].text))
    return None


def _numbered(lines: Sequence[Line], n: int) -> tuple[int, ItemHeading] | None:
    """`3. Title`, or `• 121.` with the title on the next line: (lines, heading)."""
    text = lines[n].text.strip()
    heading = heading_form(text)
    if heading is not None:
        return 1, heading
    alone = number_alone(text.lstrip("•·▪ "))
    if alone is None or n + 1 >= len(lines) or not _title_like(lines[n + 1].text.strip()):
        return None
    return 2, ItemHeading(alone[0], lines[n + 1].text.strip(), None, "single")


def _title_like(text: str) -> bool:
    """A line that reads as a title: a capital first, no label, no full stop at the end."""
    return (
        MIN_TITLE <= len(text) <= MAX_TITLE
        and (text[0].isupper() or text[0] in '"“«')
        and not text.endswith((".", ":"))
        and _BROKEN.search(text) is None
        and "|" not in text  # a cell of a table
        and _LABEL_VALUE.match(text) is None
        and section_kind(text) is None
    )
