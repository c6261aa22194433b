"""Meeting facts that the header's labels leave out, or print out of place.

Old PDFs and their web transcripts print the meeting's body, place and members in
forms the label reader alone does not follow: a table whose label column was read
before its values (`Mødested:` empty, the place after the last label), a list of
members that runs on into the contents (`Fraværende: A, B Dagsorden 1. ...`), the
place after a time whose digits were lost (`Mødet den kl Medborgerhuset`), the
absent members in a sentence (`Medlemmerne var mødt, bortset fra A og B, der havde
meldt afbud`). Each rule here is a small function `header.py` (or a profile) calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..models import SectionKind
from .dates import find_date, find_date_span

if TYPE_CHECKING:
    from ..structure.outline import ItemOutline

_WEEKDAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
_MONTH = (
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
)

# --- where a list of members ends -------------------------------------------------

# `2`, `3 Borgmester X oplyste ...`: a transcript's page number (alone or opening a
# page); `Dagsorden`, `Indholdsfortegnelse`: the contents start; `1. Title`: a
# numbered item or contents entry.
_LIST_END = re.compile(
    r"^\d{1,3}(?:\s|$)|^(?:dagsorden|indholdsfortegnelse|indhold|sagsoversigt)\s*:?(?:\sside)?$"
    r"|^\d{1,3}\.\s+(?-i:[A-ZÆØÅ])",
    re.I,
)
# `GODKENDELSE AF`, `DAGSORDENEN:`: a heading in capitals (a function word or a
# colon tells it from a member's name printed in capitals).
_CAPITALS_HEADING = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ ]*(?:\s(?:AF|TIL|OG|FOR|OM|MED|I)|:)$")
# `Bemærkninger til dagsordenen:`, `Meddelelser:`: a label run into a member list.
_INLINE_LABEL = re.compile(
    r"\s+(?:Bemærkninger\s+til\s+dagsorden(?:en)?|Meddelelser|Mødet\s+hævet)\b\s*:?", re.I
)


def ends_members(text: str) -> bool:
    """Whether a line after a list of members (`Fraværende:`) is no longer part of it:
    a page number, the contents start, a numbered entry or a heading in capitals."""
    return bool(_LIST_END.match(text) or _CAPITALS_HEADING.match(text))


def cut_at_label(text: str) -> tuple[str, bool]:
    """A member list's text up to a label run into it (`A (C). Bemærkninger til
    dagsordenen: ...` -> `A (C).`), and whether one was found (the list ends there)."""
    m = _INLINE_LABEL.search(text)
    return (text[: m.start()], True) if m else (text, False)


# --- members: tidying what was printed ---------------------------------------------

# `Den 8. juni 2006: A (C). Den 19. juni 2006: Ingen.`: who was absent on each day of a
# meeting held over two days.
_DAY_GROUP = re.compile(
    r"(?:^|(?<=\s))den\s+(?P<date>\d{1,2}\.?\s*(?:" + _MONTH + r"|\d{1,2}\.)\s*\d{2,4})\s*:\s*"
    r"(?P<names>.*?)(?=\s+den\s+\d{1,2}\.?\s*(?:" + _MONTH + r"|\d{1,2}\.)\s*\d{2,4}\s*:|$)",
    re.I,
)
# `Lars Hansen ved afbud Niels Berg ved afbud`: each member's entry ends with the reason.
_BY_NOTICE = re.compile(r"(?<=\bved afbud)\s+(?=\S)", re.I)
# `Vibeke Hansen åben`: the contents' group word `åben` / `lukket` run onto the last name.
_TRAILING_ACCESS = re.compile(r"\s+(?:åben|åbent|lukket)$", re.I)


def members_of_day(entries: Sequence[str], day: date | None) -> list[str]:
    """The members listed for the meeting's day where the list is given per day (`Den
    8. juni 2006: A (C). Den 19. juni 2006: Ingen.`), else the first day's; other
    lists are returned as they are."""
    text = " ".join(entries)
    groups = [(find_date(m["date"]), m["names"]) for m in _DAY_GROUP.finditer(text)]
    if not groups or not text.lower().startswith("den "):
        return list(entries)
    chosen = next((names for d, names in groups if day is not None and d == day), groups[0][1])
    return [chosen.strip()]


def tidy_members(entries: Sequence[str]) -> list[str]:
    """Entries of a member list without what the layout ran onto them: one entry per
    `X ved afbud`, a running date (`... 26. juni 2014`) and a trailing `åben` dropped."""
    out: list[str] = []
    for entry in entries:
        for part in _BY_NOTICE.split(entry):
            span = find_date_span(part)
            if span is not None and span[1] == len(part.rstrip(" .")):
                part = part[: span[0]]  # a running date after the last name
            part = _TRAILING_ACCESS.sub("", part.strip())
            if part:
                out.append(part)
    return out


# `Medlemmerne var mødt, bortset fra A, B og C, der havde meldt afbud.`: the absent.
_ALL_BUT = re.compile(
    r"\b(?:alle\s+)?medlemmer(?:ne)?\s+var\s+(?:mødt|til\s+stede)\s*,?\s+"
    r"(?:bortset\s+fra|undtagen)\s+(?P<names>.+?),?\s+der\s+havde\s+meldt\s+afbud",
    re.I,
)
# `Alle medlemmer var mødt.`: nobody absent.
_ALL_PRESENT = re.compile(r"^(?:alle\s+)?medlemmer(?:ne)?\s+var\s+(?:mødt|til\s+stede)\.?$", re.I)


def absent_in_sentence(texts: Sequence[str]) -> list[str] | None:
    """`Medlemmerne var mødt, bortset fra A og B, der havde meldt afbud` -> [`A og B`];
    `Alle medlemmer var mødt.` -> []; None where no such sentence is printed."""
    for text in texts:
        m = _ALL_BUT.search(text)
        if m:
            return [m["names"]]
        if _ALL_PRESENT.match(text):
            return []
    return None


# `Fraværende`, `Fraværende:`: the absent members' label with nothing after it.
_ABSENT_ALONE = re.compile(r"^(?:fraværende|afbud)\s*:?$", re.I)
# `Fraværende: A (V)`, `Fraværende:`: the absent members printed in a decision.
_ABSENT_IN_DECISION = re.compile(r"^(?:fraværende|afbud)\s*:\s*(?P<value>.*)$", re.I)
# `Bemærkninger til dagsorden`, `Meddelelser`: the label printed after an empty list.
_NEXT_LABEL = re.compile(r"^(?:bemærkninger\b|meddelelser\b|mødet\s+hævet\b)", re.I)


def empty_absence(texts: Sequence[str]) -> bool:
    """A cover's `Fraværende` printed with nothing after it but the next label
    (`Bemærkninger til dagsorden`): nobody was absent."""
    for n, text in enumerate(texts):
        if _ABSENT_ALONE.match(text):
            return n + 1 == len(texts) or bool(_NEXT_LABEL.match(texts[n + 1]))
    return False


def absent_in_decisions(items: Sequence[ItemOutline]) -> list[str] | None:
    """`Fraværende: A (V)` (or `Fraværende:` with nobody after it) printed in the
    decisions: the values, each once; None where no decision prints the label."""
    found: list[str] | None = None
    for item in items:
        for section in item.sections:
            if section.kind is not SectionKind.DECISION:
                continue
            for line in section.body:
                m = _ABSENT_IN_DECISION.match(line.text)
                if m:
                    found = found if found is not None else []
                    value = m["value"].strip(" .")
                    if value and value not in found:
                        found.append(value)
    return found


# --- a table read column by column ----------------------------------------------------

# `Byrådssalen`, `Kommunalbestyrelsens mødelokaler`, `Rådhuset`: a room or building.
_ROOM = re.compile(
    r"^(?P<room>(?:[A-ZÆØÅ]\w*s\s+)?\w*(?:sal|salen|lokale|lokalet|lokaler|værelse|værelset|"
    r"rådhus|rådhuset))\b\s*",
    re.I,
)


def realign_columns(fields: dict[str, list[str]]) -> None:
    """A header table whose labels were read before their values: `Dato:` and
    `Mødested:` stand empty and the values follow the last label (`Afbud fra: Onsdag
    den 15-maj-2002 Kommunalbestyrelsens mødelokaler`, `Mødelokale: Fraværende:
    Byrådssalen A, B`). The date and the place are moved back to their labels."""
    for name in ("absent", "present"):
        values = fields.get(name)
        if not values:
            continue
        first, moved = values[0], False
        if "date" in fields and not fields["date"]:
            span = find_date_span(first)
            if span is not None and not first[: span[0]].strip():
                fields["date"].append(first[: span[1]])
                first, moved = first[span[1] :].strip(" ,"), True
        if "location" in fields and not fields["location"] and first:
            if moved and "," not in first:
                fields["location"].append(first)
                first = ""
            else:
                room = _ROOM.match(first)
                if room and room.end() < len(first):
                    fields["location"].append(room["room"])
                    first = first[room.end() :]
        fields[name] = [first, *values[1:]] if first else list(values[1:])


# `Mødelokale D2`, `Lokale 2A`: the label word is part of a room's name printed as a
# short code (not `Mødelokale Udvalgsværelse B`, where it is a label).
_ROOM_CODE = re.compile(r"^(?:mødelokale|lokale)\s+(?=\S*\d)\S{1,6}$", re.I)


def room_with_label(text: str) -> str | None:
    """`Mødelokale D2` printed without a colon: the whole line is the room's name."""
    return text if _ROOM_CODE.match(text) else None


# --- the place in the title ---------------------------------------------------------

# `Mødet den kl Medborgerhuset`, `Mødet Torsdag , D2/Rådhus`, `mandag den 25. september
# 2006, Kl i Kommunalbestyrelsens mødesal`, `Tirsdag den 11. december 2007 Kl Sted, ...`:
# the place after the meeting's day and time (their digits may be lost).
_DAY_TIME_PLACE = re.compile(
    rf"(?P<anchor>(?i:\bmødet\s+(?:den\b|{_WEEKDAY}\b)|\b{_WEEKDAY}\b))"
    rf"(?P<when>(?i:\s{{0,3}}(?:den\b|d\.|kl\b\.?|klokken\b|\d[\d.:/-]{{0,12}}|{_MONTH}\b\.?|,)){{0,12}})"
    r"\s*(?i:i\s+)?(?P<place>[A-ZÆØÅ][^:]*?)"
    r"(?=\s+[A-ZÆØÅ]{3,}\b|\s+(?i:møde\s+nr)\b|\s+[A-ZÆØÅ]\w+:|\.\s+[A-ZÆØÅ]|\.?$)"
)
_MEETING_WORD = re.compile(r"\bmøde\b", re.I)


def place_in_title(title: Sequence[str]) -> str | None:
    """The place printed after the meeting's day and time on a title line."""
    for text in title:
        for m in _DAY_TIME_PLACE.finditer(text):
            when = m["when"].lower()
            if not m["anchor"].lower().startswith("mød") and "kl" not in when:
                continue
            place = m["place"].strip(" ,.")
            # not `Ordinært møde`, nor a date the digits of the time ran into
            if 0 < len(place) <= 120 and not _MEETING_WORD.search(place) and not find_date(place):
                return place
    return None


# --- the committee in the title -----------------------------------------------------

# `Egebjerg Kommune. Kommunalbestyrelsen. Referat`, `X Kommune Byrådet. Dagsorden`.
_AUTHORITY_BODY_KIND = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]+\s+kommune|region\s+\w+)\.?\s+(?P<committee>[A-ZÆØÅ][^.]+?)\.?\s+"
    r"(?:referat|dagsorden|beslutningsprotokol|protokol)\b",
    re.I,
)
# `Økonomiudvalget`, `Børne- og Skoleudvalget`, `Byrådet`, `Kommunalbestyrelsen`,
# `Regionsrådet`, `Borgerrepræsentationen`, `FORRETNINGSUDVALGET`: a body's name.
_BODY = re.compile(
    r"(?<![\w-])(?P<body>(?:[A-ZÆØÅ][\wæøå]*-\s+og\s+)?[A-ZÆØÅ][\wæøå]*"
    r"(?:udvalget|rådet|bestyrelsen|repræsentationen)"
    r"|[A-ZÆØÅ]+(?:UDVALGET|RÅDET|BESTYRELSEN|REPRÆSENTATIONEN))(?![\w-])"
)


def committee_in_title(title: Sequence[str]) -> str | None:
    """`X Kommune. Kommunalbestyrelsen. Referat`, else the first body named on the
    title lines (`Beslutninger fra mødet ... Økonomiudvalget`)."""
    for text in title:
        m = _AUTHORITY_BODY_KIND.match(text)
        if m:
            return m["committee"].strip(" ,.-")
    for text in title:
        m = _BODY.search(text)
        if m:
            return m["body"]
    return None


# `Pkt. Tekst Side`, `Sidenr Sagsnr. Side`, `Punkt nr. Side`: the contents' column heads.
_COLUMN_HEADS = re.compile(r"^(?:pkt\.?|punkt(?:\s+nr\.?)?|sidenr\.?)\s.*\bside$", re.I)


def is_column_heads(text: str) -> bool:
    """`Pkt. Tekst Side`: the column heads of a table of contents, never a body's name."""
    return bool(_COLUMN_HEADS.match(text))
