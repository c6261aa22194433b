"""First Agenda publishing-API JSON (`Dagsordenpunkter`, `Felter[].Html`, `Moede`) as input.

Items, case numbers, attachments and attendance are fields of the JSON; each
item's HTML is split at its `<h3>` headings into sections, so the same enrich
stage reads decisions, votes and recommendations as for a PDF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import EmptyFileError, MalformedInputError, UnsupportedFormatError
from ..models import (
    Absence,
    Attachment,
    Document,
    Item,
    Person,
    Quality,
    Section,
    SectionKind,
    Source,
)
from ..version import __version__
from ..vocabulary import section_kind

_BLOCKS = frozenset({"div", "p", "li", "br", "tr", "h1", "h2", "h3", "h4", "ul", "ol", "table"})


class _Sections(HTMLParser):
    """Collects (heading, paragraphs) pairs: each `<h3>` opens a section."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[tuple[str, list[str]]] = []
        self._text: list[str] = []
        self._in_heading = False

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        self._text = []
        if not text:
            return
        if self._in_heading:
            self.sections.append((text, []))
        elif self.sections:
            self.sections[-1][1].append(text)
        else:
            self.sections.append(("", [text]))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag == "h3":
            self._in_heading = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag == "h3":
            self._in_heading = False

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def html_sections(html: str) -> list[Section]:
    """An item's HTML as sections, one per `<h3>` heading (text before any heading dropped)."""
    parser = _Sections()
    parser.feed(html)
    parser.close()
    parser._flush()
    return [
        Section(
            heading=heading,
            kind=section_kind(heading) or SectionKind.OTHER,
            text="\n\n".join(paragraphs),
        )
        for heading, paragraphs in parser.sections
        if heading
    ]


def _moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


def _item(raw: dict[str, Any]) -> tuple[Item, list[Absence]]:
    sections = [
        s for field in raw.get("Felter") or [] for s in html_sections(field.get("Html") or "")
    ]
    number = str(raw.get("Punktnummer") or raw.get("Number") or "") or None
    attachments = tuple(
        Attachment(title=b["Navn"], document_id=b.get("Id"), printed=b["Navn"])
        for b in sorted(raw.get("Bilag") or [], key=lambda b: b.get("Order") or 0)
        if b.get("Navn")
    )
    absences = [
        Absence(
            name=a["Name"],
            kind="absent",
            items=(number,) if number else (),
            printed=a["Name"] + (f" ({a['Reason']})" if a.get("Reason") else ""),
        )
        for a in raw.get("ExternalAgendaItemAttendees") or []
        if a.get("Name")
    ]
    item = Item(
        number=number,
        title=" ".join(str(raw.get("Navn") or raw.get("Caption") or "").split()),
        case_id=raw.get("SagsNummer") or raw.get("CaseNumber") or None,
        sections=tuple(sections),
        attachments=attachments,
    )
    return item, absences


def parse_firstagenda_json(path: Path) -> Document:
    """A First Agenda JSON export as a `Document` (decisions are added by `enrich`)."""
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(path, "the file is empty")
    try:
        raw = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UnsupportedFormatError(path, f"not valid JSON ({exc.__class__.__name__})") from None
    except (ValueError, RecursionError) as exc:  # nesting too deep, a number too long
        raise MalformedInputError(path, f"JSON the reader refuses ({_short(exc)})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("Dagsordenpunkter"), list):
        raise UnsupportedFormatError(
            path, "JSON without `Dagsordenpunkter`: not a First Agenda publishing export"
        )
    try:
        return _document(path, data, raw)
    except (TypeError, AttributeError, KeyError, ValueError, RecursionError) as exc:
        # an item that is not an object, a number where a name is expected, ...
        raise MalformedInputError(
            path, f"a First Agenda export of an unexpected shape ({_short(exc)})"
        ) from None


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:100]}" if text else type(exc).__name__


def _document(path: Path, data: bytes, raw: dict[str, Any]) -> Document:
    meeting = raw.get("Moede") or {}
    pairs = [_item(item) for item in raw["Dagsordenpunkter"]]
    items = tuple(item for item, _ in pairs)
    attendees = meeting.get("Moededeltagere") or []
    present = tuple(
        Person(name=a["Name"], printed=a["Name"])
        for a in attendees
        if a.get("Name") and not (a.get("Absent") or a.get("ParticipationCancelled"))
    )
    absent = tuple(
        Person(name=a["Name"], printed=a["Name"])
        for a in attendees
        if a.get("Name") and (a.get("Absent") or a.get("ParticipationCancelled"))
    )
    decided = any(
        s.kind is SectionKind.DECISION and s.text and "ikke frigivet" not in s.text
        for i in items
        for s in i.sections
    )
    return Document(
        parser_version=__version__,
        source=Source(
            path=str(path), sha256=hashlib.sha256(data).hexdigest(), format="json", pages=None
        ),
        kind="minutes" if decided else "agenda",
        committee=(raw.get("Udvalg") or {}).get("Navn"),
        start=_moment(meeting.get("MeetingBeginUtc") or meeting.get("Dato")),
        end=_moment(meeting.get("MeetingEndUtc")),
        location=meeting.get("Sted") or None,
        present=present if attendees else None,
        absent=absent if attendees else None,
        absences=tuple(a for _, found in pairs for a in found),
        items=items,
        quality=Quality(
            profile="firstagenda_json",
            recognised=True,
            body_share=1.0,
            contents_items=0,
            items_found=len(items),
            confident=True,
        ),
    )
