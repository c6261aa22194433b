"""Vote records: counts, party letters, members, unanimity, minority notes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dagsorden_parser.facts.votes import parse_votes


def test_labelled_lists_with_counts() -> None:
    record = parse_votes("For stemte: A, C og V (15)\nImod stemte: Ø (2)\nUndlod at stemme: F")
    assert record is not None
    assert (record.for_.parties, record.for_.count) == (["A", "C", "V"], 15)
    assert (record.against.parties, record.against.count) == (["Ø"], 2)
    assert record.abstained.parties == ["F"]


def test_counted_sentence() -> None:
    record = parse_votes(
        "Forslaget blev godkendt med 19 stemmer for (A, B, C, F, O, V) og 4 imod (Ø)."
    )
    assert record is not None
    assert record.for_.count == 19 and record.for_.parties == ["A", "B", "C", "F", "O", "V"]
    assert record.against.count == 4 and record.against.parties == ["Ø"]


def test_members_with_parties() -> None:
    record = parse_votes(
        "Anbefales. Karen Holm (A) og Per B. Andersen (C) undlod at tage stilling. "
        "Lis Bro (V) stemte imod."
    )
    assert record is not None
    assert record.abstained.members == ["Karen Holm", "Per B. Andersen"]
    assert record.abstained.parties == ["A", "C"]
    assert record.against.members == ["Lis Bro"]


def test_unanimous_and_minority() -> None:
    unanimous = parse_votes("Enstemmigt godkendt.")
    assert unanimous is not None and unanimous.unanimous
    minority = parse_votes("Anbefales. Ø kan ikke anbefale forslaget.")
    assert minority is not None and minority.minority == ["Ø kan ikke anbefale forslaget."]


def test_list_markers_and_years_are_not_votes() -> None:
    assert parse_votes("Godkendt med de ændringer, der fremgår af A) og B) i 2017.") is None
    assert parse_votes("Godkendt.") is None


@settings(max_examples=200)
@given(st.text())
def test_never_raises(text: str) -> None:
    parse_votes(text)


PARTIES = list("ABCDFIKMOVÆØÅ")


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(PARTIES), min_size=1, max_size=6, unique=True),
    st.integers(min_value=0, max_value=99),
    st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3, unique=True),
    st.integers(min_value=0, max_value=99),
)
def test_record_round_trips(
    for_parties: list[str], for_count: int, against_parties: list[str], against_count: int
) -> None:
    def listed(parties: list[str]) -> str:
        return parties[0] if len(parties) == 1 else ", ".join(parties[:-1]) + " og " + parties[-1]

    text = (
        f"For stemte: {listed(for_parties)} ({for_count})\n"
        f"Imod stemte: {listed(against_parties)} ({against_count})"
    )
    record = parse_votes(text)
    assert record is not None
    assert (record.for_.parties, record.for_.count) == (for_parties, for_count)
    assert (record.against.parties, record.against.count) == (against_parties, against_count)
