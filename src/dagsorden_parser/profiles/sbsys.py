"""Profile for sbsys.

SBSYS (Odense, Herning, Mariagerfjord, regions): `Referat til mødet i X den D kl. T`, KLE
case numbers.
"""

from __future__ import annotations

from .base import Profile
from .generic import GENERIC

SBSYS = Profile(
    name="sbsys",
    description="SBSYS",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
)
