"""docs/data-dictionary.md is generated from the table definitions and stays in sync."""

from __future__ import annotations

from pathlib import Path

from dagsorden_parser.dictionary import COLUMN_JSON, TABLE_JSON, render
from dagsorden_parser.output.export import FILES
from dagsorden_parser.output.tables import CASES, TABLES

PAGE = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"


def test_the_page_is_what_the_code_generates() -> None:
    assert PAGE.read_text("utf-8") == render(), (
        "docs/data-dictionary.md is out of date: run "
        "`python -m dagsorden_parser.dictionary docs/data-dictionary.md`"
    )


def test_every_table_and_column_is_described() -> None:
    text = PAGE.read_text("utf-8")
    for table in (*TABLES, CASES, FILES):
        assert f"\n## {table.name}\n" in text
        assert table.name in TABLE_JSON
        section = text.split(f"\n## {table.name}\n", 1)[1].split("\n## ", 1)[0]
        for column in table.columns:
            row = next(
                line for line in section.splitlines() if line.startswith(f"| `{column.name}` |")
            )
            cells = [cell.strip() for cell in row.strip("|").split(" | ")]
            assert len(cells) == 5 and cells[2] and cells[4], row
    assert all(key.split(".")[0] in TABLE_JSON for key in COLUMN_JSON)
    for word in ("case_key", "decisions_fts", "confident", "printed", "position", "minority"):
        assert f"`{word}`" in text
