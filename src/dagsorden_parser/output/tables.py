"""Flat tables of parsed documents: what CSV, SQLite, Parquet and pandas hold.

A `Document` becomes rows of a few tables, each keyed by a stable id:

| table | one row per | id |
|---|---|---|
| `meetings` | document | `sha256[:16]` of the source file |
| `items` | agenda item | `<meeting id>:<position>` (1-based, in printed order) |
| `sections` | headed part of an item | `<item id>:<position>` |
| `attachments` | Bilag entry | `<item id>:<position>` |
| `decisions` | decision (Beslutning) of an item | `<item id>:<position>` |
| `votes` | party or member on one side of a vote | `<decision id>:<side>:<position>` |
| `amounts` | amount of money in an item | `<item id>:<position>` |
| `attendance` | member present or absent | `<meeting id>:<status>:<position>` |
| `absences` | member away for particular items | `<meeting id>:<position>` |
| `warnings` | parser warning | `<meeting id>:<position>` |

The same content in two files gives the same meeting id (the tables hold it once);
the batch runner's `files` table lists every file. `cases` links the items that share a
case id across meetings (`case_rows`, built from the item rows).

Tables are declared in `TABLES` (columns with SQLite types, primary key, foreign keys,
full-text columns); adding a table (decisions, votes) is adding a `Table` here and a
row function in `document_rows`, and every writer picks it up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..models import Document, Item, VoteSide

if TYPE_CHECKING:  # pragma: no cover
    import pandas

Value = str | int | float | None
Row = dict[str, Value]


@dataclass(frozen=True)
class Column:
    """One column: name, SQLite type and what it holds."""

    name: str
    type: str  # TEXT, INTEGER, REAL
    doc: str
    references: str | None = None  # "table.column" for a foreign key
    #: "datetime" (`2024-02-12T16:00:00`) or "date" (`2024-02-12`) for ISO text columns
    #: that Parquet and pandas hold as timestamps and dates.
    logical: str | None = None


@dataclass(frozen=True)
class Table:
    """A flat table: columns, primary key and the columns full-text search covers."""

    name: str
    doc: str
    columns: tuple[Column, ...]
    primary_key: str = "id"
    fts: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]


def _c(
    name: str, type_: str, doc: str, references: str | None = None, logical: str | None = None
) -> Column:
    return Column(name, type_, doc, references, logical)


MEETINGS = Table(
    "meetings",
    "One row per meeting document (agenda or minutes).",
    (
        _c("id", "TEXT", "First 16 hex digits of the source file's sha256."),
        _c("source_path", "TEXT", "The source file (the first one, if several are identical)."),
        _c("source_sha256", "TEXT", "sha256 of the source file."),
        _c("source_format", "TEXT", "pdf or text."),
        _c("pages", "INTEGER", "Physical pages (PDF)."),
        _c("kind", "TEXT", "agenda, minutes or other."),
        _c("municipality", "TEXT", "Municipality or region, where printed."),
        _c("committee", "TEXT", "Committee (udvalg) or council."),
        _c(
            "start",
            "TEXT",
            "Start, always `YYYY-MM-DDTHH:MM:SS` (00:00:00 where no time is printed; see "
            "`time_printed`).",
            logical="datetime",
        ),
        _c("end", "TEXT", "End, `YYYY-MM-DDTHH:MM:SS`, where printed.", logical="datetime"),
        _c("date", "TEXT", "The meeting's date, `YYYY-MM-DD`.", logical="date"),
        _c("time_printed", "INTEGER", "1 when the document prints a start time, else 0."),
        _c("location", "TEXT", "Where the meeting was held."),
        _c("item_count", "INTEGER", "Number of items."),
        _c("warning_count", "INTEGER", "Number of parser warnings."),
        _c("profile", "TEXT", "Layout profile the parser used."),
        _c(
            "confident",
            "INTEGER",
            "1 when the parser is confident of the structure: a known layout, the body text "
            "placed in items, contents and items agree. Check documents with 0.",
        ),
        _c("parser_version", "TEXT", "Version of dagsorden_parser that wrote the row."),
    ),
)

ITEMS = Table(
    "items",
    "One row per agenda item (punkt).",
    (
        _c("id", "TEXT", "<meeting id>:<position>."),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position in the document."),
        _c("number", "TEXT", "Item number as printed."),
        _c("title", "TEXT", "Title as printed."),
        _c(
            "access",
            "TEXT",
            "open or closed as the document prints it for the item; empty where nothing is "
            "printed (in documents that mark only closed items: not marked, in practice open).",
        ),
        _c("case_id", "TEXT", "Case id (sagsnummer) as printed."),
        _c("page_start", "INTEGER", "First page of the item."),
        _c("page_end", "INTEGER", "Last page of the item."),
        _c("text", "TEXT", "Body text before the first section."),
        _c("section_count", "INTEGER", "Number of sections."),
        _c("attachment_count", "INTEGER", "Number of attachments."),
    ),
    fts=("title", "text"),
)

SECTIONS = Table(
    "sections",
    "One row per headed section of an item (Resumé, Indstilling, Beslutning, ...).",
    (
        _c("id", "TEXT", "<item id>:<position>."),
        _c("item_id", "TEXT", "The item.", "items.id"),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position in the item."),
        _c("heading", "TEXT", "Heading as printed."),
        _c("kind", "TEXT", "Normalised kind (summary, recommendation, decision, ...)."),
        _c("text", "TEXT", "The section's text."),
        _c("page_start", "INTEGER", "Page of the heading."),
    ),
    fts=("heading", "text"),
)

ATTACHMENTS = Table(
    "attachments",
    "One row per entry of an item's attachment list (Bilag).",
    (
        _c("id", "TEXT", "<item id>:<position>."),
        _c("item_id", "TEXT", "The item.", "items.id"),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position in the list."),
        _c("title", "TEXT", "Title."),
        _c("document_id", "TEXT", "Document number, where printed."),
        _c("case_id", "TEXT", "Case id, where printed."),
        _c("printed", "TEXT", "The entry as printed."),
    ),
)

ATTENDANCE = Table(
    "attendance",
    "One row per member listed as present or absent.",
    (
        _c("id", "TEXT", "<meeting id>:<status>:<position>."),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("status", "TEXT", "present or absent."),
        _c("position", "INTEGER", "1-based position in the list."),
        _c("name", "TEXT", "Name."),
        _c("party", "TEXT", "Party letter or name, where printed."),
        _c("role", "TEXT", "Role (formand, ...), where printed."),
        _c("printed", "TEXT", "The entry as printed."),
    ),
)

WARNINGS = Table(
    "warnings",
    "One row per warning of the parser (what it found odd).",
    (
        _c("id", "TEXT", "<meeting id>:<position>."),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position."),
        _c("code", "TEXT", "Stable warning code."),
        _c("message", "TEXT", "What the parser noticed."),
        _c("page", "INTEGER", "Page concerned."),
        _c("item_number", "TEXT", "Number of the item concerned."),
    ),
)

DECISIONS = Table(
    "decisions",
    "One row per decision (Beslutning) of an item, in printed order.",
    (
        _c("id", "TEXT", "<item id>:<position>."),
        _c("item_id", "TEXT", "The item.", "items.id"),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position among the item's decisions."),
        _c("body", "TEXT", "The body that decided."),
        _c("date", "TEXT", "Date of the decision, `YYYY-MM-DD`.", logical="date"),
        _c("item_number", "TEXT", "The body's own item number, where printed."),
        _c(
            "outcome",
            "TEXT",
            "approved, approved_with_changes, rejected, recommended, postponed, noted or other.",
        ),
        _c("text", "TEXT", "The decision as printed."),
        _c("votes_in_favour", "INTEGER", "Votes for (in favour), where counted."),
        _c("votes_against", "INTEGER", "Votes against, where counted."),
        _c("votes_abstained", "INTEGER", "Abstentions, where counted."),
        _c("unanimous", "INTEGER", "1 when recorded as unanimous (enstemmigt)."),
        _c("minority", "TEXT", "Minority statements, one per line."),
    ),
    fts=("text",),
)

VOTES = Table(
    "votes",
    "One row per party or member named on one side of a vote (a member with the party "
    "printed beside the name; a party alone when no member of it is named on that side).",
    (
        _c("id", "TEXT", "<decision id>:<side>:<position>."),
        _c("decision_id", "TEXT", "The decision.", "decisions.id"),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("side", "TEXT", "in_favour, against or abstained (the JSON's `votes` keys)."),
        _c("position", "INTEGER", "1-based position on that side."),
        _c("party", "TEXT", "Party letter: the party's, or the one printed beside the member."),
        _c("member", "TEXT", "Member's name, where a member is named."),
    ),
)

AMOUNTS = Table(
    "amounts",
    "One row per amount of money mentioned in an item.",
    (
        _c("id", "TEXT", "<item id>:<position>."),
        _c("item_id", "TEXT", "The item.", "items.id"),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position in the item."),
        _c("kroner", "REAL", "The amount in kroner."),
        _c("printed", "TEXT", "The amount as printed."),
        _c("sentence", "TEXT", "The sentence it stands in."),
    ),
)

ABSENCES = Table(
    "absences",
    "One row per note of a member away for particular items.",
    (
        _c("id", "TEXT", "<meeting id>:<position>."),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("position", "INTEGER", "1-based position."),
        _c("name", "TEXT", "Member's name."),
        _c("party", "TEXT", "Party letter, where printed."),
        _c("kind", "TEXT", "absent, recused, left_after or arrived_during."),
        _c("items", "TEXT", "Item numbers named, comma-separated."),
        _c("printed", "TEXT", "The sentence that says so."),
    ),
)

#: The tables of every document, parents before children (the order foreign keys need).
TABLES: tuple[Table, ...] = (
    MEETINGS,
    ITEMS,
    SECTIONS,
    ATTACHMENTS,
    DECISIONS,
    VOTES,
    AMOUNTS,
    ATTENDANCE,
    ABSENCES,
    WARNINGS,
)

CASES = Table(
    "cases",
    "Items that share a case id, across meetings, in meeting order.",
    (
        _c("case_id", "TEXT", "Case id as printed."),
        _c("start", "TEXT", "Start of the meeting (as in `meetings`).", logical="datetime"),
        _c("municipality", "TEXT", "Municipality."),
        _c("committee", "TEXT", "Committee."),
        _c("kind", "TEXT", "agenda or minutes."),
        _c("meeting_id", "TEXT", "The meeting.", "meetings.id"),
        _c("item_id", "TEXT", "The item.", "items.id"),
        _c("number", "TEXT", "Item number as printed."),
        _c("title", "TEXT", "Item title."),
        _c("access", "TEXT", "open or closed."),
        _c("meetings_with_case", "INTEGER", "How many meetings had this case on the agenda."),
    ),
    primary_key="item_id",
)


def meeting_id(sha256: str) -> str:
    """The stable id of a meeting: the first 16 hex digits of its source's sha256."""
    return sha256[:16]


def _iso(moment: dt.datetime | dt.date | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _iso_datetime(moment: dt.datetime | dt.date | None) -> str | None:
    """One form for every meeting time, `YYYY-MM-DDTHH:MM:SS` (a date alone at midnight), so
    pandas and SQLite compare and parse them alike."""
    if moment is None:
        return None
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time())
    return moment.replace(tzinfo=None, microsecond=0).isoformat()


def _date_of(moment: dt.datetime | dt.date | None) -> str | None:
    if isinstance(moment, dt.datetime):
        return moment.date().isoformat()
    return None if moment is None else moment.isoformat()


def _row(row_id: str, owner: Row, position: int, **values: Value) -> Row:
    """A child row: its id, the ids of what it belongs to, its position, then its values."""
    return {"id": row_id, **owner, "position": position, **values}


def document_rows(doc: Document) -> dict[str, list[Row]]:
    """The rows of one document, by table name (every name of `TABLES`)."""
    mid = meeting_id(doc.source.sha256)
    quality = doc.quality
    rows: dict[str, list[Row]] = {table.name: [] for table in TABLES}
    rows["meetings"].append(
        {
            "id": mid,
            "source_path": doc.source.path,
            "source_sha256": doc.source.sha256,
            "source_format": doc.source.format,
            "pages": doc.source.pages,
            "kind": doc.kind,
            "municipality": doc.municipality,
            "committee": doc.committee,
            "start": _iso_datetime(doc.start),
            "end": _iso_datetime(doc.end),
            "date": _date_of(doc.start),
            "time_printed": None if doc.start is None else int(isinstance(doc.start, dt.datetime)),
            "location": doc.location,
            "item_count": len(doc.items),
            "warning_count": len(doc.warnings),
            "profile": quality.profile if quality else None,
            "confident": None if quality is None else int(quality.confident),
            "parser_version": doc.parser_version,
        }
    )
    meeting: Row = {"meeting_id": mid}
    for i, item in enumerate(doc.items, 1):
        iid = f"{mid}:{i}"
        rows["items"].append(
            _row(
                iid,
                meeting,
                i,
                number=item.number,
                title=item.title,
                access=item.access,
                case_id=item.case_id,
                page_start=item.page_start,
                page_end=item.page_end,
                text=item.text,
                section_count=len(item.sections),
                attachment_count=len(item.attachments),
            )
        )
        owner: Row = {"item_id": iid, "meeting_id": mid}
        for j, section in enumerate(item.sections, 1):
            rows["sections"].append(
                _row(
                    f"{iid}:{j}",
                    owner,
                    j,
                    heading=section.heading,
                    kind=section.kind.value,
                    text=section.text,
                    page_start=section.page_start,
                )
            )
        for j, attachment in enumerate(item.attachments, 1):
            rows["attachments"].append(
                _row(
                    f"{iid}:{j}",
                    owner,
                    j,
                    title=attachment.title,
                    document_id=attachment.document_id,
                    case_id=attachment.case_id,
                    printed=attachment.printed,
                )
            )
        _decision_rows(rows, item, iid, mid)
        for j, amount in enumerate(item.amounts, 1):
            rows["amounts"].append(
                _row(
                    f"{iid}:{j}",
                    owner,
                    j,
                    kroner=amount.kroner,
                    printed=amount.printed,
                    sentence=amount.sentence,
                )
            )
    for j, absence in enumerate(doc.absences, 1):
        rows["absences"].append(
            _row(
                f"{mid}:{j}",
                meeting,
                j,
                name=absence.name,
                party=absence.party,
                kind=absence.kind,
                items=",".join(absence.items),
                printed=absence.printed,
            )
        )
    for status, people in (("present", doc.present), ("absent", doc.absent)):
        for j, person in enumerate(people or (), 1):
            rows["attendance"].append(
                _row(
                    f"{mid}:{status}:{j}",
                    {"meeting_id": mid, "status": status},
                    j,
                    name=person.name,
                    party=person.party,
                    role=person.role,
                    printed=person.printed,
                )
            )
    for j, warning in enumerate(doc.warnings, 1):
        rows["warnings"].append(
            _row(
                f"{mid}:{j}",
                meeting,
                j,
                code=warning.code,
                message=warning.message,
                page=warning.page,
                item_number=warning.item,
            )
        )
    return rows


def _decision_rows(rows: dict[str, list[Row]], item: Item, iid: str, mid: str) -> None:
    for j, decision in enumerate(item.decisions, 1):
        did = f"{iid}:{j}"
        votes = decision.votes
        rows["decisions"].append(
            _row(
                did,
                {"item_id": iid, "meeting_id": mid},
                j,
                body=decision.body,
                date=_iso(decision.date),
                item_number=decision.item_number,
                outcome=decision.outcome.value,
                text=decision.text,
                votes_in_favour=votes.in_favour.count if votes else None,
                votes_against=votes.against.count if votes else None,
                votes_abstained=votes.abstained.count if votes else None,
                unanimous=int(votes.unanimous) if votes else 0,
                minority="\n".join(votes.minority) if votes else None,
            )
        )
        if votes is None:
            continue
        for side, record in (
            ("in_favour", votes.in_favour),
            ("against", votes.against),
            ("abstained", votes.abstained),
        ):
            for k, (party, member) in enumerate(vote_entries(record), 1):
                rows["votes"].append(
                    _row(
                        f"{did}:{side}:{k}",
                        {"decision_id": did, "meeting_id": mid, "side": side},
                        k,
                        party=party,
                        member=member,
                    )
                )


def vote_entries(side: VoteSide) -> list[tuple[str | None, str | None]]:
    """The rows of one side of a vote, as (party, member): every member named with the
    party printed beside them, and every party of the side that no named member stands
    for (`(Ø), (C) og Jens Hansen (UP)` -> Ø, C, and Jens Hansen of UP)."""
    parties = list(side.member_parties) + [None] * (len(side.members) - len(side.member_parties))
    of_members = {party for party in parties if party}
    entries: list[tuple[str | None, str | None]] = [
        (party, None) for party in side.parties if party not in of_members
    ]
    entries += list(zip(parties, side.members, strict=True))
    return entries


def case_key(case_id: str) -> str:
    """What two printed case ids must share to be the same case (case and spaces ignored)."""
    return "".join(case_id.split()).upper()


def case_rows(meetings: Iterable[Row], items: Iterable[Row]) -> list[Row]:
    """The `cases` table: every item with a case id, grouped by case (case and spaces of
    the printed id ignored), in meeting order (meetings without a date last)."""
    by_id = {str(row["id"]): row for row in meetings}
    groups: dict[str, list[Row]] = {}
    for item in items:
        case_id = item.get("case_id")
        if not isinstance(case_id, str) or not case_id.strip():
            continue
        meeting = by_id.get(str(item["meeting_id"]))
        if meeting is None:
            continue
        groups.setdefault(case_key(case_id), []).append(
            {
                "case_id": case_id,
                "start": meeting["start"],
                "municipality": meeting["municipality"],
                "committee": meeting["committee"],
                "kind": meeting["kind"],
                "meeting_id": item["meeting_id"],
                "item_id": item["id"],
                "number": item["number"],
                "title": item["title"],
                "access": item["access"],
            }
        )
    out: list[Row] = []
    for key in sorted(groups):
        group = groups[key]
        count = len({row["meeting_id"] for row in group})
        group.sort(key=lambda row: (row["start"] is None, str(row["start"] or ""), row["item_id"]))
        for row in group:
            row["meetings_with_case"] = count
            out.append(row)
    return out


def unique_documents(documents: Iterable[Document]) -> Iterator[Document]:
    """The documents, each meeting (by source sha256) once: the first of it."""
    seen: set[str] = set()
    for doc in documents:
        mid = meeting_id(doc.source.sha256)
        if mid in seen:
            continue
        seen.add(mid)
        yield doc


def rows_of(documents: Iterable[Document]) -> dict[str, list[Row]]:
    """All rows of several documents (each meeting once), plus `cases`."""
    tables: dict[str, list[Row]] = {table.name: [] for table in TABLES}
    for doc in unique_documents(documents):
        for name, rows in document_rows(doc).items():
            tables[name].extend(rows)
    tables["cases"] = case_rows(tables["meetings"], tables["items"])
    return tables


# --- pandas -------------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "to_dataframe needs pandas: pip install 'dagsorden-parser[pandas]'", name="pandas"
        ) from None
    return pandas


def _as_documents(documents: Document | Iterable[Document]) -> Sequence[Document]:
    return [documents] if isinstance(documents, Document) else list(documents)


def to_dataframes(documents: Document | Iterable[Document]) -> dict[str, pandas.DataFrame]:
    """Every table (`meetings`, `items`, ..., `cases`) of the documents as pandas DataFrames.

    pandas is imported here, on first use; without it a `ModuleNotFoundError` says how to
    install it.
    """
    pd = _pandas()
    tables = rows_of(_as_documents(documents))
    by_name = {t.name: t for t in (*TABLES, CASES)}
    return {name: typed_frame(pd, by_name[name], rows) for name, rows in tables.items()}


def typed_frame(pd: Any, table: Table, rows: Sequence[Row]) -> pandas.DataFrame:
    """A table's rows as a DataFrame with its types: whole numbers as nullable `Int64`
    (a missing page stays a whole number, not a float), meeting times and dates as
    `datetime64`."""
    frame = pd.DataFrame.from_records(list(rows), columns=table.names)
    for column in table.columns:
        if column.logical in ("datetime", "date"):
            frame[column.name] = pd.to_datetime(frame[column.name], format="ISO8601")
        elif column.type == "INTEGER":
            frame[column.name] = frame[column.name].astype("Int64")
        elif column.type == "REAL":
            frame[column.name] = frame[column.name].astype("float64")
    return frame


def to_dataframe(
    documents: Document | Iterable[Document], table: str = "items"
) -> pandas.DataFrame:
    """One table of the documents as a pandas DataFrame (default: `items`)."""
    names = [t.name for t in (*TABLES, CASES)]
    if table not in names:
        raise ValueError(f"unknown table {table!r}; choose from {', '.join(names)}")
    return to_dataframes(documents)[table]


def iter_table_rows(tables: Mapping[str, Sequence[Row]], table: Table) -> Iterator[list[Value]]:
    """The rows of `table` as lists in column order."""
    for row in tables.get(table.name, ()):
        yield [row.get(name) for name in table.names]
