"""The data dictionary: every table and column of the batch outputs, generated.

    python -m dagsorden_parser.dictionary docs/data-dictionary.md

writes `docs/data-dictionary.md` from the table definitions (`output/tables.py`,
`output/export.py`) and the JSON models (`models.py`): for every table and column its
type in SQLite, Parquet and pandas, what it means, an example (from an invented meeting
parsed by this version of the parser) and where it comes from in the document JSON.
`tests/test_dictionary.py` fails when the page and the code disagree.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .models import SCHEMA_VERSION
from .output.export import FILES
from .output.tables import CASES, TABLES, Column, Row, Table, rows_of

#: An invented meeting with something in every table.
EXAMPLE_TEXT = """Aarhus Kommune
Referat af møde i Teknik- og Miljøudvalget
Mødetidspunkt 12-02-2024 16:00
Mødeafholdelse Rådhuset, lokale 2
Deltagere: Anne Holm (A), Bo Lund (V), Ida Berg (Ø)
Fraværende: Per Kjær (C)

1 (Åben) Budget for havnen

Sags ID: EMN-2024-09001

Sagsfremstilling

Havnen søger om 3,5 mio. kr. til nye kajer.

Beslutning

For stemte: Anne Holm (A) og Bo Lund (V)

Imod stemte: (Ø)

Indstillingen er dermed godkendt. Ida Berg deltog ikke i sagens behandling.

Bilag

1. Ansøgning fra havnen (dok.nr. 123/24)

2 (Lukket) Salg af grund

Beslutning

Godkendt.
"""

#: Where each table's rows come from in the document JSON.
TABLE_JSON: dict[str, str] = {
    "meetings": "the document (top level)",
    "items": "`items[]`",
    "sections": "`items[].sections[]`",
    "attachments": "`items[].attachments[]`",
    "decisions": "`items[].decisions[]`",
    "votes": "`items[].decisions[].votes.{in_favour,against,abstained}`",
    "amounts": "`items[].amounts[]`",
    "attendance": "`present[]` (status present) and `absent[]` (status absent)",
    "absences": "`absences[]`",
    "warnings": "`warnings[]`",
    "cases": "`items[]` with a `case_id`, joined to their meeting",
    "files": "not in the JSON: the batch's record of each source file",
}

#: A column's source in the JSON where it is not `<table's JSON>.<column name>`.
COLUMN_JSON: dict[str, str] = {
    "meetings.id": "first 16 characters of `source.sha256`",
    "meetings.source_path": "`source.path`",
    "meetings.source_sha256": "`source.sha256`",
    "meetings.source_format": "`source.format`",
    "meetings.pages": "`source.pages`",
    "meetings.start": "`start`, with `T00:00:00` added to a date alone",
    "meetings.end": "`end`, with `T00:00:00` added to a date alone",
    "meetings.date": "the date of `start`",
    "meetings.time_printed": "1 when `start` has a time",
    "meetings.item_count": "length of `items`",
    "meetings.warning_count": "length of `warnings`",
    "meetings.profile": "`quality.profile`",
    "meetings.confident": "`quality.confident` (1/0)",
    "items.section_count": "length of `items[].sections`",
    "items.attachment_count": "length of `items[].attachments`",
    "sections.kind": "`items[].sections[].kind`",
    "decisions.outcome": "`items[].decisions[].outcome`",
    "decisions.votes_in_favour": "`items[].decisions[].votes.in_favour.count`",
    "decisions.votes_against": "`items[].decisions[].votes.against.count`",
    "decisions.votes_abstained": "`items[].decisions[].votes.abstained.count`",
    "decisions.unanimous": "`items[].decisions[].votes.unanimous` (1/0)",
    "decisions.minority": "`items[].decisions[].votes.minority`, one per line",
    "votes.side": "the key of the side: `in_favour`, `against` or `abstained`",
    "votes.party": "an entry of `parties`, or the member's entry of `member_parties`",
    "votes.member": "an entry of `members`",
    "attendance.status": "`present` or `absent`: the list the person is in",
    "attendance.name": "`present[].name` / `absent[].name`",
    "attendance.party": "`present[].party` / `absent[].party`",
    "attendance.role": "`present[].role` / `absent[].role`",
    "attendance.printed": "`present[].printed` / `absent[].printed`",
    "absences.items": "`absences[].items`, comma-separated",
    "warnings.item_number": "`warnings[].item`",
    "cases.start": "`start` of the item's meeting (as `meetings.start`)",
    "cases.municipality": "`municipality` of the item's meeting",
    "cases.committee": "`committee` of the item's meeting",
    "cases.kind": "`kind` of the item's meeting",
    "cases.meetings_with_case": "counted over the archive",
}

_ID_JSON = {
    "id": "made from the positions of the row and its parents (stable across runs)",
    "meeting_id": "the meeting's `id`",
    "item_id": "the item's `id`",
    "decision_id": "the decision's `id`",
    "position": "index in the JSON list, from 1",
}

_PARQUET = {"TEXT": "string", "INTEGER": "int64", "REAL": "double"}
_PANDAS = {"TEXT": "str", "INTEGER": "Int64", "REAL": "float64"}

#: What SQLite adds to the tables (`dagsorden.sqlite` only).
SQLITE_EXTRAS = """\
- `case_key` (TEXT, a column of `items`): the case id without spaces, in capitals; what
  `cases` groups on, so `EMN-2017-02193` and `emn-2017- 02193` are one case.
- `cases` is a view (in CSV and Parquet a table): every item with a case id, in meeting
  order, with `meetings_with_case`.
- Full-text search (FTS5) over {fts}: query with
  `... join items on items.rowid = items_fts.rowid where items_fts match 'lokalplan*'`;
  Datasette's search box uses them.
- Every `*_id` column is a foreign key with an index; `meetings.start` has an index.
"""


def _type(column: Column) -> str:
    sqlite = column.type
    if column.logical == "datetime":
        return f"{sqlite} (ISO) / timestamp / datetime64"
    if column.logical == "date":
        return f"{sqlite} (ISO) / date32 / datetime64"
    return f"{sqlite} / {_PARQUET[sqlite]} / {_PANDAS[sqlite]}"


def _json(table: Table, column: Column) -> str:
    key = f"{table.name}.{column.name}"
    if key in COLUMN_JSON:
        return COLUMN_JSON[key]
    if table.name == "files":
        return "—"
    if table.name == "cases" and column.name not in _ID_JSON:
        return f"`items[].{column.name}`"
    if column.name in _ID_JSON:
        return _ID_JSON[column.name]
    base = TABLE_JSON[table.name]
    if base.startswith("`") and base.endswith("[]`"):
        return f"{base[:-1]}.{column.name}`"
    return f"`{column.name}`"


def _example(value: object) -> str:
    if value is None or value == "":
        return ""
    text = " ".join(str(value).split())
    text = text if len(text) <= 40 else text[:39] + "…"
    return f"`{text.replace('|', '/').replace('`', '')}`"


def _examples() -> dict[str, list[Row]]:
    from .api import parse_text

    document = parse_text(EXAMPLE_TEXT, name="referat-2024-02-12.txt")
    tables = rows_of([document])
    tables["files"] = [
        {
            "path": "archive/referat-2024-02-12.pdf",
            "sha256": document.source.sha256,
            "meeting_id": document.source.sha256[:16],
            "status": "converted",
            "code": None,
            "message": None,
            "output": "json/referat-2024-02-12.json",
        }
    ]
    return tables


def _first(rows: Sequence[Row], name: str) -> object:
    return next((row.get(name) for row in rows if row.get(name) not in (None, "")), None)


def render() -> str:
    """The whole data dictionary as Markdown."""
    examples = _examples()
    fts = ", ".join(f"`{t.name}_fts` ({', '.join(t.fts)})" for t in TABLES if t.fts)
    out = [
        "# Data dictionary",
        "",
        "<!-- Generated by `python -m dagsorden_parser.dictionary docs/data-dictionary.md`;",
        "     tests/test_dictionary.py checks it against the code. Do not edit by hand. -->",
        "",
        "Every table `dagsorden convert` writes (CSV `csv/<table>.csv`, SQLite",
        "`dagsorden.sqlite`, Parquet `parquet/<table>.parquet`, pandas via",
        "`dagsorden_parser.to_dataframe(docs, table)`), column by column. Types are given as",
        "SQLite / Parquet / pandas. Examples come from an invented meeting; the JSON column",
        f"says where the value is in the document JSON (schema {SCHEMA_VERSION}, printed by",
        "`dagsorden schema`). Empty cells are NULL (empty in CSV).",
        "",
        "Ids are stable: the same source file gives the same ids in every run. A row's `id`",
        "is its parent's id and its position (`<meeting id>:<item position>:<position>`), so",
        "`items.id` `4f…:3` is the third item of meeting `4f…`.",
        "",
        "## Tables",
        "",
        "| table | one row per | from the JSON |",
        "|---|---|---|",
    ]
    every = (*TABLES, CASES, FILES)
    for table in every:
        doc = table.doc.replace("<", "&lt;")
        out.append(f"| [`{table.name}`](#{table.name}) | {doc} | {TABLE_JSON[table.name]} |")
    for table in every:
        rows = examples.get(table.name, [])
        out += [
            "",
            f"## {table.name}",
            "",
            table.doc,
            f"Key: `{table.primary_key}`. From the JSON: {TABLE_JSON[table.name]}.",
            "",
            "| column | type | meaning | example | JSON |",
            "|---|---|---|---|---|",
        ]
        for column in table.columns:
            meaning = column.doc.replace("|", "/").replace("<", "&lt;")
            if column.references:
                meaning += f" References `{column.references}`."
            out.append(
                f"| `{column.name}` | {_type(column)} | {meaning} | "
                f"{_example(_first(rows, column.name))} | {_json(table, column)} |"
            )
    out += ["", "## SQLite only", "", SQLITE_EXTRAS.format(fts=fts).rstrip(), ""]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    text = render()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
