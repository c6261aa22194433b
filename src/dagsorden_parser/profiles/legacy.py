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
from .transcript import (
    confirmed_starts,
    cut_transcript,
    is_transcript,
    split_numbered_run,
    split_titles,
    without_page,
)

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
    r"|^(?i:indholdsfortegnelse)\b"
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
    døre`, `- LUKKET SAG`, `Pkt. Tekst Side`, `Sidenr`, `Sagsid.:`) or a contents
    (`Indholdsfortegnelse`); a transcript alone is not enough (other families are
    transcribed too, and their own detectors score higher)."""
    if not is_transcript(texts):
        return 0.0
    return 1.0 if any(_SIGNATURE.search(t) for t in texts) else 0.0


def _contents(lines: list[Line]) -> list[Line]:
    """The contents run after `Indholdsfortegnelse` (it may go on over the next page,
    which then starts with an item number) cut into one line per entry."""
    start = next((n for n, x in enumerate(lines) if x.text.lower() == "indholdsfortegnelse"), None)
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
    body = [x.text for x in lines[end:]]
    pieces = [p for p in _GROUP_IN_RUN.split(text) if p and p.strip()]
    for piece in pieces:
        piece = piece.strip()
        if group(piece):
            out.append(replace(first, text=piece))
        elif re.match(r"\d{1,3}\.\s", piece):
            entries = [_ROMAN_PAGE.sub("", e).strip(" ") for e in _DOTTED_ENTRY.split(piece)]
            if len(entries) == 1 and not _ROMAN_PAGE.search(piece):  # numbers lost after `1.`
                out += _numbered_titles(first, entries[0], body)
            else:
                out += [replace(first, text=e) for e in entries]
        else:
            numbered = split_numbered_run(piece)
            if numbered[0][0] is None and len(numbered) == 1:
                out += _numbered_titles(first, piece, body)
                continue
            for number, title in numbered:
                out.append(replace(first, text=f"{number} {title}" if number else title))
    return lines[: start + 1] + out + _body_headings(lines[end:], out)


# `12 Title`: a contents entry as `_contents` writes it.
_ENTRY = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>\S.{14,})$")


def _body_headings(body: list[Line], entries: Sequence[Line]) -> list[Line]:
    """A body line ending in a contents title whose number was lost (`Sidenr Title`,
    the page's column head before the item's heading) cut into the text before it
    and the heading, numbered as its contents entry."""
    titles = [(m["number"], m["title"]) for e in entries if (m := _ENTRY.match(e.text))]
    out: list[Line] = []
    for line in body:
        found = next(((n, t) for n, t in titles if line.text.endswith(" " + t)), None)
        if found is None:
            out.append(line)
            continue
        before = line.text[: -len(found[1])].strip()
        out += [replace(line, text=before), replace(line, text=f"{found[0]} {found[1]}")]
    return out


# `1. Title`, `1... Title`: the one item number left before a run of titles.
_LEADING_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.+\s+")


def _numbered_titles(first: Line, run: str, body: Sequence[str]) -> list[Line]:
    """A run of contents titles whose numbers were lost (but maybe the first), cut
    at its title starts and where the body repeats a title, numbered on from the
    first number (or from 1)."""
    lead = _LEADING_NUMBER.match(run)
    number = int(lead["number"]) if lead else 1
    run = run[lead.end() :] if lead else run
    titles = split_titles(run, confirmed_starts(run, body))
    titles[-1] = without_page(titles[-1]) if titles else run
    return [replace(first, text=f"{number + k} {title}") for k, title in enumerate(titles)]


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
