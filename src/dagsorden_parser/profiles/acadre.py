"""Profile for acadre.

Acadre (Syddjurs, Hørsholm): global item numbers `715. Title`, `Sagsnr.: 12/27845`,
`Acadre sagsnr.:`.
"""

from __future__ import annotations

from .base import Profile
from .generic import GENERIC

ACADRE = Profile(
    name="acadre",
    description="Acadre",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
)
