"""eDoc (Ballerup, København): the agenda system's PDF and web page layouts.

- items: `1. Meddelelser`, bold, the number hanging left (some extractions print
  the number alone on the line above the title: `prepare` rejoins them);
- below the heading `Sagsnr.: 2011-29298` (the case id) and `Dok.nr.: 2012-202935`;
- running header `Udvalg / Referat / Åbent referat / Dato: 04.12.2012 / Side N`;
  contents grouped under `Åbent referat` / `Lukket referat`;
- attachments `2012-200782 - Title` under a bold `Bilag` (`Bilag: Ingen` when none);
- the decision heading `Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012
  Punkt 2`, underlined rather than bold; København's web pages record the meeting
  inside item 1's decision: `Økonomiudvalgets beslutning i mødet den 31. marts 2020`,
  `Mødet startede kl. 15.30 og sluttede kl. 16.45.`, `Fraværende med afbud:`,
  `Deltagerne var:`, and refer to items as `Dagsordenspunkt 1:`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..facts.dates import find_date, find_time
from ..facts.header import Header, people
from ..models import Person
from ..read.lines import Line
from ..structure.rules import labelled_case_id
from ..vocabulary import HEADER_LABELS, HeaderLabel
from .base import Profile, join_next
from .generic import confirm, numbered_title
from .scan import any_line

if TYPE_CHECKING:
    from ..structure.outline import ItemOutline

# --- detection --------------------------------------------------------------------

# `Sagsnr.: 2011-29298`: eDoc's case number, year and serial, alone on its line.
_CASE_NUMBER = re.compile(r"^Sagsnr\.:\s*(19|20)\d\d-\d{3,}$")
# `Dok.nr.: 2012-202935`: eDoc's document number, alone on its line.
_DOCUMENT_NUMBER = re.compile(r"^Dok\.nr\.:\s*(19|20)\d\d-\d{3,}$")
# `Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2` (Ballerup) or
# `Økonomiudvalgets beslutning i mødet den 31. marts 2020` (København): the body (in
# the genitive), and the meeting's date.
_BODY_DECISION = re.compile(
    r"^(?P<body>[A-ZÆØÅ][\w ,.-]{0,80}?)s beslutning\s+(?:i mødet\s+)?den\s+"
    r"(?P<date>\d{1,2}\.\s*(?:\d{1,2}\.\d{2,4}|[a-zæø]+\s+\d{4}))(?:\s+punkt\s+\d{1,4})?\s*:?$",
    re.I,
)
# `Dagsordenspunkt 1: Godkendelse af dagsorden`: København's reference to an item.
_AGENDA_POINT = re.compile(r"^Dagsordenspunkt \d{1,3}:")
# `Fraværende i mødet:`, `Fraværende uden afbud:`: København's attendance labels.
_ATTENDANCE_LABEL = re.compile(r"^Fraværende (i mødet|uden afbud):$")

#: Each signature with the words every match of it contains (see `scan.any_line`).
_SIGNATURES = (
    (_CASE_NUMBER, ("sagsnr.:",)),
    (_DOCUMENT_NUMBER, ("dok.nr.:",)),
    (_BODY_DECISION, ("s beslutning",)),
    (_AGENDA_POINT, ("dagsordenspunkt ",)),
    (_ATTENDANCE_LABEL, ("fraværende ",)),
)


def detect(texts: Sequence[str]) -> float:
    """Kinds of eDoc signature lines seen (`Sagsnr.: 2011-29298`, `Dok.nr.: ...`, the
    decision heading `Xs beslutning den 04.12.2012 Punkt 2`, `Dagsordenspunkt 1:`,
    `Fraværende i mødet:`); two kinds claim the document."""
    kinds = sum(1 for rule, words in _SIGNATURES if any_line(texts, rule, *words))
    return min(1.0, kinds / 2)


# --- lines the layout splits or styles its own way -------------------------------

# `1.` or `12`: an item number alone on its line, the title on the next.
_NUMBER_ALONE = re.compile(r"^\d{1,3}\.?$")


def prepare(lines: Sequence[Line]) -> list[Line]:
    """Rejoin an item number printed alone with the title beside or below it, and mark
    the decision heading (`Xs beslutning den 04.12.2012 Punkt 2`, underlined in the PDF,
    which the extractor does not see) as the heading it is."""
    return join_next(lines, _prepare_line)


def _prepare_line(line: Line, following: Line | None) -> tuple[list[Line], bool]:
    if following is not None and _number_then_title(line, following):
        joined = dataclasses.replace(
            line,
            text=f"{line.text} {following.text}",
            x1=max(line.x1, following.x1),
            bold=line.bold or following.bold,
            size=max(line.size, following.size),
        )
        return [joined], True
    if line.size > 0 and not line.bold and _is_decision_heading(line.text):
        return [dataclasses.replace(line, bold=True)], False
    return [line], False


def _number_then_title(number: Line, title: Line) -> bool:
    """`1.` alone, then a title in capitals on the same line band or right below it."""
    if not _NUMBER_ALONE.match(number.text) or number.page != title.page:
        return False
    if not title.text[:1].isupper() or numbered_title(f"{number.text} {title.text}") is None:
        return False
    if number.size > 0:  # a PDF: the same heading style, side by side or one line apart
        return number.bold and title.bold and title.top - number.top <= 1.6 * number.size
    return True


def _is_decision_heading(text: str) -> bool:
    """`Xs beslutning den 04.12.2012 Punkt 2`: the decision heading of a Ballerup item."""
    m = _BODY_DECISION.match(text)
    return m is not None and "i mødet" not in text.lower()


# --- meeting facts recorded inside the items -------------------------------------


def _label(field: str, pattern: str) -> HeaderLabel:
    return HeaderLabel(field, re.compile(pattern, re.I))


#: eDoc's header labels, before the common ones.
HEADER_LABELS_EDOC: tuple[HeaderLabel, ...] = (
    # `Afbud/Fraværende` (Ballerup cover), `Fraværende med afbud:`, `Fraværende i mødet:`,
    # `Fraværende uden afbud:` (København): members absent.
    _label(
        "absent",
        r"^(?:afbud\s*/\s*fraværende|fraværende\s*/\s*afbud|fraværende (?:med|uden) afbud|"
        r"fraværende i mødet)\s*:?\s*(?P<value>.*)$",
    ),
    # `Åbent referat`, `Lukket dagsorden`: the running header's edition line, not a name.
    _label("edition", r"^(?P<value>(?:åbent|åben|lukket)\s+(?:referat|dagsorden))$"),
    # `Deltagerne var:`: København's list of members present.
    _label("present", r"^deltagerne var\s*:\s*(?P<value>.*)$"),
    # `Sekretær` / `Sekretær: Name`: the secretary, not a member.
    _label("secretary", r"^sekretær\s*:?\s*(?P<value>.*)$"),
    # `tirsdag den 4. december 2012, kl. 13:00`: the cover's meeting date and time.
    _label(
        "date",
        r"^(?P<value>(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+den\s+\d.*)$",
    ),
    # `i Mødecenter C, Lokale 32 på Ballerup Rådhus`: the cover's place, after the date.
    HeaderLabel("location", re.compile(r"^i\s+(?P<value>[A-ZÆØÅ].*)$")),
)

# `Mødet startede kl. 15.30 og sluttede kl. 16.45.`, `Mødet sluttede kl.21.33`.
_STARTED = re.compile(r"^Mødet (?:startede|begyndte) kl\.?\s*(?P<time>\d{1,2}[.:]\d{2})", re.I)
_ENDED = re.compile(r"\bsluttede kl\.?\s*(?P<time>\d{1,2}[.:]\d{2})", re.I)
# `1. Overborgmester Frank Jensen (A)`: a numbered member line of `Deltagerne var:`.
_NUMBERED_MEMBER = re.compile(r"^\d{1,2}\.\s+(?P<name>\S.*)$")
# `Merete Øverup indkaldt`, `Jes König deltog`: a substitute who came, not an absentee.
_SUBSTITUTE = re.compile(r"\s(indkaldt|deltog)$", re.I)
#: The longest line an attendance list entry takes.
MAX_ENTRY = 80


def read_meeting(header: Header, items: Sequence[ItemOutline]) -> Header:
    """Complete the header from the items: the body and date named by the decision
    heading, `Mødet startede kl. ...`, and the attendance lists of København's first
    item (`Fraværende med afbud:`, `Deltagerne var:`)."""
    blocks = [block for item in items for block in _blocks(item)]
    lines = [line for item in items for line in item.lines()]
    header.committee = header.committee or _body_above_kind(header.title)
    decision = next((m for line in lines if (m := _BODY_DECISION.match(line.text))), None)
    if decision is not None:
        # `Økonomiudvalgets beslutning`: the body is the genitive without its `s`
        header.committee = header.committee or " ".join(decision["body"].split())
        header.start = header.start or find_date(decision["date"])
    day = header.start
    if isinstance(day, dt.date) and not isinstance(day, dt.datetime):
        start = _clock(lines, _STARTED)
        end = _clock(lines, _ENDED)
        if start is not None:
            header.start = dt.datetime.combine(day, start)
        if end is not None and header.end is None:
            header.end = dt.datetime.combine(day, end)
    lists = _attendance(blocks)
    if header.present is None and "present" in lists:
        header.present = people(lists["present"])
    if header.absent is None and "absent" in lists:
        header.absent = [p for p in people(lists["absent"]) if not _substitute(p)]
    return header


# `Referat`, `Dagsorden`: the kind alone on the running header's second line.
_KIND_ALONE = re.compile(r"^(?:referat|dagsorden)$", re.I)
# `Sundheds- og Forebyggelsesudvalget`: a name alone on its line (no digits, no colon).
_NAME_ALONE = re.compile(r"^[A-ZÆØÅ][^\d:]{2,80}$")


def _body_above_kind(title: Sequence[str]) -> str | None:
    """The running header names the body, then the kind: `Økonomiudvalget` / `Referat`."""
    for name, kind in itertools.pairwise(title):
        if _KIND_ALONE.match(kind) and _NAME_ALONE.match(name) and not _KIND_ALONE.match(name):
            return name
    return None


def _clock(lines: Sequence[Line], rule: re.Pattern[str]) -> dt.time | None:
    """The time of the first line the rule finds (`Mødet startede kl. 15.30`)."""
    for line in lines:
        m = rule.search(line.text)
        if m:
            return find_time(f"kl. {m['time']}")
    return None


def _substitute(person: Person) -> bool:
    return _SUBSTITUTE.search(person.printed) is not None


def _blocks(item: ItemOutline) -> list[tuple[Line, ...]]:
    """The item's preamble and each section's body: an attendance list stays in one."""
    return [item.preamble, *(section.body for section in item.sections)]


def _attendance(blocks: Sequence[Sequence[Line]]) -> dict[str, list[str]]:
    """Entries under `Fraværende med afbud:` / `Deltagerne var:` labels, per field."""
    found: dict[str, list[str]] = {}
    for block in blocks:
        current: str | None = None
        for line in block:
            label = _attendance_label(line.text)
            if label is not None:
                current, value = label
                found.setdefault(current, [])
                if value:
                    found[current].append(value)
            elif current is not None and _list_entry(line.text):
                m = _NUMBERED_MEMBER.match(line.text) if current == "present" else None
                found[current].append(m["name"] if m else line.text)
            else:
                current = None
    return found


def _attendance_label(text: str) -> tuple[str, str] | None:
    for label in (*HEADER_LABELS_EDOC, *HEADER_LABELS):
        if label.field not in ("present", "absent") or not text.endswith(":"):
            continue
        m = label.pattern.match(text)
        if m:
            return label.field, m["value"].strip()
    return None


def _list_entry(text: str) -> bool:
    """A member line: short, no label, not a sentence ending in a colon."""
    return len(text) <= MAX_ENTRY and not text.endswith(":") and labelled_case_id(text) is None


EDOC = Profile(
    name="edoc",
    description="eDoc: `1. Title`, `Sagsnr.: 2011-29298`, `Dok.nr.:`, "
    "`Xs beslutning den 04.12.2012 Punkt 2`",
    item_rules=(numbered_title,),
    header_labels=HEADER_LABELS_EDOC,
    prepare=prepare,
    confirm=confirm,
    detect=detect,
    read_meeting=read_meeting,
)
