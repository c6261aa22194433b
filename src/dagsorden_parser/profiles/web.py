"""Profile for web.

municipal web pages (Kolding, Vejen, København, Roskilde, Frederikssund, Brønderslev, Aalborg).
"""

from __future__ import annotations

from .base import Profile
from .generic import GENERIC

WEB = Profile(
    name="web",
    description="municipal web pages",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
)
