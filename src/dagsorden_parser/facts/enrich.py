"""Enrich stage: what the council decided, read from the items' sections.

Runs after `build`: each `Beslutning` section becomes a `Decision` (body, date,
outcome, votes, amounts), the `Indstilling` a `Recommendation` (lead-in and
points), `Tidligere beslutninger` / `Sagsforløb` a list of `Reference`s, every
amount of money in an item is listed in kroner, and notes of members away for
particular items (`deltog ikke i sagens behandling`) become `Absence`s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..models import (
    Absence,
    Amount,
    Decision,
    Document,
    Item,
    Recommendation,
    Reference,
    Section,
    SectionKind,
    Votes,
    VoteSide,
)
from .attendance import absences
from .dates import find_date
from .decisions import classify_outcome, decision_heading
from .money import amounts
from .votes import Side, VoteRecord, parse_votes

# `1. at ...`, `- at ...`, `A) ...`, `a. ...`, `• ...`: one point of a recommendation.
_POINT = re.compile(r"^(?:\d{1,2}[.)]|[A-Za-z][.)]|[-•–*▪]|at\b)\s*", re.I)
# `Økonomiudvalget, 18. september 2019, pkt. 153:`: an earlier treatment.
_REFERENCE = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^,:\n]{2,80}),\s*(?:den\s+)?(?P<date>[^,:\n]*\d{4})\s*,?\s*"
    r"(?:(?:pkt|punkt)\.?\s*(?P<number>\d+))?\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# `Udvalg: Aarhus Byråd` / `Dato: 26-03-2025` / `Punktnummer: 21`: a labelled reference.
_LABELLED = re.compile(r"^(?P<label>udvalg|dato|punktnummer)\s*:\s*(?P<value>.+)$", re.I)


#: Sections about other meetings (`Sagsforløb`) or other documents: their absence notes
#: are not about this meeting.
_EARLIER = frozenset({SectionKind.PREVIOUS_DECISIONS, SectionKind.ATTACHMENTS})


def enrich(document: Document) -> Document:
    """The document with decisions, recommendations, references and amounts filled in."""
    meeting_day = _day(document.start)
    items = tuple(_item(item, document.committee, meeting_day) for item in document.items)
    notes = [
        note
        for item in document.items
        for text in (item.text, *(s.text for s in item.sections if s.kind not in _EARLIER))
        for note in absences(text, item=item.number)
    ]
    unique = {(n.name, n.kind, n.items): n for n in notes}
    found = tuple(
        Absence(name=n.name, party=n.party, kind=n.kind, items=n.items, printed=n.printed)
        for n in unique.values()
    )
    return document.model_copy(update={"items": items, "absences": document.absences + found})


def _day(moment: dt.date | None) -> dt.date | None:
    if isinstance(moment, dt.datetime):
        return moment.date()
    return moment


def _item(item: Item, committee: str | None, day: dt.date | None) -> Item:
    decisions = tuple(
        decision(s, committee, day) for s in item.sections if s.kind is SectionKind.DECISION
    )
    recommendations = [s for s in item.sections if s.kind is SectionKind.RECOMMENDATION]
    previous = tuple(
        ref
        for s in item.sections
        if s.kind is SectionKind.PREVIOUS_DECISIONS
        for ref in references(s.text)
    )
    texts = [item.text, *(s.text for s in item.sections)]
    return item.model_copy(
        update={
            "decisions": decisions,
            "recommendation": recommendation(recommendations[0].text) if recommendations else None,
            "previous_decisions": previous,
            "amounts": tuple(_amounts(texts)),
        }
    )


def decision(section: Section, committee: str | None, day: dt.date | None) -> Decision:
    """A decision section as data; a bare `Beslutning` is the meeting's own body and day."""
    printed, text = _whole_heading(section.heading, section.text)
    heading = decision_heading(printed)
    record = parse_votes(text)
    return Decision(
        body=heading.body or committee,
        date=heading.date or day,
        item_number=heading.item_number,
        outcome=classify_outcome(text),
        text=text,
        votes=_votes(record) if record is not None else None,
        amounts=tuple(_amounts([text])),
    )


# A heading cut inside the body's name: `Beslutning i Klima-, Miljø- og` (the rest below).
_HEADING_CONTINUES = re.compile(r"(?:,|-|\s(?:og|for|i))$", re.I)


def _whole_heading(heading: str, text: str) -> tuple[str, str]:
    """The decision heading with its wrapped second line (`Teknikudvalget den 12. februar
    2024`), which the section split put at the start of the text, and the text without it."""
    first, _, rest = text.partition("\n")
    line = first.strip()
    sentence = line.endswith((".", "!", "?")) or len(line) > 80
    if not _HEADING_CONTINUES.search(heading.rstrip()) or not line[:1].isupper() or sentence:
        return heading, text
    return f"{heading.rstrip()} {first.strip()}", rest.lstrip("\n")


def _side(side: Side) -> VoteSide:
    return VoteSide(
        parties=tuple(side.parties),
        members=tuple(side.members),
        member_parties=tuple(side.member_parties),
        count=side.count,
    )


def _votes(record: VoteRecord) -> Votes:
    return Votes(
        in_favour=_side(record.for_),
        against=_side(record.against),
        abstained=_side(record.abstained),
        unanimous=record.unanimous,
        minority=tuple(record.minority),
    )


def _amounts(texts: Iterable[str]) -> list[Amount]:
    return [
        Amount(kroner=float(a.kroner), printed=a.printed, sentence=a.sentence)
        for text in texts
        for a in amounts(text)
    ]


def recommendation(text: str) -> Recommendation:
    """`Administrationen indstiller, at` + `1. at ...` points (or `..., at X.` as one point)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    lead: list[str] = []
    points: list[str] = []
    for paragraph in paragraphs:
        if points or (_POINT.match(paragraph) and lead):
            points.append(
                _POINT.sub("", paragraph, count=1).strip() if _POINT.match(paragraph) else paragraph
            )
        else:
            lead.append(paragraph)
    lead_in = " ".join(lead)
    if not points and ", at " in lead_in:
        head, _, rest = lead_in.partition(", at ")
        lead_in, points = f"{head}, at", [rest.strip()]
    return Recommendation(lead_in=lead_in, points=tuple(points))


def references(text: str) -> list[Reference]:
    """Earlier treatments named in a `Tidligere beslutninger` / `Sagsforløb` section."""
    out: list[Reference] = []
    labelled: dict[str, str] = {}
    for paragraph in (p.strip() for p in text.split("\n\n")):
        for line in paragraph.split("\n"):
            m = _LABELLED.match(line)
            if m:
                labelled[m["label"].lower()] = m["value"].strip()
                continue
            if labelled:
                out.append(
                    Reference(
                        body=labelled.get("udvalg"),
                        date=find_date(labelled.get("dato", "")),
                        item_number=labelled.get("punktnummer"),
                        text=line,
                    )
                )
                labelled = {}
                continue
            r = _REFERENCE.match(line)
            date = find_date(r["date"]) if r else None
            if r and date is not None:
                out.append(
                    Reference(
                        body=r["body"].strip(),
                        date=date,
                        item_number=r["number"],
                        text=r["rest"].strip(),
                    )
                )
            elif out and not out[-1].text:
                out[-1] = out[-1].model_copy(update={"text": line})
    return out
