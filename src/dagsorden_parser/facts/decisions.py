"""Decisions: who decided, when, under which item number, and with what outcome.

Headings: `Beslutning`, `Beslutning i Udvalget for Ældre og Sundhed den 04-06-2020`,
`Økonomiudvalgets beslutning den 04.12.2012 Punkt 2`, `Beslutning fra Økonomiudvalget,
den 3. december 2025, punkt 276:`, `Beslutning Byrådet den 27-02-2018`.
Outcomes are read from the decision's first words: `Godkendt`, `Anbefales`,
`Udsat`, `Taget til efterretning`, `Ikke godkendt`, ...
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import Outcome
from .dates import find_date


@dataclass(frozen=True, slots=True)
class DecisionHeading:
    body: str | None
    date: dt.date | None
    item_number: str | None


# `Beslutning i X den D`, `Beslutning fra X, den D, punkt N:`, `Beslutning X den D`.
_DECISION_OF = re.compile(
    r"^beslutning(?:er)?\s*(?:(?:i|fra|på|af)\s+)?(?P<body>[A-ZÆØÅ].*?)?"
    r"\s*,?\s*(?:(?:den|d\.)\s+(?P<date>.+?))?\s*(?:,?\s*(?:punkt|pkt\.?)\s*(?P<number>\d+))?\s*:?$",
    re.I,
)
# `Økonomiudvalget, 18. september 2019, pkt. 153:`: a committee's earlier treatment;
# `Arbejdsmarked, Erhverv og Turisme, 6. januar 2020, pkt. 125:` (commas in the name).
_BODY_DATE_ITEM = re.compile(
    r"^(?!beslutning)(?P<body>[A-ZÆØÅ].{1,80}?),\s(?P<date>[^,]{4,40}),\s"
    r"(?:punkt|pkt\.?)\s?(?P<number>\d{1,4}):?$",
    re.I,
)
# `Økonomiudvalgets beslutning den 04.12.2012 Punkt 2`, `Økonomiudvalgets møde 23. maj
# 2006 Punkt 4:` (older minutes): the body in the genitive.
_BODY_DECISION = re.compile(
    r"^(?P<body>.+?)s\s+(?:beslutning|møde)\s*(?:(?:(?:den|d\.)\s+|(?=\d))(?P<date>.+?))?"
    r"\s*(?:,?\s*(?:punkt|pkt\.?)\s*(?P<number>\d+))?\s*:?$",
    re.I,
)


def decision_heading(heading: str) -> DecisionHeading:
    """The body, date and item number a decision heading prints (each may be absent)."""
    text = " ".join(heading.split())
    m = _BODY_DATE_ITEM.match(text)
    if m is None and not text.lower().startswith("beslutning"):
        m = _BODY_DECISION.match(text)
    m = m or _DECISION_OF.match(text)
    if not m:
        return DecisionHeading(None, find_date(text), None)
    body = (m["body"] or "").strip(" ,:") or None
    date = find_date(m["date"]) if m["date"] else find_date(text)
    return DecisionHeading(body, date, m["number"])


# Outcome rules, tried in order on the decision's text (lower case); first match wins.
_OUTCOMES: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    # `Ikke godkendt`, `Forkastet`, `Afvist`, `Nedstemt`, `kan ikke anbefales`
    (
        Outcome.REJECTED,
        re.compile(
            r"^\W*(?:\d{1,4}[a-z]?[\d.\s-]{0,20}\s)?"
            r"(ikke godkendt|forkastet|afvist|nedstemt|faldt|kan ikke anbefales)"
            r"|\b(forslaget|indstillingen) (blev )?(forkastet|nedstemt|faldt)\b"
        ),
    ),
    # `Udsat`, `Sagen udsættes`, `Punktet genoptages`
    (
        Outcome.POSTPONED,
        re.compile(
            r"^\W*(?:\d{1,4}[a-z]?[\d.\s-]{0,20}\s)?(udsat|sagen udsættes|udsættes|"
            r"punktet genoptages|sagen genoptages)"
        ),
    ),
    # `Godkendt med den ændring, at ...`, `Godkendt med bemærkning`
    (
        Outcome.APPROVED_WITH_CHANGES,
        re.compile(
            r"^\W*(?:\d{1,4}[a-z]?[\d.\s-]{0,20}\s)?(godkendt|vedtaget|tiltrådt)\w*\s+med\s+"
            r"(den |de |følgende )?"
            r"(ændring|tilføjelse|bemærkning|justering)"
        ),
    ),
    # `Anbefales`, `Indstilles godkendt`, `Udvalget anbefaler`
    (
        Outcome.RECOMMENDED,
        re.compile(
            r"^\W*(?:\d{1,4}[a-z]?[\d.\s-]{0,20}\s)?"
            r"(anbefales|indstilles|anbefalet|\w*udvalget anbefaler)"
        ),
    ),
    # `Godkendt`, `Enstemmigt godkendt`, `Vedtaget`, `Tiltrådt`, `Byrådet godkendte`
    (
        Outcome.APPROVED,
        re.compile(
            r"^\W*(?:\d{1,4}[a-z]?[\d.\s-]{0,20}\s)?(enstemmigt\s+)?(godkendt|vedtaget|tiltrådt|bevilget|"
            r"indstillingen (blev )?(godkendt|vedtaget|tiltrådt))"
            r"|^\W*\w+\s+(godkendte|vedtog|tiltrådte)\b"
        ),
    ),
    # `Taget til efterretning`, `Orientering givet`, `Til orientering`
    (
        Outcome.NOTED,
        re.compile(
            r"^\W*(?:\d{1,4}[a-z]?[\d.\s-]{0,20}\s)?"
            r"(taget til efterretning|tages til efterretning|orientering(en)? "
            r"(blev )?(givet|taget til efterretning)|til orientering|drøftet|drøftelse)"
        ),
    ),
)


# Stated anywhere in the first sentence (`Dagsordenen blev godkendt`, `Med stemmerne
# 19 for og 1 imod godkendte Byrådet ...`, `Sagen blev taget til efterretning`).
_IN_FIRST_SENTENCE: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    (
        Outcome.REJECTED,
        re.compile(
            r"\b(forkastet|forkastede|nedstemt|ikke godkendt|godkendte ikke|kan ikke anbefale)"
        ),
    ),
    (Outcome.POSTPONED, re.compile(r"\b(blev udsat|udsættes|udsatte)\b")),
    (
        Outcome.APPROVED_WITH_CHANGES,
        re.compile(
            # anchored at the first of the words, so a run of them is read once
            r"^(?:(?!\b(?:godkendt|vedtaget|godkendte|vedtog)\b).)*"
            r"\b(godkendt|vedtaget|godkendte|vedtog)\b.*\bmed\s+(den |de |følgende )?"
            r"(ændring|tilføjelse|justering)"
        ),
    ),
    (Outcome.RECOMMENDED, re.compile(r"\b(anbefales|anbefaler|indstilles|indstiller)\b")),
    (
        Outcome.APPROVED,
        re.compile(
            r"\b(godkendt|godkendes|godkendte|vedtaget|vedtog|tiltrådt|tiltrådte|bevilget)\b"
        ),
    ),
    (
        Outcome.NOTED,
        re.compile(
            r"\b(til efterretning|orientering(en|erne)? (blev )?givet|ingen orientering|"
            r"orienterede|drøftede|drøftet)"
        ),
    ),
)
_LIST_NUMBER = re.compile(r"^\d+[a-z]?\.(?:\s*-\s*\d+[a-z]?\.)?\s+")
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s+[A-ZÆØÅ])|$)")


def classify_outcome(text: str) -> Outcome:
    """The outcome a decision text states in its first words, or in its first sentence."""
    flat = " ".join(text.split())
    head = flat.lower()
    for outcome, pattern in _OUTCOMES:
        if pattern.search(head):
            return outcome
    first = _FIRST_SENTENCE.match(_LIST_NUMBER.sub("", flat))
    sentence = (first.group(0) if first else flat).lower()
    for outcome, pattern in _IN_FIRST_SENTENCE:
        if pattern.search(sentence):
            return outcome
    return Outcome.OTHER
