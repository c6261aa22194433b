"""Build stage: an `Outline` becomes the validated `Document` model.

Here the parts are read (header fields, contents entries, case ids, section
paragraphs, attachment lists) and checked against each other; anything
contradictory or unplaced becomes a `Warning`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..clean.text import join_lines
from ..models import (
    Access,
    Attachment,
    ContentsEntry,
    Document,
    Item,
    Person,
    Quality,
    Section,
    SectionKind,
    Source,
    Warning,
)
from ..read.lines import Line
from ..structure.contents import contents_entries
from ..structure.forms import (
    access_line,
    bare_case_number,
    edition_access,
    group_access,
    heading_form,
    title_parts,
)
from ..structure.layout import paragraph_break
from ..structure.marks import access_dash_case, case_line_access
from ..structure.outline import ItemOutline, Outline
from ..structure.priors import LayoutPriors
from ..structure.rules import (
    NO_ATTACHMENTS,
    attachment_parts,
    kle_facet,
    split_access_prefix,
)
from ..structure.titles import (
    layout_colon,
    without_glued_heading,
    without_leader_dot,
    without_repeated_number,
)
from ..vocabulary import HeaderLabel
from .contents_only import with_closed_listings
from .header import Header, municipality, parse_header
from .meeting import empty_absence, is_column_heads

# `1. at ...`, `a) ...`, `- ...`, `• ...`, `2012-200782 - Title`, `2 Åben Title 58688/13`
# (Acadre's attachment row): a list entry starts a new paragraph.
_LIST_ENTRY = re.compile(
    r"^(\d{1,2}[.)]|[a-zA-Z][.)]|[-•–*▪]|\d{4}-\d{3,}\s+-|\d{1,2}\s+(?:Åben|Lukket))\s"
)
_WORDS = re.compile(r"\w+")


class DocumentPriors(LayoutPriors, Protocol):
    """What assembling the document asks of a profile, beyond the structure stage."""

    @property
    def header_labels(self) -> tuple[HeaderLabel, ...]: ...

    def read_meeting(self, header: Header, items: Sequence[ItemOutline]) -> Header: ...


def build(
    outline: Outline, *, source: Source, profile: DocumentPriors, parser_version: str
) -> Document:
    header = profile.read_meeting(
        parse_header(outline.header, profile.header_labels), outline.items
    )
    if header.absent is None and empty_absence([line.text for line in outline.contents]):
        header.absent = []  # the cover's `Fraværende` with nothing after it
    opened: Access | None = None  # a group heading run into the header's last lines
    for line in outline.header:
        opened = _group(profile, line.text, opened)
    contents = contents_entries(
        outline.contents,
        lambda t: profile.match_item(t) or heading_form(t),
        profile.group,
        access=opened,
    )
    warnings: list[Warning] = []
    items = [_item(item, profile) for item in outline.items]
    items = _with_group_access(outline, profile, _with_contents_access(contents, items))
    if not items and contents:
        items = [_item_from_contents(entry) for entry in contents]
        warnings.append(
            Warning(
                code="items_from_contents",
                message=f"no item bodies found; {len(items)} items taken from the contents",
            )
        )
    elif contents:
        warnings += _compare_contents(contents, items)
        items = _with_contents_only(contents, _with_contents_titles(contents, items))
    items = _titles_as_printed(items)
    # closed items the contents lists without a number (`Lukket - Title`) and the body leaves out
    items, closed_only = with_closed_listings(outline.contents, items)
    warnings += closed_only
    warnings += suspect_items(items)
    header.present, unclear = plausible_people(header.present)
    header.absent, unclear_absent = plausible_people(header.absent)
    warnings += [
        Warning(
            code="attendance_unclear",
            message=f"left out of the {status} list, not one member's name: {p.printed[:160]!r}",
        )
        for status, people in (("present", unclear), ("absent", unclear_absent))
        for p in people
    ]
    all_text = [line.text for line in outline.lines()]
    kind = header.kind
    if kind is None and items:
        decided = any(s.kind is SectionKind.DECISION for i in items for s in i.sections)
        kind = "minutes" if decided else "agenda"
    if outline.unplaced:
        pages = sorted({line.page for line in outline.unplaced if line.page is not None})
        warnings.append(
            Warning(
                code="unplaced_text",
                message=f"{len(outline.unplaced)} lines after the contents belong to no item"
                + (f" (pages {pages[0]}-{pages[-1]})" if pages else ""),
                page=pages[0] if pages else None,
            )
        )
    if not items:
        warnings.append(
            Warning(
                code="no_items",
                message="no agenda items found: not a meeting document, or a layout not recognised",
            )
        )
        if header.kind is None or (header.start is None and header.committee is None):
            kind = "other"
    quality = _quality(outline, profile, contents, warnings)
    committee = header.committee or _committee_from_contents(outline.contents, profile)
    return Document(
        parser_version=parser_version,
        source=source,
        kind=kind or "other",
        municipality=municipality(all_text),
        committee=committee if kind != "other" else header.committee,
        start=header.start,
        end=header.end,
        location=header.location,
        present=tuple(header.present) if header.present is not None else None,
        absent=tuple(header.absent) if header.absent is not None else None,
        contents=tuple(contents),
        items=tuple(items),
        quality=quality,
        warnings=tuple(warnings),
    )


# `2025`: an item number that is a year, read from a line of body text (`2025 Beløb i t.kr.`).
_YEAR = re.compile(r"^(?:19|20)\d\d$")


# Not one member's name: a label inside it, or it starts in lower case (`sag 129-138 ...`).
_NOT_A_NAME = re.compile(r":|^[a-zæøå]")
#: More words than an entry with a note (`Kim Aagaard fra kl. 19.30 i punkt 5`) has.
_MAX_ENTRY_WORDS = 12
#: More capitalised words in a row than one name has: names run together.
_MAX_NAME_WORDS = 6


def _not_a_name(name: str) -> bool:
    words = name.split()
    run = all(word[:1].isupper() for word in words)
    return (
        bool(_NOT_A_NAME.search(name))
        or len(words) > _MAX_ENTRY_WORDS
        or (run and len(words) > _MAX_NAME_WORDS)
    )


def plausible_people(people: list[Person] | None) -> tuple[list[Person] | None, list[Person]]:
    """The members whose name reads as one person's name, and the entries that do not (a
    list run into the text after it, `Katrine Kjærbo Karsten Grubert Karl Vilhelm
    Nielsen ...`, `sag 129-138 ...`): those are left out, with an `attendance_unclear`
    warning, rather than counted as a member. A list of nothing but such entries is
    null (no list read), not empty (a list printed empty)."""
    if people is None:
        return None, []
    kept: list[Person] = []
    left_out: list[Person] = []
    for person in people:
        if _not_a_name(person.name):
            left_out.append(person)
        else:
            kept.append(person)
    return (kept if kept or not left_out else None), left_out


def suspect_items(items: Sequence[Item]) -> list[Warning]:
    """A `suspect_item` warning for each item that looks taken from body text: its number
    is a year (`2025`), or its title is a lower-case sentence (`at udvalget godkender ...`)."""
    warnings: list[Warning] = []
    for item in items:
        number = (item.number or "").strip(" .")
        letters = [char for char in item.title if char.isalpha()]
        reasons = []
        if _YEAR.match(number):
            reasons.append(f"its number {number} is a year")
        if letters and letters[0].islower():
            reasons.append("its title starts in lower case, like a sentence of body text")
        if reasons:
            warnings.append(
                Warning(
                    code="suspect_item",
                    message=f"item {item.number or '-'} {item.title[:60]!r} may be body "
                    f"text, not an item: {' and '.join(reasons)}",
                    page=item.page_start,
                    item=item.number,
                )
            )
    return warnings


#: Below this share of body lines placed in items, the document is flagged (and not confident).
LOW_COVERAGE = 0.9


def _quality(
    outline: Outline,
    profile: DocumentPriors,
    contents: Sequence[ContentsEntry],
    warnings: list[Warning],
) -> Quality:
    """Score the outline, and add warnings where the result should not be trusted."""
    placed = sum(len(item.lines()) for item in outline.items)
    body = placed + len(outline.unplaced)
    share = placed / body if body else 0.0
    recognised = profile.name != "generic"
    if not recognised and outline.items:
        warnings.append(
            Warning(
                code="template_not_recognised",
                message="no layout profile recognised this document; items were found "
                "by the generic rules (typography, numbering, known section words)",
            )
        )
    if outline.items and share < LOW_COVERAGE:
        warnings.append(
            Warning(
                code="low_coverage",
                message=f"only {share:.0%} of the body text is placed in items",
            )
        )
    disagree = {"contents_item_missing", "contents_title_differs", "item_not_in_contents"}
    return Quality(
        profile=profile.name,
        recognised=recognised,
        body_share=round(share, 3),
        contents_items=len(contents),
        items_found=len(outline.items),
        confident=recognised
        and bool(outline.items)
        and share >= LOW_COVERAGE
        and not any(w.code in disagree for w in warnings),
    )


def _committee_from_contents(lines: Sequence[Line], profile: DocumentPriors) -> str | None:
    """First Agenda repeats the committee as the line after `Indholdsfortegnelse` (not
    the column heads `Pkt. Tekst Side` nor a group heading `Til behandling - for åbne
    døre` that other layouts print there)."""
    if len(lines) < 2:
        return None
    text = lines[1].text
    if any(ch.isdigit() for ch in text) or is_column_heads(text) or profile.group(text):
        return None
    return text


def _titles_as_printed(items: list[Item]) -> list[Item]:
    """Titles without what the layout printed around them: the item's number repeated
    (`1. 1. Title`), the body's first heading run into the last one (`Eventuelt1. Title`),
    a leader's dot after a hyphen (`Nordby-.`), the colon the layout sets after every
    heading (`1. Udvalg:`)."""
    first = items[0].number if items else None
    titles = [
        without_leader_dot(without_glued_heading(without_repeated_number(i.title, i.number), first))
        for i in items
    ]
    if layout_colon(titles):
        titles = [t[:-1].rstrip() for t in titles]
    return [
        i if t == i.title else i.model_copy(update={"title": t})
        for i, t in zip(items, titles, strict=True)
    ]


def _item(item: ItemOutline, profile: DocumentPriors) -> Item:
    title = join_lines(
        [item.heading.title, *(line.text for line in item.heading_lines[item.title_from :])]
    )
    title, prefix_access = split_access_prefix(title)
    title, marked_access, marked_case = title_parts(title)
    prefix_access = prefix_access or marked_access
    case_id, preamble = _case_id(item.preamble, profile)
    sections = tuple(
        Section(
            heading=_unbulleted(section.heading.text),
            kind=section.kind,
            text="\n\n".join(paragraphs(section.body)),
            page_start=section.heading.page,
        )
        for section in item.sections
    )
    attachments = tuple(
        _attachment(paragraph)
        for section in item.sections
        if section.kind is SectionKind.ATTACHMENTS
        for paragraph in _attachment_entries(paragraphs(section.body))
    )
    lines = item.lines()
    pages = [line.page for line in lines if line.page is not None]
    return Item(
        number=item.heading.number,
        title=title,
        access=item.heading.access
        or prefix_access
        or access_line(title)  # `16. Lukket punkt`: a closed item whose title is withheld
        or next((a for a in map(profile.access, (p.text for p in item.preamble)) if a), None)
        or next(
            (a for a in map(access_line, (p.text for p in item.preamble[:NEAR_HEADING])) if a), None
        )
        or next(  # `Åbent - 01.00.00-G01-93-16`, `Sagsnr.: 12/345 ... Åbent punkt`
            (a for a in map(case_line_access, (p.text for p in item.preamble[:NEAR_HEADING])) if a),
            None,
        ),
        case_id=case_id or item.heading.case_id or marked_case,
        page_start=pages[0] if pages else None,
        page_end=pages[-1] if pages else None,
        text="\n\n".join(paragraphs(preamble)),
        sections=sections,
        attachments=attachments,
    )


def _unbulleted(heading: str) -> str:
    """`• Sagsfremstilling` -> `Sagsfremstilling`: a bullet before a heading marks the
    list the page sets its headings in, not the heading's words."""
    return heading.lstrip("•·▪ ").strip() or heading


#: How many lines below an item heading hold its bare case number or access mark.
NEAR_HEADING = 4


def _case_id(preamble: Sequence[Line], profile: DocumentPriors) -> tuple[str | None, list[Line]]:
    """The item's case id (`Sags ID: ...`, or a bare `EMN-...` first line) and the rest."""
    facet: tuple[str, int] | None = None
    for n, line in enumerate(preamble):
        value = profile.case_id(line.text, first=n == 0) or (
            # a bare case number (`24-031107`, `00.01.00-A00-1-19`) right below the heading
            bare_case_number(line.text) if n < NEAR_HEADING else None
        )
        dashed = access_dash_case(line.text) if n < NEAR_HEADING else None
        value = value or (dashed[1] if dashed else None)  # `Åbent - 01.00.00-G01-93-16`
        if value and not kle_facet(value):
            return value, [*preamble[:n], *preamble[n + 1 :]]
        if value and facet is None:
            facet = value, n
    if facet is not None:  # `J.nr.: A09` and no other number: the facet is all there is
        value, n = facet
        return value, [*preamble[:n], *preamble[n + 1 :]]
    return None, list(preamble)


def paragraphs(lines: Sequence[Line]) -> list[str]:
    """Lines grouped into paragraphs at vertical gaps, page breaks and list entries."""
    groups: list[list[str]] = []
    previous: Line | None = None
    for line in lines:
        if previous is None or paragraph_break(previous, line) or _LIST_ENTRY.match(line.text):
            groups.append([])
        groups[-1].append(line.text)
        previous = line
    return [join_lines(group) for group in groups]


# `2012-200782 - Title`, `2012–200292 - Title`: an entry of eDoc's numbered document list.
_DOCNO_ENTRY = re.compile(r"^\d{4}[-–]\d{3,}\s+[-–]\s")


def _attachment_entries(section_paragraphs: Sequence[str]) -> list[str]:
    """The attachments a `Bilag` section lists. Where they are numbered documents
    (`2012-200782 - Title`), a paragraph without a number is text after the list
    (the item's next sub-point `c. ...`), not an attachment."""
    entries = [p for p in section_paragraphs if not NO_ATTACHMENTS.match(p)]
    numbered = [p for p in entries if _DOCNO_ENTRY.match(p)]
    return numbered or entries


def _attachment(printed: str) -> Attachment:
    parts = attachment_parts(printed)
    return Attachment(
        title=parts.title, document_id=parts.document_id, case_id=parts.case_id, printed=printed
    )


def _item_from_contents(entry: ContentsEntry) -> Item:
    # `Salg af grund - Lukket punkt`: the entry's marks after its title, as in a heading;
    # `16. Lukket punkt`: a closed item listed by its access alone
    title, access, _ = title_parts(entry.title)
    return Item(
        number=entry.number,
        title=title or entry.title,
        access=entry.access or access or access_line(entry.title),
    )


def _with_group_access(outline: Outline, profile: DocumentPriors, items: list[Item]) -> list[Item]:
    """An item without an access mark of its own takes the access of the group heading
    printed above it (`Åbne dagsordenspunkter`), wherever that heading stands."""
    group: Access | None = None
    for line in outline.header:
        # `Åben` alone above the list of items heads it (below a heading it marks one item)
        if _ACCESS_WORD.match(line.text.strip()):
            group = access_line(line.text)
        group = _group(profile, line.text, group) or edition_access(line.text)
    for line in outline.contents:
        if _ACCESS_WORD.match(line.text.strip()):
            group = access_line(line.text)
        group = _group(profile, line.text, group)
    result = []
    for part, item in zip(outline.items, items, strict=True):
        if item.access is None and group is not None:
            item = item.model_copy(update={"access": group})
        result.append(item)
        for line in part.lines():
            group = _group(profile, line.text, group)
    return result


# `Åben`, `Lukket`: an access word alone on its line.
_ACCESS_WORD = re.compile(r"^(?:åben|åbent|lukket)$", re.I)


def _group(profile: DocumentPriors, text: str, group: Access | None) -> Access | None:
    """The access a group heading gives the items below it (the profile's group headings,
    or `Åbne dagsordenspunkter` / `Lukket dagsorden` in any layout), else `group`."""
    found = profile.group(text)
    if found is not None:  # `A. Sager til afgørelse` under `Åben dagsorden` keeps its access
        return found.access if found.access is not None else group
    heads, access = group_access(text)
    return access if heads else group


def _with_contents_only(contents: Sequence[ContentsEntry], items: list[Item]) -> list[Item]:
    """Items listed in the contents but absent from the body (closed items left out of
    an open edition, or a document cut short) are kept, from the contents, each placed
    after the item listed before it; the body's order is never changed."""
    if not all(e.number for e in contents) or not all(i.number for i in items):
        return items
    result = list(items)
    numbers = {item.number for item in items}
    previous: str | None = None
    for entry in contents:
        if entry.number not in numbers:
            at = next((n + 1 for n, i in enumerate(result) if i.number == previous), 0)
            result.insert(at, _item_from_contents(entry))
            numbers.add(entry.number)
        previous = entry.number
    return result


def _with_contents_titles(contents: Sequence[ContentsEntry], items: list[Item]) -> list[Item]:
    """A heading whose title the contents prints longer (`11 Anlægsbevilling` over a title
    that runs on in the body's text) takes the contents' title, matched by number."""
    titles = {e.number: e.title for e in contents if e.number}
    out = []
    for item in items:
        listed = titles.get(item.number) if item.number else None
        rest = listed[len(item.title) + 1 :] if listed else ""
        if listed and listed.startswith(item.title + " ") and rest[:1].islower():
            item = item.model_copy(update={"title": listed})
        out.append(item)
    return out


def _with_contents_access(contents: Sequence[ContentsEntry], items: list[Item]) -> list[Item]:
    """An item whose heading carries no access mark takes the access its contents entry
    has (listed under `Åbent referat` / `Lukket referat`), matched by number."""
    access = {e.number: e.access for e in contents if e.number and e.access}
    return [
        item.model_copy(update={"access": access[item.number]})
        if item.access is None and item.number in access
        else item
        for item in items
    ]


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _compare_contents(contents: Sequence[ContentsEntry], items: Sequence[Item]) -> list[Warning]:
    """Say where the table of contents and the item headings disagree."""
    warnings: list[Warning] = []
    numbered = all(e.number for e in contents) and all(i.number for i in items)
    if numbered:
        by_number = {i.number: i for i in items}
        listed = {e.number for e in contents}
        pairs = [(e, by_number.get(e.number)) for e in contents]
        unlisted = [i for i in items if i.number not in listed]
    else:
        pairs = [(e, items[n] if n < len(items) else None) for n, e in enumerate(contents)]
        unlisted = list(items[len(contents) :])
    for entry, item in pairs:
        label = entry.number or entry.title
        if item is None:
            warnings.append(
                Warning(
                    code="contents_item_missing",
                    message=f"the table of contents lists item {label} ({entry.title!r}) "
                    "but the body has no such item",
                    item=entry.number,
                )
            )
        else:
            a, b = _words(entry.title), _words(item.title)
            if a != b and not (a and b.startswith(a)):
                warnings.append(
                    Warning(
                        code="contents_title_differs",
                        message=f"item {item.number or label}: the table of contents says "
                        f"{entry.title!r}, the heading says {item.title!r}",
                        page=item.page_start,
                        item=item.number,
                    )
                )
    for item in unlisted:
        warnings.append(
            Warning(
                code="item_not_in_contents",
                message=f"item {item.number} ({item.title!r}) is not in the table of contents",
                page=item.page_start,
                item=item.number,
            )
        )
    return warnings
