"""First Agenda PDFs (Gentofte, Aarhus, Region Sjælland, ...).

`Mødetidspunkt 25-04-2017 19:00` / `Mødeafholdelse ...`; contents
`1 (Åben) Title ....... 4`; items `1 (Åben) Title` or `Punkt 1: Title`;
`Sags ID: EMN-2017-02193` (Aarhus prints the id bare below the heading).
The older Gentofte template prints `1  Åbent  Title`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..structure.rules import number_access_title, number_access_word_title, punkt_number_title
from .base import Profile


def detect(texts: Sequence[str]) -> float:
    """Share of the signature lines: `1 (Åben) Title`, `Punkt 1: Title`, `Mødeafholdelse`."""
    hits = sum(
        1
        for t in texts
        if number_access_title(t) or punkt_number_title(t) or t.startswith("Mødeafholdelse")
    )
    return min(1.0, hits / 2)


FIRST_AGENDA = Profile(
    name="first_agenda",
    description="First Agenda PDF: `1 (Åben) Title`, `Punkt 1: Title`, `Sags ID`",
    item_rules=(number_access_title, punkt_number_title, number_access_word_title),
    detect=detect,
)
