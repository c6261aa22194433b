"""Profile for legacy.

old PDF transcripts 2002-2014 with run-together lines.
"""

from __future__ import annotations

from .base import Profile
from .generic import GENERIC

LEGACY = Profile(
    name="legacy",
    description="old PDF transcripts 2002-2014 with run-together lines",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
)
