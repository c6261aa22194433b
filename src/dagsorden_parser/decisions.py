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

from .dates import find_date
from .models import Outcome


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
# `Økonomiudvalgets beslutning den 04.12.2012 Punkt 2`: the body in the genitive.
_BODY_DECISION = re.compile(
    r"^(?P<body>.+?)s\s+beslutning\s*(?:(?:den|d\.)\s+(?P<date>.+?))?"
    r"\s*(?:,?\s*(?:punkt|pkt\.?)\s*(?P<number>\d+))?\s*:?$",
    re.I,
)


def decision_heading(heading: str) -> DecisionHeading:
    """The body, date and item number a decision heading prints (each may be absent)."""
    text = " ".join(heading.split())
    m = _BODY_DECISION.match(text) if not text.lower().startswith("beslutning") else None
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
            r"^\W*(?:\d[\d.\s-]*\s)?"
            r"(ikke godkendt|forkastet|afvist|nedstemt|faldt|kan ikke anbefales)"
            r"|\b(forslaget|indstillingen) (blev )?(forkastet|nedstemt|faldt)\b"
        ),
    ),
    # `Udsat`, `Sagen udsættes`, `Punktet genoptages`
    (
        Outcome.POSTPONED,
        re.compile(
            r"^\W*(?:\d[\d.\s-]*\s)?(udsat|sagen udsættes|udsættes|"
            r"punktet genoptages|sagen genoptages)"
        ),
    ),
    # `Godkendt med den ændring, at ...`, `Godkendt med bemærkning`
    (
        Outcome.APPROVED_WITH_CHANGES,
        re.compile(
            r"^\W*(?:\d[\d.\s-]*\s)?(godkendt|vedtaget|tiltrådt)\w*\s+med\s+(den |de |følgende )?"
            r"(ændring|tilføjelse|bemærkning|justering)"
        ),
    ),
    # `Anbefales`, `Indstilles godkendt`, `Udvalget anbefaler`
    (
        Outcome.RECOMMENDED,
        re.compile(r"^\W*(?:\d[\d.\s-]*\s)?(anbefales|indstilles|anbefalet|\w*udvalget anbefaler)"),
    ),
    # `Godkendt`, `Enstemmigt godkendt`, `Vedtaget`, `Tiltrådt`, `Byrådet godkendte`
    (
        Outcome.APPROVED,
        re.compile(
            r"^\W*(?:\d[\d.\s-]*\s)?(enstemmigt\s+)?(godkendt|vedtaget|tiltrådt|bevilget|"
            r"indstillingen (blev )?(godkendt|vedtaget|tiltrådt))"
            r"|^\W*\w+\s+(godkendte|vedtog|tiltrådte)\b"
        ),
    ),
    # `Taget til efterretning`, `Orientering givet`, `Til orientering`
    (
        Outcome.NOTED,
        re.compile(
            r"^\W*(?:\d[\d.\s-]*\s)?"
            r"(taget til efterretning|tages til efterretning|orientering(en)? "
            r"(blev )?(givet|taget til efterretning)|til orientering|drøftet|drøftelse)"
        ),
    ),
)


# After a vote: `Indstillingen er dermed godkendt`, `Forslaget blev forkastet`.
_STATED_LATER: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    (
        Outcome.REJECTED,
        re.compile(
            r"\b(indstillingen|forslaget|sagen)\s+(er|blev)\s+(dermed\s+)?(forkastet|nedstemt|"
            r"ikke godkendt)"
        ),
    ),
    (
        Outcome.APPROVED,
        re.compile(
            r"\b(indstillingen|forslaget|sagen)\s+(er|blev)\s+(dermed\s+)?(godkendt|vedtaget|"
            r"tiltrådt)"
        ),
    ),
)


def classify_outcome(text: str) -> Outcome:
    """The outcome a decision text states in its first words, or after its vote."""
    head = " ".join(text.split()).lower()
    for outcome, pattern in (*_OUTCOMES, *_STATED_LATER):
        if pattern.search(head):
            return outcome
    return Outcome.OTHER
