"""Cheap whole-document tests that let a detector skip its line-by-line rules.

A detector runs its rules over every line of the document; most documents carry none
of its signature words at all. `mentions` answers from the document's text joined and
lower-cased once (and kept for the other detectors of the same call): when none of the
words occurs, no line can match a rule that requires one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Characters a case-insensitive regular expression matches to an ASCII letter although
# their lower case is another character (`ı` and `İ` to `i`, `ſ` to `s`).
_ODD_CASES = {"ı": "i", "ſ": "s"}

_cache: tuple[Sequence[str], str] | None = None


def folded(texts: Sequence[str]) -> str:
    """The lines joined by line breaks, in lower case, with `_ODD_CASES` replaced: for
    `in` tests that stand in for case-insensitive regular expressions."""
    global _cache
    if _cache is not None and _cache[0] is texts:
        return _cache[1]
    text = "\n".join(texts).lower()
    for odd, plain in _ODD_CASES.items():
        if odd in text:
            text = text.replace(odd, plain)
    _cache = (texts, text)
    return text


def mentions(texts: Sequence[str], *words: str) -> bool:
    """Whether any line contains one of `words` (lower case), ignoring case."""
    text = folded(texts)
    return any(word in text for word in words)


def any_line(texts: Sequence[str], rule: re.Pattern[str], *words: str) -> bool:
    """Whether `rule` matches at the start of any line; `words` (lower case) are words
    every match contains, tested on the whole document first."""
    return mentions(texts, *words) and any(map(rule.match, texts))
