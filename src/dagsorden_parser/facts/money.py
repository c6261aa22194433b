"""Amounts of money in Danish text, as numbers in kroner.

Danish writes a decimal comma and a thousands dot: `2.591.000 kr.`, `1,4 mio. kr.`,
`kr. 500.000`, `12,581 mio. kr.`, `500 t.kr.`, `1,2 mia. kr.`, `-3,5 mio. kr.`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# A Danish number: `2.591.000`, `1,4`, `12,581`, `500`, `1.500,50`.
_NUMBER = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
# The scale words before `kr.`: thousands, millions, billions.
_SCALE = (
    r"(?P<scale>t\.?\s?kr|tkr|tusind\s+kr|mio\.?\s*kr|millioner\s+kr|mia\.?\s*kr|"
    r"milliarder\s+kr|kr)"
)
# `2.591.000 kr.`, `1,4 mio. kr.`, `500 t.kr.`: number, then scale and `kr`.
_NUMBER_THEN_KR = re.compile(rf"(?<![\w.,])(?P<number>{_NUMBER})\s*{_SCALE}\b\.?", re.I)
# `kr. 500.000`, `kr. 1,4 mio.`: `kr.` first, then the number (and perhaps a scale).
_KR_THEN_NUMBER = re.compile(
    rf"\bkr\.?\s*(?P<number>{_NUMBER})(?:\s*(?P<scale>mio|mia)\.?)?(?![\w,]|\.\d)", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])")


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount as printed, its value in kroner, and the sentence it stands in."""

    kroner: Decimal
    printed: str
    sentence: str


def parse_number(text: str) -> Decimal | None:
    """`2.591.000` -> 2591000, `1,4` -> 1.4 (Danish separators)."""
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def _factor(scale: str | None) -> Decimal:
    word = (scale or "kr").lower().replace(" ", "")
    if word.startswith(("mia", "milliard")):
        return Decimal(1_000_000_000)
    if word.startswith(("mio", "million")):
        return Decimal(1_000_000)
    if word.startswith(("t", "tusind")):
        return Decimal(1000)
    return Decimal(1)


def amounts(text: str) -> list[Amount]:
    """Every amount of money in the text, in order."""
    found: list[tuple[int, int, Decimal]] = []
    if "kr" not in text.lower():  # both patterns need `kr`: most text has no amount
        return []
    for pattern in (_NUMBER_THEN_KR, _KR_THEN_NUMBER):
        # the spans taken by earlier patterns, sorted and not overlapping each other (a
        # pattern's own matches never overlap): an overlap is found by bisection
        taken = sorted((start, end) for start, end, _ in found)
        starts = [start for start, _ in taken]
        ends = [end for _, end in taken]
        for m in pattern.finditer(text):
            at = bisect.bisect_right(ends, m.start())
            if at < len(starts) and starts[at] < m.end():
                continue
            number = parse_number(m["number"])
            if number is not None:
                found.append((m.start(), m.end(), number * _factor(m["scale"])))
    if not found:  # `kr` in a word (`krav`, `kriterier`): no sentences to find
        return []
    found.sort()
    sentence_ends = list(_SENTENCE_END.finditer(text))
    ends = [m.start() for m in sentence_ends]
    starts = [m.end() for m in sentence_ends]
    return [
        Amount(
            kroner=Decimal(format(value.normalize(), "f")),
            printed=text[start:end].strip(),
            sentence=_sentence(text, start, starts, ends),
        )
        for start, end, value in found
    ]


def _sentence(text: str, position: int, starts: list[int], ends: list[int]) -> str:
    """The sentence around `position`, given where sentences start and end (sorted)."""
    before = bisect.bisect_right(starts, position)
    start = starts[before - 1] if before else 0
    after = bisect.bisect_left(ends, position)
    end = ends[after] if after < len(ends) else len(text)
    return " ".join(text[start:end].split())


def format_kroner(kroner: Decimal) -> str:
    """2591000 -> `2.591.000 kr.`; 1400000.5 -> `1.400.000,5 kr.` (Danish separators)."""
    sign = "-" if kroner < 0 else ""
    whole, _, fraction = f"{abs(kroner):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    fraction = fraction.rstrip("0")
    return f"{sign}{grouped}{',' + fraction if fraction else ''} kr."
