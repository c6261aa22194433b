"""Acadre (Syddjurs, Hørsholm): the agenda module of the Acadre case system.

PDF: a cover page (`Referat` / the committee / meeting name / date / `Kl. 10:30` /
the address on several lines / `Medlemmer` in two columns / `Fraværende`), the
contents `Punkt nr. Side` with `715. Title ....... 2`, items with a global running
number `715. Title`, then `Sagsnr.: 12/27845` and `Sagen afgøres i: ...`; stamps
`1 of 5` (page furniture). Older transcripts print a block `Punkt: 18 Acadre
sagsnr.: 07/3026 Journalnr.: Sagsforløb: ... - Åben sag ...` above the title, and a
contents `Følgende sager behandles på mødet` of titles followed by page numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..clean.transcript import is_transcript, number_contents_from_body
from ..clean.transcript_contents import transcript_contents
from ..models import Access, SectionKind
from ..read.lines import Line
from ..structure.rules import ItemHeading, access_of, match_heading
from ..vocabulary import HeaderLabel
from .base import Profile
from .generic import confirm as generic_confirm
from .generic import numbered_title
from .scan import mentions

# `Sagen afgøres i: Byrådet`, `Acadre sagsnr.: 07/3026`, `Punkt nr. Side`,
# `Følgende sager behandles på mødet`: labels only Acadre prints.
_SIGNATURE = re.compile(
    r"\bsagen afgøres i\s*:|\bacadre sagsnr\.?\s*:|^punkt nr\.\s+side$|"
    r"\bfølgende sager behandles på mødet\b",
    re.I,
)
#: Words every `_SIGNATURE` match contains (see `scan.mentions`).
_SIGNATURE_WORDS = (
    "sagen afgøres i",
    "acadre sagsnr",
    "punkt nr.",
    "følgende sager behandles på mødet",
)
# `Punkt: 18 Title`: the item number label of the older Acadre template.
_PUNKT_COLON = re.compile(r"^Punkt:\s*(?P<number>\d{1,4})(?:\s+(?P<title>\S.*))?$")
# `Referat`, `Dagsorden`: the document kind alone on the first line of the cover.
_COVER_KIND = re.compile(r"^(referat|dagsorden|beslutningsprotokol)$", re.I)
# `Medlemmer`: the heading of the members' list on the cover.
_MEMBERS = re.compile(r"^medlemmer\s*:?$", re.I)
# `Jesper Hansen (A) Ole Berg (V)`: one row of a members' list set in two columns.
_TWO_MEMBERS = re.compile(r"^(?P<left>[^()]+\([^()]{1,6}\))\s+(?P<right>[^()]+\([^()]{1,6}\))$")
# `Kaløvig Kursuscenter, Præstekravevej 46, Følle Strand, 8410 Rønde`: an address
# ending in a four-digit postcode and a town (the cover's meeting place, once joined).
_ADDRESS = re.compile(r"^(?P<value>[^,]+(?:, [^,]+){0,10}, \d{4} [A-ZÆØÅ][\w .-]+)$")
# `Kl. 10:30`: the cover's start time, alone on its line.
_TIME_LINE = re.compile(r"^kl\.?\s*\d{1,2}[.:]\d{2}$", re.I)
# A postcode and town closing an address block: `8410 Rønde`.
_POSTCODE_TOWN = re.compile(r"^\d{4} [A-ZÆØÅ][\w .-]+$")


def punkt_colon_title(text: str) -> ItemHeading | None:
    """`Punkt: 18 Title` (older Acadre): the number label, the title after it."""
    return match_heading(_PUNKT_COLON, text, "punkt_colon")


# `Åben sag`, `Lukket sag`: the access mark of the older template's item block.
_ACCESS_MARK = re.compile(r"^(?P<access>åben|lukket)\s+sag$", re.I)


def access_mark(text: str) -> Access | None:
    """`Åben sag` / `Lukket sag` on its own line in the item's block."""
    m = _ACCESS_MARK.match(text)
    return access_of(m["access"]) if m else None


def detect(texts: Sequence[str]) -> float:
    """Acadre's own labels: `Sagen afgøres i:`, `Acadre sagsnr.:`, `Punkt nr. Side`,
    `Følgende sager behandles på mødet` (two of them, or one `Acadre sagsnr.`)."""
    hits = 0.0
    if not mentions(texts, *_SIGNATURE_WORDS):
        return hits
    for text in texts:
        for m in _SIGNATURE.finditer(text):
            hits += 1.0 if m.group(0).lower().startswith("acadre") else 0.5
    return min(1.0, hits)


def _cover(lines: list[Line]) -> list[Line]:
    """Put the PDF cover back together: `Referat` + the committee on one line, the
    address lines after `Kl. 10:30` on one line (comma-separated), and the members'
    two columns read column by column."""
    out: list[Line] = []
    n = 0
    page_one = [line for line in lines if line.page == 1]
    end = len(page_one)
    while n < end:
        line = page_one[n]
        if n == 0 and _COVER_KIND.match(line.text) and n + 1 < end:
            nxt = page_one[n + 1]
            out.append(replace(line, text=f"{line.text} {nxt.text}"))
            n += 2
            continue
        if _TIME_LINE.match(line.text):
            out.append(line)
            block: list[Line] = []
            m = n + 1
            while m < end and len(block) < 6 and not _MEMBERS.match(page_one[m].text):
                block.append(page_one[m])
                if _POSTCODE_TOWN.match(page_one[m].text):
                    break
                m += 1
            if block and _POSTCODE_TOWN.match(block[-1].text) and len(block) > 1:
                joined = ", ".join(b.text for b in block)
                out.append(replace(block[0], text=joined))
                n += 1 + len(block)
                continue
            n += 1
            continue
        if _MEMBERS.match(line.text):
            out.append(line)
            rows: list[Line] = []
            m = n + 1
            while m < end and (_TWO_MEMBERS.match(page_one[m].text) or "(" in page_one[m].text):
                rows.append(page_one[m])
                m += 1
            if any(_TWO_MEMBERS.match(r.text) for r in rows):
                left, right = [], []
                for row in rows:
                    pair = _TWO_MEMBERS.match(row.text)
                    if pair:
                        left.append(replace(row, text=pair["left"].strip()))
                        right.append(replace(row, text=pair["right"].strip()))
                    else:
                        left.append(row)
                out += left + right
                n = m
                continue
        out.append(line)
        n += 1
    return out + [line for line in lines if line.page != 1]


def _labels_plain(lines: list[Line]) -> list[Line]:
    """`Tidsplan:` in bold inside a section is a label in the text: Acadre prints its
    section headings without a colon, so a bold line ending in `:` is body text."""
    return [
        replace(line, bold=False) if line.bold and line.text.endswith(":") else line
        for line in lines
    ]


def prepare(lines: Sequence[Line]) -> list[Line]:
    """PDF: the cover put together, in-text labels made plain. Transcript: the
    run-together lines cut at Acadre's labels, the contents numbered from the
    first item found in the body."""
    if is_transcript([line.text for line in lines]):
        numbered = number_contents_from_body(list(lines))
        # a contents under another heading (`Sagsoversigt`) is cut as in any transcript
        return transcript_contents(numbered) if numbered == list(lines) else numbered
    if not any(line.page == 1 for line in lines):
        return list(lines)
    return _labels_plain(_cover(list(lines)))


def confirm(lines: Sequence[Line], index: int, heading: ItemHeading) -> bool:
    """`Punkt: 18` opens an item; a numbered line needs the generic confirmation."""
    if heading.rule == "punkt_colon":
        return True
    return generic_confirm(lines, index, heading)


ACADRE = Profile(
    name="acadre",
    description="Acadre: `715. Title`, `Sagsnr.: 12/27845`, `Sagen afgøres i:`, "
    "`Punkt: 18 Acadre sagsnr.:`",
    item_rules=(punkt_colon_title, numbered_title),
    extra_sections={
        "økonomi og organisatoriske konsekvenser": SectionKind.ECONOMY,
        "supplerende sagsfremstilling": SectionKind.CASE_DESCRIPTION,
        "supplerende sagsbeskrivelse": SectionKind.CASE_DESCRIPTION,
    },
    header_labels=(HeaderLabel("location", _ADDRESS),),
    access_rules=(access_mark,),
    prepare=prepare,
    confirm=confirm,
    detect=detect,
)
