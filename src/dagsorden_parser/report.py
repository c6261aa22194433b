"""`dagsorden report OUT`: one self-contained HTML page about a converted archive.

    dagsorden convert archive/ -o out --format json,sqlite
    dagsorden report out                 # writes out/report.html

The page reads the documents `convert` stored in `OUT/manifest.sqlite` and shows, with
charts drawn here as inline SVG (no script, no network: a Content-Security-Policy
forbids every fetch):

* meetings per body and year;
* items per body and the share of them closed;
* decisions by outcome;
* votes by party (decisions each party voted for, against, abstained);
* the documents that need attention: files that failed, documents the parser is not
  confident of or that carry warnings, each with its warnings and a link to its JSON.

Every chart has the numbers beside it in a table, so the page reads without the charts.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import sqlite3
import zlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .models import Document
from .output.tables import Row, rows_of
from .version import __version__

REPORT_NAME = "report.html"
MANIFEST_NAME = "manifest.sqlite"  # as batch.MANIFEST_NAME

#: Colours of the charts (colour-blind safe: Okabe-Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SIDE_COLOURS = {"in_favour": "#009E73", "against": "#D55E00", "abstained": "#999999"}
SIDE_NAMES = {"in_favour": "for", "against": "against", "abstained": "abstained"}


class ReportError(Exception):
    """The folder is not a converted archive (no manifest)."""


@dataclass
class FileRecord:
    """One source file of the archive, as the manifest records it."""

    path: str
    status: str  # ok or failed
    code: str | None
    message: str | None
    output: str | None
    document: Document | None = None


@dataclass
class Archive:
    """What the report is drawn from."""

    folder: Path
    files: list[FileRecord] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return [f.document for f in self.files if f.document is not None]


def load_archive(out: str | Path) -> Archive:
    """The files and documents of a `dagsorden convert` output folder."""
    folder = Path(out)
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        raise ReportError(
            f"{folder}: not a converted archive (no {MANIFEST_NAME}); "
            f"run `dagsorden convert SOURCES -o {folder}` first"
        )
    db = sqlite3.connect(f"file:{manifest}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT manifest.path, status, code, message, output, documents.document "
            "FROM manifest LEFT JOIN documents ON documents.path = manifest.path "
            "ORDER BY manifest.path"
        ).fetchall()
    finally:
        db.close()
    archive = Archive(folder)
    for path, status, code, message, output, blob in rows:
        document = None
        if blob is not None:
            document = Document.model_validate_json(zlib.decompress(blob))
        archive.files.append(FileRecord(path, status, code, message, output, document))
    return archive


# --- charts ---------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _bar_chart(
    chart_id: str,
    title: str,
    bars: Sequence[tuple[str, Sequence[tuple[str, float]]]],
    *,
    colours: Mapping[str, str],
    percent: bool = False,
) -> str:
    """A horizontal (stacked) bar chart as SVG: one bar per label, one segment per series."""
    label_width, bar_width, row_height, top = 230, 440, 26, 34
    total_width = label_width + bar_width + 70
    height = top + row_height * max(1, len(bars)) + 34
    largest = max((sum(v for _, v in parts) for _, parts in bars), default=0.0)
    scale = bar_width / (1.0 if percent else max(largest, 1.0))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{_e(chart_id)}" '
        f'role="img" aria-labelledby="{_e(chart_id)}-title" width="{total_width}" '
        f'height="{height}" viewBox="0 0 {total_width} {height}">',
        f'<title id="{_e(chart_id)}-title">{_e(title)}</title>',
    ]
    for n, (label, parts) in enumerate(bars):
        y = top + n * row_height
        short = label if len(label) <= 32 else label[:31] + "…"
        out.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" '
            f'class="label">{_e(short)}</text>'
        )
        x = float(label_width)
        for series, value in parts:
            width = value * scale
            if width <= 0:
                continue
            out.append(
                f'<rect class="bar" x="{x:.1f}" y="{y + 3}" width="{width:.1f}" '
                f'height="{row_height - 8}" fill="{colours.get(series, PALETTE[0])}">'
                f"<title>{_e(label)}: {_e(series)} {_number(value, percent)}</title></rect>"
            )
            x += width
        total = sum(v for _, v in parts)
        out.append(
            f'<text x="{x + 6:.1f}" y="{y + 16}" class="value">{_number(total, percent)}</text>'
        )
    axis_y = top + row_height * max(1, len(bars)) + 4
    out.append(
        f'<line x1="{label_width}" y1="{top - 4}" x2="{label_width}" y2="{axis_y}" '
        'stroke="#444" stroke-width="1"/>'
    )
    legend_x = label_width
    for series in dict.fromkeys(s for _, parts in bars for s, _ in parts):
        if len(colours) < 2:
            break
        out.append(
            f'<rect x="{legend_x}" y="8" width="12" height="12" '
            f'fill="{colours.get(series, PALETTE[0])}"/>'
            f'<text x="{legend_x + 16}" y="18" class="legend">{_e(series)}</text>'
        )
        legend_x += 24 + 8 * len(series)
    out.append("</svg>")
    return "".join(out)


def _number(value: float, percent: bool = False) -> str:
    if percent:
        return f"{value:.0%}"
    return f"{value:,.0f}".replace(",", ".")


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{_e(value)}</td>" for value in row) + "</tr>" for row in rows
    )
    return f'<table class="numbers"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'


def _figure(figure_id: str, title: str, chart: str, numbers: str, note: str = "") -> str:
    caption = f"<figcaption><h2>{_e(title)}</h2>{note}</figcaption>"
    return (
        f'<figure id="{_e(figure_id)}">{caption}<div class="chart-box">{chart}</div>'
        f"<details><summary>The numbers</summary>{numbers}</details></figure>"
    )


# --- the sections ---------------------------------------------------------------------


def _year(row: Row) -> str:
    start = row.get("date") or row.get("start")
    return str(start)[:4] if start else "no date"


def one_per_meeting(meetings: Sequence[Row]) -> list[Row]:
    """One document per meeting: an agenda and the minutes of the same body and day are
    one meeting (the minutes stand for it); documents without a date stand alone, and
    documents that are no meeting document (kind `other`) are left out."""
    chosen: dict[object, Row] = {}
    for row in meetings:
        if row["kind"] == "other":
            continue
        key = (row["committee"], row["date"]) if row.get("date") else row["id"]
        held = chosen.get(key)
        if held is None or (held["kind"] != "minutes" and row["kind"] == "minutes"):
            chosen[key] = row
    return list(chosen.values())


def _meetings_per_body(meetings: Sequence[Row]) -> str:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in one_per_meeting(meetings):
        counts[str(row["committee"] or "(no committee)")][_year(row)] += 1
    years = sorted({year for c in counts.values() for year in c})
    colours = {year: PALETTE[n % len(PALETTE)] for n, year in enumerate(years)}
    bodies = sorted(counts, key=lambda b: (-sum(counts[b].values()), b))
    bars = [(body, [(year, float(counts[body][year])) for year in years]) for body in bodies]
    chart = _bar_chart("chart-meetings", "Meetings per body and year", bars, colours=colours)
    numbers = _table(
        ["body", *years, "all"],
        [[b, *(counts[b][y] for y in years), sum(counts[b].values())] for b in bodies],
    )
    return _figure("meetings", "Meetings per body and year", chart, numbers)


def _closed_share(meetings: Sequence[Row], items: Sequence[Row]) -> str:
    body_of = {
        row["id"]: str(row["committee"] or "(no committee)") for row in one_per_meeting(meetings)
    }
    total: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    for item in items:
        if item["meeting_id"] not in body_of:
            continue  # the agenda of a meeting whose minutes are counted
        body = body_of[item["meeting_id"]]
        total[body] += 1
        closed[body] += item["access"] == "closed"
    bodies = sorted(total, key=lambda b: (-closed[b] / total[b], b))
    bars = [(b, [("closed", closed[b] / total[b])]) for b in bodies]
    chart = _bar_chart(
        "chart-closed", "Share of items closed, per body", bars, colours={}, percent=True
    )
    numbers = _table(
        ["body", "items", "closed", "share closed"],
        [[b, total[b], closed[b], f"{closed[b] / total[b]:.0%}"] for b in bodies],
    )
    all_items, all_closed = sum(total.values()), sum(closed.values())
    share = all_closed / all_items if all_items else 0.0
    note = (
        f"<p>{all_items} items, {all_closed} of them closed ({share:.0%}); a meeting's "
        "items counted once (from its minutes where the archive has both).</p>"
    )
    return _figure("closed", "Items and the share closed", chart, numbers, note)


def _outcomes(decisions: Sequence[Row]) -> str:
    counts = Counter(str(row["outcome"]) for row in decisions)
    bars = [(outcome, [("decisions", float(n))]) for outcome, n in counts.most_common()]
    chart = _bar_chart("chart-outcomes", "Decisions by outcome", bars, colours={})
    numbers = _table(["outcome", "decisions"], counts.most_common())
    note = f"<p>{len(decisions)} decisions in all.</p>"
    return _figure("outcomes", "Decisions by outcome", chart, numbers, note)


def _votes_by_party(votes: Sequence[Row]) -> str:
    seen: set[tuple[str, str, str]] = set()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in votes:
        party = row["party"]
        if not party:
            continue
        key = (str(row["decision_id"]), str(row["side"]), str(party))
        if key in seen:  # two members of one party on one side: one decision
            continue
        seen.add(key)
        counts[str(party)][SIDE_NAMES.get(str(row["side"]), str(row["side"]))] += 1
    sides = list(SIDE_NAMES.values())
    colours = {SIDE_NAMES[s]: c for s, c in SIDE_COLOURS.items()}
    parties = sorted(counts, key=lambda p: (-sum(counts[p].values()), p))
    bars = [(p, [(side, float(counts[p][side])) for side in sides]) for p in parties]
    chart = _bar_chart("chart-votes", "Votes by party", bars, colours=colours)
    numbers = _table(
        ["party", *sides], [[p, *(counts[p][side] for side in sides)] for p in parties]
    )
    note = "<p>Decisions with a recorded vote, counted once per party and side.</p>"
    if not parties:
        note = "<p>No vote naming a party was recorded.</p>"
    return _figure("votes", "Votes by party", chart, numbers, note)


def _attention(archive: Archive, report_dir: Path) -> str:
    rows: list[str] = []
    for record in archive.files:
        doc = record.document
        reasons: list[str] = []
        warnings: list[str] = []
        if record.status != "ok":
            reasons.append(f"failed: {record.code}")
            warnings.append(record.message or "")
        elif doc is not None:
            quality = doc.quality
            if quality is not None and not quality.confident:
                reasons.append("not confident")
            if any(w.code == "low_coverage" for w in doc.warnings):
                reasons.append("low coverage")
            if doc.warnings and not reasons:
                reasons.append("warnings")
            warnings = [f"{w.code}: {w.message}" for w in doc.warnings]
        if not reasons:
            continue
        link = _e(record.path)
        if record.output and (archive.folder / record.output).is_file():
            href = os.path.relpath(archive.folder / record.output, report_dir)
            link = f'<a href="{_e(Path(href).as_posix())}">{_e(record.path)}</a>'
        listed = "".join(f"<li>{_e(w)}</li>" for w in warnings[:12])
        if len(warnings) > 12:
            listed += f"<li>… and {len(warnings) - 12} more</li>"
        rows.append(
            f"<tr><td>{link}</td><td>{_e(', '.join(reasons))}</td><td><ul>{listed}</ul></td></tr>"
        )
    if not rows:
        body = "<p>Every document was converted, confidently and without warnings.</p>"
    else:
        body = (
            '<table class="attention"><thead><tr><th>document</th><th>why</th>'
            f"<th>warnings</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    return (
        f'<section id="attention"><h2>Documents that need attention ({len(rows)})</h2>'
        f"{body}</section>"
    )


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 60em;
       padding: 0 1em; color: #222; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin: 0; }
.facts { display: flex; gap: 1em; flex-wrap: wrap; padding: 0; list-style: none; }
.facts li { background: #f2f4f7; border-radius: 6px; padding: 0.6em 1em; }
.facts b { display: block; font-size: 1.6em; }
figure { margin: 2em 0; } figcaption p { margin: 0.2em 0; color: #555; }
.chart-box { overflow-x: auto; }
svg.chart text { font: 12px system-ui, sans-serif; fill: #222; }
svg.chart .value { fill: #444; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left;
         vertical-align: top; }
.attention ul { margin: 0; padding-left: 1.1em; font-size: 0.9em; }
footer { color: #777; font-size: 0.85em; margin-top: 3em; }
"""


def render(archive: Archive, report_dir: Path | None = None) -> str:
    """The report page of an archive; links are relative to `report_dir` (default: the
    archive's folder)."""
    where = report_dir if report_dir is not None else archive.folder
    tables = rows_of(archive.documents)
    meetings = tables["meetings"]
    failed = sum(1 for f in archive.files if f.status != "ok")
    pages = sum(int(row["pages"] or 0) for row in meetings)
    facts = [
        ("files", len(archive.files)),
        ("meetings", len(one_per_meeting(meetings))),
        ("items", len(tables["items"])),
        ("decisions", len(tables["decisions"])),
        ("pages", pages),
        ("failed", failed),
    ]
    facts_html = "".join(f"<li><b>{_number(v)}</b>{_e(k)}</li>" for k, v in facts)
    sections = [
        _meetings_per_body(meetings),
        _closed_share(meetings, tables["items"]),
        _outcomes(tables["decisions"]),
        _votes_by_party(tables["votes"]),
        _attention(archive, where),
    ]
    today = dt.date.today().isoformat()
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Archive report: {_e(archive.folder.name or archive.folder)}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f"<h1>Archive report: {_e(archive.folder.name or archive.folder)}</h1>"
        f'<ul class="facts">{facts_html}</ul>' + "".join(sections) + "<footer>Made by "
        f"dagsorden_parser {__version__} on {today} from {_e(archive.folder / MANIFEST_NAME)}."
        "</footer></body></html>\n"
    )


def write_report(out: str | Path, target: str | Path | None = None) -> Path:
    """Write the report of the archive in `out` to `target` (default `out/report.html`)."""
    archive = load_archive(out)
    path = Path(target) if target is not None else Path(out) / REPORT_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    text = render(archive, path.parent)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)
    return path
