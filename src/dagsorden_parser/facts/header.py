"""Document header: kind, committee, date and time, place and participants.

The header is every line before the table of contents (or the first item). A
field starts at a label (`Mødetidspunkt`, `Mødeafholdelse`, `Tilstede:`) and
runs to the next label.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..clean.text import join_lines
from ..models import DocumentKind, Moment, Person
from ..read.lines import Line
from ..vocabulary import HEADER_LABELS, MEETING_CLOSED, HeaderLabel
from .attendance import substitute
from .dates import combine, find_date, find_datetime, find_time
from .meeting import (
    absent_in_sentence,
    committee_in_title,
    cut_at_label,
    ends_members,
    members_of_day,
    place_in_title,
    realign_columns,
    room_with_label,
    tidy_members,
)

# `Dagsorden`, `Åben dagsorden`, `Tillægsdagsorden`: an agenda.
_AGENDA = re.compile(r"dagsorden", re.I)
# `Referat`, `Beslutningsprotokol`, `Protokol`, `Beslutninger fra mødet`, `BESLUTNINGER` (a
# title in capitals): minutes.
_MINUTES = re.compile(
    r"\b(referat|beslutningsprotokol|protokol|beslutninger fra|(?-i:BESLUTNINGER\b))", re.I
)
# `Dagsordener og referater`, `Dagsordener og beslutninger` (a web site's heading): both
# kinds, so neither.
_BOTH_KINDS = re.compile(
    r"dagsorden\w*\s+og\s+(?:referat|beslutning)|(?:referat|beslutning)\w*\s+og\s+dagsorden", re.I
)
# `Referat til mødet i X`, `Åben dagsorden`, `Dagsordener`: a line opening with the kind.
_LEADING_KIND = re.compile(r"^(?:åben\s+|åbent\s+)?(?:dagsorden|referat|beslutningsprotokol)", re.I)
# `Dagsorden til møde i Økonomiudvalget`, `Referat af møde i X den ...`, `Referat. af mødet
# i X 14. november 2007`: the committee.
_MEETING_OF = re.compile(
    r"(?:dagsorden|referat|protokol)\w*\.?\s+(?:til|af|for|fra)\s+(?:\w+\s+)?møde(?:t)?\s+i\s+"
    r"(?P<committee>.+?)(?:\s+(?:den|d\.|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|"
    r"dagsorden|referat|åben|åbent|lukket)\b.*|\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}.*"
    r"|\s+\d{1,2}\.\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)\b.*)?$",
    re.I,
)
# `REFERAT Aarhus Byråd d. 27-08-2025`, `Referat - Regionsrådet 2018-2021`, `Referat. X. Mødet
# den ...` (a sentence ends the committee).
_KIND_THEN_COMMITTEE = re.compile(
    r"^(?i:åbent\s+|åben\s+)?(?i:dagsorden|referat|beslutningsprotokol)\s*[-–:.]?\s+"
    r"(?!(?i:til|af|for|fra|åben|åbent|lukket)\b)"
    r"(?P<committee>[A-ZÆØÅ](?:[^.]|\.(?!\s))+?)"
    r"(?:\s+(?:den|d\.)\s+\d.*|\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}.*|\.\s.*|\.)?$",
)
# `Økonomiudvalget - Dagsorden 5. september 2012`, `X (2018-2021) – Referat – 12. januar
# 2021`: the committee, then the kind, then the date.
_COMMITTEE_THEN_KIND = re.compile(
    r"^(?P<committee>[A-ZÆØÅ][^–]+?)\s+[-–]\s+(?i:dagsorden|referat|beslutningsprotokol)\s+"
    r"(?:[-–]\s+)?\d"
)
# `Referat` or `Dagsorden` alone on a line; a line holding only a name (no digits, no colon).
_KIND_ALONE = re.compile(r"^(?:dagsorden|referat|beslutningsprotokol)$", re.I)
_NAME_ALONE = re.compile(r"^[A-ZÆØÅ][^\d:]{2,80}$")
# A header line holding only the meeting's date and time: `08-03-2021 16:00`.
_ONLY_DATE = re.compile(r"^[\d\s.:/-]+$|^\w+dag\b.*\d{4}.*$", re.I)
# `Aarhus Kommune`, `GENTOFTE KOMMUNE`, `Lyngby-Taarbæk Kommune`.
_MUNICIPALITY = re.compile(
    r"\b(?P<name>[A-ZÆØÅ][a-zæøåA-ZÆØÅ]+(?:-[A-ZÆØÅ][a-zæøåA-ZÆØÅ]+)?)\s+(?:kommune|KOMMUNE|Kommune)\b"
)
# `Region Hovedstaden` ... `Region Nordjylland`.
_REGION = re.compile(r"\bRegion\s+(Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland)\b")
_NOT_A_TOWN = frozenset(
    {"Den", "Denne", "Hver", "Enhver", "Samme", "Anden", "Hele", "Egen", "Vores"}
)

# `(A)`, `(Ø)`, `(UFP)`: a party letter.
_PARTY = re.compile(r"\(\s*(?P<party>[A-ZÆØÅ]{1,4})\s*\)")
# `formand`, `næstformand`, `2. næstformand`, `borgmester`: a member's role.
_ROLE_WORDS = r"(?:\d\.\s*)?(?:næst)?formand|(?:vice)?borgmester|sekretær|løsgænger|suppleant"
_ROLE = re.compile(rf"(?:^|(?<=[\s,-]))(?P<role>{_ROLE_WORDS})\b", re.I)
# A line holding only a role or a party, continuing the member on the line above.
_ROLE_ONLY = re.compile(rf"^(?:{_ROLE_WORDS}|\(\s*[A-ZÆØÅ]{{1,4}}\s*\))$", re.I)
# `, ` and ` og ` between names (outside parentheses).
_LIST_SEPARATOR = re.compile(r",\s*|(?<!-)\s+og\s+")  # not `Børne- og Unge`
_NONE_LISTED = re.compile(r"^(ingen|-)\.?$", re.I)


@dataclass
class Header:
    """What the header says; every field may be missing."""

    kind: DocumentKind | None = None
    committee: str | None = None
    start: Moment | None = None
    end: Moment | None = None
    location: str | None = None
    present: list[Person] | None = None
    absent: list[Person] | None = None
    fields: dict[str, list[str]] = field(default_factory=dict)
    #: The lines before the first label (page title, meeting line), for profiles.
    title: list[str] = field(default_factory=list)


def document_kind(texts: Sequence[str]) -> DocumentKind | None:
    """The first of `Dagsorden` or `Referat` that the title lines name; a line that starts
    with it (`Referat til mødet i X`) counts before one that only mentions it (`Sbsys
    dagsorden preview`), and a line naming both (`Dagsordener og referater`) not at all."""
    texts = [t for t in texts if not _BOTH_KINDS.search(t)]
    leading = [t for t in texts if _LEADING_KIND.match(t)]
    for text in [*leading, *texts]:
        agenda, minutes = _AGENDA.search(text), _MINUTES.search(text)
        if agenda and (not minutes or agenda.start() < minutes.start()):
            return "agenda"
        if minutes:
            return "minutes"
    return None


def committee_from_title(texts: Sequence[str]) -> str | None:
    """`Dagsorden til møde i X` or `REFERAT X d. 27-08-2025`, also when wrapped."""
    for candidate in [" ".join(texts), *texts]:
        m = _MEETING_OF.search(candidate)
        if m:
            return tidy_committee(m["committee"])
    for candidate in _unwrapped_title(texts):
        m = _KIND_THEN_COMMITTEE.match(candidate) or _COMMITTEE_THEN_KIND.match(candidate)
        if m:
            return tidy_committee(m["committee"])
    for kind, following in itertools.pairwise(texts):
        # `Referat` alone on its line, the body on the next (`Mødesystemgruppen`)
        # (`Åbent referat` there is the edition, no body)
        if (
            _KIND_ALONE.match(kind)
            and _NAME_ALONE.match(following)
            and not _EDITION.match(following)
        ):
            return following
    return None


# `Åbent referat`, `Lukket dagsorden`: which edition of the document, not a name.
_EDITION = re.compile(r"^(?:åben|åbent|lukket)\s(?:referat|dagsorden)$", re.I)
# A title line that stops inside a name: `REFERAT Klima-, Miljø- og` (the rest below).
_CONTINUES = re.compile(r"(?:,|-|\s(?:og|for|i|til))$", re.I)
# What a cut title leaves after the name: `Teknikudvalget d`, `Kommunalbestyrelsen mandag`.
_TRAILING_NOT_NAME = re.compile(
    r"(?:\s{1,5}(?:d\.?|den|kl\.?|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)){1,10}$"
    r"|(?<![\s,.-])[\s,.-]+$",  # from the start of the trailing run only: linear time
    re.I,
)


def _unwrapped_title(texts: Sequence[str]) -> list[str]:
    """The title lines, each line that stops inside a name joined with the next."""
    out: list[str] = []
    n = 0
    while n < len(texts):
        text = texts[n]
        while _CONTINUES.search(text) and n + 1 < len(texts):
            n += 1
            text = f"{text} {texts[n]}"
        out.append(text)
        n += 1
    return out


def tidy_committee(name: str) -> str | None:
    """A committee name without what a line break or a date left on it (`X d`, `X mandag`,
    a dangling `og`)."""
    tidy = name.strip(" ,.-")
    previous = None
    while tidy != previous:
        previous = tidy
        tidy = _TRAILING_NOT_NAME.sub("", tidy).strip(" ,.-")
    return tidy or None


def municipality(texts: Sequence[str]) -> str | None:
    """The authority most often named: `X Kommune` or `Region X`."""
    names: Counter[str] = Counter()
    for text in texts:
        if "ommune" not in text and "OMMUNE" not in text and "Region" not in text:
            continue  # each rule needs one of these words
        for m in _MUNICIPALITY.finditer(text):
            name = m["name"]
            if name not in _NOT_A_TOWN:
                names[f"{name[0]}{name[1:].lower() if name.isupper() else name[1:]} Kommune"] += 1
        for m in _REGION.finditer(text):
            names[f"Region {m[1]}"] += 1
    return names.most_common(1)[0][0] if names else None


def parse_header(lines: Sequence[Line], extra_labels: Sequence[HeaderLabel] = ()) -> Header:
    """Read the header fields from the lines before the contents or first item."""
    header = Header()
    title: list[str] = []
    current: str | None = None
    for line in lines:
        label = _label_of(line.text, extra_labels)
        if label is not None:
            name, value, continues = label
            header.fields.setdefault(name, [])
            room = room_with_label(line.text) if name == "location" else None
            value, cut = cut_at_label(value) if name in _PEOPLE else (value, False)
            if room or value:
                header.fields[name].append(room or value)
            current = name if continues and not cut else None
        elif MEETING_CLOSED.search(line.text):
            header.fields.setdefault("closed", []).append(line.text)
            current = None
        elif current in _PEOPLE and not ends_members(line.text):
            text, cut = cut_at_label(line.text)
            header.fields[current].append(text)
            current = None if cut else current
        elif current is None and not header.fields:
            title.append(line.text)
        elif (
            current is not None
            and current not in _PEOPLE
            and not header.fields[current]
            and not line.text.endswith(":")  # an unknown label, not the value
        ):
            header.fields[current].append(line.text)  # `Mødested:` with the place below
            current = None
        else:
            current = None
    header.title = title
    header.kind = document_kind([line.text for line in lines[:12]])
    realign_columns(header.fields)
    committee = header.fields.get("committee")  # a label such as `UDVALG` names it
    header.committee = " ".join(committee) if committee else committee_from_title(title)
    if header.committee is None and header.kind is not None:
        header.committee = committee_in_title(title)
    if header.committee is not None:
        header.committee = tidy_committee(header.committee)
    _read_moments(header, title)
    location = header.fields.get("location")
    header.location = (
        " ".join(location)
        if location
        else _place_after_date(title) or _place_after_time(title) or place_in_title(title)
    )
    day = header.start.date() if isinstance(header.start, dt.datetime) else header.start
    for name in _PEOPLE:
        if name in header.fields:
            entries = tidy_members(members_of_day(header.fields[name], day))
            setattr(header, name, people(entries))
    if header.absent is None:
        sentence = absent_in_sentence([line.text for line in lines])
        header.absent = people(sentence) if sentence is not None else None
    return header


_PEOPLE = ("present", "absent")


def _place_after_date(title: Sequence[str]) -> str | None:
    """An unlabelled place on the line after a line holding only the date (`Video`)."""
    for n, text in enumerate(title[:-1]):
        if _ONLY_DATE.match(text) and find_date(text) is not None:
            place = title[n + 1]
            if len(place) <= 60 and find_date(place) is None and _label_of(place) is None:
                return place
    return None


# `... den 2. marts 2021 kl. 15:30 i WebEx`: the place after the time of the title
# `Referat til mødet i X den D kl. T i Sted`; `i Byrådssalen` when on the next line.
_PLACE_AFTER_TIME = re.compile(r"\bkl\.?\s*\d{1,2}[.:]\d{2}(?:\s+i\s+(?P<place>\S.*))?$", re.I)
_PLACE_LINE = re.compile(r"^i\s+(?P<place>\S.*)$")


def _place_after_time(title: Sequence[str]) -> str | None:
    """The place after `kl. T i` (SBSYS `... kl. 17:00 i Sted`, also on the next line)."""
    for n, text in enumerate(title):
        m = _PLACE_AFTER_TIME.search(text)
        if m and m["place"]:
            return m["place"].strip(" .")
        following = _PLACE_LINE.match(title[n + 1]) if m and n + 1 < len(title) else None
        if following:
            return following["place"].strip(" .")
    return None


def _label_of(text: str, extra: Sequence[HeaderLabel] = ()) -> tuple[str, str, bool] | None:
    for label in (*extra, *HEADER_LABELS):
        m = label.pattern.match(text)
        if m:
            return label.field, m["value"].strip(), label.continues
    return None


def _read_moments(header: Header, title: Sequence[str]) -> None:
    date_text = " ".join(header.fields.get("date", []) + header.fields.get("time", []))
    day, start, end = find_datetime(date_text)
    if day is None:
        day, start_in_title, end_in_title = find_datetime(" ".join(title))
        start, end = start or start_in_title, end or end_in_title
    if start is None and "time" in header.fields:
        start = find_time(" ".join(header.fields["time"]))
    if "end" in header.fields:
        end = find_time(" ".join(header.fields["end"])) or end
        day = day or find_date(" ".join(header.fields["end"]))
    for text in header.fields.get("closed", []):
        closed = MEETING_CLOSED.search(text)  # the time right after `Mødet hævet`
        end = (find_time(text[closed.end() : closed.end() + 20]) if closed else None) or end
    header.start = combine(day, start)
    header.end = combine(day, end) if end is not None else None
    if header.start is not None and isinstance(header.end, dt.datetime):
        start_moment = header.start
        if isinstance(start_moment, dt.datetime) and header.end < start_moment:
            header.end = None


def people(entries: Sequence[str]) -> list[Person]:
    """Members as printed: `Name (A) - formand`, `A, B og C`, or one part per line."""
    printed: list[str] = []
    entries = _unwrap(entries)
    for entry in entries:
        if _NONE_LISTED.match(entry):
            continue
        if printed and _ROLE_ONLY.match(entry):
            printed[-1] = f"{printed[-1]} {entry}"
            continue
        for part in _split_outside_parentheses(entry):
            if part and printed and _ROLE_ONLY.match(part):
                printed[-1] = f"{printed[-1]}, {part}"  # `Karen Bo (C), borgmester`
            elif part:
                printed.append(part)
    return [person(text) for text in printed]


def _unwrap(entries: Sequence[str]) -> list[str]:
    """Join lines of a comma-separated list that wrapped inside an entry (`Dorthe` /
    `Bækgaard (B), ...`); a list of one member per line stays as it is."""
    out: list[str] = []
    for entry in entries:
        if out and _wraps(out[-1], entry):
            out[-1] = join_lines([out[-1], entry])
        else:
            out.append(entry)
    return out


def _wraps(line: str, following: str) -> bool:
    if line.endswith((",", " og")) or following[:1].islower():
        return True
    last = _split_outside_parentheses(line)[-1]
    has_parties = "," in line and _PARTY.search(line) is not None
    return has_parties and not line.endswith(")") and not _ROLE_ONLY.match(last)


def _matched_parentheses(text: str) -> dict[int, int]:
    """Positions of the `(` and `)` that pair up, each mapped to its partner; an unclosed
    `(` (`Anna Krogh (Idrætsforeningernes Fællesråd, ...`) or a stray `)`
    pairs with nothing."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, char in enumerate(text):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            opening = stack.pop()
            pairs[opening], pairs[i] = i, opening
    return pairs


def _split_outside_parentheses(text: str) -> list[str]:
    """Split a list of members at `, ` and ` og ` outside (matched) parentheses, and
    between entries run together on one line (`Mia Holm (C) Per Lund (C)`)."""
    pairs = _matched_parentheses(text)
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if i in pairs:
            depth += 1 if char == "(" else -1
            if char == ")" and depth == 0 and _PARTY_THEN_NAME.match(text, pairs[i]):
                parts.append(text[start : i + 1].strip())
                start = i + 1
                continue
        if depth == 0:
            m = _LIST_SEPARATOR.match(text, i)
            if m and m.start() == i and m.end() > i:
                parts.append(text[start:i].strip())
                start = m.end()
    parts.append(text[start:].strip(" ."))
    return [part.strip(" .") for part in parts]


# `(C) Philip`: a party letter, then the next member's name on the same line.
_PARTY_THEN_NAME = re.compile(r"\(\s*[A-ZÆØÅ]{1,4}\s*\)\s+(?=[A-ZÆØÅ][a-zæøåé])")
# What is left of an unclosed `(` or a stray `)` in a member's entry.
_UNPAIRED = re.compile(r"\([^()]*$|\)")


def person(printed: str) -> Person:
    """`Lolan Ottesen (A) - formand` -> name, party A, role formand."""
    party = _PARTY.search(printed)
    outside = _UNPAIRED.sub(" ", _without_parentheses(printed))
    role = _ROLE.search(outside)
    name = _ROLE.sub(" ", outside) if role else outside
    name = " ".join(name.split()).strip(" ,-–")
    return Person(
        name=name or printed,
        party=party["party"] if party else None,
        role=role["role"].lower() if role else None,
        substitute=substitute(printed),
        printed=printed,
    )


def _without_parentheses(text: str) -> str:
    """Each `(...)` (up to the first `)`) replaced by a space, in linear time: once no `)`
    follows a `(`, no later `(` can close either, so the search stops there (the pattern
    `\\([^)]*\\)` would try every `(` of a long run again)."""
    parts: list[str] = []
    at = 0
    while True:
        opened = text.find("(", at)
        closed = text.find(")", opened + 1) if opened >= 0 else -1
        if closed < 0:
            parts.append(text[at:])
            return "".join(parts)
        parts += [text[at:opened], " "]
        at = closed + 1
