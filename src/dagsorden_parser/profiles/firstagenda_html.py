"""Profile for firstagenda_html.

First Agenda HTML export (Holbæk, Region Hovedstaden): `UDVALG`/`MØDE`/`STED` labels, `PUNKTER`.
"""

from __future__ import annotations

from .base import Profile
from .generic import GENERIC

FIRST_AGENDA_HTML = Profile(
    name="firstagenda_html",
    description="First Agenda HTML export",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
)
