"""Where an item's title ends: what a heading line carries besides its title.

A heading line may hold more than the title a reader sees: the item number printed a
second time, the layout's colon after every heading, the first heading of the body run
into the last contents entry, an attachment's file name wrapped below it, a link back to
the contents. These rules take such parts off (or say a line is not part of a title);
each reads the printed form only, in time linear in the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .forms import access_line

# `1. 1. Godkendelse af dagsordenen`: a web page that numbers its list of headings and
# prints the item's number again at the start of each title.
_REPEATED_NUMBER = re.compile(r"^(?P<number>\d{1,4})\.?\s+(?=\S)")


def without_repeated_number(title: str, number: str | None) -> str:
    """`1. Godkendelse af dagsorden` under item 1 (printed `1. 1. Godkendelse ...`): the
    item's own number repeated at the start of its title is no part of the title."""
    m = _REPEATED_NUMBER.match(title)
    if m is None or number is None or m["number"] != number or m.end() == len(title):
        return title
    rest = title[m.end() :]
    return rest if rest[:1].isupper() or rest[:1] in '"“«' else title


# `Eventuelt1. Godkendelse af dagsorden`: a title run into the next heading, whose number
# follows a letter (or the title's colon) without a space.
_GLUED_NUMBER = re.compile(r"(?<=[a-zæøåA-ZÆØÅ:)])(?P<number>\d{1,4})\.\s+[A-ZÆØÅ]")


def without_glued_heading(title: str, first_number: str | None) -> str:
    """`Eventuelt1. Godkendelse af dagsorden`: the last entry of a list of items run into
    the body's first heading (`1.` glued to the title's last word) ends before it."""
    if first_number is None:
        return title
    for m in _GLUED_NUMBER.finditer(title):
        if m["number"] == first_number:
            return title[: m.start()].rstrip()
    return title


def without_leader_dot(title: str) -> str:
    """`Kommuneplantillæg 19 Nordby-.`: a title cut short at a hyphen, then the dot left
    of a dot leader; no sentence ends in `-.`."""
    return title[:-1] if title.endswith("-.") else title


#: Fewest items whose titles must all end in a colon for the colon to be the layout's.
COLON_ITEMS = 2


def layout_colon(titles: Sequence[str]) -> bool:
    """` 1. Udvalg:` / ` 2. Meddelelser:`: when every heading of a document ends in a
    colon, the colon is the layout's punctuation after a heading, not part of titles."""
    return len(titles) >= COLON_ITEMS and all(t.endswith(":") and len(t) > 1 for t in titles)


# `application/pdf icon forslag.pdf`, `bilag_1.docx`: an attachment's file name or link.
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|msg|zip|html?)$", re.I)
_MIME = re.compile(r"^[a-z]+/[a-z0-9.+-]+\s", re.I)


def file_line(text: str) -> bool:
    """`application/pdf icon udkast.pdf`: a link to an attached file, never a title's
    continuation."""
    text = text.strip()
    return _FILE_NAME.search(text) is not None or _MIME.match(text) is not None


# `Til indholdsfortegnelse`, `Tilbage til oversigten`, `Til toppen`: a web page's link
# back to its list of items.
_NAVIGATION = re.compile(
    r"^(?:tilbage\s)?til\s(?:indholdsfortegnelsen?|oversigten?|toppen|top|forsiden)$", re.I
)


def navigation_line(text: str) -> bool:
    """`Til indholdsfortegnelse`: a web page's link back to the list, no title text."""
    return _NAVIGATION.match(text.strip()) is not None


def ends_title(text: str) -> bool:
    """A line that cannot continue the title above it: an access mark alone (`Åbent
    punkt`), a link back to the contents, an attached file's name."""
    return access_line(text) is not None or navigation_line(text) or file_line(text)


# `Beslutningskompetence: KB`, `Sagsbehandler: JHA`: a label and a short value in capitals.
_LABEL_VALUE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,40}:\s?[A-ZÆØÅ0-9][A-ZÆØÅ0-9/.,-]{0,12}$")


def label_value(text: str) -> bool:
    """`Beslutningskompetence: KB` below `Sag nr. 129`: a label with its short value, not
    the title of the number above it (not `Lukket: X`, an access prefix)."""
    text = text.strip()
    return _LABEL_VALUE.match(text) is not None and access_line(text.split(":")[0]) is None
