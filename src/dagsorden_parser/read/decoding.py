"""Text files decoded by evidence: a byte-order mark, UTF-16/32 without one, UTF-8;
when none fits, Windows-1252 as a guess that the caller reports as a warning."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# Longest marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    #: Why the encoding is a guess (None when a mark or a strict decode settled it).
    guess: str | None = None


def _nul_pattern(data: bytes) -> str | None:
    """The UTF-16/32 form whose zero bytes fall where ASCII text in it puts them."""
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) * 4 < len(sample):
        return None
    for encoding, width, at in (
        ("utf-32-le", 4, (1, 2, 3)),
        ("utf-32-be", 4, (0, 1, 2)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        units = len(sample) // width
        zeros = sum(sample[k * width + a] == 0 for k in range(units) for a in at)
        if units and zeros >= 0.7 * units * len(at):
            return encoding
    return None


def decode(data: bytes) -> Decoded:
    """Decode a text file's bytes (see the module docstring)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return Decoded(text, encoding)
    wide = _nul_pattern(data)
    if wide is not None:
        try:
            return Decoded(data.decode(wide), wide)
        except UnicodeDecodeError:
            text = data.decode(wide, errors="replace")
            return Decoded(text, wide, f"no byte-order mark; read as {wide} by its zero bytes")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return Decoded(text, "cp1252", "not UTF-8; read as Windows-1252, a guess")
