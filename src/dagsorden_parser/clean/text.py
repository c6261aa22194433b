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
# Anything `normalise` would change besides composition: a character `_LIGATURES`
# replaces, white space other than a plain space, or two spaces in a row.
_CHANGES = re.compile(
    "[" + "".join(chr(c) for c in _LIGATURES if not chr(c).isspace()) + "]|[^\\S ]|  "
)


def normalise(text: str) -> str:
    """NFC, ligatures spelled out, odd spaces made plain, runs of space collapsed."""
    if text.isascii():  # nothing to compose or spell out: only the spaces to collapse
        return " ".join(text.split())
    if (
        _CHANGES.search(text) is None
        and not text.startswith(" ")
        and not text.endswith(" ")
        and unicodedata.is_normalized("NFC", text)
    ):
        return text  # the usual line of a PDF: already what the rules below make of it
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
    # Parts are collected and joined once, and each test looks only at the end of the
    # text so far: linear time however many lines a paragraph has.
    parts: list[str] = []
    last = ""  # the last few characters of the text so far
    for text in texts:
        if not last:
            parts = [text]
        elif last.endswith("-") and _SUSPENDED.match(text):
            parts.append(" " + text)  # `Teknik-` + `og Miljøudvalget`: a suspended hyphen
        elif _BROKEN_WORD.search(last) and _STARTS_LOWER.match(text):
            parts[-1] = parts[-1][:-1]
            parts.append(text)
        elif last.endswith("-") and not last.endswith(" -"):
            parts += [text] if text else []
        else:
            parts.append(" " + text)
        last = _tail(parts)
    return "".join(parts)


def _tail(parts: list[str], size: int = 3) -> str:
    """The last `size` characters of the joined parts, without joining them all."""
    tail = ""
    for part in reversed(parts):
        tail = part + tail
        if len(tail) >= size:
            break
    return tail[-size:]
