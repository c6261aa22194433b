"""An item's case id and access read from the case line, wherever the layout puts it.

Many layouts print one case line per item, holding the case number and, in some, the
item's access: `Åbent - 01.00.00-G01-93-16`, `Sagsnr.: 240-2021-517 Dok.nr.: ...
Åbent`, `Sagsnr. 299835 Udvalget Åbent punkt`. Some print it on the line above the item
heading instead of below it; the document shows which, by where its case lines stand
next to its headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Access
from ..read.lines import Line
from .forms import bare_case_number, heading_form
from .rules import access_of, labelled_case_id

# `Åbent - 01.00.00-G01-93-16`, `Lukket - 2012/057275`: the access, a dash, the case number.
_ACCESS_DASH_CASE = re.compile(
    r"^(?P<access>åbent|åben|lukket)\s[-–]\s(?P<value>\d[\w./-]{3,40})$", re.I
)
# `Sagsnr.: 240-2021-517   Dok.nr.: 240-2021-903114   Åbent`, `Sagsnr. 299835 Udvalget
# Åbent punkt`: a case line that ends in the item's access.
_CASE_LINE_ACCESS = re.compile(
    r"^(?:sags?\s?nr|sagsnummer|sags\s?id|j\.\s?nr)\.?\s*:?\s.{0,200}?\s"
    r"(?P<access>åbent|åben|lukket)(?:\s(?:punkt|sag))?\.?$",
    re.I,
)


def access_dash_case(text: str) -> tuple[Access | None, str] | None:
    """`Åbent - 01.00.00-G01-93-16`: (access, case id), or None."""
    m = _ACCESS_DASH_CASE.match(text.strip())
    if not m or not any(ch.isdigit() for ch in m["value"]):
        return None
    return access_of(m["access"]), m["value"]


def case_line_access(text: str) -> Access | None:
    """The access a case line states: `Åbent - <case>` or `Sagsnr.: ... Åbent`."""
    text = text.strip()
    dashed = access_dash_case(text)
    if dashed is not None:
        return dashed[0]
    m = _CASE_LINE_ACCESS.match(text)
    return access_of(m["access"]) if m and labelled_case_id(text) else None


def _case_alone(text: str) -> bool:
    """`85.02.02-G01-1-17` or `Sagnr.: 1-21-78-2-18` alone on its line."""
    text = text.strip()
    if bare_case_number(text) is not None:
        return True
    value = labelled_case_id(text)
    return value is not None and text.endswith(value)


#: How many lines below its heading a case line printed below the heading stands.
NEAR = 3


def case_lines_below(lines: Sequence[Line]) -> list[Line]:
    """Where a document prints its case lines right above its item headings (and never
    a few lines below one), each is moved below its heading, where an item's case id is
    read. Only the two lines change places; nothing is dropped."""
    headings = [heading_form(line.text) is not None for line in lines]
    cases = [_case_alone(line.text) for line in lines]
    last = -NEAR - 1  # the line of the last heading seen
    above: list[int] = []
    for n in range(len(lines)):
        if headings[n]:
            last = n
        elif cases[n]:
            if n - last <= NEAR:
                return list(lines)  # a case line below its heading: the layout's place
            if n + 1 < len(lines) and headings[n + 1]:
                above.append(n)
    if not above:
        return list(lines)
    out = list(lines)
    for n in above:
        out[n], out[n + 1] = lines[n + 1], lines[n]
    return out
