"""The `Profile`: a layout family (publishing system) as data plus a few rules.

The core stages ask the profile: which lines are item headings, which extra
words head sections, which extra header labels and case-id forms exist, how to
put back together lines the layout splits (`prepare`), and whether a heading
candidate really opens an item (`confirm`). A new family is a new module in
this package, registered in `profiles/__init__.py`; the stages are not edited.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..lines import Line
from ..models import SectionKind
from ..rules import ItemHeading, ItemRule, bare_case_id, labelled_case_id
from ..vocabulary import HeaderLabel, heading_key

#: Reads a case id from one line (`Sagsnr.: 12/27845` -> `12/27845`), or None.
CaseIdRule = Callable[[str], str | None]
#: Rewrites the cleaned lines before the outline (e.g. joins a number alone on a line
#: with the title on the next); must keep the order of what it does not join.
Prepare = Callable[[Sequence[Line]], list[Line]]
#: Given all lines and the index of a heading candidate, says whether it opens an item.
Confirm = Callable[[Sequence[Line], int, ItemHeading], bool]
#: Scores how well the document's line texts fit the family (0 = not at all).
Detect = Callable[[Sequence[str]], float]


def _keep(lines: Sequence[Line]) -> list[Line]:
    return list(lines)


def _always(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    return True


def _never(texts: Sequence[str]) -> float:
    return 0.0


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

    def match_item(self, text: str) -> ItemHeading | None:
        """The first item rule that recognises the line as an item heading."""
        for rule in self.item_rules:
            heading = rule(text)
            if heading is not None:
                return heading
        return None

    def section_kind(self, heading: str) -> SectionKind | None:
        return self.extra_sections.get(heading_key(heading))

    def case_id(self, text: str, *, first: bool) -> str | None:
        """The case id a preamble line holds; `first` for the line right below the heading."""
        rules = self.case_id_rules + (self.first_line_case_id_rules if first else ())
        for rule in rules:
            value = rule(text)
            if value:
                return value
        return None
