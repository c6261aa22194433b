"""First Agenda HTML export (Holbæk, Region Hovedstaden: `dagsordner.*.dk`, `edagsorden.*.dk`).

The exported agenda page prints its header as capitalised labels, each alone on
its line with the value on the next:

    UDVALG / Udvalget for Ældre og Sundhed
    MØDE / Referat                      (or `ORDINÆRT REGIONSRÅDSMØDE`)
    STED / Kanalstræde 2, mødelokale 0.21
    STARTTIDSPUNKT / 04-06-2020 09:00:00
    SLUTTIDSPUNKT / 04-06-2020 11:00:00
    PUNKTER                             (the list of items, without page numbers)

then every item as `49. Title` (running numbers over the committee's term; a
closed item as `16. Lukket punkt`), in the body followed by the title again as
a subtitle and sections such as `Sagsgang og sagstype`, `Indstilling`,
`Beskrivelse af sagen`, `Beslutning i Udvalget for Ældre og Sundhed den
04-06-2020`; the regions print them in capitals (`BAGGRUND FOR SAGENS
FREMLÆGGELSE`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..clean.text import normalise
from ..models import Access, SectionKind
from ..read.lines import Line
from ..structure.rules import ItemHeading
from ..vocabulary import HeaderLabel, heading_key, section_kind
from .base import Profile

S = SectionKind

# `UDVALG`, `MØDE`, `STED`, `STARTTIDSPUNKT`, `SLUTTIDSPUNKT`: the export's header labels,
# in capitals and alone on their line (the value stands on the next line).
_LABEL_ONLY = re.compile(r"^(UDVALG|MØDE|STED|STARTTIDSPUNKT|SLUTTIDSPUNKT)$")
# `UDVALG Udvalget for ...`, `STARTTIDSPUNKT 04-06-2020 09:00:00`: a label with its value
# on the same line (as some copies of the page print it).
_LABEL_VALUE = re.compile(
    r"^(?:(?:UDVALG|MØDE|STED)\s+\S.*|(?:START|SLUT)TIDSPUNKT\s+\d{2}-\d{2}-\d{4}\s+\d{1,2}:\d{2}.*)$"
)
# `PUNKTER`: the heading of the list of items (the export's table of contents).
_ITEMS_LIST = re.compile(r"^PUNKTER$")
# `49. Title`, `16. Lukket punkt`: the item number with a dot, then the title.
_NUMBER_DOT_TITLE = re.compile(r"^(?P<number>\d{1,4})\.\s+(?P<title>[A-ZÆØÅ0-9\"“«'].*)$")
# `Lukket punkt`: the whole title of a closed item (its real title is withheld).
_CLOSED_TITLE = re.compile(r"^lukket\s+punkt$", re.I)
_WORDS = re.compile(r"\w+")


def number_dot_title(text: str) -> ItemHeading | None:
    """`49. Title`: the export's item heading and list line; `16. Lukket punkt` is closed."""
    m = _NUMBER_DOT_TITLE.match(text)
    if not m:
        return None
    title = m["title"].strip()
    access: Access | None = "closed" if _CLOSED_TITLE.match(title) else None
    return ItemHeading(m["number"], title, access, "number_dot")


def _label(field: str, word: str) -> HeaderLabel:
    """`UDVALG Udvalget for Ældre og Sundhed` (after `prepare`): a capitalised label."""
    return HeaderLabel(field, re.compile(rf"^{word}\b\s*(?P<value>.*)$"))


#: `UDVALG` names the committee; `MØDE` the meeting (`Referat`, `ORDINÆRT REGIONSRÅDSMØDE`).
#: `STED`, `STARTTIDSPUNKT` and `SLUTTIDSPUNKT` are read by the common labels.
HEADER_LABELS = (_label("committee", "UDVALG"), _label("meeting", "MØDE"))

#: Section headings of the export beyond the common words: Holbæk's `Sagsgang og
#: sagstype`, and the regions' capitalised headings (`BAGGRUND FOR SAGENS FREMLÆGGELSE`).
EXTRA_SECTIONS: dict[str, SectionKind] = {
    "sagsgang og sagstype": S.PROCESS,
    "vurdering": S.OTHER,
    "baggrund for sagens fremlæggelse": S.BACKGROUND,
    "politisk behandling": S.PROCESS,
    "tidsplan og videre proces": S.PROCESS,
    "konsekvenser": S.OTHER,
    "risikovurdering": S.OTHER,
    "direktørpåtegning": S.ENDORSEMENT,
    "bilagsfortegnelse": S.ATTACHMENTS,
}


def prepare(lines: Sequence[Line]) -> list[Line]:
    """`STED` alone on a line, `Kanalstræde 2` on the next: joined into one labelled line,
    so the header reads `STED Kanalstræde 2`. A label followed by another label (an empty
    field) or by `PUNKTER` stays alone."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        following = lines[n + 1] if n + 1 < len(lines) else None
        if (
            following is not None
            and _LABEL_ONLY.match(line.text)
            and not _LABEL_ONLY.match(following.text)
            and not _ITEMS_LIST.match(following.text)
        ):
            out.append(line.with_text(normalise(f"{line.text} {following.text}")))
            n += 2
        else:
            out.append(line)
            n += 1
    return out


def _items_list(lines: Sequence[Line]) -> tuple[int, int] | None:
    """Where the `PUNKTER` list's entries stand: (first, end) indexes, or None.

    The list is the run of `49. Title` lines right after `PUNKTER`, with numbers going
    up; the body's first heading starts the numbering again."""
    start = next((n for n, line in enumerate(lines) if _ITEMS_LIST.match(line.text)), None)
    if start is None:
        return None
    end, last = start + 1, -1
    while end < len(lines):
        heading = number_dot_title(lines[end].text)
        if heading is None or heading.number is None or int(heading.number) <= last:
            break
        last = int(heading.number)
        end += 1
    return start + 1, end


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _same_title(a: str, b: str) -> bool:
    """Titles equal word for word (case, punctuation and spacing aside)."""
    x = _words(a)
    return bool(x) and x == _words(b)


#: How many lines below a heading may hold the section heading that confirms it.
LOOKAHEAD = 15


def _section_follows(lines: Sequence[Line], index: int) -> bool:
    """A known section heading (`Indstilling`, `Sagsgang og sagstype`) below the line,
    before the next `N. Title` line."""
    for line in lines[index + 1 : index + 1 + LOOKAHEAD]:
        if _NUMBER_DOT_TITLE.match(line.text):
            return False
        if section_kind(line.text) is not None or heading_key(line.text) in EXTRA_SECTIONS:
            return True
    return False


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """A body heading `49. Title`: not a line of the `PUNKTER` list itself, and either
    listed there with the same number and title, or followed by its title repeated as
    the subtitle line. Without a list, a section heading below it also confirms it.
    A numbered list in the body (`2. Udvalget ... sikrer, at ...`) is neither."""
    own = number_dot_title(lines[index].text) or heading  # the line, not a page-less reading
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    repeated = _same_title(following, own.title)
    span = _items_list(lines)
    if span is None:
        return repeated or _section_follows(lines, index)
    first, end = span
    if first <= index < end:
        return False
    for line in lines[first:end]:
        listed = number_dot_title(line.text)
        if listed is not None and listed.number == own.number:
            return _same_title(listed.title, own.title) or repeated
    return repeated


def detect(texts: Sequence[str]) -> float:
    """Share of the export's capitalised labels (`UDVALG`, `MØDE`, `STED`, `STARTTIDSPUNKT`,
    `SLUTTIDSPUNKT` alone on a line or before their value, and `PUNKTER`): three different
    ones, among them `PUNKTER` or a `...TIDSPUNKT`, claim the document."""
    found = set()
    for text in texts[:200]:
        if _LABEL_ONLY.match(text) or _ITEMS_LIST.match(text) or _LABEL_VALUE.match(text):
            found.add(text.split(" ", 1)[0])
    if not found & {"PUNKTER", "STARTTIDSPUNKT", "SLUTTIDSPUNKT"}:
        return 0.0
    return min(1.0, len(found) / 3)


FIRST_AGENDA_HTML = Profile(
    name="firstagenda_html",
    description="First Agenda HTML export: `UDVALG`/`MØDE`/`STED` labels, `PUNKTER`, `49. Title`",
    item_rules=(number_dot_title,),
    extra_sections=EXTRA_SECTIONS,
    header_labels=HEADER_LABELS,
    prepare=prepare,
    confirm=confirm,
    detect=detect,
)
