"""Writers of the batch outputs: JSON Lines, CSV, SQLite and Parquet.

Each writer takes documents one at a time (`add`), so an archive of any size streams
through it, and publishes its files only in `close`: everything is written to
temporary files first and moved into place with `os.replace`, so a reader (or a run
killed half-way) never sees a half-written table. `abort` removes the temporary files.

* `jsonl`: `documents.jsonl`, one Document JSON per line;
* `csv`: `csv/<table>.csv` per table of `tables.TABLES`, plus `csv/cases.csv` and
  `csv/files.csv` (UTF-8 with a byte order mark, so Excel reads the Danish letters);
* `sqlite`: `dagsorden.sqlite`, the same tables with foreign keys, the `cases` view,
  and FTS5 tables `items_fts` (title, text) and `sections_fts` (heading, text);
* `parquet`: `parquet/<table>.parquet` (needs pyarrow: the `parquet` extra).

The per-document JSON files are written by the batch runner itself (`batch.py`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import re
import secrets
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from ..models import Document
from .tables import (
    CASES,
    TABLES,
    Column,
    Row,
    Table,
    case_rows,
    document_rows,
    unique_documents,
)

#: Formats `convert` knows; `json` (one file per document) is written by the runner.
FORMATS = ("json", "jsonl", "csv", "sqlite", "parquet")

SQLITE_NAME = "dagsorden.sqlite"
JSONL_NAME = "documents.jsonl"

FILES = Table(
    "files",
    "One row per source file the batch saw: converted or failed.",
    (
        Column("path", "TEXT", "The source file."),
        Column("sha256", "TEXT", "sha256 of the file (empty when it could not be read)."),
        Column("meeting_id", "TEXT", "The meeting it holds, when converted.", "meetings.id"),
        Column("status", "TEXT", "converted or failed."),
        Column("code", "TEXT", "Error code of a failed file."),
        Column("message", "TEXT", "Error message of a failed file."),
        Column("output", "TEXT", "Its JSON file under OUT, when written."),
    ),
    primary_key="path",
)


#: The temporary files written here: `.<target name>.<12 hex digits>.dagsorden-tmp`, a
#: name no other program writes, so a leftover can be removed without touching others.
OWN_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{12}\.dagsorden-tmp$")


def temp_path(target: Path) -> Path:
    """A fresh temporary name beside `target` (hidden, so no reader takes it for output)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.dagsorden-tmp")


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` via a temporary file beside it, fsync and `os.replace`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_path(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files a killed run left under `folder`: only those named by
    `temp_path` (any other `*.tmp`, such as a repository's `.git/index.tmp`, stays)."""
    if not folder.is_dir():
        return
    for path in folder.rglob(".*.dagsorden-tmp"):
        if OWN_TEMPORARY.match(path.name) and path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                path.unlink()


class Writer(Protocol):
    """A batch output: documents in, files published on close."""

    def add(self, doc: Document, rows: Mapping[str, Sequence[Row]]) -> None: ...

    def close(self, files: Sequence[Row]) -> None: ...

    def abort(self) -> None: ...


# --- JSON Lines -----------------------------------------------------------------------


class JsonlWriter:
    """`documents.jsonl`: one document per line."""

    def __init__(self, out: Path) -> None:
        self.target = out / JSONL_NAME
        self.temp = temp_path(self.target)
        self.handle = self.temp.open("wb")

    def add(self, doc: Document, rows: Mapping[str, Sequence[Row]]) -> None:
        self.handle.write(doc.model_dump_json().encode("utf-8") + b"\n")

    def close(self, files: Sequence[Row]) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.temp, self.target)

    def abort(self) -> None:
        self.handle.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()


# --- CSV ------------------------------------------------------------------------------


class _CaseRows:
    """The light columns of meetings and items that the `cases` table needs."""

    MEETING = ("id", "start", "municipality", "committee", "kind")
    ITEM = ("id", "meeting_id", "number", "title", "access", "case_id")

    def __init__(self) -> None:
        self.meetings: list[Row] = []
        self.items: list[Row] = []

    def add(self, rows: Mapping[str, Sequence[Row]]) -> None:
        self.meetings += [{k: r[k] for k in self.MEETING} for r in rows["meetings"]]
        self.items += [{k: r[k] for k in self.ITEM} for r in rows["items"] if r["case_id"]]

    def rows(self) -> list[Row]:
        return case_rows(self.meetings, self.items)


class CsvWriter:
    """`csv/<table>.csv`: one CSV file per table, UTF-8 with a byte order mark."""

    def __init__(self, out: Path) -> None:
        self.folder = out / "csv"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.temps: dict[str, Path] = {}
        self.handles: dict[str, io.TextIOWrapper] = {}
        self.writers: dict[str, Any] = {}
        self.cases = _CaseRows()
        for table in (*TABLES, CASES, FILES):
            self._open(table)

    def _open(self, table: Table) -> None:
        temp = temp_path(self.folder / f"{table.name}.csv")
        handle = temp.open("w", encoding="utf-8-sig", newline="")
        writer = csv.writer(handle)
        writer.writerow(table.names)
        self.temps[table.name], self.handles[table.name] = temp, handle
        self.writers[table.name] = writer

    def _write(self, table: Table, rows: Iterable[Row]) -> None:
        writer = self.writers[table.name]
        for row in rows:
            writer.writerow(["" if row.get(n) is None else row.get(n) for n in table.names])

    def add(self, doc: Document, rows: Mapping[str, Sequence[Row]]) -> None:
        for table in TABLES:
            self._write(table, rows[table.name])
        self.cases.add(rows)

    def close(self, files: Sequence[Row]) -> None:
        self._write(CASES, self.cases.rows())
        self._write(FILES, files)
        for name, handle in self.handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self.temps[name], self.folder / f"{name}.csv")

    def abort(self) -> None:
        for name, handle in self.handles.items():
            handle.close()
            with contextlib.suppress(OSError):
                self.temps[name].unlink()


# --- SQLite ---------------------------------------------------------------------------


def _create_table_sql(table: Table) -> str:
    parts = []
    for column in table.columns:
        spec = f'"{column.name}" {column.type}'
        if column.name == table.primary_key:
            spec += " PRIMARY KEY"
        if column.references:
            parent, key = column.references.split(".")
            spec += f' REFERENCES "{parent}"("{key}")'
        parts.append(spec)
    body = ",\n    ".join(parts)
    return f'CREATE TABLE "{table.name}" (\n    {body}\n)'


_CASES_VIEW = """
CREATE VIEW cases AS
SELECT
    items.case_id AS case_id,
    meetings.start AS start,
    meetings.municipality AS municipality,
    meetings.committee AS committee,
    meetings.kind AS kind,
    items.meeting_id AS meeting_id,
    items.id AS item_id,
    items.number AS number,
    items.title AS title,
    items.access AS access,
    (SELECT COUNT(DISTINCT other.meeting_id) FROM items AS other
     WHERE other.case_key = items.case_key) AS meetings_with_case
FROM items JOIN meetings ON meetings.id = items.meeting_id
WHERE items.case_id IS NOT NULL AND items.case_id != ''
ORDER BY items.case_key, meetings.start IS NULL, meetings.start, items.id
"""


class SqliteWriter:
    """`dagsorden.sqlite`: the tables with foreign keys, FTS5 search and the `cases` view.

    Built in a temporary file and moved into place on close: a reader never sees a
    database half-built.
    """

    def __init__(self, out: Path) -> None:
        self.target = out / SQLITE_NAME
        self.temp = temp_path(self.target)
        self.db = sqlite3.connect(self.temp)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("PRAGMA foreign_keys = ON")
        for table in (*TABLES, FILES):
            self.db.execute(_create_table_sql(table))
        # What the cases view groups on: the printed case id without spaces, upper case.
        self.db.execute('ALTER TABLE items ADD COLUMN "case_key" TEXT')
        self._inserts = {
            table.name: (
                f'INSERT INTO "{table.name}" ({", ".join(f"[{n}]" for n in table.names)}) '
                f"VALUES ({', '.join('?' for _ in table.columns)})"
            )
            for table in (*TABLES, FILES)
        }

    def add(self, doc: Document, rows: Mapping[str, Sequence[Row]]) -> None:
        for table in TABLES:
            self.db.executemany(
                self._inserts[table.name],
                ([row.get(n) for n in table.names] for row in rows[table.name]),
            )

    def close(self, files: Sequence[Row]) -> None:
        db = self.db
        db.executemany(self._inserts["files"], ([row.get(n) for n in FILES.names] for row in files))
        db.execute(
            "UPDATE items SET case_key = upper(replace(replace(replace(case_id, ' ', ''),"
            " char(9), ''), char(10), '')) WHERE case_id IS NOT NULL"
        )
        for table in TABLES:
            for column in table.columns:
                if column.references:
                    db.execute(
                        f'CREATE INDEX "idx_{table.name}_{column.name}" '
                        f'ON "{table.name}"("{column.name}")'
                    )
        db.execute('CREATE INDEX "idx_items_case_key" ON items(case_key)')
        db.execute('CREATE INDEX "idx_meetings_start" ON meetings(start)')
        for table in TABLES:
            if not table.fts:
                continue
            columns = ", ".join(f"[{c}]" for c in table.fts)
            db.execute(
                f"CREATE VIRTUAL TABLE [{table.name}_fts] USING FTS5 "
                f"({columns}, content=[{table.name}])"
            )
            db.execute(
                f"INSERT INTO [{table.name}_fts] (rowid, {columns}) "
                f"SELECT rowid, {columns} FROM [{table.name}]"
            )
        db.execute(_CASES_VIEW)
        db.commit()
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key check failed: {problems[:5]}")
        db.close()
        fd = os.open(self.temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(self.temp, self.target)

    def abort(self) -> None:
        self.db.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()


# --- Parquet --------------------------------------------------------------------------


def pyarrow_available() -> bool:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True


class ParquetWriter:
    """`parquet/<table>.parquet`, written in batches (needs pyarrow)."""

    BATCH = 5000

    def __init__(self, out: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa: Any = pa
        self.pq: Any = pq
        self.folder = out / "parquet"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pending: dict[str, list[Row]] = {t.name: [] for t in (*TABLES, CASES, FILES)}
        self.writers: dict[str, Any] = {}
        self.temps: dict[str, Path] = {}
        self.tables = {t.name: t for t in (*TABLES, CASES, FILES)}
        self.cases = _CaseRows()

    def _schema(self, table: Table) -> Any:
        pa = self.pa
        kinds = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64()}
        logical = {"datetime": pa.timestamp("s"), "date": pa.date32()}
        fields = [
            (c.name, logical[c.logical] if c.logical else kinds[c.type]) for c in table.columns
        ]
        return pa.schema(fields, metadata=_pandas_metadata(table))

    @staticmethod
    def _value(column: Column, value: Any) -> Any:
        """An ISO text value as the datetime or date its Parquet column holds."""
        if value is None or not column.logical:
            return value
        moment = dt.datetime.fromisoformat(str(value))
        return moment if column.logical == "datetime" else moment.date()

    def _flush(self, name: str) -> None:
        rows = self.pending[name]
        table = self.tables[name]
        schema = self._schema(table)
        if name not in self.writers:
            self.temps[name] = temp_path(self.folder / f"{name}.parquet")
            self.writers[name] = self.pq.ParquetWriter(str(self.temps[name]), schema)
        if rows:
            columns = {
                c.name: [self._value(c, row.get(c.name)) for row in rows] for c in table.columns
            }
            self.writers[name].write_table(self.pa.Table.from_pydict(columns, schema=schema))
        self.pending[name] = []

    def add(self, doc: Document, rows: Mapping[str, Sequence[Row]]) -> None:
        for table in TABLES:
            self.pending[table.name].extend(rows[table.name])
            if len(self.pending[table.name]) >= self.BATCH:
                self._flush(table.name)
        self.cases.add(rows)

    def close(self, files: Sequence[Row]) -> None:
        self.pending["cases"] = self.cases.rows()
        self.pending["files"] = list(files)
        for name in self.pending:
            self._flush(name)
        for name, writer in self.writers.items():
            writer.close()
            os.replace(self.temps[name], self.folder / f"{name}.parquet")

    def abort(self) -> None:
        for name, writer in self.writers.items():
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(OSError):
                self.temps[name].unlink()


def _pandas_metadata(table: Table) -> dict[bytes, bytes] | None:
    """The `pandas` schema metadata that makes `pandas.read_parquet` give whole-number
    columns as nullable `Int64` (not float where a value is missing); None without pandas."""
    try:
        import pandas as pd
        import pyarrow as pa
    except ModuleNotFoundError:
        return None
    dtypes = {"INTEGER": "Int64", "REAL": "float64", "TEXT": "object"}
    empty = pd.DataFrame(
        {
            c.name: pd.Series(
                [], dtype="datetime64[s]" if c.logical == "datetime" else dtypes[c.type]
            )
            for c in table.columns
            if c.logical != "date"
        }
    )
    metadata = pa.Schema.from_pandas(empty, preserve_index=False).metadata
    return dict(metadata) if metadata else None


# --- all together ---------------------------------------------------------------------

_WRITERS: dict[str, type[JsonlWriter | CsvWriter | SqliteWriter | ParquetWriter]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "sqlite": SqliteWriter,
    "parquet": ParquetWriter,
}


def export(
    documents: Iterable[Document], files: Sequence[Row], out: Path, formats: Iterable[str]
) -> None:
    """Write the collective outputs (`jsonl`, `csv`, `sqlite`, `parquet`) of `documents`.

    Each meeting (by source sha256) is written once; `files` are the rows of the
    `files` table. `json` in `formats` is ignored here (the runner writes it).
    """
    wanted = [f for f in formats if f != "json"]
    unknown = [f for f in wanted if f not in _WRITERS]
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)}")
    if not wanted:
        return
    out.mkdir(parents=True, exist_ok=True)
    writers: list[JsonlWriter | CsvWriter | SqliteWriter | ParquetWriter] = []
    try:
        for name in wanted:
            writers.append(_WRITERS[name](out))
        for doc in unique_documents(documents):
            rows = document_rows(doc)
            for writer in writers:
                writer.add(doc, rows)
        for writer in writers:
            writer.close(files)
    except BaseException:
        for writer in writers:
            with contextlib.suppress(Exception):
                writer.abort()
        raise
