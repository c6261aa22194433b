"""Small text helpers shared by the stages: Unicode clean-up and joining lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": None,  # soft hyphen: invisible unless a line breaks there
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte-order mark inside text
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
    }
)
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, ligatures spelled out, odd spaces made plain, runs of space collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_LIGATURES)).strip()


# A word broken at a line end: `kommune-` followed by `planen` on the next line.
_BROKEN_WORD = re.compile(r"(?<=[a-zæøå]{2})-$")
_STARTS_LOWER = re.compile(r"^[a-zæøå]")
# `og`, `eller`, `samt` after `skole-`: the first half of `skole- og fritidsordninger`.
_SUSPENDED = re.compile(r"^(og|eller|samt|og/eller)\b")


def join_lines(texts: Iterable[str]) -> str:
    """Join the lines of one paragraph, healing words hyphenated at a line break.

    `kommune-` + `planen` becomes `kommuneplanen`; a hyphen after a digit, a
    capital or a single letter (`2030-`, `EU-`, `p-`) is part of the word and stays.
    """
    out = ""
    for text in texts:
        if not out:
            out = text
        elif out.endswith("-") and _SUSPENDED.match(text):
            out += " " + text  # `Teknik-` + `og Miljøudvalget`: a suspended hyphen
        elif _BROKEN_WORD.search(out) and _STARTS_LOWER.match(text):
            out = out[:-1] + text
        elif out.endswith("-") and not out.endswith(" -"):
            out += text
        else:
            out += " " + text
    return out
