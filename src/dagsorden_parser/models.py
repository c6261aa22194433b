"""Output models: the JSON contract of a parsed meeting document.

Frozen pydantic v2 models with `extra="forbid"`. The JSON Schema printed by
`dagsorden schema` is generated from these classes; field names are part of the
public contract and change only with `SCHEMA_VERSION`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Access = Literal["open", "closed"]
SourceFormat = Literal["pdf", "text", "json", "html", "docx", "xml"]
#: Formats read as lines and passed through the stages (the others are structured exports).
LINE_FORMATS = frozenset({"pdf", "text", "html", "docx"})
DocumentKind = Literal["agenda", "minutes", "other"]
AbsenceKind = Literal["absent", "recused", "left_after", "arrived_during"]
Moment = dt.datetime | dt.date


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SectionKind(StrEnum):
    """Normalised meaning of a section heading (the heading itself stays as printed)."""

    SUMMARY = "summary"  # Resumé, Sammendrag, Sagens kerne
    BACKGROUND = "background"  # Baggrund, Historik, Problemstilling
    CASE_DESCRIPTION = "case_description"  # Sagsfremstilling, Beskrivelse
    RECOMMENDATION = "recommendation"  # Indstilling, Beslutningspunkter
    DECISION = "decision"  # Beslutning, Beslutninger
    PREVIOUS_DECISIONS = "previous_decisions"  # Tidligere beslutninger, Sagsforløb
    ATTACHMENTS = "attachments"  # Bilag, Bilagsoversigt
    ECONOMY = "economy"  # Økonomi, Økonomiske konsekvenser
    LEGAL_BASIS = "legal_basis"  # Lovgrundlag
    CONSULTATION = "consultation"  # Høring
    COMMUNICATION = "communication"  # Kommunikation
    PROCESS = "process"  # Sagsgang, Videre proces, Tidsplan
    DECISION_AUTHORITY = "decision_authority"  # Beslutningskompetence, Sagen afgøres i
    ENDORSEMENT = "endorsement"  # påtegning (a department's endorsement)
    OTHER = "other"


class Source(_Model):
    """Where the document came from."""

    path: str
    sha256: str
    format: SourceFormat = Field(
        description="pdf, text, html (web page), docx (Word), json (First Agenda), "
        "xml (an agenda system's publication XML)."
    )
    pages: int | None = Field(description="Physical pages (PDF); null for text.")
    ocr_pages: tuple[int, ...] | None = Field(
        default=None,
        description="Pages (1-based) read by OCR because they had no text layer; "
        "null when no page was (added in schema 1.1).",
    )


class Person(_Model):
    """A member present or absent, as printed and split into its parts."""

    name: str
    party: str | None = None
    role: str | None = None
    substitute: str | None = Field(
        default=None, description="Who met in this member's place (stedfortræder)."
    )
    printed: str = Field(description="The entry exactly as printed (whitespace collapsed).")


class Attachment(_Model):
    """One entry of an item's attachment list (Bilag)."""

    title: str
    document_id: str | None = None
    case_id: str | None = None
    printed: str


class Section(_Model):
    """A headed part of an agenda item (Resumé, Indstilling, Beslutning, ...)."""

    heading: str
    kind: SectionKind
    text: str
    page_start: int | None = None


class ContentsEntry(_Model):
    """One line of the table of contents (Indholdsfortegnelse)."""

    number: str | None
    title: str
    access: Access | None = None
    page: int | None = None


class Warning(_Model):
    """Something the parser noticed: a contradiction, a guess, text it could not place."""

    code: str = Field(description="Stable, machine-readable code.")
    message: str
    page: int | None = None
    item: str | None = Field(default=None, description="Item number the warning concerns.")


class Quality(_Model):
    """How sure the parser is of this document; an archive should look at low scores."""

    profile: str = Field(description="Layout profile used (`generic` when none was recognised).")
    recognised: bool = Field(description="A specific layout profile claimed the document.")
    body_share: float = Field(
        description="Share of the body's lines (after header and contents) placed in items."
    )
    contents_items: int = Field(description="Entries in the table of contents.")
    items_found: int = Field(description="Items with a heading in the body.")
    confident: bool = Field(
        description="Recognised layout, body fully placed, contents and body agree."
    )


class Outcome(StrEnum):
    """What a body decided, where its words allow a class."""

    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    REJECTED = "rejected"
    RECOMMENDED = "recommended"
    POSTPONED = "postponed"
    NOTED = "noted"
    OTHER = "other"


class VoteSide(_Model):
    """One side of a vote: party letters and members named, and the count printed."""

    parties: tuple[str, ...] = Field(
        default=(), description="Every party letter on this side, also those of named members."
    )
    members: tuple[str, ...] = Field(default=(), description="Members named, as printed.")
    member_parties: tuple[str | None, ...] = Field(
        default=(),
        description="The party printed beside each member, in the order of `members` "
        "(null where none is printed).",
    )
    count: int | None = Field(default=None, description="The count printed, e.g. `(15)`.")


class Votes(_Model):
    """A vote record (`For stemte: A, C og V (15)`, `Enstemmigt godkendt`)."""

    in_favour: VoteSide = VoteSide()
    against: VoteSide = VoteSide()
    abstained: VoteSide = VoteSide()
    unanimous: bool = False
    minority: tuple[str, ...] = Field(
        default=(), description="Minority statements (`Ø kan ikke anbefale ...`)."
    )


class Amount(_Model):
    """An amount of money in the text, in kroner, with the sentence it stands in."""

    kroner: float
    printed: str
    sentence: str


class Decision(_Model):
    """A decision (`Beslutning i X den D`): who, when, the outcome and the text."""

    body: str | None = Field(description="The body that decided, as printed, or the meeting's.")
    date: dt.date | None = None
    item_number: str | None = Field(default=None, description="The body's own item number.")
    outcome: Outcome
    text: str
    votes: Votes | None = None
    amounts: tuple[Amount, ...] = ()


class Recommendation(_Model):
    """An Indstilling: its lead-in (`Administrationen indstiller, at`) and its points."""

    lead_in: str
    points: tuple[str, ...] = ()


class Reference(_Model):
    """A reference to an earlier treatment (`Økonomiudvalget, 18. september 2019, pkt. 153:`)."""

    body: str | None = None
    date: dt.date | None = None
    item_number: str | None = None
    text: str = ""


class Absence(_Model):
    """A member away for some items: absent, recused (inhabil), left after or arrived during."""

    name: str
    party: str | None = None
    kind: AbsenceKind
    items: tuple[str, ...] = Field(description="The item numbers the note names.")
    printed: str = Field(description="The sentence that says so.")


class Item(_Model):
    """One agenda item (punkt)."""

    number: str | None
    title: str
    access: Access | None = None
    case_id: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    text: str = Field(default="", description="Body text printed before the first section.")
    sections: tuple[Section, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    decisions: tuple[Decision, ...] = ()
    recommendation: Recommendation | None = None
    previous_decisions: tuple[Reference, ...] = ()
    amounts: tuple[Amount, ...] = ()


class Document(_Model):
    """A parsed meeting document: header, contents and items."""

    schema_version: str = SCHEMA_VERSION
    parser_version: str
    source: Source
    kind: DocumentKind
    municipality: str | None = None
    committee: str | None = None
    start: Moment | None = None
    end: Moment | None = None
    location: str | None = None
    present: tuple[Person, ...] | None = None
    absent: tuple[Person, ...] | None = None
    absences: tuple[Absence, ...] = Field(
        default=(), description="Members away for particular items (`present_for` applies them)."
    )
    contents: tuple[ContentsEntry, ...] = ()
    items: tuple[Item, ...] = ()
    quality: Quality | None = None
    warnings: tuple[Warning, ...] = ()


def ocr_warning(pages: tuple[int, ...]) -> Warning:
    """The `ocr` warning: which pages were read by OCR (their text may hold misreadings)."""
    listed = ", ".join(str(p) for p in pages)
    return Warning(
        code="ocr",
        message=f"page(s) {listed} had no text layer and were read by OCR; "
        "check names and numbers against the page",
        page=pages[0],
    )


def json_schema() -> dict[str, object]:
    """The published JSON Schema of `Document`."""
    schema = Document.model_json_schema()
    schema["$id"] = f"https://dagsorden-parser.invalid/schema/{SCHEMA_VERSION}/document.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
