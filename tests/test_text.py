"""Tests for `dagsorden_parser.clean.text`: Unicode clean-up and joining wrapped lines."""

from __future__ import annotations

import unicodedata

import pytest

from dagsorden_parser.clean.text import join_lines, normalise

# --- normalise ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Of\ufb01cielt \ufb02ag", "Officielt flag"),  # ﬁ and ﬂ ligatures
        ("e\ufb00ektiv a\ufb03ks", "effektiv affiks"),  # ﬀ and ﬃ
        ("kl.\u00a019.00", "kl. 19.00"),  # no-break space
        ("2.591.000\u202fkr.", "2.591.000 kr."),  # narrow no-break space
        ("kommune\u00adplanen", "kommuneplanen"),  # soft hyphen vanishes
        ("EU\u2011midler", "EU-midler"),  # non-breaking hyphen becomes '-'
        ("Rådhus\u200bpladsen", "Rådhuspladsen"),  # zero-width space
        ("  Mødested:\t\tByrådssalen  ", "Mødested: Byrådssalen"),
        ("Resumé   af    sagen", "Resumé af sagen"),
        ("", ""),
        ("\u00ad", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_composes_decomposed_danish_letters() -> None:
    decomposed = "Ga\u030ardbutik ved A\u030a og Ska\u030arup"  # a + combining ring
    assert len(decomposed) != len("Gårdbutik ved Å og Skårup")
    result = normalise(decomposed)
    assert result == "Gårdbutik ved Å og Skårup"
    assert unicodedata.is_normalized("NFC", result)
    assert "\u030a" not in result


def test_normalise_is_idempotent_on_examples() -> None:
    for raw in ("Of\ufb01cielt\u00a0flag", "Ga\u030ard", " a \t b "):
        once = normalise(raw)
        assert normalise(once) == once


# --- join_lines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a word broken at the line end is healed
        (["Forslag til kommune-", "planen"], "Forslag til kommuneplanen"),
        (["Rådhus-", "pladsen"], "Rådhuspladsen"),
        (["ældre-", "området er udfordret"], "ældreområdet er udfordret"),
        # a hyphen after a digit, a capital or a single letter belongs to the word
        (["Befolknings 2030-", "fremskrivning"], "Befolknings 2030-fremskrivning"),
        (["nye p-", "huse ved stationen"], "nye p-huse ved stationen"),
        (["ansøgning om EU-", "midler"], "ansøgning om EU-midler"),
        # a hyphen before a capitalised word is kept and not spaced
        (["Region Midtjylland og Skive-", "Viborg"], "Region Midtjylland og Skive-Viborg"),
        # a dash standing alone is punctuation: a space follows
        (["Hans Lund (V) -", "formand"], "Hans Lund (V) - formand"),
        # ordinary lines are joined with one space
        (["Udvalget godkendte", "indstillingen."], "Udvalget godkendte indstillingen."),
        (["én linje"], "én linje"),
        ([], ""),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_join_lines_accepts_any_iterable() -> None:
    assert join_lines(iter(["kommune-", "planen"])) == "kommuneplanen"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Danish suspended hyphen (`Børne- og Ungeudvalget`) broken after the hyphen:
        # the `og`/`eller` on the next line shows the hyphen is no word break.
        (["Teknik-", "og Miljøudvalget"], "Teknik- og Miljøudvalget"),
        (["Tilskud til skole-", "og fritidsordninger"], "Tilskud til skole- og fritidsordninger"),
        (["udvidelse af børne-", "eller ungeområdet"], "udvidelse af børne- eller ungeområdet"),
    ],
)
def test_join_lines_keeps_suspended_hyphen_before_og(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected
