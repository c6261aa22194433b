"""Every regular expression of the package, audited for catastrophic backtracking.

Statically: no unbounded repeat inside another unbounded repeat (`(a+)+`, `(.*\\s*)*`).
By measurement: each pattern searched over long runs of its own words and of the
usual hostile units takes time in proportion to the text (16 times the text may take
at most 64 times as long, where quadratic time would take 256 times)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre
import re._parser as sre_parse
import time
from collections.abc import Iterator
from typing import Any

import dagsorden_parser

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# Units as the stages see text: normalised lines hold no runs of white space.
_UNITS = (
    "Per Hansen ", "Aa ", "A", "a", ".", "1", "1.", "1. ", "-", "(A) ", "((", "))",
    "Per Hansen (A), ", ": ", "Ab. ", "12/3 ", "kr. 1.", "x ......... ", ". ", "a\n",
)  # fmt: skip


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    seen: set[int] = set()

    def walk(name: str, value: Any, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
        if isinstance(value, re.Pattern) and id(value) not in seen:
            seen.add(id(value))
            yield name, value
        elif isinstance(value, (tuple, list)) and depth < 3:
            for n, inner in enumerate(value):
                yield from walk(f"{name}[{n}]", inner, depth + 1)
        elif isinstance(value, dict) and depth < 3:
            for key, inner in value.items():
                yield from walk(f"{name}[{key!r}]", inner, depth + 1)

    for info in pkgutil.walk_packages(dagsorden_parser.__path__, "dagsorden_parser."):
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            yield from walk(f"{info.name}.{attribute}", value)


PATTERNS = dict(_patterns())


def _nested_unbounded(tree: Any, inside: bool) -> bool:
    for op, argument in tree:
        if op in _REPEATS:
            _low, high, body = argument
            unbounded = high == sre.MAXREPEAT
            if unbounded and inside:
                return True
            if _nested_unbounded(body, inside or unbounded):
                return True
        elif op == sre.SUBPATTERN:
            if _nested_unbounded(argument[3], inside):
                return True
        elif op == sre.BRANCH:
            if any(_nested_unbounded(b, inside) for b in argument[1]):
                return True
        elif op in (sre.ATOMIC_GROUP, sre.ASSERT, sre.ASSERT_NOT):
            body = argument if op == sre.ATOMIC_GROUP else argument[1]
            if _nested_unbounded(body, inside):
                return True
    return False


def test_the_audit_sees_the_patterns() -> None:
    assert len(PATTERNS) > 200
    assert _nested_unbounded(sre_parse.parse(r"(a+)+$"), False)
    assert _nested_unbounded(sre_parse.parse(r"(.*\s*)*"), False)
    assert not _nested_unbounded(sre_parse.parse(r"(?:\s{1,3}[A-Z][a-z]{1,9}){0,5}"), False)


def test_no_unbounded_repeat_inside_another() -> None:
    nested = [
        name
        for name, pattern in PATTERNS.items()
        if _nested_unbounded(sre_parse.parse(pattern.pattern, pattern.flags), False)
    ]
    assert nested == []


def _units(pattern: re.Pattern[str]) -> list[str]:
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode()
    words = list(dict.fromkeys(re.findall(r"[A-Za-zÆØÅæøå]{3,}", source)))[:6]
    own = [w + " " for w in words] + [w.capitalize() + ": " for w in words[:2]]
    return [*_UNITS, *own, *([" ".join(words) + " "] if words else [])]


def _seconds(pattern: re.Pattern[Any], text: str) -> float:
    if isinstance(pattern.pattern, bytes):
        return _seconds_bytes(pattern, text.encode("latin-1", "replace"))
    started = time.process_time()
    for _ in pattern.finditer(text):
        pass
    pattern.match(text)
    return time.process_time() - started


def _seconds_bytes(pattern: re.Pattern[bytes], data: bytes) -> float:
    started = time.process_time()
    for _ in pattern.finditer(data):
        pass
    return time.process_time() - started


def _grows(pattern: re.Pattern[Any], unit: str, size: int, factor: int) -> tuple[float, float]:
    small = unit * max(1, size // len(unit))
    large = unit * max(1, factor * size // len(unit))
    return _seconds(pattern, small), _seconds(pattern, large)


def test_search_time_is_linear_in_the_text() -> None:
    slow = []
    for name, pattern in PATTERNS.items():
        for unit in _units(pattern):
            short, long = _grows(pattern, unit, 2_000, 8)
            if long > 0.01 and long > 24 * max(short, 1e-4):
                # a suspect: 16 times the text, best of five in CPU time (a busy machine's
                # noise is not growth): linear time takes about 16 times as long, quadratic 256
                runs = [_grows(pattern, unit, 4_000, 16) for _ in range(5)]
                short, long = min(r[0] for r in runs), min(r[1] for r in runs)
                if long > 0.02 and long > 64 * max(short, 1e-4):
                    slow.append(f"{name} on {unit!r}: {short:.4f} s -> {long:.4f} s")
    assert slow == []
