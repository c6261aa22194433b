"""Profile for edoc.

eDoc (Ballerup, København): item number alone or with title, `Sagsnr.:`/`Dok.nr.:`,
`2012-200782 - Title` attachments.
"""

from __future__ import annotations

from .base import Profile
from .generic import GENERIC

EDOC = Profile(
    name="edoc",
    description="eDoc",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
)
