"""Outline stage: the cleaned lines are split, without loss, into the parts of a
meeting document: header, table of contents, and items with their sections.

Every input line lands in exactly one place, in order (`Outline.lines()` gives
them back), so nothing is silently dropped between extraction and the models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..clean.text import join_lines
from ..models import SectionKind
from ..read.lines import Line
from ..vocabulary import dated_treatment, section_kind
from .forms import (
    access_line,
    bare_case_number,
    group_access,
    heading_form,
    heading_marks,
    number_alone,
    title_parts,
)
from .infer import (
    Candidate,
    choose_items,
    group_lines,
    item_candidates,
    learned_labels,
    meeting_words,
)
from .labels import label_of, recurring_headings, recurring_labels
from .layout import Typography, line_pitch
from .priors import LayoutPriors
from .rules import CONTENTS_START, NO_ATTACHMENTS, ItemHeading, contents_line, labelled_case_id
from .single import single_item
from .titles import file_line
from .untitled import untitled_starts

#: Longest line that can be a section heading.
MAX_HEADING_LENGTH = 100
#: What the document shows of its own section headings: labels of its own (`Oplæg:`),
#: recurring headings (`Sagsgang og sagstype`), and the bold `Label:` lines that are text.
Own = tuple[frozenset[str], frozenset[str], frozenset[str]]


@dataclass(frozen=True, slots=True)
class SectionOutline:
    heading: Line
    kind: SectionKind
    body: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class ItemOutline:
    heading: ItemHeading
    heading_lines: tuple[Line, ...]
    preamble: tuple[Line, ...]
    sections: tuple[SectionOutline, ...]
    #: The heading lines from here on continue the title (2 when the number stands
    #: alone above the title, which the heading already holds).
    title_from: int = 1

    def lines(self) -> tuple[Line, ...]:
        out = [*self.heading_lines, *self.preamble]
        for section in self.sections:
            out += [section.heading, *section.body]
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Outline:
    header: tuple[Line, ...]
    contents: tuple[Line, ...]
    items: tuple[ItemOutline, ...]
    #: Text after the contents that no item heading claims (a layout not recognised).
    unplaced: tuple[Line, ...] = ()

    def lines(self) -> tuple[Line, ...]:
        out = [*self.header, *self.contents]
        for item in self.items:
            out += item.lines()
        return (*out, *self.unplaced)


def outline(lines: Sequence[Line], typography: Typography, profile: LayoutPriors) -> Outline:
    """Split lines into header, contents and items (see the module docstring)."""
    candidates = item_candidates(lines, typography, profile)
    chain = choose_items(candidates, typography, group_lines(lines), meeting=meeting_words(lines))
    if chain and _is_listing(chain, lines):
        chain = []  # a contents list with no body after it: its entries are the items
    elif not chain:  # no numbered headings: items told apart by their runs of sections
        chain = [
            Candidate(
                i,
                0,
                ItemHeading(None, "", None, "untitled"),
                "untitled",
                (0, n, 0),
                0.0,
                (False, 0.0),
            )
            for n, i in enumerate(untitled_starts(lines, profile))
        ]
        single = single_item(lines) if not chain and meeting_words(lines) else None
        if single is not None:  # a page of one item: its title below the page's labels
            index, span, heading = single
            chain = [Candidate(index, span, heading, "single", (0, 1, 0), 0.0, (False, 0.0))]
    first_item = chain[0].index if chain else None
    before = first_item if first_item is not None else len(lines)
    contents_start = next(
        (
            i
            for i, line in enumerate(lines[:before])
            # a group heading (`A. Sager til afgørelse i byrådet`) opens the list of items
            if CONTENTS_START.match(line.text)
            or profile.group(line.text) is not None
            or _list_heading(lines, i)
        ),
        None,
    )
    listing = next((c.index for c in candidates if c.listed and c.index < before), None)
    if listing is not None and (contents_start is None or listing < contents_start):
        contents_start = listing
    header_end = min(x for x in (contents_start, first_item, len(lines)) if x is not None)
    header = tuple(lines[:header_end])
    contents = tuple(lines[header_end:before])
    if first_item is None:
        end = header_end + _contents_extent(contents)
        return Outline(
            header=header,
            contents=tuple(lines[header_end:end]),
            items=(),
            unplaced=tuple(lines[end:]),
        )
    items = []
    labels = recurring_labels(lines)
    words = recurring_headings(lines, [c.index for c in chain])
    learned = learned_labels(lines)
    # `Tidsplan:` in bold inside a section is a label in the text, where the document
    # prints its section headings without a colon
    colon_in_text = _colon_labels_in_text(lines, typography)
    for n, chosen in enumerate(chain):
        end = chain[n + 1].index if n + 1 < len(chain) else len(lines)
        part = lines[chosen.index : end]
        own = (labels, words, colon_in_text)
        items.append(_item(part, typography, profile, chosen, own, learned))
    return Outline(header=header, contents=contents, items=tuple(items))


def _is_listing(chain: Sequence[Candidate], lines: Sequence[Line]) -> bool:
    """The chosen headings are a contents list: printed line after line, most of them
    ending in a page number (`Godkendelse af dagsorden 4`), so nothing of an item's own
    (a case id, a section) stands below any of them."""
    first, last = chain[0].index, chain[-1].index
    if len(chain) < 2 or last - first + 1 > 2 * len(chain):
        return False
    paged = sum(contents_line(lines[c.index].text).page is not None for c in chain)
    return paged * 3 >= len(chain) * 2


# `Dagsorden`, `Dagsorden:`: a heading word alone on its line.
_LIST_HEADING = re.compile(r"^dagsorden\s*:?$", re.I)
# `1. Title`, `2 Title`: the first entries of a numbered list.
_LIST_ENTRY = re.compile(r"^(?P<number>\d{1,3})\.?\s+\S")


def _list_heading(lines: Sequence[Line], index: int) -> bool:
    """`Dagsorden` right above a list `1. Title`, `2. Title`: the list of items (a web
    page prints it where a PDF prints its table of contents)."""
    if not _LIST_HEADING.match(lines[index].text):
        return False
    following = [_LIST_ENTRY.match(line.text) for line in lines[index + 1 : index + 3]]
    return [m["number"] if m else None for m in following] == ["1", "2"]


def _contents_extent(lines: Sequence[Line]) -> int:
    """How many lines the contents take when no item heading follows them.

    On paged sources the contents end with the first later page on which most
    lines do not end in a page number; plain text has no pages to tell by.
    """
    if not lines or lines[0].page is None:
        return len(lines)
    first_page = lines[0].page
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.page is not None:
            pages.setdefault(line.page, []).append(line)
    for page, page_lines in sorted(pages.items()):
        listed = sum(contents_line(line.text).page is not None for line in page_lines)
        if page != first_page and listed * 2 < len(page_lines):
            return next(n for n, line in enumerate(lines) if line.page == page)
    return len(lines)


def _item(
    lines: Sequence[Line],
    typography: Typography,
    profile: LayoutPriors,
    chosen: Candidate,
    own: Own = (frozenset(), frozenset(), frozenset()),
    learned: frozenset[str] = frozenset(),
) -> ItemOutline:
    """One item's outline; `own`: what the document shows of its own section headings."""
    labels, words, colon_in_text = own
    first = lines[0]
    heading = chosen.heading
    n = chosen.span
    if n and typography.known and typography.stands_out(first):  # a long title wraps onto
        # following lines in the same style
        while (
            n < len(lines)
            and lines[n].page == first.page
            and typography.same_style(lines[n], first)
            # `Resumé` right below is a section; `videre proces` continues the title
            and (lines[n].text[:1].islower() or section_kind(lines[n].text) is None)
            and lines[n].top - lines[n - 1].top <= 1.6 * line_pitch(first)
        ):
            n += 1
    elif n and not typography.known and _wraps(lines[n:], profile):
        n = len(lines)  # a list entry whose title a transcript broke over short lines
    elif n:  # a title in body style (or plain text) wrapped onto a line in lower case
        while n < min(len(lines), chosen.span + 2) and _continues(
            lines[n].text, profile, lines[n - 1].text
        ):
            n += 1
        if n == chosen.span and _short_tail(lines, n, profile, learned):
            n += 1  # `Bækkeslev`, `2019`: the last words of a long title, then its marks
    title_from = chosen.span
    if n < len(lines):
        marks = heading_marks(lines[n].text)
        if marks is not None:  # `(Åben) (EMN-2020-95692)` wrapped below the title
            # the lines between the heading and its marks go into its title
            title, access, case_id = title_parts(
                join_lines([heading.title, *(line.text for line in lines[chosen.span : n])])
            )
            heading = replace(
                heading,
                title=title,
                access=heading.access or access or marks[0],
                case_id=heading.case_id or case_id or marks[1],
            )
            n += 1
            title_from = n
    preamble, sections = _parts(lines[n:], typography, profile, (frozenset(), words, colon_in_text))
    if not sections and labels:  # no known section: the document's own labels head them
        preamble, sections = _parts(lines[n:], typography, profile, own)
    return ItemOutline(
        heading=heading,
        heading_lines=tuple(lines[:n]),
        preamble=tuple(preamble),
        sections=tuple(SectionOutline(h, k, tuple(body)) for h, k, body in sections),
        title_from=min(title_from, n),
    )


def _parts(
    lines: Sequence[Line],
    typography: Typography,
    profile: LayoutPriors,
    own: Own,
) -> tuple[list[Line], list[tuple[Line, SectionKind, list[Line]]]]:
    """An item's text below its heading cut at its section headings: (preamble, sections);
    `own`: the document's labels (`Oplæg:`), recurring headings (`Sagsgang og sagstype`),
    and the bold `Label:` lines that are text (the headings take no colon)."""
    labels, words, colon_in_text = own
    preamble: list[Line] = []
    sections: list[tuple[Line, SectionKind, list[Line]]] = []
    for line in lines:
        kind = _section_heading(line, typography, profile, labels)
        if kind is None and line.text.strip().casefold() in words:
            kind = SectionKind.OTHER
        if kind is not None and sections and _listed_treatment(sections[-1][1], line.text):
            kind = None  # `Udvalget, 7. maj 2025, pkt. 12:` in the list of earlier treatments
        if line.bold and line.text.strip().casefold() in colon_in_text:
            kind = None
        if kind is not None:
            sections.append((line, kind, []))
        elif sections:
            sections[-1][2].append(line)
        else:
            preamble.append(line)
    return preamble, sections


def _listed_treatment(current: SectionKind, text: str) -> bool:
    """A body's dated treatment printed inside `Tidligere beslutninger`: an entry of that
    section's list (its sub-heading), not a section of its own."""
    return current is SectionKind.PREVIOUS_DECISIONS and dated_treatment(text)


#: Most lines a title broken by a transcript runs on over.
TITLE_WRAP = 4
#: Longest line that continues such a title.
WRAP_LENGTH = 80


# `3 til Kommuneplan 2024`: a title broken after `tillæg nr.`, its number on the next line.
_NUMBER_THEN_LOWER = re.compile(r"^\d{1,4}\s[a-zæøå]")
# `- status og videre proces`: a title broken before the dash of its second part.
_DASH_THEN_LOWER = re.compile(r"^[-–]\s[a-zæøå]")


# `... til seniorer i` / `Bækkeslev`, `... til Kommuneplan` / `2019`: a line that stops at
# a small word (or before a year) was broken by the page width in mid-phrase.
_BROKEN_AFTER = re.compile(
    r"\s(?:i|og|til|for|af|ved|på|om|med|fra|samt|mellem|efter|under|over|nr\.)$", re.I
)
#: A heading line at least this long was wrapped by the page width.
WRAPPED_AT = 45
#: Longest tail of a wrapped title.
TAIL = 40
#: Most words in a tail that ends a title without a mark after it.
TAIL_WORDS = 3
# `2019`: a year alone on its line, the end of a title such as `... Kommuneplan 2019`.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# `2019`, `2024/25`, `2018-2022`: a year or a span of years.
_YEARS = re.compile(r"^(?:19|20)\d\d(?:[/-]\d{2,4})?$")
# `Engtoften`, `Nørreå`, `Bækkeslev-Nord`: a capitalised name, no digits.
_NAME = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅa-zæøå][a-zæøåéü]*)?$")


def _short_tail(
    lines: Sequence[Line], n: int, profile: LayoutPriors, labels: frozenset[str]
) -> bool:
    """A long heading line, then a short line, then what opens an item's text (a section
    heading, a case id, an access mark): the short line ends the title."""
    if n + 1 >= len(lines):
        return False
    head, tail, after = lines[n - 1].text, lines[n].text.strip(), lines[n + 1].text.strip()
    rest, access, case_id = title_parts(tail)
    # `Bækkeslev (2021-255402)`, `Kløvermarken (Åben)`: the title's end and its marks
    marked = (case_id is not None or access is not None) and bool(rest) and tail.endswith(")")
    broken = _BROKEN_AFTER.search(head) is not None  # the line stopped at `til`, `og`, `i` ...
    opens = _opens_text(after, profile)
    longest = WRAP_LENGTH if broken and opens else TAIL
    if (
        not tail
        or len(rest if marked else tail) > longest
        or tail.endswith((".", ":"))
        or _opens_text(tail, profile)
    ):
        return False
    form = heading_form(tail)  # (`2019 (Åben)` is a year, no item 2019)
    if (form is not None and not _YEAR.match(form.number or "")) or (
        number_alone(tail) is not None and not _YEAR.match(tail)
    ):
        return False
    if broken or (marked and (case_id is not None or len(head) >= WRAPPED_AT)):
        return True  # (an access mark alone ends a title only under a line the width broke)
    # `Engtoften`, `Nørreå Spejderne`, `2019`, `2024/25`, `Nord - status og videre proces`:
    # a name or a year (and a lower-case part after a dash) under a line the page width
    # broke, then what opens an item's text (a word that recurs under the items is a label)
    name, dash, part = tail.partition(" - ")
    words = name.split()
    return (
        len(head) >= WRAPPED_AT
        and opens
        and 0 < len(words) <= TAIL_WORDS
        and (_YEARS.match(name) is not None or all(_NAME.match(word) for word in words))
        and (not dash or part[:1].islower())
        and access_line(words[0]) is None
        and tail.casefold() not in labels
    )


def _opens_text(text: str, profile: LayoutPriors) -> bool:
    """A section heading, a case id or an access mark: what follows an item's title."""
    return bool(
        section_kind(text)
        or profile.section_kind(text)
        or labelled_case_id(text)
        or bare_case_number(text)
        or access_line(text)
        or heading_marks(text)
    )


def _continues(text: str, profile: LayoutPriors, above: str = "") -> bool:
    """`vedtagelse`: the rest of a title that wrapped, in lower case (no section, no mark)."""
    text = text.strip()
    return (
        bool(text)
        and (
            text[0].islower()
            or _NUMBER_THEN_LOWER.match(text) is not None
            or _DASH_THEN_LOWER.match(text) is not None
        )
        and len(text) <= WRAP_LENGTH
        and not text.endswith((".", ":"))
        and not file_line(text)  # `application/pdf icon forslag.pdf`: a link below
        # `... - status og` / `videre proces`: section words in lower case under a line
        # broken at a small word go on with the title
        and (
            (text[0].islower() and _BROKEN_AFTER.search(above) is not None)
            or (section_kind(text) is None and profile.section_kind(text) is None)
        )
    )


def _wraps(rest: Sequence[Line], profile: LayoutPriors) -> bool:
    """Nothing but a few short fragments before the next item (`på` / `8,158` / `mio. kr.
    til legepladsprojekt`): the rest of the title, not the item's text."""
    texts = [line.text.strip() for line in rest]
    return (
        0 < len(texts) <= TITLE_WRAP
        and (texts[0][:1].islower() or texts[0][:1].isdigit())  # broken mid-sentence
        and not any(t.isdigit() for t in texts)
        and all(len(t) <= WRAP_LENGTH and not t.endswith((".", ":")) for t in texts)
        and not any(section_kind(t) or profile.section_kind(t) or group_access(t)[0] for t in texts)
        and not any(bare_case_number(t) or access_line(t) or profile.group(t) for t in texts)
        and not any(heading_form(t) or file_line(t) for t in texts)
    )


def _section_heading(
    line: Line,
    typography: Typography,
    profile: LayoutPriors,
    labels: frozenset[str] = frozenset(),
) -> SectionKind | None:
    """The kind of section a line opens, or None for body text.

    With typography, a heading is a short bold line in known words, or a short
    line set larger than the body. Without it, only known words count. A label of
    the document's own (`Oplæg:` recurring under the items) counts in any style.
    """
    text = line.text
    if len(text) > MAX_HEADING_LENGTH or text.endswith((".", ",", ";")):
        return None
    kind = section_kind(text) or profile.section_kind(text)
    if labels and label_of(text, labels):
        return kind or SectionKind.OTHER
    label, colon, value = text.partition(":")
    if kind is None and colon and NO_ATTACHMENTS.match(value.strip()):
        kind = section_kind(label)  # `Bilag: Ingen`, a heading with its (empty) content
    if not typography.known and kind is None and _CAPITALS.match(text.strip()):
        return SectionKind.OTHER  # `BAGGRUND FOR SAGENS FREMLÆGGELSE`: set in capitals
    if not typography.known or (profile.plain_sections and profile.section_kind(text)):
        return kind
    if typography.larger(line) and (line.bold or kind is not None):
        return kind or SectionKind.OTHER
    if line.bold and kind is not None:
        return kind
    if kind is SectionKind.DECISION and _DATED.search(text):
        return kind  # `Xs beslutning den 04.12.2012`: dated, a heading in any style
    return None


#: Fewest bold section headings without a colon that set the document's style.
COLON_STYLE = 5


def _colon_labels_in_text(lines: Sequence[Line], typography: Typography) -> frozenset[str]:
    """Bold `Label:` lines that are labels in the text: where the document's bold section
    headings (in known words) are printed without a colon, at least `COLON_STYLE` of them
    and four in five, a bold line ending in a colon that the document prints only once
    (`Tidsplan:`; a `Tidligere beslutninger:` under every item is a heading of its own)."""
    if not typography.known:
        return frozenset()
    plain = 0
    colon: dict[str, int] = {}
    for line in lines:
        text = line.text.strip()
        if line.bold and len(text) <= MAX_HEADING_LENGTH and section_kind(text) is not None:
            if text.endswith(":"):
                colon[text.casefold()] = colon.get(text.casefold(), 0) + 1
            else:
                plain += 1
    if plain < COLON_STYLE or sum(colon.values()) * 4 > plain:
        return frozenset()
    return frozenset(text for text, count in colon.items() if count == 1)


# `BAGGRUND FOR SAGENS FREMLÆGGELSE`: three words or more in capitals, letters only.
_CAPITALS = re.compile(r"^[A-ZÆØÅ]{2,20}(?:\s[A-ZÆØÅ]{2,20}){2,7}$")
# `04.12.2012`, `30-11-2022`, `25. september 2006`: a date in a decision heading.
_DATED = re.compile(r"\b\d{1,2}[-.]\d{1,2}[-.]\d{2,4}\b|\b\d{1,2}\.\s?[a-zæøå]{3,9}\s\d{4}\b")
