"""Vote records in minutes: who voted for, against, or abstained, and how many.

Forms: `For stemte: A, C og V (15)`, `Imod stemte: Ø (2)`, `Undlod at stemme: F`,
`For stemte: Claus Holm (C) og Bo Lund (A)`, `Imod stemte (Ø), (C) og Jens Hansen (UP)`
(parties and members on one side, each member's party kept), `For` and `stemte:` on two
lines, `Bo Lund (A) stemte imod`,
`(F) undlod at stemme`, `Forslaget blev godkendt med 19 stemmer for (A, B, C) og 4
imod (Ø)`, `Enstemmigt godkendt`; minority notes `Ø kan ikke anbefale`,
`mindretalsudtalelse`, `V tog forbehold`. Party letters are read only inside such a
record, so a list marker `A)` elsewhere is never party A, and a year is never a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# `A`, `Ø`, `UFP`, `SF`: a party letter (or short list name) in capitals.
_PARTY = r"[A-ZÆØÅ]{1,4}(?:-?\d)?"
# `Claus Holm (C)`, `(C)`, `C`: one entry of a vote list.
_ENTRY = re.compile(rf"^(?:(?P<name>[^()]+?)\s*)?\((?P<party>{_PARTY})\)$|^(?P<bare>{_PARTY})$")
# `For stemte: A, C og V (15)`: a labelled list with an optional count.
_LABELLED = re.compile(
    r"(?P<label>for\s+stemte|imod\s+stemte|stemte\s+imod|undlod\s+at\s+stemme|undlod)"
    r"\s*:?\s*"
    r"(?P<list>[^.:;\n]*?)\s*(?:\((?P<count>\d{1,3})\))?\s*"
    r"(?=[.;\n]|$|(?:for|imod)\s+stemte|undlod|\s+(?:med|idet|da|fordi)\b)",
    re.I,
)
# `Bo Lund (A) stemte imod`, `(F) undlod at stemme`, `Bo Lund (A) undlod at tage stilling`.
# A member's name: capitalised words or initials (`Per B. Andersen`, `Anne-Mette Holm`).
# Every repeat is bounded (6 words to a name, 30 names to a list): linear-time search.
_WORD = r"[A-ZÆØÅ](?:[a-zæøåéü'-]{1,40}|\.)"
_NAME = rf"{_WORD}(?:\s{{1,3}}{_WORD}){{0,5}}"
_SUBJECT_VERB = re.compile(
    rf"(?P<list>(?:{_NAME}\s{{0,3}})?\({_PARTY}\)"
    rf"(?:\s{{0,3}}(?:,|og)\s{{0,3}}(?:{_NAME}\s{{0,3}})?\({_PARTY}\)){{0,30}})"
    r"\s+(?P<verb>stemte imod|stemte for|undlod at stemme|undlod at tage stilling)",
)
# `med 19 stemmer for (A, B, C) og 4 imod (Ø)`: counts with party lists.
_COUNTED = re.compile(
    r"(?P<for>\d{1,3})\s+stemmer\s+for(?:\s*\((?P<for_list>[^)]*)\))?"
    r"(?:\s*,?\s*og\s+(?P<against>\d{1,3})\s+(?:stemmer\s+)?imod(?:\s*\((?P<against_list>[^)]*)\))?)?"
    r"(?:\s*,?\s*og\s+(?P<abstain>\d{1,3})\s+(?:undlod|hverken for eller imod)"
    r"(?:\s*\((?P<abstain_list>[^)]*)\))?)?",
    re.I,
)
# `Med stemmerne 19 for og 1 imod`, `med stemmerne 20 for og ingen imod`.
_WITH_VOTES = re.compile(
    r"med\s+stemmerne\s+(?P<for>\d{1,3})\s+for(?:\s*\((?P<for_list>[^)]*)\))?"
    r"(?:\s*,?\s*og\s+(?P<against>\d{1,3}|ingen)\s+imod(?:\s*\((?P<against_list>[^)]*)\))?)?",
    re.I,
)
# `Enstemmigt godkendt`, `Vedtaget enstemmigt`.
_UNANIMOUS = re.compile(r"\benstemmig(t)?\b", re.I)
# `Ø kan ikke anbefale`, `mindretalsudtalelse`, `V tog forbehold`: a minority's position.
# Found by its words, then widened to its sentence (`_sentence_around`), so a long text
# without full stops costs linear time.
_MINORITY = re.compile(
    r"\b(?:mindretalsudtalelse|kan ikke (?:anbefale|tiltræde|godkende)|"
    r"tog forbehold|tager forbehold)\b",
    re.I,
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+og\s+")


@dataclass
class Side:
    """One side of a vote: the parties and members named, and the count printed."""

    parties: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    #: The party printed beside each member (`Jens Hansen (UP)`), in the order of `members`.
    member_parties: list[str | None] = field(default_factory=list)
    count: int | None = None

    def add_list(self, text: str) -> bool:
        """Add `A, C og V` or `Claus Holm (C) og Bo Lund (A)`; False if it is no vote list."""
        parts = [p.strip() for p in _LIST_SEPARATOR.split(text.strip()) if p.strip()]
        parsed = [_ENTRY.match(p) for p in parts]
        if not parts or not all(parsed):
            return False
        for m in parsed:
            assert m is not None
            party = m["party"] or m["bare"]
            if party not in self.parties:
                self.parties.append(party)
            if m["name"]:
                self.members.append(m["name"].strip())
                self.member_parties.append(m["party"])
        return True

    @property
    def empty(self) -> bool:
        return not (self.parties or self.members or self.count is not None)


@dataclass
class VoteRecord:
    """The vote on an item as far as the text records it."""

    for_: Side = field(default_factory=Side)
    against: Side = field(default_factory=Side)
    abstained: Side = field(default_factory=Side)
    unanimous: bool = False
    minority: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        sides = (self.for_, self.against, self.abstained)
        return all(s.empty for s in sides) and not self.unanimous and not self.minority


def _side(record: VoteRecord, label: str) -> Side:
    label = label.lower()
    if "imod" in label:
        return record.against
    if "undlod" in label:
        return record.abstained
    return record.for_


def _minority(text: str) -> list[str]:
    """The sentences that hold a minority's position, each once, in order: from the
    full stop before the words to the full stop after them."""
    out: list[str] = []
    end = 0
    for m in _MINORITY.finditer(text):
        if m.start() < end:
            continue  # the words again inside the sentence already taken
        start = max(text.rfind(".", end, m.start()) + 1, end)
        stop = text.find(".", m.end())
        end = len(text) if stop < 0 else stop + 1
        out.append(" ".join(text[start:end].split()))
    return out


def parse_votes(text: str) -> VoteRecord | None:
    """The vote record in a decision's text, or None when it records no vote."""
    record = VoteRecord()
    for m in _LABELLED.finditer(text):
        side = _side(record, m["label"])
        listed = side.add_list(m["list"]) if m["list"].strip() else False
        if m["count"] and (listed or not m["list"].strip()):
            side.count = int(m["count"])
    for m in _SUBJECT_VERB.finditer(text):
        _side(record, m["verb"]).add_list(m["list"])
    for m in _COUNTED.finditer(text):
        for name, side in (
            ("for", record.for_),
            ("against", record.against),
            ("abstain", record.abstained),
        ):
            if m[name]:
                side.count = int(m[name])
            if m[f"{name}_list"]:
                side.add_list(m[f"{name}_list"])
    for m in _WITH_VOTES.finditer(text):
        record.for_.count = int(m["for"])
        if m["for_list"]:
            record.for_.add_list(m["for_list"])
        if m["against"]:
            record.against.count = 0 if m["against"].lower() == "ingen" else int(m["against"])
        if m["against_list"]:
            record.against.add_list(m["against_list"])
    record.unanimous = bool(_UNANIMOUS.search(text))
    record.minority = _minority(text)
    return None if record.empty else record
