"""What a layout prior (a publishing system's profile) can tell the structure stage.

The structure stage reads the document's own evidence; a profile adds what its
publishing system is known to print: extra heading forms, section words, where
case ids and access marks stand. The stage sees profiles only through this
protocol, so `profiles/` depends on the stages and never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..models import Access, SectionKind
from ..read.lines import Line
from .rules import ItemHeading

#: Given all lines and the index of a heading candidate, says whether it opens an item.
Confirm = Callable[[Sequence[Line], int, ItemHeading], bool]


@dataclass(frozen=True, slots=True)
class Group:
    """A group heading over several items (`A. Sager til afgørelse i byrådet`, `Åbne
    dagsordenspunkter`) and the access it gives the items below it, if any."""

    access: Access | None = None


class LayoutPriors(Protocol):
    """The questions the structure stage may ask a profile."""

    @property
    def name(self) -> str: ...

    @property
    def confirm(self) -> Confirm: ...

    @property
    def plain_heading_rules(self) -> frozenset[str]: ...

    @property
    def plain_sections(self) -> bool: ...

    def match_item(self, text: str) -> ItemHeading | None: ...

    def group(self, text: str) -> Group | None: ...

    def section_kind(self, heading: str) -> SectionKind | None: ...

    def access(self, text: str) -> Access | None: ...

    def case_id(self, text: str, *, first: bool) -> str | None: ...
