"""Attendance: substitutes, and who was away for which items.

Forms: `Marianne Holm (stedfortræder: Per B. Andersen)`, `Evan Lund (V) - Mia Kjær (V)
mødte som stedfortræder`, `Jonas Dahl forlod mødet efter behandlingen af punkt 23`,
`Bo Holm deltog ikke i behandlingen af punkt 12-15`, `Jesper Holm deltog ikke i
sagens behandling` (inside an item), `X og Y erklærede sig inhabile` (recused),
`Z ankom under punkt 4` / `mødte kl. 17.30 under punkt 4`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import AbsenceKind, Document, Person

# `(stedfortræder: Per B. Andersen)`, `(suppleant for Mia Bo)`: a member's substitute.
_SUBSTITUTE_IN_PARENTHESES = re.compile(
    r"\((?:stedfortræder|suppleant)\s*(?:for\s*|:\s*)(?P<name>[^)]+)\)", re.I
)
# `Evan Lund (V) - Mia Kjær (V) mødte som stedfortræder`.
_SUBSTITUTE_MET = re.compile(
    r"^(?P<absent>.+?)\s+[-–]\s+(?P<name>.+?)\s+mødte\s+som\s+(?:stedfortræder|suppleant)", re.I
)
# A member's name, with an optional party: `Per B. Andersen (V)`. Every repeat is
# bounded (a name of at most 6 words, a list of at most 30 names) and the list is an
# atomic group (never re-tried shorter: a name cannot swallow the verb after it), so a
# search costs linear time however long a line of capitalised words is.
_WORD = r"[A-ZÆØÅ](?:[a-zæøåéü'-]{1,40}|\.)"
_NAME = rf"{_WORD}(?:\s{{1,3}}(?:{_WORD}|(?:af|de|von)\b)){{0,5}}(?:\s{{0,3}}\([A-ZÆØÅ]{{1,4}}\))?"
_NAMES = rf"(?P<names>(?>{_NAME}(?:\s{{0,3}}(?:,|og)\s{{0,3}}{_NAME}){{0,30}}))"
# Names of at least two words (`Lis Bro`), where one capitalised word could be the
# next sentence (`Fraværende: Godkendt.`).
_FULL_NAME = (
    r"[A-ZÆØÅ][a-zæøåéü'-]{1,40}(?:\s{1,3}[A-ZÆØÅ](?:[a-zæøåéü'-]{1,40}|\.)){1,5}"
    r"(?:\s{0,3}\([A-ZÆØÅ]{1,4}\))?"
)
_FULL_NAMES = rf"(?P<names>(?>{_FULL_NAME}(?:\s{{0,3}}(?:,|og)\s{{0,3}}{_FULL_NAME}){{0,30}}))"
# `punkt 12-15`, `punkt 12`, `punkterne 3 og 4`, `pkt. 7`: the items named.
_ITEMS = r"(?:punkt(?:erne)?|pkt\.?)\s*(?P<items>\d{1,4}(?:\s*(?:-|–|,|og|til)\s*\d{1,4}){0,40})"
# Rules, each with the kind of absence it records.
_ABSENCE_RULES: tuple[tuple[AbsenceKind, re.Pattern[str]], ...] = (
    # `X forlod mødet efter (behandlingen af) punkt 23` / `... kl. 18.00 efter punkt 23`
    (
        "left_after",
        re.compile(rf"{_NAMES}\s+forlod\s+mødet\b.{{0,200}}?\befter\b.{{0,200}}?{_ITEMS}"),
    ),
    # `X forlod mødet under punkt 29`, `X erklærede sig inhabil(e) ... punkt 29`
    ("recused", re.compile(rf"{_NAMES}\s+(?:erklærede\s+sig\s+)?inhabile?\b.{{0,200}}?{_ITEMS}")),
    (
        "absent",
        re.compile(rf"{_NAMES}\s+forlod\s+mødet\s+under\s+(?:behandlingen\s+af\s+)?{_ITEMS}"),
    ),
    # `X deltog ikke i behandlingen af punkt 12-15`
    ("absent", re.compile(rf"{_NAMES}\s+deltog\s+ikke\s+i\s+behandlingen\s+af\s+{_ITEMS}")),
    # `X ankom under punkt 4`, `X mødte under punkt 4`
    ("arrived_during", re.compile(rf"{_NAMES}\s+(?:ankom|mødte)\b.{{0,200}}?\bunder\s+{_ITEMS}")),
)
# Inside an item: `X deltog ikke i sagens behandling`, `X erklærede sig inhabil`,
# `Fraværende: X, Y` / `Afbud: X` written under the decision.
_THIS_ITEM_RULES: tuple[tuple[AbsenceKind, re.Pattern[str]], ...] = (
    ("absent", re.compile(rf"(?:^|\s)(?:Fraværende|Afbud)\s*:\s*{_FULL_NAMES}")),
    ("absent", re.compile(rf"{_NAMES}\s+deltog\s+ikke\s+i\s+(?:sagens|punktets)\s+behandling")),
    (
        "recused",
        re.compile(rf"{_NAMES}\s+(?:erklærede\s+sig\s+|var\s+)inhabile?\b(?![^.]{{0,400}}punkt)"),
    ),
)
# A sentence ends at `.`, `!` or `?` before a capital, but not after `kl.` or `pkt.`.
_SENTENCE_END = re.compile(r"(?<!kl\.)(?<!pkt\.)(?<!nr\.)(?<=[.!?])\s+(?=[A-ZÆØÅ])")
# A word each rule above needs: sentences without one are passed over at once.
_ANY_WORD = re.compile(r"forlod|inhabil|deltog|ankom|mødte|fraværende|afbud", re.I)
_SPLIT_NAMES = re.compile(r"\s*,\s*|\s+og\s+")
_PARTY = re.compile(r"\s*\((?P<party>[A-ZÆØÅ]{1,4})\)\s*$")


@dataclass(frozen=True, slots=True)
class AbsenceNote:
    """A member away for some items: `kind` is absent, recused, left_after or arrived_during."""

    name: str
    party: str | None
    kind: AbsenceKind
    items: tuple[str, ...]
    printed: str


def substitute(printed: str) -> str | None:
    """The substitute named in a member's entry (`(stedfortræder: Per B. Andersen)`)."""
    m = _SUBSTITUTE_IN_PARENTHESES.search(printed) or _SUBSTITUTE_MET.search(printed)
    return " ".join(m["name"].split()).strip(" .") if m else None


def item_numbers(text: str) -> tuple[str, ...]:
    """`12-15` -> 12, 13, 14, 15; `3 og 4` -> 3, 4; `7` -> 7."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|og)\s*", text.strip()):
        span = re.match(r"^(\d+)\s*(?:-|–|til)\s*(\d+)$", part)
        if span and int(span[1]) <= int(span[2]) <= int(span[1]) + 200:
            out += [str(n) for n in range(int(span[1]), int(span[2]) + 1)]
        elif part.isdigit():
            out.append(part)
    return tuple(out)


def _people(names: str) -> list[tuple[str, str | None]]:
    out = []
    for part in _SPLIT_NAMES.split(names):
        party = _PARTY.search(part)
        name = _PARTY.sub("", part).strip()
        if name:
            out.append((name, party["party"] if party else None))
    return out


#: Every absence rule needs one of these words; text without any is skipped unread.
_ABSENCE_WORDS = ("forlod", "inhabil", "deltog", "ankom", "mødte", "Fraværende", "Afbud")


def absences(text: str, *, item: str | None = None) -> list[AbsenceNote]:
    """Absence notes in a text; inside an item, `sagens behandling` means that item."""
    notes: list[AbsenceNote] = []
    if not any(word in text for word in _ABSENCE_WORDS):
        return notes
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        if not _ANY_WORD.search(sentence):
            continue  # none of the words every rule needs: no rule can match
        for kind, pattern in _ABSENCE_RULES:
            for m in pattern.finditer(sentence):
                items = item_numbers(m["items"])
                notes += [AbsenceNote(n, p, kind, items, sentence) for n, p in _people(m["names"])]
        if item is not None:
            for kind, pattern in _THIS_ITEM_RULES:
                for m in pattern.finditer(sentence):
                    notes += [
                        AbsenceNote(n, p, kind, (item,), sentence) for n, p in _people(m["names"])
                    ]
    return notes


def away_for(notes: Iterable[AbsenceNote], item: str, order: Sequence[str]) -> set[str]:
    """Names of members away for an item, given the order of the meeting's items."""
    position = {number: n for n, number in enumerate(order)}
    here = position.get(item)
    away: set[str] = set()
    for note in notes:
        if note.kind in ("absent", "recused") and item in note.items:
            away.add(note.name)
        elif note.kind == "left_after" and here is not None and note.items:
            last = position.get(note.items[-1])
            if last is not None and here > last:
                away.add(note.name)
        elif note.kind == "arrived_during" and here is not None and note.items:
            first = position.get(note.items[0])
            if first is not None and here < first:
                away.add(note.name)
    return away


def present_for(document: Document, item: str) -> list[Person]:
    """Members present for one item: the present list less those away for it.

    Raises `ValueError` naming the document and its item numbers when it has no item
    `item` (a typo must not look like a meeting where everyone was present).
    """
    numbers = [i.number for i in document.items if i.number is not None]
    if item not in numbers:
        listed = ", ".join(numbers[:30]) + (", ..." if len(numbers) > 30 else "")
        raise ValueError(
            f"{document.source.path}: no item {item!r}; its items are {listed or '(none)'}"
        )
    notes = [AbsenceNote(a.name, a.party, a.kind, a.items, a.printed) for a in document.absences]
    order = [i.number or "" for i in document.items]
    away = away_for(notes, item, order)
    return [p for p in document.present or () if p.name not in away]
