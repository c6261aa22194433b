"""Flat tables and the collective outputs: CSV, SQLite (queried as Datasette would), Parquet."""

from __future__ import annotations

import csv
import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

import dagsorden_parser
from badfiles import AGENDA_TEXT
from dagsorden_parser import parse_text
from dagsorden_parser.models import Document
from dagsorden_parser.output.export import export
from dagsorden_parser.output.tables import (
    CASES,
    TABLES,
    Row,
    document_rows,
    meeting_id,
    to_dataframe,
)

#: The case id that the invented meetings below share (the second item of AGENDA_TEXT).
SHARED_CASE = "EMN-2024-05678"


def _meetings() -> list[Document]:
    """Three invented meetings: the same case on the agenda in all three, on different dates."""
    docs = []
    for day, title in (("14-03-2024", "lokalplan"), ("02-05-2024", "budget"), ("09-01-2024", "")):
        text = AGENDA_TEXT.replace("14-03-2024", day)
        text = text.replace("1 (Åben) Godkendelse af dagsorden", f"1 (Åben) Forslag til {title}")
        docs.append(parse_text(text, name=f"møde-{day}.txt"))
    return docs


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    docs = _meetings()
    files: list[Row] = [
        {"path": d.source.path, "sha256": d.source.sha256, "status": "converted",
         "meeting_id": meeting_id(d.source.sha256), "code": None, "message": None, "output": None}
        for d in docs
    ]  # fmt: skip
    files.append(
        {"path": "kaput.pdf", "sha256": None, "meeting_id": None, "status": "failed",
         "code": "damaged_pdf", "message": "kaput.pdf: damaged", "output": None}
    )  # fmt: skip
    formats = ["jsonl", "csv", "sqlite"]
    if importlib.util.find_spec("pyarrow") is not None:
        formats.append("parquet")
    export(docs + docs[:1], files, out, formats)  # a duplicate document is written once
    return out


def test_document_rows_have_stable_ids() -> None:
    doc = _meetings()[0]
    rows = document_rows(doc)
    mid = doc.source.sha256[:16]
    assert rows["meetings"][0]["id"] == mid
    assert [r["id"] for r in rows["items"]] == [f"{mid}:1", f"{mid}:2"]
    assert rows["items"][1]["case_id"] == SHARED_CASE
    assert all(str(r["id"]).startswith(f"{mid}:2:") for r in rows["sections"][1:])
    assert document_rows(doc) == rows  # same document, same rows


def test_sqlite_as_datasette_queries_it(exported: Path) -> None:
    db = sqlite3.connect(exported / "dagsorden.sqlite")
    # Datasette's table search: the FTS table names its content table.
    fts = db.execute(
        "select name from sqlite_master where rootpage = 0 and sql like "
        "'%VIRTUAL TABLE%USING FTS%content=[items]%'"
    ).fetchall()
    assert fts == [("items_fts",)]
    hits = db.execute("select title from items_fts where items_fts match 'lokalplan'").fetchall()
    assert hits == [("Forslag til lokalplan",)]
    joined = db.execute(
        "select meetings.start, items.title from items join meetings on meetings.id = "
        "items.meeting_id where items.rowid in "
        "(select rowid from items_fts where items_fts match 'budget')"
    ).fetchall()
    assert joined == [("2024-05-02T16:30:00", "Forslag til budget")]
    sections = db.execute(
        "select sections.heading, items.title from sections_fts join sections on "
        "sections.rowid = sections_fts.rowid join items on items.id = sections.item_id "
        "where sections_fts match 'efterretning' order by items.id"
    ).fetchall()
    assert len(sections) == 6  # Indstilling and Beslutning of item 2, in each meeting
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    foreign = db.execute("select * from pragma_foreign_key_list('sections')").fetchall()
    assert {row[2] for row in foreign} == {"items", "meetings"}
    assert db.execute("select count(*) from meetings").fetchone() == (3,)
    assert db.execute("select status, code from files where path = 'kaput.pdf'").fetchall() == [
        ("failed", "damaged_pdf")
    ]


def test_cases_link_meetings_in_order(exported: Path) -> None:
    db = sqlite3.connect(exported / "dagsorden.sqlite")
    rows = db.execute(
        "select start, title, meetings_with_case from cases where case_id = ?", (SHARED_CASE,)
    ).fetchall()
    assert [r[0][:10] for r in rows] == ["2024-01-09", "2024-03-14", "2024-05-02"]
    assert {r[2] for r in rows} == {3}
    with (exported / "csv" / "cases.csv").open(encoding="utf-8-sig", newline="") as handle:
        from_csv = [r for r in csv.DictReader(handle) if r["case_id"] == SHARED_CASE]
    assert [r["start"][:10] for r in from_csv] == ["2024-01-09", "2024-03-14", "2024-05-02"]


def test_csv_tables(exported: Path) -> None:
    for table in (*TABLES, CASES):
        path = exported / "csv" / f"{table.name}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            assert next(reader) == table.names
    with (exported / "csv" / "items.csv").open(encoding="utf-8-sig", newline="") as handle:
        items = list(csv.DictReader(handle))
    assert len(items) == 6
    assert "Forslag til lokalplan" in {r["title"] for r in items}


def test_jsonl_one_document_per_meeting(exported: Path) -> None:
    lines = (exported / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [Document.model_validate(json.loads(line)) for line in lines]
    assert len({d.source.sha256 for d in docs}) == len(docs) == 3


def test_parquet(exported: Path) -> None:
    if importlib.util.find_spec("pyarrow") is None:
        pytest.skip("pyarrow is not installed (pip install 'dagsorden-parser[parquet]')")
    import pyarrow.parquet as pq

    table = pq.read_table(exported / "parquet" / "items.parquet")
    assert table.num_rows == 6
    assert table.column_names == next(t.names for t in TABLES if t.name == "items")


def test_to_dataframe() -> None:
    if importlib.util.find_spec("pandas") is None:
        pytest.skip("pandas is not installed (pip install 'dagsorden-parser[pandas]')")
    frame = to_dataframe(_meetings(), "cases")
    shared = frame[frame["case_id"] == SHARED_CASE]
    assert list(shared["start"].dt.strftime("%Y-%m-%d")) == [
        "2024-01-09",
        "2024-03-14",
        "2024-05-02",
    ]
    items = to_dataframe(_meetings()[0])
    assert list(items["number"]) == ["1", "2"]
    with pytest.raises(ValueError, match="unknown table"):
        to_dataframe(_meetings(), "nope")


_VOTED = """Referat af møde i Byrådet

Mødetidspunkt 02-12-2024 17:00
Mødeafholdelse Byrådssalen

1 (Åben) Budget for havnen

Sags ID: EMN-2024-09001

Beslutning

For stemte: A, C og V (21)

Imod stemte: Ø (4)

Indstillingen er dermed godkendt. Rammen er 3,5 mio. kr.

Kim Holm deltog ikke i sagens behandling.
"""


def test_decisions_votes_amounts_and_absences_tables(tmp_path: Path) -> None:
    source = tmp_path / "src" / "byraad.txt"
    source.parent.mkdir()
    source.write_text(_VOTED, "utf-8")
    out = tmp_path / "out"
    results = list(dagsorden_parser.convert([source.parent], out, formats=["sqlite"], jobs=1))
    assert [r.status for r in results] == ["converted"]
    db = sqlite3.connect(out / "dagsorden.sqlite")
    assert db.execute(
        "select body, outcome, votes_in_favour, votes_against from decisions"
    ).fetchall() == [("Byrådet", "approved", 21, 4)]
    assert db.execute("select side, party from votes order by id").fetchall() == [
        ("against", "Ø"),
        ("in_favour", "A"),
        ("in_favour", "C"),
        ("in_favour", "V"),
    ]
    assert db.execute("select kroner from amounts").fetchall() == [(3_500_000.0,)]
    assert db.execute("select name, kind, items from absences").fetchall() == [
        ("Kim Holm", "absent", "1")
    ]
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_vote_rows_keep_parties_beside_a_member_and_the_members_party() -> None:
    doc = dagsorden_parser.parse_text(
        _VOTED.replace("Imod stemte: Ø (4)", "Imod stemte (Ø), (C) og Jens Hansen (UP)")
    )
    rows = dagsorden_parser.to_dataframe(doc, "votes")
    against = rows[rows.side == "against"][["party", "member"]].fillna("").values.tolist()
    assert against == [["Ø", ""], ["C", ""], ["UP", "Jens Hansen"]]
    assert set(rows.side) == {"in_favour", "against"}


def test_meeting_times_in_one_iso_form_and_typed_parquet(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    timed = parse_text(AGENDA_TEXT, name="timed.txt")
    dated = parse_text(AGENDA_TEXT.replace("14-03-2024 16:30", "15-03-2024"), name="dated.txt")
    assert dated.start is not None and not hasattr(dated.start, "hour")
    export([timed, dated], [], tmp_path, ["sqlite", "parquet"])
    db = sqlite3.connect(tmp_path / "dagsorden.sqlite")
    starts = [s for (s,) in db.execute("select start from meetings order by start")]
    assert [len(s) for s in starts] == [19, 19]  # YYYY-MM-DDTHH:MM:SS, both
    pd.to_datetime(pd.Series(starts))  # pandas parses them without format="ISO8601"
    assert db.execute("select time_printed from meetings order by start").fetchall() in (
        [(0,), (1,)],
        [(1,), (0,)],
    )
    schema = pq.read_schema(tmp_path / "parquet" / "meetings.parquet")
    assert str(schema.field("start").type).startswith("timestamp")
    assert str(schema.field("date").type) == "date32[day]"
    items = pd.read_parquet(tmp_path / "parquet" / "items.parquet")
    assert str(items["page_start"].dtype) == "Int64"
    frame = to_dataframe([timed, dated], "meetings")
    assert str(frame["start"].dtype).startswith("datetime64")
    assert str(to_dataframe(timed, "items")["page_start"].dtype) == "Int64"
