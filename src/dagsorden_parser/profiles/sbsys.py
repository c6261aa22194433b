"""SBSYS (Odense, Herning, Mariagerfjord, Region Midtjylland, Slagelse, Aarhus).

The title `Referat til mødet i X den D kl. T i Sted` (also one phrase a line);
items `1. Title` under group headings `A. Sager til afgørelse i byrådet` or
`Åbne dagsordenspunkter`; the case line `Åbent - 01.00.00-G01-93-16` (KLE
number, with the access) below the heading, or the case number printed on the
line above it (`85.02.02-G01-1-17`, `Sagnr.: 1-21-78-2-18`, `Sagsnr.: ...
Sagsbehandler: ...` above an unnumbered title); `Sagsnr.: ... Dok.nr.: ...
Åbent` on one line; section headings in capitals (`RESUMÉ`, `EFFEKT`). The
internal-meeting PDF prints sub-items `1.1 Title` and the labels `Oplæg:` /
`Referat:` in body style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, pairwise
from typing import TYPE_CHECKING

from ..facts.header import Header, people
from ..facts.meeting import absent_in_decisions
from ..models import Access, SectionKind
from ..read.lines import Line
from ..structure.priors import Group
from ..structure.rules import ItemHeading, access_of, bare_case_id, labelled_case_id
from ..vocabulary import HeaderLabel, section_kind
from .base import Profile
from .scan import mentions

if TYPE_CHECKING:
    from ..structure.outline import ItemOutline

# `33. Godkendelse af dagsorden`, `1 First Agenda`, `1.     Godkendelse af dagsorden (B)`,
# `1.1 Status siden sidst`: an item number (nested numbers for sub-items) and its title.
_NUMBERED = re.compile(
    r"^(?P<number>\d{1,3}(?P<sub>\.\d{1,2})?)\.?\s+(?P<title>[A-ZÆØÅ\"“«].*?)\s*$"
)
# A title alone on its line (Herning prints unnumbered items): a capital, no colon.
_UNNUMBERED = re.compile(r"^(?P<title>[A-ZÆØÅ\"“«][^:]{2,200})$")
# `85.02.02-G01-1-17`, `00.22.00-G01-1-16`: a KLE-coded SBSYS case number.
_KLE = r"\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}"
_BARE_KLE = re.compile(rf"^(?P<value>{_KLE})$")
_KLE_SEARCH = re.compile(_KLE)
# `Åbent - 01.00.00-G01-93-16`, `Lukket - 2012/057275`: the access, then the case number.
_ACCESS_CASE = re.compile(r"^(?P<access>åbent|åben|lukket)\s+-\s+(?P<value>[0-9][\w./-]*)$", re.I)
# `Sagsnr.: 240-2021-517   Dok.nr.: 240-2021-903114   Åbent`: the access ends the case line.
_CASE_LINE_ACCESS = re.compile(r"^sag(?:s)?nr\.?\s*:.*\s(?P<access>åbent|åben|lukket)$", re.I)
# `Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: Name`: printed above the item's title.
_CASE_OFFICER = re.compile(r"^sag(?:s)?nr\.?\s*:\s*\S+\s+sagsbehandler\s*:", re.I)
# `Sagnr.: 1-21-78-2-18` or `Sagsnr.: 12/345` alone on its line.
_CASE_ALONE = re.compile(r"^sag(?:s)?nr\.?\s*:\s*\S+$", re.I)
# `A. Sager til afgørelse i byrådet`, `A: Sager til afgørelse i Økonomiudvalg/Byråd`,
# `C. Sager til drøftelse/forberedelse`, `D. Orientering`: a lettered group of items.
_LETTER_GROUP = re.compile(
    r"^[A-H][.:]\s+(?:sager\s+til\s+\S.*|orientering(?:ssager)?|meddelelser)$", re.I
)
# `Åbne dagsordenspunkter`, `Lukkede dagsordenspunkter`: a group giving its access.
_ACCESS_GROUP = re.compile(r"^(?P<access>åbne|lukkede)\s+dagsordens?punkter$", re.I)
# `Oplæg: text`, `Referat: text`: the internal meeting's label with its text on the line.
_LABEL_WITH_TEXT = re.compile(r"^(?P<label>oplæg:|referat:)\s+(?P<rest>\S.*)$", re.I)
# `Referat til mødet i`, `Dagsorden til mødet i`, or the phrase broken as `mødet i X`.
_MEETING_TITLE = re.compile(r"^(?:(?:referat|dagsorden)\s+til\s+)?mødet i\s+\S", re.I)

#: How many lines below a heading its case line may stand (Slagelse repeats the title).
CASE_LINE_REACH = 3
#: How many lines below a heading a section may confirm it, without case lines.
LOOKAHEAD = 15


def numbered_title(text: str) -> ItemHeading | None:
    """`33. Title`, `1 Title`, `1.1 Title` (a sub-item: rule `sbsys_sub`)."""
    m = _NUMBERED.match(text)
    if not m:
        return None
    rule = "sbsys_sub" if m["sub"] else "sbsys_numbered"
    return ItemHeading(m["number"], m["title"], None, rule)


def unnumbered_title(text: str) -> ItemHeading | None:
    """A title alone on its line (Herning); `confirm` accepts it only below a
    `Sagsnr.: ... Sagsbehandler: ...` line (moved below it by `prepare`)."""
    m = _UNNUMBERED.match(text.strip())
    return ItemHeading(None, m["title"].strip(), None, "sbsys_unnumbered") if m else None


def case_id(text: str) -> str | None:
    """`Åbent - 01.00.00-G01-93-16` -> `01.00.00-G01-93-16`."""
    m = _ACCESS_CASE.match(text)
    return m["value"] if m else None


def bare_kle(text: str) -> str | None:
    """`85.02.02-G01-1-17` alone on the line below the heading."""
    m = _BARE_KLE.match(text)
    return m["value"] if m else None


def access(text: str) -> Access | None:
    """`Åbent - 01.00.00-G01-93-16` or `Sagsnr.: ... Dok.nr.: ... Åbent`: the item's access."""
    m = _ACCESS_CASE.match(text) or _CASE_LINE_ACCESS.match(text)
    return access_of(m["access"]) if m else None


def group(text: str) -> Group | None:
    """`A. Sager til afgørelse i byrådet` (no access) or `Åbne dagsordenspunkter` (open)."""
    if _LETTER_GROUP.match(text):
        return Group(None)
    m = _ACCESS_GROUP.match(text)
    return Group(access_of(m["access"])) if m else None


def _is_case_line(text: str) -> bool:
    return bool(
        _ACCESS_CASE.match(text)
        or _BARE_KLE.match(text)
        or labelled_case_id(text)
        or _CASE_LINE_ACCESS.match(text)
    )


def _moves_below(line: Line, following: Line) -> bool:
    """A case line printed above its item's heading: `Sagsnr.: ... Sagsbehandler: ...`
    above the (unnumbered) title, or `85.02.02-G01-1-17` / `Sagnr.: ...` above `1. Title`."""
    if _CASE_OFFICER.match(line.text):
        return True
    heading = numbered_title(following.text)
    return (
        heading is not None
        and heading.rule == "sbsys_numbered"
        and bool(_BARE_KLE.match(line.text) or _CASE_ALONE.match(line.text))
    )


def _case_below(line: Line, following: Line) -> bool:
    """`1. Title` with its case number on the line below (`85.02.02-G01-1-17`)."""
    heading = numbered_title(line.text)
    return (
        heading is not None
        and heading.rule == "sbsys_numbered"
        and bool(_BARE_KLE.match(following.text) or _CASE_ALONE.match(following.text))
    )


def prepare(lines: Sequence[Line]) -> list[Line]:
    """Put a case line printed above its heading below it, where the builder reads an
    item's case id (the two lines change places; nothing is dropped), and split `Referat:
    text` into the label and its text."""
    out: list[Line] = []
    n = 0
    # where the document prints its case lines under its headings, a case line above a
    # heading is the item's above it (an item without text), it stays
    above = sum(_moves_below(a, b) for a, b in pairwise(lines))
    below = sum(_case_below(a, b) for a, b in pairwise(lines))
    moves = above > below
    while n < len(lines):
        line = lines[n]
        if moves and n + 1 < len(lines) and _moves_below(line, lines[n + 1]):
            out += [lines[n + 1], line]
            n += 2
            continue
        m = _LABEL_WITH_TEXT.match(line.text)
        if m:
            out += [line.with_text(m["label"]), line.with_text(m["rest"])]
        else:
            out.append(line)
        n += 1
    return out


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """Whether a heading candidate opens an item.

    In a PDF a styled heading stands (the outline checks the style); a plain sub-item
    `1.1 Title` needs a label (`Oplæg:`) right below. In text, an unnumbered title needs
    the `Sagsnr.: ... Sagsbehandler:` line right below; a numbered one needs a case line
    within a few lines, or, in a document that prints none, a section heading before the
    next numbered line (so the list of items above the first one is not taken for items).
    """
    below = lines[index + 1 : index + 1 + LOOKAHEAD]
    if heading.rule == "sbsys_unnumbered":
        return bool(below) and _CASE_OFFICER.match(below[0].text) is not None
    if lines[index].size > 0:
        if heading.rule == "sbsys_sub" and not lines[index].bold:
            return bool(below) and SBSYS.section_kind(below[0].text) is not None
        return True
    if any(_is_case_line(line.text) for line in lines):
        return any(_is_case_line(line.text) for line in below[:CASE_LINE_REACH])
    for line in below:
        if _NUMBERED.match(line.text):
            return False
        if section_kind(line.text) is not None or SBSYS.section_kind(line.text) is not None:
            return True
    return False


def detect(texts: Sequence[str]) -> float:
    """Signature lines: strong ones count double, `Referat til mødet i` (or `mødet i X`
    alone), `Sagsnr.: ... Sagsbehandler:`, a KLE number alone or as `Åbent - <KLE>`;
    weak ones `Åbent - <case>`, `Sagsnr.: ... Åbent`, `A. Sager til afgørelse i ...`,
    `Åbne dagsordenspunkter`, `Oplæg:` labels."""
    lines = range(len(texts))
    access_case = set(compress(lines, map(_ACCESS_CASE.match, texts)))
    strong = {n for n in access_case if _KLE_SEARCH.search(texts[n])}
    for rule in (_MEETING_TITLE, _CASE_OFFICER, _BARE_KLE):
        strong.update(compress(lines, map(rule.match, texts)))
    weak = access_case
    for rule in (_CASE_LINE_ACCESS, _LETTER_GROUP, _ACCESS_GROUP):
        weak.update(compress(lines, map(rule.match, texts)))
    if mentions(texts, "oplæg:"):
        weak.update(n for n, t in enumerate(texts) if t.strip().lower() == "oplæg:")
    return min(1.0, (2 * len(strong) + len(weak)) / 4)


def read_meeting(header: Header, items: Sequence[ItemOutline]) -> Header:
    """The absent members from `Fraværende:` in the decisions (`Beslutning i X den D:` /
    `Fraværende:`), where the header lists none; an empty label means nobody."""
    if header.absent is None:
        found = absent_in_decisions(items)
        header.absent = people(found) if found is not None else None
    return header


def _label(field: str, pattern: str, *, continues: bool = True) -> HeaderLabel:
    return HeaderLabel(field, re.compile(pattern, re.I), continues)


SBSYS = Profile(
    name="sbsys",
    description="SBSYS: `Referat til mødet i X den D kl. T i Sted`, `Åbent - <KLE number>`",
    item_rules=(numbered_title, unnumbered_title),
    extra_sections={
        "effekt": SectionKind.OTHER,  # Odense's template: EFFEKT below SAGSFREMSTILLING
        "oplæg": SectionKind.OTHER,  # the internal meeting's `Oplæg:` (presentation)
        "referat": SectionKind.DECISION,  # ... and its `Referat:` (what was agreed)
    },
    header_labels=(
        # `Udvalg: Teknik- og Miljøudvalget` (Herning's web rendering)
        _label("committee", r"^udvalg\s*:\s*(?P<value>.+)$"),
        # `Bemærk:` closes the list of members above it
        _label("remark", r"^bemærk\s*:\s*(?P<value>.*)$"),
        # `Alle medlemmer var mødt undtagen A og B, der havde meldt afbud.`
        _label(
            "absent",
            r"^alle\s+medlemmer\s+var\s+(?:mødt|til\s+stede)\s*(?:undtagen\s+)?"
            r"(?P<value>.*?)(?:,?\s+der\s+havde\s+meldt\s+afbud)?\.?$",
            continues=False,
        ),
    ),
    case_id_rules=(case_id, labelled_case_id),
    first_line_case_id_rules=(bare_kle, bare_case_id),
    access_rules=(access,),
    group_rules=(group,),
    plain_heading_rules=frozenset({"sbsys_sub"}),
    plain_sections=True,
    prepare=prepare,
    confirm=confirm,
    detect=detect,
    read_meeting=read_meeting,
)
