"""Layout families. `choose_profile` picks one by detection (or by name).

A document no profile recognises is read with the generic profile, and the
result says so in a `template_not_recognised` warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..structure.priors import Confirm
from .acadre import ACADRE
from .base import CaseIdRule, Detect, Prepare, Profile
from .edoc import EDOC
from .edoc_web import EDOC_WEB
from .first_agenda import FIRST_AGENDA
from .firstagenda_html import FIRST_AGENDA_HTML
from .generic import GENERIC
from .legacy import LEGACY
from .sbsys import SBSYS
from .web import WEB
from .web_beslutning import WEB_BESLUTNING

#: Registered profiles, most specific first. The generic profile is the fallback.
PROFILES: tuple[Profile, ...] = (
    FIRST_AGENDA,
    FIRST_AGENDA_HTML,
    EDOC,
    EDOC_WEB,
    ACADRE,
    SBSYS,
    WEB_BESLUTNING,
    WEB,
    LEGACY,
    GENERIC,
)

#: A detector score at least this high claims the document.
DETECT_THRESHOLD = 0.5


def profile_names() -> list[str]:
    return [p.name for p in PROFILES]


def choose_profile(texts: Sequence[str], name: str | None = None) -> Profile:
    """The named profile, else the best-scoring detector, else the generic profile."""
    if name is not None:
        for profile in PROFILES:
            if profile.name == name:
                return profile
        raise ValueError(f"unknown profile {name!r}; known profiles: {', '.join(profile_names())}")
    scored = [(p.detect(texts), n, p) for n, p in enumerate(PROFILES) if p is not GENERIC]
    best = max(scored, key=lambda s: (s[0], -s[1]), default=None)
    if best is not None and best[0] >= DETECT_THRESHOLD:
        return best[2]
    return GENERIC


__all__ = [
    "ACADRE",
    "DETECT_THRESHOLD",
    "EDOC",
    "EDOC_WEB",
    "FIRST_AGENDA",
    "FIRST_AGENDA_HTML",
    "GENERIC",
    "LEGACY",
    "PROFILES",
    "SBSYS",
    "WEB",
    "WEB_BESLUTNING",
    "CaseIdRule",
    "Confirm",
    "Detect",
    "Prepare",
    "Profile",
    "choose_profile",
    "profile_names",
]
