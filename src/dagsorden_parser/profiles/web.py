"""Municipal web pages: one meeting (or one item) as a municipality's site shows it.

Several publishing sites share the traits of a page saved as text: site chrome
around the meeting (cookie banners, `Til toppen`, `Fold alle punkter`, `Se alle
bilag`), headings that lose their styling, and meeting facts printed inside the
items. Each rule below names the site form it reads:

- single-item pages (København): `Mødedato: 22.04.2021, kl. 17:30` / `Mødested:`,
  then the item's title without a number, then `Se alle bilag`;
- `• Pkt. 42 Title` and again `Pkt. 42` / `Title` (Roskilde), with `Sagsnr. 299835
  <Udvalg> Åbent punkt` and the decision `<Udvalg>, 12-03-2019, pkt. 57`;
- `38Godkendelse af dagsorden`: the running number glued to the title (Frederikssund),
  under `<Udvalg>s møde den 17. april 2023`;
- `1. Title` between `Til toppen` links, the first glued to `Indholdsfortegnelse`
  (Brønderslev), the absent members in item `Fraværende`;
- `Åben` / `Lukket` alone on a line where a folded item's number and title were
  (Aalborg), under `<Byråd>s møde mandag den 4. marts 2024, kl. 17.00 i <Sted>`.

The Kolding/Vejen pages (`1.Title (C)`, `Beslutning <udvalg> den dd-mm-yyyy`) are
their own profile, `web_beslutning`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import compress
from typing import TYPE_CHECKING

from ..clean.text import join_lines
from ..facts.dates import combine, find_date, find_datetime
from ..facts.header import Header, people
from ..models import Access, Person, SectionKind
from ..read.lines import Line
from ..structure.rules import ItemHeading, access_of, labelled_case_id, match_heading
from ..vocabulary import section_kind
from .base import Profile, join_next
from .generic import numbered_title
from .scan import any_line

if TYPE_CHECKING:
    from ..structure.outline import ItemOutline

# --- item headings ------------------------------------------------------------

# `• Pkt. 42 Beslutninger om dagsordenen` (the folded list) or `Pkt. 42 Title` (joined by
# `prepare` from `Pkt. 42` and the title on the next line): Roskilde's item heading.
_PKT_TITLE = re.compile(r"^(?:[•·▪*-]\s*)?pkt\.\s*(?P<number>\d{1,4})\s+(?P<title>\S.*)$", re.I)
# `Pkt. 42` alone on its line, the title on the next.
_PKT_ALONE = re.compile(r"^pkt\.\s*\d{1,4}$", re.I)
# `38Godkendelse af dagsorden`: a running number glued to the title (Frederikssund).
_GLUED_NUMBER = re.compile(r"^(?P<number>\d{1,3})(?P<title>[A-ZÆØÅ][a-zæøå].{2,})$")
# `Åben` / `Lukket` alone: the access mark left where a folded heading was (Aalborg).
_ACCESS_ONLY = re.compile(r"^(?P<access>åben|åbent|lukket)$", re.I)
# A page's title line: a capital first, no label colon (København single-item pages).
_PAGE_TITLE = re.compile(r"^(?P<title>[A-ZÆØÅ0-9\"“«].{3,})$")
# `Mødested: Telefonmøde via Teams`: the header line right above a single item's title.
_MEETING_PLACE = re.compile(r"^mødested\s*:", re.I)
# `Se alle bilag`: the link below a single item's title.
_SEE_ATTACHMENTS = re.compile(r"^se alle bilag$", re.I)
# `Til toppen`: the link that ends each item (Brønderslev); `Indholdsfortegnelse` opens
# the list the first item is glued to.
_ITEM_SEPARATOR = re.compile(r"^(til toppen|indholdsfortegnelse)$", re.I)
# `Indholdsfortegnelse1. Fraværende`: the contents label glued to the first item.
_GLUED_CONTENTS = re.compile(r"^(?P<label>indholdsfortegnelse)(?P<rest>\d{1,3}\.\s*\S.*)$", re.I)


def pkt_title(text: str) -> ItemHeading | None:
    """`• Pkt. 42 Title` or `Pkt. 42 Title`: Roskilde's item heading."""
    return match_heading(_PKT_TITLE, text, "pkt_title")


def glued_number_title(text: str) -> ItemHeading | None:
    """`38Godkendelse af dagsorden`: the running number glued to the title."""
    return match_heading(_GLUED_NUMBER, text, "glued_number")


def separated_numbered_title(text: str) -> ItemHeading | None:
    """`1. Fraværende`: a numbered title (confirmed by the `Til toppen` link above it)."""
    heading = numbered_title(text)
    return replace(heading, rule="separated") if heading is not None else None


def access_only(text: str) -> ItemHeading | None:
    """`Åben` alone on a line: an item whose folded number and title the page hides."""
    return match_heading(_ACCESS_ONLY, text, "access_only")


def page_title(text: str) -> ItemHeading | None:
    """`Forslag til tilpasninger af lokaludvalg`: a single-item page's unnumbered title
    (confirmed only right below `Mødested:`)."""
    m = _PAGE_TITLE.match(text)
    if not m or text.endswith(":"):
        return None
    return ItemHeading(None, m["title"].strip(), None, "page_title")


def _next_texts(lines: Sequence[Line], index: int, count: int) -> list[str]:
    return [line.text for line in lines[index + 1 : index + 1 + count]]


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """Each heading form is confirmed by what its site prints around it."""
    before = lines[index - 1].text if index > 0 else ""
    following = _next_texts(lines, index, 6)
    if heading.rule == "page_title":
        # right below `Mødested:`, and followed by `Se alle bilag` or a section heading
        return bool(_MEETING_PLACE.match(before)) and any(
            _SEE_ATTACHMENTS.match(t) or section_kind(t) is not None for t in following
        )
    if heading.rule == "separated":
        return bool(_ITEM_SEPARATOR.match(before))
    if heading.rule == "access_only":
        # an access mark over nothing (`Åben` `Åben`), a section, or the page's end
        first = following[0] if following else None
        return first is None or bool(_ACCESS_ONLY.match(first)) or section_kind(first) is not None
    if heading.rule == "glued_number":
        # a section heading follows before the next glued heading
        for text in _next_texts(lines, index, 15):
            if _GLUED_NUMBER.match(text):
                return False
            if section_kind(text) is not None:
                return True
        return False
    return True


def prepare(lines: Sequence[Line]) -> list[Line]:
    """Cut `Indholdsfortegnelse1. Title` in two; join `Pkt. 42` with the title below it."""
    return join_next(lines, _prepare_line)


def _prepare_line(line: Line, following: Line | None) -> tuple[list[Line], bool]:
    glued = _GLUED_CONTENTS.match(line.text)
    if glued:
        return [line.with_text(glued["label"]), line.with_text(glued["rest"])], False
    if (
        _PKT_ALONE.match(line.text)
        and following is not None
        and section_kind(following.text) is None
        and not labelled_case_id(following.text)
    ):
        return [line.with_text(f"{line.text} {following.text}")], True
    return [line], False


# --- access, sections -------------------------------------------------------------

# `Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt`: case, committee and access.
_CASE_COMMITTEE_ACCESS = re.compile(
    r"^sagsnr\.?\s*:?\s*\S+\s+(?P<committee>[A-ZÆØÅ].*?)\s+(?P<access>åbent|lukket)\s+punkt$",
    re.I,
)


def case_line_access(text: str) -> Access | None:
    """`Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt`: the item's access."""
    m = _CASE_COMMITTEE_ACCESS.match(text)
    return access_of(m["access"]) if m else None


_DATE = r"\d{1,2}[-.]\d{1,2}[-.]\d{4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4}"
# `Kultur- og Idrætsudvalget, 12-03-2019, pkt. 57`, `Økonomiudvalget, 18. september 2019,
# pkt. 153:`: a body's decision on the item, dated.
_BODY_DATE_PKT = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^,]{{1,80}}),\s+(?P<date>{_DATE}),\s+pkt\.\s*\d{{1,4}}:?$", re.I
)


def body_date_pkt(text: str) -> SectionKind | None:
    """`Kultur- og Idrætsudvalget, 12-03-2019, pkt. 57`: a decision heading."""
    return SectionKind.DECISION if _BODY_DATE_PKT.match(text) else None


# --- meeting facts ------------------------------------------------------------------

# `Social og sundheds møde den 17. april 2023`, `Byrådets møde mandag den 4. marts 2024,
# kl. 17.00 i Salen`: the body (genitive) and the meeting.
_GENITIVE_MEETING = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){{0,4}}?)s\s+møde\s+(?:\w+dag\s+)?den\s+"
    rf"(?:{_DATE})(?:,?\s*kl\.\s*\d{{1,2}}[.:]\d{{2}}(?:\s+i\s+(?P<place>[^.]+))?)?$",
    re.I,
)
# `Ekstraordinært møde - Mødelokale F7 kl. 12.00`: the place of the meeting line above.
_KIND_OF_MEETING_PLACE = re.compile(
    r"^(?:\w+\s+)?møde\s+[-–]\s+(?P<place>\S.*?)(?:\s+kl\.\s*\d{1,2}[.:]\d{2})?$", re.I
)
# `Byrådet - Referat`: the body, then the kind.
_BODY_DASH_KIND = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^\d:]{2,80}?)\s+[-–]\s+(?:referat|dagsorden|beslutningsprotokol)$",
    re.I,
)
# `Byrådet 11. marts 2024`: the body and the date, nothing else.
_BODY_DATE = re.compile(rf"^(?P<body>[A-ZÆØÅ][^\d:,]{{2,80}}?)\s+(?P<date>{_DATE})$", re.I)
# `at Økonomiudvalget over for Borgerrepræsentationen anbefaler`, `at Kultur- og
# Fritidsudvalget ...`: the body asked to decide.
_ASKED_BODY = re.compile(
    r"\bat\s+(?P<body>(?:[A-ZÆØÅ]\w*-\s+og\s+)?[A-ZÆØÅ][\w-]*"
    r"(?:udvalget|repræsentationen|rådet|bestyrelsen))\b"
)
# `Fraværende: A (V)`, `Afbud: B (Løsgænger).`: who was absent, printed in a decision.
_ABSENT_LABEL = re.compile(r"^(?:fraværende|afbud)\s*:\s*(?P<value>\S.*)$", re.I)
# ` - Marianne Kiærulff (V) mødte som stedfortræder`: the substitute, not an absent member.
_SUBSTITUTE = re.compile(r"\s+[-–]\s+[^-–]*\bmødte\s+som\s+stedfortræder\b.*$", re.I)
# `Fraværende`, `Afbud`: an item whose decision lists the absent members.
_ABSENCE_ITEM = re.compile(r"^(fraværende|afbud|fravær)$", re.I)


def _genitive(body: str) -> str:
    """`Aalborg Byråds` was read without its `s`: `Aalborg Byråd`."""
    return body.strip(" ,.-")


def meeting_line_facts(title: Sequence[str]) -> tuple[str | None, str | None, str | None]:
    """Committee, place and the line itself from `<Udvalg>s møde [dag] den D[, kl. T i Sted]`
    (the place may stand on the next line: `Ekstraordinært møde - Mødelokale F7 kl. 12.00`)."""
    for n, text in enumerate(title):
        m = _GENITIVE_MEETING.match(text)
        if not m:
            continue
        place = m["place"]
        if place is None and n + 1 < len(title):
            below = _KIND_OF_MEETING_PLACE.match(title[n + 1])
            place = below["place"] if below else None
        return _genitive(m["body"]), place.strip(" .") if place else None, text
    return None, None, None


def committee_from_page(title: Sequence[str]) -> str | None:
    """`Byrådet - Referat` or `Byrådet 11. marts 2024`: the body on the page's title line."""
    for text in title:
        m = _BODY_DASH_KIND.match(text)
        if m:
            return m["body"].strip()
        m = _BODY_DATE.match(text)
        if m and find_date(m["date"]) is not None:
            return m["body"].strip()
    return None


def _texts(lines: Iterable[Line]) -> list[str]:
    return [line.text for line in lines]


def committee_from_items(items: Sequence[ItemOutline]) -> str | None:
    """The body named in `Sagsnr. N <Udvalg> Åbent punkt`, else the body the first
    recommendation asks to decide (`..., at Økonomiudvalget ... anbefaler`)."""
    for item in items:
        for text in _texts(item.preamble):
            m = _CASE_COMMITTEE_ACCESS.match(text)
            if m:
                return m["committee"].strip()
    for item in items:
        for section in item.sections:
            if section.kind is SectionKind.RECOMMENDATION:
                m = _ASKED_BODY.search(join_lines(_texts(section.body)))
                if m:
                    return m["body"]
    return None


def _dated_today(heading: str, header: Header) -> bool:
    """A decision heading dated the meeting's day (or undated, or the meeting undated)."""
    day = find_date(heading)
    start = header.start
    meeting_day = start.date() if isinstance(start, dt.datetime) else start
    return day is None or meeting_day is None or day == meeting_day


def absent_from_decisions(items: Sequence[ItemOutline], header: Header) -> list[Person] | None:
    """`Fraværende: A (V) - B (V) mødte som stedfortræder.` or `Afbud: C.` in the decisions
    of the meeting's own day (repeated in each item: read once), or the decision of an
    item titled `Fraværende` (`A, B og C.`)."""
    printed: list[str] = []
    for item in items:
        for section in item.sections:
            if section.kind is not SectionKind.DECISION:
                continue
            if _ABSENCE_ITEM.match(item.heading.title):
                body = _texts(section.body)
                chrome = next((n for n, t in enumerate(body) if _ITEM_SEPARATOR.match(t)), None)
                text = join_lines(body[:chrome])
                return people([text]) if text else None
            if not _dated_today(section.heading.text, header):
                continue
            for text in _texts(section.body):
                m = _ABSENT_LABEL.match(text)
                if m:
                    value = _SUBSTITUTE.sub("", m["value"]).strip(" .")
                    if value and value not in printed:
                        printed.append(value)
    return people(printed) if printed else None


def read_meeting(header: Header, items: Sequence[ItemOutline]) -> Header:
    """Fill what the page's header leaves out from its meeting line and its items."""
    committee, place, line = meeting_line_facts(header.title)
    if line is not None:
        day, start, _ = find_datetime(line)
        if day is not None and (header.start is None or start is not None):
            header.start = combine(day, start) if start is not None else header.start or day
    header.committee = (
        committee or header.committee or committee_from_page(header.title)
    ) or committee_from_items(items)
    header.location = header.location or place
    if header.absent is None:
        header.absent = absent_from_decisions(items, header)
    return header


# --- detection -------------------------------------------------------------------

# Site chrome and forms of the sites above, one signature each.
#: Each signature with the words every match of it contains (see `scan.any_line`).
_SIGNATURES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"^se alle bilag$", re.I), ("se alle bilag",)),
    (re.compile(r"^fold alle punkter$", re.I), ("fold alle punkter",)),
    (re.compile(r"^til toppen$", re.I), ("til toppen",)),
    (re.compile(r"^indholdsfortegnelse\d{1,3}\.", re.I), ("indholdsfortegnelse",)),
    (re.compile(r"^[•·▪]\s*pkt\.\s*\d{1,4}\s+\S", re.I), ("pkt.",)),
    (_CASE_COMMITTEE_ACCESS, ("sagsnr",)),
    (_BODY_DATE_PKT, ("pkt.",)),
    (
        re.compile(r"^\d{1,2}\.\s+\w+\s+\d{4}\s+-\s+(?:dagsorden|referat)\s+fra\s+\w+", re.I),
        ("dagsorden", "referat"),
    ),
    (_GENITIVE_MEETING, ("møde",)),
)


def detect(texts: Sequence[str]) -> float:
    """Share of the site signatures: `Se alle bilag`, `Fold alle punkter`, `Til toppen`,
    `• Pkt. 42 Title`, `Sagsnr. N <Udvalg> Åbent punkt`, `<Udvalg>, D, pkt. N`, `D -
    referat fra byrådet`, `<Udvalg>s møde den D`, plus `Mødedato: D, kl. T` over an
    unnumbered title and `Åben` marks over sections."""
    hits: float = sum(1 for rule, words in _SIGNATURES if any_line(texts, rule, *words))
    for n in compress(range(len(texts) - 1), map(_ACCESS_ONLY.match, texts[:-1])):
        if _ACCESS_ONLY.match(texts[n + 1]) or section_kind(texts[n + 1]) is not None:
            hits += 0.5
    if any(map(_MEETING_DATE_TIME.match, texts)):
        hits += 0.5
    return min(1.0, hits / 2)


# `Mødedato: 03.04.2019, kl. 16.00`
_MEETING_DATE_TIME = re.compile(r"^mødedato:\s*\d{1,2}\.\d{1,2}\.\d{4},\s*kl\.", re.I)


WEB = Profile(
    name="web",
    description="municipal web pages: `Pkt. 42`, `38Title`, `Åben` marks, single-item pages",
    item_rules=(pkt_title, glued_number_title, separated_numbered_title, access_only, page_title),
    extra_sections={"beslutningskompetence": SectionKind.DECISION_AUTHORITY},
    case_id_rules=(labelled_case_id,),
    access_rules=(case_line_access,),
    section_rules=(body_date_pkt,),
    prepare=prepare,
    confirm=confirm,
    detect=detect,
    read_meeting=read_meeting,
)
