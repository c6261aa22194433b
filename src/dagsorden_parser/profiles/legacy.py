"""Old PDF transcripts 2002-2014 (Egebjerg, Kolding, Tønder, Aalborg, the regions).

docplayer shows each PDF page as one line, run together and with digits lost:
`2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Title 5 2 Title ...`,
`89. Title...i`, group headings `Til behandling - for åbne døre`, item blocks
`J.nr.: Sagsid.: 10/22971 Initialer: Åben sag`, `- LUKKET SAG` after a title.
`prepare` cuts the pages back into lines and the contents run into entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lines import Line
from ..models import Access
from ..rules import access_of
from .base import Group, Profile
from .generic import GENERIC
from .transcript import cut_transcript, is_transcript, split_numbered_run

# `Til behandling - for åbne døre`, `Til efterretning - for lukkede døre`, `For åbne
# døre:`, `Åbne dagsordenspunkter`, `Åben` (after `Indholdsfortegnelse`): a group of items.
_GROUP = re.compile(
    r"^(?:til (?:behandling|efterretning) - )?for (?P<doors>åbne|lukkede) døre:?$"
    r"|^(?P<items>åbne|lukkede) dagsordenspunkter$|^(?P<word>åben|lukket)$",
    re.I,
)
# `Pkt. Tekst Side`, `Sidenr Sagsnr. Side`: the column heads of the contents.
_COLUMNS = re.compile(r"^(pkt\.\s+tekst\s+side|sidenr\s+sagsnr\.\s+side)\s*", re.I)
# `Åben sag`, `Lukket sag`: an item's access mark; `- LUKKET SAG` after a title.
_ACCESS_MARK = re.compile(r"^(?P<access>åben|lukket)\s+sag$", re.I)
# `89. Title...i`: a numbered contents entry with a roman page number.
_DOTTED_ENTRY = re.compile(r"\s+(?=\d{1,3}\.\s+[A-ZÆØÅ])")
_ROMAN_PAGE = re.compile(r"\.{3}[ivxlc]+$|\s[ivxlc]+$")
# Group headings inside a contents run, to cut it before and after them.
_GROUP_IN_RUN = re.compile(
    r"\s*(Til (?:behandling|efterretning) - for (?:åbne|lukkede) døre)(?:\.{3}[ivxlc]+)?\s*"
    r"|^\s*(Åbne dagsordenspunkter|Åben)\s+"
)
_SIGNATURE = re.compile(
    r"\b(?:for (?:åbne|lukkede) døre|åben sag|lukket sag|LUKKET SAG|Pkt\. Tekst Side|"
    r"Sidenr|Sagsid\.:|Åbne dagsordenspunkter)\b|^(?:Indholdsfortegnelse )?Åben \d{1,3} [A-ZÆØÅ]"
)
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBER_FIRST = re.compile(r"^\d{1,3}\s")


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
    døre`, `- LUKKET SAG`, `Pkt. Tekst Side`, `Sidenr`, `Sagsid.:`); a transcript
    alone is not enough (other families are transcribed too)."""
    if not is_transcript(texts):
        return 0.0
    return 1.0 if any(_SIGNATURE.search(t) for t in texts) else 0.0


def _contents(lines: list[Line]) -> list[Line]:
    """The contents run after `Indholdsfortegnelse` (it may go on over the next page,
    which then starts with an item number) cut into one line per entry."""
    start = next((n for n, x in enumerate(lines) if x.text == "Indholdsfortegnelse"), None)
    if start is None:
        return lines
    end = start + 1
    run: list[Line] = []
    while end < len(lines):
        line = lines[end]
        if _PAGE_NUMBER.match(line.text):
            nxt = lines[end + 1] if end + 1 < len(lines) else None
            if nxt is None or not _NUMBER_FIRST.match(nxt.text) or "." in nxt.text[:4]:
                break
            end += 1
            continue
        run.append(line)
        end += 1
    if not run:
        return lines
    first = run[0]
    text = " ".join(x.text for x in run)
    columns = _COLUMNS.match(text)
    out: list[Line] = []
    if columns:
        out.append(replace(first, text=columns.group(0).strip()))
        text = text[columns.end() :]
    pieces = [p for p in _GROUP_IN_RUN.split(text) if p and p.strip()]
    for piece in pieces:
        piece = piece.strip()
        if group(piece):
            out.append(replace(first, text=piece))
        elif re.match(r"\d{1,3}\.\s", piece):
            for entry in _DOTTED_ENTRY.split(piece):
                out.append(replace(first, text=_ROMAN_PAGE.sub("", entry).strip(" ")))
        else:
            for number, title in split_numbered_run(piece):
                out.append(replace(first, text=f"{number} {title}" if number else title))
    return lines[: start + 1] + out + lines[end:]


def prepare(lines: Sequence[Line]) -> list[Line]:
    """Transcript pages cut into lines, and the contents run into entries."""
    if not is_transcript([line.text for line in lines]):
        return list(lines)
    return _contents(cut_transcript(lines))


LEGACY = Profile(
    name="legacy",
    description="old PDF transcripts 2002-2014 with run-together lines",
    item_rules=GENERIC.item_rules,
    confirm=GENERIC.confirm,
    access_rules=(access_mark,),
    group_rules=(group,),
    prepare=prepare,
    detect=detect,
)
