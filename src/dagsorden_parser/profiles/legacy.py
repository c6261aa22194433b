"""Old PDF transcripts 2002-2014 (Egebjerg, Kolding, Tønder, Aalborg, the regions).

docplayer shows each PDF page as one line, run together and with digits lost:
`2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Title 5 2 Title ...`,
`89. Title...i`, group headings `Til behandling - for åbne døre`, item blocks
`J.nr.: Sagsid.: 10/22971 Initialer: Åben sag`, `- LUKKET SAG` after a title.
`prepare` cuts the pages back into lines and the contents run into entries.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..clean.transcript import (
    is_transcript,
)
from ..clean.transcript_contents import (
    _ACCESS_MARK,
    _GROUP,
    _SIGNATURE,
    decision_heading,
    transcript_contents,
)
from ..models import Access
from ..read.lines import Line
from ..structure.priors import Group
from ..structure.rules import ItemHeading, access_of
from .base import Profile
from .generic import GENERIC


def group(text: str) -> Group | None:
    """`Til behandling - for åbne døre`, `Åbne dagsordenspunkter`, `Åben`: a group."""
    m = _GROUP.match(text)
    if not m:
        return None
    word = m["doors"] or m["items"] or m["word"]
    return Group(access=access_of({"åbne": "åben", "lukkede": "lukket"}.get(word.lower(), word)))


def access_mark(text: str) -> Access | None:
    """`Åben sag` / `Lukket sag` on its own line in an item's block."""
    m = _ACCESS_MARK.match(text)
    return access_of(m["access"]) if m else None


def detect(texts: Sequence[str]) -> float:
    """A docplayer transcript with the old layouts' labels (`Åben sag`, `for åbne
    døre`, `- LUKKET SAG`, `Pkt. Tekst Side`, `Sidenr`, `Sagsid.:`) or a contents
    (`Indholdsfortegnelse`); a transcript alone is not enough (other families are
    transcribed too, and their own detectors score higher)."""
    if not is_transcript(texts):
        return 0.0
    return 1.0 if any(_SIGNATURE.search(t) for t in texts) else 0.0


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """A heading confirmed as in the generic profile, or by repeating word for word a
    contents entry above it (`1 Meddelelser` in the contents, and again in the body)."""
    if GENERIC.confirm(lines, index, heading):
        return True
    text = lines[index].text
    return any(line.text == text for line in lines[:index])


def prepare(lines: Sequence[Line]) -> list[Line]:
    """Transcript pages cut into lines, and the contents run into entries."""
    return transcript_contents(lines)


LEGACY = Profile(
    name="legacy",
    description="old PDF transcripts 2002-2014 with run-together lines",
    item_rules=GENERIC.item_rules,
    confirm=confirm,
    access_rules=(access_mark,),
    section_rules=(decision_heading,),
    group_rules=(group,),
    prepare=prepare,
    detect=detect,
)
