"""Parsing time grows linearly with the text: no rule backtracks catastrophically and no
stage does quadratic work on long lines, long runs of dots or digits, repeated headings
or repeated label words. Time is this process's CPU time, so other load does not count."""

from __future__ import annotations

import time

import dagsorden_parser as dp
from adversarial import UNITS, adversarial_text

SIZES = (10_000, 100_000, 1_000_000)


def _per_char(size: int) -> float:
    text = adversarial_text(size)
    started = time.process_time()
    dp.parse_text(text)
    return (time.process_time() - started) / len(text)


def test_time_per_character_does_not_grow_with_size() -> None:
    _per_char(SIZES[0])  # warm up imports and caches
    per_char = {size: _per_char(size) for size in SIZES}
    ratio = max(per_char.values()) / min(per_char.values())
    shown = ", ".join(f"{s}: {t * 1e6:.2f} µs/char" for s, t in per_char.items())
    assert ratio < 3, f"time per character grows with size ({shown})"


def test_every_unit_is_in_the_adversarial_text() -> None:
    text = adversarial_text(len(UNITS) * 400)
    for unit in UNITS.values():
        assert unit.strip() in text
