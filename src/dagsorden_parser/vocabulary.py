"""The Danish words of meeting documents that the rules recognise.

Section headings map to a normalised `SectionKind`; header labels map to the
document field they introduce. Profiles extend these tables instead of editing
the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .models import SectionKind

S = SectionKind

#: Section headings as printed (lower case, without a trailing colon) -> kind.
#: A heading also matches when it *starts* with one of these words followed by
#: more text (`Beslutning i Økonomiudvalget den 04-06-2020`), see `section_kind`.
SECTION_WORDS: dict[str, SectionKind] = {
    "resumé": S.SUMMARY,
    "resume": S.SUMMARY,
    "sagsresumé": S.SUMMARY,
    "sagsresume": S.SUMMARY,
    "sammendrag": S.SUMMARY,
    "sagens kerne": S.SUMMARY,
    "beslutningstema": S.SUMMARY,
    "kort om sagen": S.SUMMARY,
    "sagen kort": S.SUMMARY,
    "sagstema": S.SUMMARY,
    "baggrund": S.BACKGROUND,
    "anledning": S.BACKGROUND,
    "historik": S.BACKGROUND,
    "problemstilling": S.BACKGROUND,
    "sagsfremstilling": S.CASE_DESCRIPTION,
    "sagsbeskrivelse": S.CASE_DESCRIPTION,
    "beskrivelse af sagen": S.CASE_DESCRIPTION,
    "beskrivelse": S.CASE_DESCRIPTION,
    "fremstilling": S.CASE_DESCRIPTION,
    "løsning": S.CASE_DESCRIPTION,
    "sagens indhold": S.CASE_DESCRIPTION,
    "redegørelse": S.CASE_DESCRIPTION,
    "sagsfremstilling og økonomi": S.CASE_DESCRIPTION,
    "indstilling": S.RECOMMENDATION,
    "indstillinger": S.RECOMMENDATION,
    "administrativ indstilling": S.RECOMMENDATION,
    "forvaltningens indstilling": S.RECOMMENDATION,
    "direktionens indstilling": S.RECOMMENDATION,
    "beslutningspunkter": S.RECOMMENDATION,
    "forslag til beslutning": S.RECOMMENDATION,
    "forslag": S.RECOMMENDATION,
    "administrationen indstiller": S.RECOMMENDATION,
    "alternativ indstilling": S.RECOMMENDATION,
    "beslutning": S.DECISION,
    "beslutninger": S.DECISION,
    "afgørelse": S.DECISION,
    "tidligere beslutninger": S.PREVIOUS_DECISIONS,
    "tidligere beslutning": S.PREVIOUS_DECISIONS,
    "tidligere behandling": S.PREVIOUS_DECISIONS,
    "tidligere politisk behandling": S.PREVIOUS_DECISIONS,
    "sagsforløb": S.PREVIOUS_DECISIONS,
    "sagshistorik": S.PREVIOUS_DECISIONS,
    "bilag": S.ATTACHMENTS,
    "bilagsliste": S.ATTACHMENTS,
    "bilagsoversigt": S.ATTACHMENTS,
    "økonomi": S.ECONOMY,
    "økonomiske konsekvenser": S.ECONOMY,
    "økonomiske konsekvenser og finansiering": S.ECONOMY,
    "økonomi og finansiering": S.ECONOMY,
    "økonomiske forhold": S.ECONOMY,
    "bevilling": S.ECONOMY,
    "bevillingsmæssige konsekvenser": S.ECONOMY,
    "lovgrundlag": S.LEGAL_BASIS,
    "retsgrundlag": S.LEGAL_BASIS,
    "retligt grundlag": S.LEGAL_BASIS,
    "juridisk grundlag": S.LEGAL_BASIS,
    "høring": S.CONSULTATION,
    "høringssvar": S.CONSULTATION,
    "kommunikation": S.COMMUNICATION,
    "sagsgang": S.PROCESS,
    "forventet sagsgang": S.PROCESS,
    "sagsprocedure": S.PROCESS,
    "videre proces": S.PROCESS,
    "tidsplan": S.PROCESS,
    "sagen behandles i": S.PROCESS,
    "retsregler": S.LEGAL_BASIS,
    "politisk behandling": S.PROCESS,
    "bilagsfortegnelse": S.ATTACHMENTS,
    "konsekvenser": S.OTHER,
    "risikovurdering": S.OTHER,
    "beslutningskompetence": S.DECISION_AUTHORITY,
    "sagen afgøres i": S.DECISION_AUTHORITY,
    "beslutningen træffes af": S.DECISION_AUTHORITY,
    "kompetence": S.DECISION_AUTHORITY,
    "hvem beslutter": S.DECISION_AUTHORITY,
    "hvem træffer beslutning": S.DECISION_AUTHORITY,
    "personale": S.OTHER,
    "personalemæssige konsekvenser": S.OTHER,
    "miljø": S.OTHER,
    "klima": S.OTHER,
    "vurdering": S.OTHER,
    "handlemuligheder": S.OTHER,
}

# `04-06-2020`, `3. december 2025`: a date.
_DATE = r"(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s[a-zæøå]{3,9}\s\d{4})"
# `Beslutning i Udvalget for X den 04-06-2020`, `Beslutning fra X, den 3. december 2025`;
# `Beslutning Byrådet den 03-04-2019` (the body's name right after the word).
_DECISION_HEADING = re.compile(
    r"^beslutning(er)?\b(\s+(i|fra|på|af|den|d\.)\b.*|\s\S.{0,80}?\sden(\s" + _DATE + r")?:?)?$",
    re.I,
)
# `Social og Sundhed, 6. januar 2020, pkt. 123:`, `Arbejdsmarked, Erhverv og Turisme,
# 06-01-2020, pkt. 125`: a body's dated treatment of the item (its name may hold commas).
_BODY_DATE_PKT = re.compile(
    r"^\S.{0,80}?,\s" + _DATE + r",\spkt\.\s?\d{1,4}:?$",
    re.I,
)
#: Most words a qualified heading adds to a known one (`Høring og sagsgang`), and the
#: fewest letters of each (`at`, `om` begin a sentence).
QUALIFIER_WORDS = 3
QUALIFIER_LENGTH = 4
# `Høring og sagsgang`, `Lovgrundlag – link`, `Sagshistorik, henvisninger`, `Baggrund for
# sagens fremlæggelse`: a known heading and a few words qualifying it.
_QUALIFIED = re.compile(
    r"^(?P<head>[a-zæøå ]{3,40}?)(?:\s+og\s+|\s+for\s+|\s+[–-]\s+|,\s+)(?P<tail>.+)$"
)
# `Organisering og kommunikation`, `Supplerende sagsfremstilling`: a known heading after a
# word joined to it by `og`, or after a participle (`-ende`) qualifying it.
_QUALIFYING = re.compile(r"^(?P<word>[a-zæøå]{4,30})(?:\s+og\s+|(?<=ende)\s+)(?P<known>.+)$")
# `Økonomiudvalgets beslutning den 04.12.2012 Punkt 2`: a body's decision.
_BODY_DECISION_HEADING = re.compile(r"^\S.{0,80}s beslutning\b(\s+den\b.*)?$", re.I)
# `Kommunalbestyrelsens møde 25. september 2006 Punkt 1:`: a body's meeting on the item.
_BODY_MEETING_PUNKT = re.compile(
    rf"^[A-ZÆØÅ][\w-]{{0,60}}s\smøde\s(?:den\s)?(?:{_DATE})\s[Pp]unkt\s\d{{1,4}}:?$"
)
# `Supplerende sagsfremstilling`, `Uddybende sagsbeskrivelse`: more of a known part.
_FURTHER = re.compile(r"^(?:supplerende|uddybende|yderligere)\s(?P<rest>\S.{0,60})$")
# `Borgmesterens Afdelings påtegning`: a department's endorsement.
_ENDORSEMENT = re.compile(r"\bpåtegning$", re.I)
_TRAILING_COLON = re.compile(r"\s*:\s*$")


def heading_key(text: str) -> str:
    """A heading as the tables spell it: lower case, without a trailing colon or a bullet
    before it (`• Sagsfremstilling`)."""
    return _TRAILING_COLON.sub("", text).strip().lstrip("•·▪ ").strip().lower()


@lru_cache(maxsize=4096)  # the stages ask about the same line more than once
def section_kind(heading: str) -> SectionKind | None:
    """The kind of a known section heading, or None if the words are not known."""
    key = heading_key(heading)
    if key in SECTION_WORDS:
        return SECTION_WORDS[key]
    capital = heading.strip().lstrip("•·▪ ")[:1].isupper()  # a heading, not a wrapped line
    further = _FURTHER.match(key)
    if capital and further and further["rest"] in SECTION_WORDS:  # `Supplerende sagsfremstilling`
        return SECTION_WORDS[further["rest"]]
    if _DECISION_HEADING.match(key) or _BODY_DECISION_HEADING.match(key):
        return S.DECISION
    if _BODY_DATE_PKT.match(key):
        return S.DECISION
    if _BODY_MEETING_PUNKT.match(" ".join(heading.split())):
        return S.DECISION
    if _ENDORSEMENT.search(key):
        return S.ENDORSEMENT
    return _consequences(key) or _qualified(key)


def dated_treatment(heading: str) -> bool:
    """`Natur, Land og Vand, 6. maj 2025, pkt. 17:`: a body's dated treatment of the item,
    a decision heading of its own or, under `Tidligere beslutninger`, one of that list."""
    return _BODY_DATE_PKT.match(heading_key(heading)) is not None


def _consequences(key: str) -> SectionKind | None:
    """`Andre konsekvenser`, `Økonomiske og personalemæssige konsekvenser`, `Konsekvenser
    for andre udvalg`: a short heading naming consequences."""
    words = key.split()
    if not 1 < len(words) <= 5 or not all(w.replace("-", "").isalpha() for w in words):
        return None
    if words[-1] != "konsekvenser" and words[:2] != ["konsekvenser", "for"]:
        return None
    return S.ECONOMY if words[0].startswith("økonomisk") else S.OTHER


def _qualified(key: str) -> SectionKind | None:
    """`Høring og sagsgang`, `Lovgrundlag – link`: a known heading qualified by a few
    words (no digits, no sentence); `Organisering og kommunikation`, `Supplerende
    sagsfremstilling`: a known heading qualified by a word before it."""
    m = _QUALIFIED.match(key)
    if m is None or m["head"] not in SECTION_WORDS:
        before = _QUALIFYING.match(key)
        if before is not None and before["known"] in SECTION_WORDS:
            return SECTION_WORDS[before["known"]]
        return None
    tail = m["tail"].split()
    if len(tail) > QUALIFIER_WORDS or not all(
        w.replace("-", "").isalpha() and len(w) >= QUALIFIER_LENGTH for w in tail
    ):
        return None  # `Administrationen indstiller, at`: a sentence begins
    return SECTION_WORDS[m["head"]]


@dataclass(frozen=True, slots=True)
class HeaderLabel:
    """A header label (`Mødetidspunkt`) and the document field it fills."""

    field: str
    pattern: re.Pattern[str]
    #: Whether the lines below continue the value (a list of members, one per line);
    #: False for a label whose sentence holds the whole value (`Alle medlemmer var mødt
    #: undtagen A og B`).
    continues: bool = True


def _label(field: str, words: str) -> HeaderLabel:
    return HeaderLabel(field, re.compile(rf"^(?:{words})\b\s*:?\s*(?P<value>.*)$", re.I))


#: Header labels, most specific first. `value` is the rest of the line.
HEADER_LABELS: tuple[HeaderLabel, ...] = (
    _label(
        "time",
        r"starttidspunkt for mødet?|mødetidspunkt|starttidspunkt|tidspunkt|mødetid|tid",
    ),
    _label("end", r"sluttidspunkt for mødet?|sluttidspunkt"),
    # `Udsendelsesdato:`: when the agenda was sent out, not the meeting's date
    _label("sent", r"udsendelsesdato"),
    _label("date", r"mødedato|dato"),
    _label("location", r"mødeafholdelse|mødested|mødelokale|lokale|sted"),
    _label(
        "present",
        r"tilstede|til stede|deltagere|mødedeltagere|medlemmer af udvalget|"
        r"medlemmer|deltog",
    ),
    _label("absent", r"fraværende med afbud|fraværende|afbud fra|afbud"),
)

# `Protokollen blev læst og mødet hævet kl.: 20.35`, `Mødet hævet kl. 20.35`: the end time.
MEETING_CLOSED = re.compile(r"\bmødet\s+(blev\s+)?hævet\b", re.I)
