"""Profiles: a layout family as data (item rules, extra heading words, a detector).

The core stages take a `Profile`; a new publishing system is a new profile, not
an edit of the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .models import SectionKind
from .rules import (
    ItemHeading,
    ItemRule,
    number_access_title,
    number_access_word_title,
    punkt_number_title,
)
from .vocabulary import heading_key


@dataclass(frozen=True)
class Profile:
    """A layout family: how its item headings and section headings are printed."""

    name: str
    item_rules: tuple[ItemRule, ...]
    extra_sections: Mapping[str, SectionKind] = field(default_factory=dict)
    detect: Callable[[Sequence[str]], bool] = lambda texts: False

    def match_item(self, text: str) -> ItemHeading | None:
        """The first item rule that recognises the line as an item heading."""
        for rule in self.item_rules:
            heading = rule(text)
            if heading is not None:
                return heading
        return None

    def section_kind(self, heading: str) -> SectionKind | None:
        return self.extra_sections.get(heading_key(heading))


def _first_agenda(texts: Sequence[str]) -> bool:
    return any(number_access_title(t) or punkt_number_title(t) for t in texts)


FIRST_AGENDA = Profile(
    name="first_agenda",
    item_rules=(number_access_title, punkt_number_title, number_access_word_title),
    detect=_first_agenda,
)

PROFILES: tuple[Profile, ...] = (FIRST_AGENDA,)


def choose_profile(texts: Sequence[str], name: str | None = None) -> Profile:
    """The named profile, else the first whose detector accepts the text."""
    if name is not None:
        for profile in PROFILES:
            if profile.name == name:
                return profile
        known = ", ".join(p.name for p in PROFILES)
        raise ValueError(f"unknown profile {name!r}; known profiles: {known}")
    for profile in PROFILES:
        if profile.detect(texts):
            return profile
    return FIRST_AGENDA
