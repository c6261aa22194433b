"""The agenda systems' own publication XML, read straight into a `Document`.

Three families are known, told apart by their root element:

- eDoc `AgendaPublishing` (`<Meeting>`): `MeetingAgendaType` (`Åben dagsorden` /
  `Lukket dagsorden`) holding `MeetingAgendaItem`s with `AgendaItemNumber`, the
  item's `Document/Title`, `Attachments`, and the item's text as printed in
  `FullText` (number and title, `Sagsnr.:`, then the sections);
- SBSYS eDagsorden `Publication`: `Agendas/Agenda` with `Meeting` (`When`, `Until`,
  `Where`, `Members`), `Committee/Name` and `Items/Item` (`Number`, `Caption`,
  `IsPublic`, `Case/Number`, `Fields/ItemField` with `Caption` and HTML `Content`,
  `Enclosures/Enclosure`); items numbered `0` are the publication's own covers;
- Acadre (`<root>` of nested `<table name=...>` with `<fields><field name=...>`):
  `agenda`, `committee`, `meeting` with `meetmember`s, and `agendaitemparents`
  (whose `sort` is the printed item number) holding an `agendaitem` (`name`,
  `caseno`, `accessname`) with its `bullet`s (sections) and `enclosure`s. A meeting
  manifest (`<root>` with only `committee`/`meeting`/`agenda` names) gives the
  meeting's facts and no items.

Parsing is safe against hostile input: no entity expansion, no DTD or network
access, no huge-tree mode. A file that is not well-formed XML, or XML of an
unknown family, is a typed `UnsupportedFormatError` naming the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import EmptyFileError, UnsupportedFormatError
from ..models import (
    Access,
    Attachment,
    Document,
    DocumentKind,
    Item,
    Person,
    Quality,
    Section,
    SectionKind,
    Source,
)
from ..version import __version__
from ..vocabulary import section_kind

XML_SUFFIXES = frozenset({".xml"})

# `&#12;`: a character reference to a control character, which XML 1.0 forbids but
# eDoc writes for a page break; it is read as a space.
_CONTROL_REFERENCE = re.compile(rb"&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});")
# `Sagsnr.: 2012-28504`: the case line of an eDoc item's printed text.
_CASE_LINE = re.compile(r"^\s*Sags?nr\.?:?\s*(\S+)\s*$", re.IGNORECASE)
_DATE_FORMATS = ("%d-%m-%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M", "%Y-%m-%dT%H:%M:%S")


def _valid_reference(match: re.Match[bytes]) -> bytes:
    value = match.group(1)
    code = int(value[1:], 16) if value[:1] in b"xX" else int(value)
    if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF:
        return match.group(0)
    return b" "


def load_xml(path: Path, data: bytes) -> Any:
    """The parsed root element, safely, or a typed error naming the file."""
    from lxml import etree  # deferred: only XML input needs it

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(_CONTROL_REFERENCE.sub(_valid_reference, data), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise UnsupportedFormatError(path, f"malformed XML ({exc})") from None
    if root is None:
        raise UnsupportedFormatError(path, "malformed XML (no root element)")
    return root


def _text(element: Any, path: str) -> str:
    """The whitespace-collapsed text at `path` below `element` ('' when absent)."""
    found = element.find(path) if element is not None else None
    if found is None:
        return ""
    return " ".join("".join(found.itertext()).split())


def _moment(value: str) -> dt.datetime | None:
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), form)
        except ValueError:
            continue
    return None


def _number_key(number: str | None) -> tuple[int, ...]:
    digits = re.findall(r"\d+", number or "")
    return tuple(int(d) for d in digits) or (10**9,)


def html_text(markup: str) -> str:
    """An HTML fragment's text as paragraphs separated by blank lines."""
    if not markup.strip():
        return ""
    if "<" not in markup:
        return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", markup) if p.strip())
    from .html import html_lines

    return "\n\n".join(line.text for line in html_lines(f"<div>{markup}</div>"))


def _section(heading: str, text: str) -> Section:
    return Section(heading=heading, kind=section_kind(heading) or SectionKind.OTHER, text=text)


# --- eDoc AgendaPublishing -----------------------------------------------------------


def _printed_sections(full_text: str) -> tuple[str | None, list[Section]]:
    """An eDoc item's printed text: its `Sagsnr.:` value and its sections, each
    opened by a line that is a known section heading."""
    case_id: str | None = None
    sections: list[tuple[str, list[str]]] = []
    for raw in full_text.splitlines():
        line = " ".join(raw.split())
        if not line:
            if sections and sections[-1][1] and sections[-1][1][-1]:
                sections[-1][1].append("")
            continue
        case = _CASE_LINE.match(line)
        if case and case_id is None and not sections:
            case_id = case.group(1)
            continue
        if len(line) <= 120 and section_kind(line) is not None:
            sections.append((line, []))
        elif sections:
            sections[-1][1].append(line)
    return case_id, [_section(heading, "\n".join(body).strip()) for heading, body in sections]


def _edoc(root: Any) -> tuple[dict[str, Any], list[Item]]:
    items: list[Item] = []
    for agenda_type in root.iter("MeetingAgendaType"):
        kind = _text(agenda_type, "AgendaType").lower()
        access: Access | None = (
            "closed" if "lukket" in kind else "open" if "åben" in kind or "åbent" in kind else None
        )
        for raw in agenda_type.iter("MeetingAgendaItem"):
            number = _text(raw, "AgendaItemNumber") or None
            case_id, sections = _printed_sections(
                "".join(raw.find("FullText").itertext()) if raw.find("FullText") is not None else ""
            )
            attachments = tuple(
                Attachment(
                    title=_text(a, "Title"),
                    document_id=a.get("attachmentid"),
                    printed=_text(a, "Title"),
                )
                for a in raw.iter("Attachment")
                if _text(a, "Title")
            )
            items.append(
                Item(
                    number=number,
                    title=_text(raw, "Document/Title"),
                    access=access,
                    case_id=case_id,
                    sections=tuple(sections),
                    attachments=attachments,
                )
            )
    items.sort(key=lambda item: _number_key(item.number))
    state = _text(root, "MeetingState").lower()
    facts: dict[str, Any] = {
        "committee": _text(root, "Committee") or None,
        "start": _moment(_text(root, "MeetingDate")),
        "kind": "minutes" if "referat" in state else "agenda",
    }
    return facts, items


# --- SBSYS Publication ---------------------------------------------------------------


def _truthy(value: str) -> bool | None:
    lowered = value.strip().lower()
    return True if lowered == "true" else False if lowered == "false" else None


def _sbsys(root: Any) -> tuple[dict[str, Any], list[Item]]:
    agenda = root.find("Agendas/Agenda")
    if agenda is None:
        return {}, []
    items: list[Item] = []
    minutes = False
    for raw in agenda.iterfind("Items/Item"):
        number = _text(raw, "Number")
        public = _truthy(_text(raw, "IsPublic"))
        if number in {"", "0"}:  # the publication's own cover pages (`Åbent referat`)
            minutes = minutes or "referat" in _text(raw, "Caption").lower()
            continue
        sections = []
        for field in raw.iterfind("Fields/ItemField"):
            heading = _text(field, "Caption")
            content = field.find("Content")
            body = html_text("".join(content.itertext())) if content is not None else ""
            if heading and (body or _text(field, "HasContent").lower() == "true"):
                sections.append(_section(heading, body))
                minutes = minutes or (_text(field, "IsFeedback").lower() == "true" and bool(body))
        attachments = tuple(
            Attachment(
                title=_text(e, "Name"),
                document_id=_text(e, "Number") or None,
                printed=_text(e, "Name"),
            )
            for e in raw.iterfind("Enclosures/Enclosure")
            if _text(e, "Name")
        )
        items.append(
            Item(
                number=number,
                title=_text(raw, "Caption"),
                access=None if public is None else "open" if public else "closed",
                case_id=_text(raw, "Case/Number") or None,
                sections=tuple(sections),
                attachments=attachments,
            )
        )
    members = list(agenda.iterfind("Meeting/Members/MeetingMember"))
    absent_states = {"notparticipating", "absent", "cancelled"}
    present = tuple(
        Person(name=_text(m, "Name"), printed=_text(m, "Name"))
        for m in members
        if _text(m, "Name")
        and _text(m, "ParticipationStatusAsText").lower() not in absent_states
        and _text(m, "Participate") not in {"false", "False"}
    )
    facts: dict[str, Any] = {
        "committee": _text(agenda, "Committee/Name") or None,
        "start": _moment(_text(agenda, "Meeting/When")),
        "end": _moment(_text(agenda, "Meeting/Until")),
        "location": _text(agenda, "Meeting/Where") or None,
        "kind": "minutes" if minutes else "agenda",
        "present": present or None,
    }
    return facts, items


# --- Acadre --------------------------------------------------------------------------


def _fields(table: Any) -> dict[str, str]:
    """An Acadre `<table>`'s own fields: `<field name="x">value</field>`."""
    own = table.find("fields")
    if own is None:
        return {}
    return {f.get("name"): " ".join("".join(f.itertext()).split()) for f in own.iterfind("field")}


def _manifest_fields(table: Any) -> dict[str, str]:
    """A manifest's fields, written as attributes: `<field name="PUK"/>`, `<field date=..>`."""
    values: dict[str, str] = {}
    own = table.find("fields")
    for field in own.iterfind("field") if own is not None else ():
        for key, value in field.attrib.items():
            values.setdefault(key, value)
    return values


def _tables(element: Any, name: str) -> Iterator[Any]:
    return (t for t in element.iter("table") if t.get("name") == name)


def _acadre_access(name: str) -> Access | None:
    lowered = name.lower()
    return "closed" if "lukket" in lowered else "open" if lowered.startswith("åben") else None


def _acadre(root: Any) -> tuple[dict[str, Any], list[Item]]:
    items: list[Item] = []
    for parent in _tables(root, "agendaitemparents"):
        raw = next(_tables(parent, "agendaitem"), None)
        if raw is None:
            continue
        fields = _fields(raw)
        bullets = sorted(
            (_fields(b) for b in _tables(raw, "bullet")),
            key=lambda f: int(f.get("bulletsortorder") or 0),
        )
        # the printed order puts the attachment list last
        sections = [
            _section(b["bulletname"], html_text(b.get("bulletcontent", "")))
            for b in bullets
            if b.get("bulletname") and b.get("bulletcontent")
        ]
        enclosures = [_fields(e) for e in _tables(raw, "enclosure")]
        printed = [
            " ".join(
                part
                for part in (e.get("sort"), e.get("accessname"), e.get("name"), e.get("fileno"))
                if part
            )
            for e in enclosures
        ]
        if enclosures and any(b.get("bulletname") == "Bilag" for b in bullets):
            sections.append(_section("Bilag", "\n\n".join(printed)))
        items.append(
            Item(
                number=_fields(parent).get("sort") or None,
                title=fields.get("name", ""),
                access=_acadre_access(fields.get("accessname", "")),
                case_id=fields.get("caseno") or None,
                sections=tuple(sections),
                attachments=tuple(
                    Attachment(
                        title=e.get("name", ""),
                        document_id=e.get("fileno") or None,
                        printed=text,
                    )
                    for e, text in zip(enclosures, printed, strict=True)
                    if e.get("name")
                ),
            )
        )
    items.sort(key=lambda item: _number_key(item.number))
    facts: dict[str, Any] = {}
    agenda = next(_tables(root, "agenda"), None)
    committee = next(_tables(root, "committee"), None)
    meeting = next(_tables(root, "meeting"), None)
    # a meeting manifest writes its values as attributes, a full export as text
    manifest = not items and meeting is not None and not _fields(meeting).get("date")
    own: Callable[[Any], dict[str, str]] = _manifest_fields if manifest else _fields
    if committee is not None:
        facts["committee"] = own(committee).get("name") or None
    if meeting is not None:
        values = own(meeting)
        facts["start"] = _moment(values.get("date", ""))
        facts["end"] = _moment(values.get("finish", ""))
        facts["location"] = values.get("location") or None
        members = [_fields(m) for m in _tables(meeting, "member")]
        if members:
            facts["present"] = tuple(
                Person(name=" ".join(m["name"].split()), printed=" ".join(m["name"].split()))
                for m in members
                if m.get("name") and m.get("absent", "0") == "0"
            )
            facts["absent"] = tuple(
                Person(name=" ".join(m["name"].split()), printed=" ".join(m["name"].split()))
                for m in members
                if m.get("name") and m.get("absent", "0") != "0"
            )
    if agenda is not None:
        facts["kind"] = "minutes" if "referat" in own(agenda).get("name", "").lower() else "agenda"
    return facts, items


# --- the document --------------------------------------------------------------------

_FAMILIES: dict[str, tuple[str, Callable[[Any], tuple[dict[str, Any], list[Item]]]]] = {
    "Meeting": ("edoc_xml", _edoc),
    "Publication": ("sbsys_xml", _sbsys),
    "root": ("acadre_xml", _acadre),
}


def parse_vendor_xml(path: Path) -> Document:
    """An agenda system's publication XML as a `Document` (decisions come from `enrich`)."""
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(path, "the file is empty")
    root = load_xml(path, data)
    tag = root.tag if isinstance(root.tag, str) else ""
    family = _FAMILIES.get(tag)
    if family is None:
        known = ", ".join(f"<{name}>" for name in _FAMILIES)
        raise UnsupportedFormatError(
            path,
            f"XML with root <{tag}> is not an agenda system's publication "
            f"(expected eDoc, SBSYS or Acadre: {known})",
        )
    profile, read = family
    facts, items = read(root)
    kind: DocumentKind = facts.get("kind", "agenda")
    return Document(
        parser_version=__version__,
        source=Source(
            path=str(path), sha256=hashlib.sha256(data).hexdigest(), format="xml", pages=None
        ),
        kind=kind,
        committee=facts.get("committee"),
        start=facts.get("start"),
        end=facts.get("end"),
        location=facts.get("location"),
        present=facts.get("present"),
        absent=facts.get("absent"),
        items=tuple(items),
        quality=Quality(
            profile=profile,
            recognised=True,
            body_share=1.0,
            contents_items=0,
            items_found=len(items),
            confident=bool(items),
        ),
    )
