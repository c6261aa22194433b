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


def test_parties_beside_a_named_member_keep_their_party() -> None:
    record = parse_votes("Imod stemte (Ø), (C), (A) og Jens Hansen (UP)")
    assert record is not None
    assert record.against.parties == ["Ø", "C", "A", "UP"]
    assert record.against.members == ["Jens Hansen"]
    assert record.against.member_parties == ["UP"]


def test_label_split_over_two_lines() -> None:
    record = parse_votes("For\nstemte: A, C og V (15)\nImod\nstemte: Ø (2)")
    assert record is not None
    assert (record.for_.parties, record.for_.count) == (["A", "C", "V"], 15)
    assert (record.against.parties, record.against.count) == (["Ø"], 2)


def test_vote_table_rows_keep_parties_and_members() -> None:
    from dagsorden_parser.models import VoteSide
    from dagsorden_parser.output.tables import vote_entries

    side = VoteSide(parties=("Ø", "C", "A", "UP"), members=("Jens Hansen",), member_parties=("UP",))
    assert vote_entries(side) == [("Ø", None), ("C", None), ("A", None), ("UP", "Jens Hansen")]
    both = VoteSide(
        parties=("C", "A"), members=("Claus Holm", "Bo Lund"), member_parties=("C", "A")
    )
    assert vote_entries(both) == [("C", "Claus Holm"), ("A", "Bo Lund")]
