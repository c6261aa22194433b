"""The `Profile`: a layout family (publishing system) as data plus a few rules.

The core stages ask the profile: which lines are item headings, which extra
words head sections, which extra header labels and case-id forms exist, how to
put back together lines the layout splits (`prepare`), and whether a heading
candidate really opens an item (`confirm`). A new family is a new module in
this package, registered in `profiles/__init__.py`; the stages are not edited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ..facts.header import Header
from ..models import Access, SectionKind
from ..read.lines import Line
from ..structure.outline import ItemOutline
from ..structure.priors import Confirm, Group
from ..structure.rules import ItemHeading, ItemRule, bare_case_id, labelled_case_id
from ..vocabulary import HeaderLabel, heading_key

T = TypeVar("T")

#: Reads a case id from one line (`Sagsnr.: 12/27845` -> `12/27845`), or None.
CaseIdRule = Callable[[str], str | None]
#: Rewrites the cleaned lines before the outline (e.g. joins a number alone on a line
#: with the title on the next); must keep the order of what it does not join.
Prepare = Callable[[Sequence[Line]], list[Line]]
#: One step of `join_next`: the lines that stand for a line (seen with the line after
#: it, None at the end), and whether they take that next line in too.
JoinStep = Callable[[Line, Line | None], tuple[list[Line], bool]]
#: Scores how well the document's line texts fit the family (0 = not at all).
Detect = Callable[[Sequence[str]], float]
#: Completes the header from the items, for layouts that record meeting facts inside
#: them (the decision heading names the body and the date; the first item lists who
#: attended); returns the header, amended or as it was.
ReadMeeting = Callable[[Header, Sequence[ItemOutline]], Header]
#: Recognises a section heading by its form (`Beslutning Byrådet den 27-02-2018`), or None.
SectionRule = Callable[[str], SectionKind | None]
#: Reads an item's access from a line below its heading (`Åbent - 01.00.00-G01-93-16`).
AccessRule = Callable[[str], Access | None]


#: Recognises a group heading line, or None.
GroupRule = Callable[[str], Group | None]


def _keep(lines: Sequence[Line]) -> list[Line]:
    return list(lines)


def _always(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    return True


def _never(texts: Sequence[str]) -> float:
    return 0.0


def _as_is(header: Header, items: Sequence[ItemOutline]) -> Header:
    return header


def _first(rules: Iterable[Callable[[str], T | None]], text: str) -> T | None:
    """The answer of the first rule that has one for `text`, else None."""
    for rule in rules:
        value = rule(text)
        if value is not None:
            return value
    return None


def join_next(lines: Sequence[Line], step: JoinStep) -> list[Line]:
    """Rewrite `lines` one at a time, each seen with the line after it; when `step` takes
    that next line in, the walk passes over it (the body of many a `prepare`)."""
    out: list[Line] = []
    skip = False
    for n, line in enumerate(lines):
        if skip:
            skip = False
            continue
        following = lines[n + 1] if n + 1 < len(lines) else None
        kept, skip = step(line, following)
        out += kept
    return out


@dataclass(frozen=True)
class Profile:
    """A layout family: how its items, sections, header and case ids are printed."""

    name: str
    item_rules: tuple[ItemRule, ...]
    description: str = ""
    extra_sections: Mapping[str, SectionKind] = field(default_factory=dict)
    header_labels: tuple[HeaderLabel, ...] = ()
    case_id_rules: tuple[CaseIdRule, ...] = (labelled_case_id,)
    first_line_case_id_rules: tuple[CaseIdRule, ...] = (bare_case_id,)
    prepare: Prepare = _keep
    confirm: Confirm = _always
    detect: Detect = _never
    read_meeting: ReadMeeting = _as_is
    access_rules: tuple[AccessRule, ...] = ()
    section_rules: tuple[SectionRule, ...] = ()
    group_rules: tuple[GroupRule, ...] = ()
    #: Item rules (by `ItemHeading.rule`) whose headings need no heading style in a PDF
    #: (SBSYS prints sub-items `1.1 Title` in plain grey); `confirm` still applies.
    plain_heading_rules: frozenset[str] = frozenset()
    #: Whether the family's own section words (`extra_sections`) head sections also
    #: when printed in body style (SBSYS `Oplæg:` / `Referat:`).
    plain_sections: bool = False

    def match_item(self, text: str) -> ItemHeading | None:
        """The first item rule that recognises the line as an item heading."""
        return _first(self.item_rules, text)

    def access(self, text: str) -> Access | None:
        """The access a line below an item heading gives the item, if any."""
        return _first(self.access_rules, text)

    def group(self, text: str) -> Group | None:
        """The group heading a line is, if any."""
        return _first(self.group_rules, text)

    def section_kind(self, heading: str) -> SectionKind | None:
        """The kind of a family section heading: its words, else its form."""
        kind = self.extra_sections.get(heading_key(heading))
        for rule in self.section_rules:
            kind = kind or rule(heading)
        return kind

    def case_id(self, text: str, *, first: bool) -> str | None:
        """The case id a preamble line holds; `first` for the line right below the heading."""
        rules = self.case_id_rules + (self.first_line_case_id_rules if first else ())
        for rule in rules:
            value = rule(text)
            if value:
                return value
        return None
