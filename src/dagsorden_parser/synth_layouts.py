"""Many print templates for invented meetings: one seed picks one layout.

Real agendas and minutes come from many publishing systems, each with its own way of printing
an item: ``3. Title``, ``Punkt 3: Title``, ``Pkt. 715``, ``A.3``, a number alone on its line,
a number glued to the title; access marks in the heading, on a line of their own, in group
headings or not at all; case numbers labelled, bare or in parentheses; section headings from
several vocabularies. :func:`make_template` picks one combination from a seed and
:func:`render_text` and :func:`render_pdf` print a :class:`~dagsorden_parser.synth.SynthMeeting`
with it; :func:`expected` gives what a careful reader finds::

    template = make_template(17)
    meeting = layout_meeting(template)
    text = render_text(meeting, template)
    truth = expected(meeting, template)

All text is invented from the word pools of :mod:`dagsorden_parser.synth`. The layout of the
text and of the PDF is the same: text is what a PDF text extractor reads from the page, line by
line (pages separated by form feeds where the template says so).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from .synth import (
    BODY_LEADING,
    BOTTOM,
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    TOP,
    Access,
    Kind,
    SynthItem,
    SynthMeeting,
    SynthSection,
    _width,
    _wrap,
    make_meeting,
)

__all__ = [
    "BASELINE",
    "FEATURES",
    "ItemScore",
    "LaidOutItem",
    "Scoreboard",
    "Template",
    "describe",
    "expected",
    "feature_values",
    "layout_items",
    "layout_meeting",
    "make_template",
    "parse_template",
    "render_pdf",
    "render_text",
    "score_items",
    "score_templates",
    "score_variants",
    "variants",
]

Numbering = Literal[
    "dot",  # 3. Title
    "bare",  # 3 Title
    "colon",  # 3: Title
    "punkt",  # Punkt 3: Title
    "pkt",  # Pkt. 3 Title
    "sag_nr",  # Sag nr. 3 Title
    "paren_access",  # 3 (Åben) Title
    "access_word",  # Åbent punkt 3: Title / åbent 3 Title
    "bullet",  # • 3 Title
    "letter",  # A.3 Title, under letter group headings
    "glued",  # 3Title
    "alone",  # 3 on its own line, the title on the next
]
AccessStyle = Literal["number", "suffix", "prefix", "caps_prefix", "line", "group", "none"]
CaseStyle = Literal["label", "bare", "paren", "none"]
CaseFormat = Literal["emn", "dash", "slash", "year", "kle"]
ContentsStyle = Literal["none", "dots", "plain", "table_text", "table_page"]
HeadingStyle = Literal["bold_large", "bold", "plain"]

NUMBERINGS: tuple[Numbering, ...] = (
    "dot", "bare", "colon", "punkt", "pkt", "sag_nr", "paren_access", "access_word", "bullet",
    "letter", "glued", "alone",
)  # fmt: skip
ACCESS_STYLES: tuple[AccessStyle, ...] = (
    "suffix", "prefix", "caps_prefix", "line", "group", "none",
)  # fmt: skip
CASE_STYLES: tuple[CaseStyle, ...] = ("label", "bare", "paren", "none")
CASE_FORMATS: tuple[CaseFormat, ...] = ("emn", "dash", "slash", "year", "kle")
CONTENTS_STYLES: tuple[ContentsStyle, ...] = ("none", "dots", "plain", "table_text", "table_page")
HEADING_STYLES: tuple[HeadingStyle, ...] = ("bold_large", "bold", "plain")

CASE_LABELS = ("Sags ID:", "Sagsnr.:", "Sag nr.:", "J.nr.:", "Sagsid.:", "Acadre sagsnr.:")

# Lines printed under the heading: (open, closed); None prints nothing for that access.
ACCESS_LINES: tuple[tuple[str | None, str], ...] = (
    ("Åbent punkt", "Lukket punkt"),
    ("Åben sag", "Lukket sag"),
    (None, "Fortroligt"),
    (None, "Ikke offentlig"),
    ("(Åben)", "(Lukket)"),  # drawn last in `make_template`, so earlier seeds keep their lines
)
ACCESS_GROUPS = (("Åben dagsorden", "Lukket dagsorden"), ("Åbne punkter", "Lukkede punkter"))
LETTER_GROUPS = (
    "Sager til afgørelse i {council}",
    "Sager til afgørelse i udvalget",
    "Sager til orientering",
    "Øvrige sager",
)

# Section vocabularies: the meeting's own section headings mapped to what the template prints;
# None leaves the section out, and neighbours mapped to one heading are printed as one section.
# ``{beslutning}`` is the decision heading, with committee and date where the family prints them.
VOCABULARIES: tuple[dict[str, str | None], ...] = (
    {
        "Resumé": "Resumé",
        "Baggrund": "Sagsfremstilling",
        "Sagsfremstilling": "Sagsfremstilling",
        "Høring": "Sagsfremstilling",
        "Tidsplan": "Sagsfremstilling",
        "Økonomiske konsekvenser": "Sagsfremstilling",
        "Indstilling": "Indstilling",
        "Beslutning": "Beslutning",
        "Tidligere beslutninger:": None,
    },
    {
        "Resumé": "Sagsbeskrivelse",
        "Baggrund": "Sagsbeskrivelse",
        "Sagsfremstilling": "Sagsbeskrivelse",
        "Høring": "Sagsbeskrivelse",
        "Tidsplan": "Sagsbeskrivelse",
        "Økonomiske konsekvenser": "Økonomi",
        "Indstilling": "Indstilling",
        "Beslutning": "Beslutning",
        "Tidligere beslutninger:": None,
    },
    {
        "Resumé": "Baggrund",
        "Baggrund": "Baggrund",
        "Sagsfremstilling": "Vurdering",
        "Høring": "Vurdering",
        "Tidsplan": "Vurdering",
        "Økonomiske konsekvenser": "Økonomiske konsekvenser",
        "Indstilling": "Indstilling",
        "Beslutning": "{beslutning}",
        "Tidligere beslutninger:": None,
    },
    {
        "Resumé": "Sagen kort",
        "Baggrund": "Sagens indhold",
        "Sagsfremstilling": "Sagens indhold",
        "Høring": "Sagens indhold",
        "Tidsplan": "Sagens indhold",
        "Økonomiske konsekvenser": "Sagens indhold",
        "Indstilling": "Forslag",
        "Beslutning": "Afgørelse",
        "Tidligere beslutninger:": None,
    },
    {
        "Resumé": "Resumé",
        "Baggrund": "Baggrund",
        "Sagsfremstilling": "Sagsfremstilling",
        "Høring": "Høring",
        "Tidsplan": "Tidsplan",
        "Økonomiske konsekvenser": "Økonomiske konsekvenser",
        "Indstilling": "Indstilling",
        "Beslutning": "Beslutning",
        "Tidligere beslutninger:": "Tidligere beslutninger",
    },
)
# Labels a family prints under every item but no standard vocabulary has, with their text.
FAMILY_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Sagsprocedure", ("Udvalget træffer afgørelse.", "Sagen afgøres i {council}.")),
    ("Redegørelse", ("Sagen fremlægges til udvalgets drøftelse.",)),
    ("Kompetence", ("Udvalget.", "{council}.", "Økonomiudvalget.")),
    ("Behandlingsform", ("Beslutningssag.", "Orienteringssag.")),
)
HEADER_LABELS = (
    ("Mødetidspunkt", "Mødeafholdelse"),
    ("Dato", "Sted"),
    ("Mødedato", "Mødelokale"),
    ("Starttidspunkt", "Mødested"),
)
FONTS = (
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
)
FOOTERS = ("Side {n} af {m}", "Side {n}", "{n}", None)


@dataclass(frozen=True)
class Template:
    """One print template: how a publishing system prints a meeting. See :func:`make_template`."""

    seed: int
    kind: Kind
    n_items: int
    numbering: Numbering
    access_number_words: bool  # access_word numbering: ``Åbent punkt 3:`` (else ``åbent 3``)
    first_number: int
    closed_run: int | None  # a separate run of numbers for closed items, from this number
    access: AccessStyle
    access_line: int  # index into ACCESS_LINES
    access_group: int  # index into ACCESS_GROUPS
    case_style: CaseStyle
    case_label: str
    case_format: CaseFormat
    vocabulary: int  # index into VOCABULARIES
    family_label: int | None  # index into FAMILY_LABELS
    heading_colon: bool
    heading_caps: bool
    print_bilag: bool
    contents: ContentsStyle
    header_columns: Literal[1, 2]
    header_labels: int  # index into HEADER_LABELS
    font: int  # index into FONTS
    body_size: float
    heading_style: HeadingStyle
    running_header: bool
    footer: int  # index into FOOTERS
    item_new_page: bool
    body_traps: bool
    text_form_feeds: bool
    text_wraps_headings: bool  # text keeps a long heading's page wrap (else one line, as on web)

    @property
    def access_in_heading(self) -> bool:
        return self.access in ("number", "suffix", "prefix", "caps_prefix")


# The features a failure can be blamed on, as (name, attribute) pairs of the template.
FEATURES: tuple[str, ...] = (
    "kind",
    "numbering",
    "first_number_1",
    "closed_run",
    "access",
    "case_style",
    "case_label",
    "case_format",
    "vocabulary",
    "family_label",
    "heading_colon",
    "heading_caps",
    "contents",
    "header_columns",
    "font",
    "heading_style",
    "running_header",
    "footer",
    "item_new_page",
    "body_traps",
    "text_form_feeds",
    "text_wraps_headings",
    "header_labels",
    "body_size",
    "print_bilag",
    "access_line",
    "access_group",
    "access_number_words",
)


def feature_values(template: Template) -> dict[str, str]:
    """The template's features as ``name -> value`` strings, for breakdowns of failures."""
    values = {f.name: getattr(template, f.name) for f in fields(template)}
    out = {name: str(values[name]) for name in FEATURES if name in values}
    out["first_number_1"] = str(template.first_number == 1)
    out["closed_run"] = str(template.closed_run is not None)
    out["font"] = FONTS[template.font][0]
    out["footer"] = str(FOOTERS[template.footer])
    out["family_label"] = (
        "None" if template.family_label is None else FAMILY_LABELS[template.family_label][0]
    )
    if template.case_style != "label":
        out["case_label"] = "-"
    if template.case_style == "none":
        out["case_format"] = "-"
    out["header_labels"] = "/".join(HEADER_LABELS[template.header_labels])
    out["access_line"] = "/".join(map(str, ACCESS_LINES[template.access_line]))
    out["access_group"] = "/".join(ACCESS_GROUPS[template.access_group])
    if template.access != "line":
        out["access_line"] = "-"
    if template.access != "group":
        out["access_group"] = "-"
    if template.numbering != "access_word":
        out["access_number_words"] = "-"
    return out


def make_template(seed: int) -> Template:
    """Pick a print template from ``seed``; the same seed gives the same template."""
    rng = random.Random(f"template-{seed}")
    numbering = NUMBERINGS[rng.randrange(len(NUMBERINGS))]
    access: AccessStyle
    if numbering in ("paren_access", "access_word"):
        access = "number"
    else:
        access = ACCESS_STYLES[rng.randrange(len(ACCESS_STYLES))]
    roll = rng.random()
    first = 1 if roll < 0.5 else rng.choice((2, 5, 12, 34, 57, 118, 276, 715))
    closed_run = None
    if numbering != "letter" and rng.random() < 0.2:
        closed_run = rng.choice((1, 101, first + 50))
    case_style = CASE_STYLES[rng.randrange(len(CASE_STYLES))]
    case_label = rng.choice(CASE_LABELS)
    if numbering == "sag_nr" and case_label == "Sag nr.:":
        case_label = "Sagsnr.:"
    heading_style = HEADING_STYLES[rng.randrange(len(HEADING_STYLES))]
    template = Template(
        seed=seed,
        kind=rng.choice(("agenda", "minutes")),
        n_items=rng.randint(3, 12),
        numbering=numbering,
        access_number_words=rng.random() < 0.5,
        first_number=first,
        closed_run=closed_run,
        access=access,
        access_line=rng.randrange(len(ACCESS_LINES) - 1),
        access_group=rng.randrange(len(ACCESS_GROUPS)),
        case_style=case_style,
        case_label=case_label,
        case_format=CASE_FORMATS[rng.randrange(len(CASE_FORMATS))],
        vocabulary=rng.randrange(len(VOCABULARIES)),
        family_label=rng.randrange(len(FAMILY_LABELS)) if rng.random() < 0.3 else None,
        heading_colon=rng.random() < 0.35,
        heading_caps=rng.random() < 0.2,
        print_bilag=rng.random() < 0.6,
        contents=CONTENTS_STYLES[rng.randrange(len(CONTENTS_STYLES))],
        header_columns=rng.choice((1, 2)),
        header_labels=rng.randrange(len(HEADER_LABELS)),
        font=rng.randrange(len(FONTS)),
        body_size=rng.choice((9.0, 10.0, 10.0, 11.0)),
        heading_style=heading_style,
        running_header=rng.random() < 0.5,
        footer=rng.randrange(len(FOOTERS)),
        item_new_page=rng.random() < 0.4,
        body_traps=rng.random() < 0.6,
        text_form_feeds=rng.random() < 0.5,
        text_wraps_headings=rng.random() < 0.5,
    )
    if rng.random() < 0.2:  # `(Lukket)` on a line of its own under the heading
        template = replace(template, access_line=len(ACCESS_LINES) - 1)
    if closed_run is not None and access == "none":
        # closed items numbered apart with nothing to set them apart (`7. Eventuelt` /
        # `1. Salg af grund`, no text under either) read as a list in the last item: a
        # system that numbers them apart prints them under a group heading of their own
        template = replace(template, access="group")
    return template


def layout_meeting(template: Template) -> SynthMeeting:
    """The meeting a template is scored on: invented from the template's seed."""
    return make_meeting(template.seed, template.n_items, template.kind)


@dataclass(frozen=True)
class LaidOutItem:
    """An item as the template prints it: the truth a parser should find."""

    item: SynthItem
    number: str  # as printed, without a trailing dot
    access: Access | None  # None where nothing marks it
    case_id: str | None  # as printed; None where none is printed
    groups: tuple[str, ...]  # group headings printed before this item (access, then letter)
    sections: tuple[SynthSection, ...]  # with the template's headings


def _council(meeting: SynthMeeting) -> str:
    return "Byrådet" if sum(map(ord, meeting.municipality)) % 2 else "Kommunalbestyrelsen"


def _case_id(rng: random.Random, fmt: CaseFormat, year: int) -> str:
    yy = year % 100
    if fmt == "emn":
        return f"EMN-{year}-{rng.randint(100, 99_999):05d}"
    if fmt == "dash":
        return f"{yy:02d}-{rng.randint(1_000, 999_999):06d}"
    if fmt == "slash":
        return f"{yy:02d}/{rng.randint(100, 39_999)}"
    if fmt == "year":
        return f"{year}-{rng.randint(1_000, 999_999):06d}"
    kle = rng.choice(("00.01.00", "01.02.05", "27.69.48", "82.03.00", "17.01.10"))
    return f"{kle}-{rng.choice(('A00', 'G01', 'P20', 'S00'))}-{rng.randint(1, 40)}-{yy:02d}"


def _heading(template: Template, label: str) -> str:
    text = label.upper() if template.heading_caps else label
    return text + ":" if template.heading_colon else text


def _sections(
    template: Template, meeting: SynthMeeting, item: SynthItem, rng: random.Random
) -> tuple[SynthSection, ...]:
    vocabulary = VOCABULARIES[template.vocabulary]
    decision = (
        f"Beslutning i {meeting.committee} den {meeting.start:%d-%m-%Y}"
        if rng.random() < 0.5
        else f"Beslutning {meeting.committee} den {meeting.start:%d-%m-%Y}"
    )
    merged: list[tuple[str, list[str]]] = []
    if template.family_label is not None:
        label, texts = FAMILY_LABELS[template.family_label]
        merged.append((label, [rng.choice(texts).format(council=_council(meeting))]))
    for section in item.sections:
        printed = vocabulary.get(section.heading, section.heading)
        if printed is None:
            continue
        label = printed.replace("{beslutning}", decision)
        paragraphs = list(section.paragraphs)
        if paragraphs == ["."]:
            continue
        if merged and merged[-1][0] == label:
            merged[-1][1].extend(paragraphs)
        else:
            merged.append((label, paragraphs))
    if template.body_traps and len(merged) > 1:
        index = rng.randrange(len(merged))
        merged[index][1].extend(_traps(rng, meeting.start.year))
    if template.print_bilag and item.attachments:
        lines = [
            f"{i}. {a.title}" if rng.random() < 0.5 else f"- {a.title}"
            for i, a in enumerate(item.attachments, start=1)
        ]
        merged.append(("Bilag", lines))
    return tuple(SynthSection(_heading(template, label), text) for label, text in merged)


def _traps(rng: random.Random, year: int) -> list[str]:
    """Body lines that look like items: years and amounts at line start, numbered lists."""
    amount = f"{rng.randint(2, 40)},{rng.randint(0, 9)} mio. kr."
    choices = [
        [
            "Udgiften fordeler sig over årene således:",
            f"{year + 1} {rng.randint(1, 9)},{rng.randint(0, 9)} mio. kr.",
            f"{year + 2} stigende til {amount}",
            f"{year + 3} og frem {rng.randint(10, 19)},{rng.randint(0, 9)} mio. kr. årligt",
        ],
        [f"{amount} afsættes i budgettet til formålet, og resten finansieres af puljen."],
        [
            "Forvaltningen foreslår tre modeller:",
            "1. Uændret serviceniveau",
            "2. Reduceret åbningstid i weekenden",
            "3. Samling af opgaven på én adresse",
        ],
        [
            f"{rng.randint(2, 40)} borgere har indsendt bemærkninger, og {rng.randint(2, 9)} "
            "af dem ønsker et møde med udvalget.",
        ],
        [f"{year} Regnskab {rng.randint(10, 60)},{rng.randint(0, 9)} mio. kr."],
    ]
    picked = rng.sample(range(len(choices)), 2)
    return [line for i in sorted(picked) for line in choices[i]]


def layout_items(meeting: SynthMeeting, template: Template) -> list[LaidOutItem]:
    """The items in printed order with their printed numbers, marks, case numbers, sections."""
    rng = random.Random(f"items-{template.seed}-{meeting.start:%Y%m%d}")
    items = list(meeting.items)
    grouped = template.access == "group" or template.closed_run is not None
    if grouped:
        items = [i for i in items if i.access == "open"] + [
            i for i in items if i.access == "closed"
        ]
    groups: list[list[str]] = [[] for _ in items]
    numbers: list[str] = []
    if template.numbering == "letter":
        n_groups = min(len(items), rng.randint(2, 3))
        cuts = sorted(rng.sample(range(1, len(items)), n_groups - 1)) if n_groups > 1 else []
        bounds = [0, *cuts, len(items)]
        names = rng.sample(LETTER_GROUPS, n_groups)
        for g in range(n_groups):
            letter = "ABC"[g]
            for k, index in enumerate(range(bounds[g], bounds[g + 1]), start=1):
                numbers.append(f"{letter}.{k}")
                if k == 1:
                    name = names[g].format(council=_council(meeting))
                    groups[index].append(f"{letter}. {name}")
    else:
        counter = template.first_number
        closed_counter = template.closed_run
        for item in items:
            if item.access == "closed" and closed_counter is not None:
                numbers.append(str(closed_counter))
                closed_counter += 1
            else:
                numbers.append(str(counter))
                counter += 1
    if template.access == "group":
        open_group, closed_group = ACCESS_GROUPS[template.access_group]
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.access not in seen:
                seen.add(item.access)
                groups[index].insert(0, open_group if item.access == "open" else closed_group)
    out: list[LaidOutItem] = []
    for index, item in enumerate(items):
        access = item.access if _access_printed(template, item.access) else None
        case_id = (
            None
            if template.case_style == "none"
            else _case_id(rng, template.case_format, meeting.start.year - rng.choice((0, 0, 1)))
        )
        sections = _sections(template, meeting, item, rng)
        laid = LaidOutItem(item, numbers[index], access, case_id, tuple(groups[index]), sections)
        out.append(laid)
    return out


def _access_printed(template: Template, access: Access) -> bool:
    """Whether the template prints anything that marks an item with this access."""
    if template.access == "none":
        return False
    if access == "open" and template.access in ("prefix", "caps_prefix"):
        return False
    return not (
        access == "open"
        and template.access == "line"
        and ACCESS_LINES[template.access_line][0] is None
    )


def _access_word(access: Access) -> str:
    return "Åben" if access == "open" else "Lukket"


def _heading_lines(template: Template, laid: LaidOutItem) -> list[str]:
    """The item heading as printed: one line, or the number line then the title line."""
    item = laid.item
    number = laid.number
    title = item.title
    if template.access == "prefix" and item.access == "closed":
        title = f"Lukket: {title}"
    elif template.access == "caps_prefix" and item.access == "closed":
        title = f"LUKKET PUNKT: {title}"
    elif template.access == "suffix":
        title = f"{title} ({_access_word(item.access)})"
    if template.case_style == "paren" and laid.case_id is not None:
        title = f"{title} ({laid.case_id})"
    numbering = template.numbering
    if numbering == "dot":
        return [f"{number}. {title}"]
    if numbering == "bare":
        return [f"{number} {title}"]
    if numbering == "colon":
        return [f"{number}: {title}"]
    if numbering == "punkt":
        return [f"Punkt {number}: {title}"]
    if numbering == "pkt":
        return [f"Pkt. {number} {title}"]
    if numbering == "sag_nr":
        return [f"Sag nr. {number} {title}"]
    if numbering == "paren_access":
        return [f"{number} ({_access_word(item.access)}) {title}"]
    if numbering == "access_word":
        if template.access_number_words:
            word = "Åbent punkt" if item.access == "open" else "Lukket punkt"
            return [f"{word} {number}: {title}"]
        return [f"{'åbent' if item.access == 'open' else 'lukket'} {number} {title}"]
    if numbering == "bullet":
        return [f"• {number} {title}"]
    if numbering == "letter":
        return [f"{number} {title}"]
    if numbering == "glued":
        return [f"{number}{title}"]
    return [number, title]


def _contents_label(template: Template, laid: LaidOutItem) -> str:
    if template.numbering in ("dot", "glued"):
        return f"{laid.number}."
    if template.numbering == "colon":
        return f"{laid.number}:"
    if template.numbering == "paren_access":
        return f"{laid.number} ({_access_word(laid.item.access)})"
    return laid.number


@dataclass(frozen=True)
class _Run:
    x: float
    text: str
    bold: bool = False
    size_step: float = 0.0
    right: bool = False


@dataclass(frozen=True)
class _Line:
    runs: tuple[_Run, ...]
    leading: float
    heading: int = 0  # lines of one wrapped heading share a number above 0


class _Pages:
    """Lines laid out top to bottom on pages, with each item's first page recorded."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.regular, self.bold = FONTS[template.font]
        self.size = template.body_size
        self.leading = BODY_LEADING * self.size / 10.0
        self.pages: list[list[tuple[float, _Line]]] = [[]]
        self.y = TOP
        self.headings = 0

    def font(self, bold: bool) -> str:
        return self.bold if bold else self.regular

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = TOP

    def keep(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def space(self, height: float) -> None:
        if self.y < TOP:
            self.y -= height

    def line(self, runs: Sequence[_Run], leading: float | None = None, heading: int = 0) -> None:
        leading = self.leading if leading is None else leading
        self.keep(leading)
        self.pages[-1].append((self.y - leading * 0.8, _Line(tuple(runs), leading, heading)))
        self.y -= leading

    def text(
        self,
        text: str,
        *,
        bold: bool = False,
        step: float = 0.0,
        x: float = LEFT,
        rest: float = -1,
        heading: bool = False,
    ) -> None:
        rest = x if rest < 0 else rest
        size = self.size + step
        leading = self.leading * size / self.size
        if heading:
            self.headings += 1
        block = self.headings if heading else 0
        for i, part in enumerate(_wrap(text, self.font(bold), size, RIGHT - x, RIGHT - rest)):
            self.line([_Run(x if i == 0 else rest, part, bold, step)], leading, block)

    def page_number(self) -> int:
        return len(self.pages)


def _heading_style(template: Template, large: float) -> tuple[bool, float]:
    if template.heading_style == "bold_large":
        return True, large
    return template.heading_style == "bold", 0.0


def _front(pages: _Pages, meeting: SynthMeeting, template: Template) -> None:
    bold, step = _heading_style(template, 6.0)
    pages.line([_Run(RIGHT, meeting.municipality, right=True)])
    pages.space(8)
    verb = "Dagsorden til" if meeting.kind == "agenda" else "Referat af"
    pages.text(f"{verb} møde i {meeting.committee}", bold=bold, step=step)
    pages.space(10)
    when_label, where_label = HEADER_LABELS[template.header_labels]
    when = meeting.start.strftime("%d-%m-%Y %H:%M")
    if when_label in ("Dato", "Mødedato"):
        when = f"{meeting.start:%d-%m-%Y} kl. {meeting.start:%H:%M}"
    rows = [(when_label, when), (where_label, meeting.location)]
    if meeting.kind == "minutes":
        rows += [
            ("Tilstede", ", ".join(meeting.present)),
            ("Fraværende", ", ".join(meeting.absent)),
        ]
    column = LEFT + 110
    for label, value in rows:
        if template.header_columns == 2:
            lines = _wrap(value, pages.regular, pages.size, RIGHT - column)
            pages.line([_Run(LEFT, label, bold), _Run(column, lines[0])])
            for rest in lines[1:]:
                pages.line([_Run(column, rest)])
        else:
            pages.text(f"{label}: {value}")


def _contents(
    pages: _Pages, laid: Sequence[LaidOutItem], template: Template, item_pages: Sequence[int]
) -> None:
    style = template.contents
    if style == "none":
        return
    bold, step = _heading_style(template, 4.0)
    pages.space(14)
    pages.line([_Run(LEFT, "Indholdsfortegnelse", bold, step)], pages.leading * 1.4)
    pages.space(4)
    if style == "table_text":
        pages.line([_Run(LEFT, "Pkt.", bold), _Run(LEFT + 50, "Tekst", bold)])
    elif style == "table_page":
        pages.line([_Run(LEFT, "Punkt", bold), _Run(RIGHT, "Side", bold, right=True)])
    for index, entry in enumerate(laid):
        label = _contents_label(template, entry)
        title = entry.item.title
        indent = LEFT + 50 if style.startswith("table") else LEFT
        if not style.startswith("table"):
            title = f"{label} {title}"
        room = RIGHT - 40
        lines = _wrap(title, pages.regular, pages.size, room - indent)
        for i, part in enumerate(lines):
            runs = [_Run(indent, part)]
            if i == 0 and style.startswith("table"):
                runs.insert(0, _Run(LEFT, label))
            if i == len(lines) - 1 and style in ("dots", "table_page"):
                page = str(item_pages[index]) if item_pages else "99"
                if style == "dots":
                    start = indent + _width(part, pages.regular, pages.size) + 4
                    count = int((room - start) / _width(".", pages.regular, pages.size))
                    runs.append(_Run(start, "." * max(3, count)))
                runs.append(_Run(RIGHT, page, right=True))
            pages.line(runs)


def _item(pages: _Pages, laid: LaidOutItem, template: Template, meeting: SynthMeeting) -> int:
    bold, step = _heading_style(template, 3.0)
    if template.item_new_page:
        pages.new_page()
    for group in laid.groups:
        pages.space(16)
        pages.keep(pages.leading * 6)
        pages.text(group, bold=bold, step=step, heading=True)
        pages.space(6)
    pages.space(16)
    pages.keep(pages.leading * 5)
    page = pages.page_number()
    for line in _heading_lines(template, laid):
        pages.text(line, bold=bold, step=step, heading=True)
    if template.access == "line":
        words = ACCESS_LINES[template.access_line]
        word = words[0] if laid.item.access == "open" else words[1]
        if word is not None:
            pages.text(word)
    if template.case_style == "label" and laid.case_id is not None:
        pages.text(f"{template.case_label} {laid.case_id}")
    elif template.case_style == "bare" and laid.case_id is not None:
        pages.text(laid.case_id)
    section_bold, section_step = _heading_style(template, 1.0)
    for section in laid.sections:
        pages.space(8)
        pages.keep(pages.leading * 3)
        pages.text(section.heading, bold=section_bold, step=section_step, heading=True)
        for paragraph in section.paragraphs:
            pages.text(paragraph)
            pages.space(3)
    return page


def _layout(
    meeting: SynthMeeting, template: Template
) -> tuple[list[list[tuple[float, _Line]]], list[LaidOutItem], list[int]]:
    laid = layout_items(meeting, template)
    item_pages: list[int] = []
    for _ in range(2):
        pages = _Pages(template)
        _front(pages, meeting, template)
        _contents(pages, laid, template, item_pages)
        if template.contents != "none" or template.item_new_page:
            pages.new_page()
        found = [_item(pages, entry, template, meeting) for entry in laid]
        if found == item_pages:
            break
        item_pages = found
    return pages.pages, laid, item_pages


def _header(meeting: SynthMeeting, template: Template, number: int, total: int) -> list[str]:
    top = ""
    if template.running_header and number > 1:
        top = f"{meeting.committee} | {meeting.start:%d-%m-%Y}"
    footer = FOOTERS[template.footer]
    bottom = "" if footer is None else footer.format(n=number, m=total)
    return [top, bottom]


def _line_text(line: _Line) -> str:
    return " ".join(run.text for run in line.runs if run.text)


def render_text(meeting: SynthMeeting, template: Template) -> str:
    """The meeting as the text a PDF extractor reads from the template's pages."""
    pages, _, _ = _layout(meeting, template)
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        top, bottom = _header(meeting, template, number, len(pages))
        lines = [top] if top else []
        previous = 0
        for _, line in page:
            if line.heading and line.heading == previous and not template.text_wraps_headings:
                lines[-1] += " " + _line_text(line)
            else:
                lines.append(_line_text(line))
            previous = line.heading
        if bottom:
            lines.append(bottom)
        out.append("\n".join(lines))
    return ("\n\f" if template.text_form_feeds else "\n").join(out) + "\n"


def _draw(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw a run; a bullet comes from the Symbol font, whose bullet extractors read back
    (the standard fonts' encoding in reportlab gives it a code that reads as ``(cid:127)``)."""
    parts = text.split("•")
    for i, part in enumerate(parts):
        if i:
            canvas.setFont("Symbol", size)
            canvas.drawString(x, y, "•")
            x += _width("•", "Symbol", size)
            canvas.setFont(font, size)
        if part:
            canvas.drawString(x, y, part)
            x += _width(part, font, size)


def render_pdf(meeting: SynthMeeting, path: Path, template: Template) -> list[int]:
    """Write the meeting as a PDF in the template; return each item's heading page (1-based)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pages, _, item_pages = _layout(meeting, template)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    regular, bold = FONTS[template.font]
    for number, page in enumerate(pages, start=1):
        top, bottom = _header(meeting, template, number, len(pages))
        canvas.setFont(regular, 8)
        if top:
            canvas.drawString(LEFT, PAGE_HEIGHT - 40, top)
        if bottom:
            canvas.drawCentredString(PAGE_WIDTH / 2, 36, bottom)
        for baseline, line in page:
            for run in line.runs:
                font = bold if run.bold else regular
                size = template.body_size + run.size_step
                canvas.setFont(font, size)
                if run.right:
                    canvas.drawRightString(run.x, baseline, run.text)
                else:
                    _draw(canvas, run.x, baseline, run.text, font, size)
        canvas.showPage()
    canvas.save()
    return item_pages


def expected(
    meeting: SynthMeeting, template: Template, pages: Sequence[int] | None = None
) -> dict[str, Any]:
    """What a careful reader finds; ``pages`` (from :func:`render_pdf`) adds each item's page.

    ``number`` is printed without a trailing dot or colon, ``access`` is None where nothing
    marks the item, ``case_id`` is the case number as printed (None where none is), ``title``
    is printed without access marks or case number, ``sections`` are the headings as printed.
    """
    laid = layout_items(meeting, template)
    return {
        "kind": meeting.kind,
        "committee": meeting.committee,
        "start": meeting.start.strftime("%Y-%m-%dT%H:%M"),
        "location": meeting.location,
        "items": [
            {
                "number": entry.number,
                "title": entry.item.title,
                "access": entry.access,
                "case_id": entry.case_id,
                "page": None if pages is None else pages[index],
                "sections": [s.heading for s in entry.sections],
            }
            for index, entry in enumerate(laid)
        ],
    }


def describe(template: Template) -> str:
    """One line naming the template's features, for failure reports."""
    return " ".join(f"{k}={v}" for k, v in feature_values(template).items())


@dataclass(frozen=True)
class ItemScore:
    """How the items a parser found compare with the truth of one document.

    Items are matched on number and title (whitespace collapsed), in order; ``access_ok`` and
    ``case_ok`` count truth items that were matched and have the right access or case id.
    """

    truth: int
    found: int
    matched: int
    access_ok: int
    case_ok: int
    problems: tuple[str, ...]  # the first few differences, for reports

    @property
    def perfect(self) -> bool:
        return self.truth == self.found == self.matched == self.access_ok == self.case_ok


def _key(item: Mapping[str, Any]) -> tuple[str, str]:
    return (str(item.get("number")), " ".join(str(item.get("title")).split()))


def _show(item: Mapping[str, Any]) -> str:
    title = " ".join(str(item.get("title")).split())
    title = title if len(title) <= 50 else title[:47] + "..."
    return (
        f"[{item.get('number')} {title!r} access={item.get('access')} case={item.get('case_id')}]"
    )


def score_items(
    truth: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]], limit: int = 4
) -> ItemScore:
    """Compare found items (dicts with number, title, access, case_id) with the truth."""
    import difflib

    matcher = difflib.SequenceMatcher(
        a=[_key(t) for t in truth], b=[_key(f) for f in found], autojunk=False
    )
    matched = access_ok = case_ok = 0
    problems: list[str] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            for t, f in zip(truth[a0:a1], found[b0:b1], strict=True):
                matched += 1
                access_ok += t["access"] == f.get("access")
                case_ok += t["case_id"] == f.get("case_id")
                if t["access"] != f.get("access"):
                    problems.append(f"access: truth {_show(t)} found {f.get('access')}")
                if t["case_id"] != f.get("case_id"):
                    problems.append(f"case_id: truth {_show(t)} found {f.get('case_id')!r}")
            continue
        for t in truth[a0:a1]:
            problems.append(f"missed {_show(t)}")
        for f in found[b0:b1]:
            problems.append(f"invented {_show(f)}")
    return ItemScore(len(truth), len(found), matched, access_ok, case_ok, tuple(problems[:limit]))


@dataclass
class Scoreboard:
    """Scores over many templates, with failures broken down per template feature."""

    truth: int = 0
    found: int = 0
    matched: int = 0
    access_ok: int = 0
    case_ok: int = 0
    documents: int = 0
    failed: int = 0

    def __post_init__(self) -> None:
        # feature -> value -> [templates, item failures, access failures, case failures]
        self.by_feature: dict[str, dict[str, list[int]]] = {}
        self.examples: dict[tuple[str, str], str] = {}
        self.failures: list[tuple[int, str, ItemScore]] = []

    def record(self, template: Template, score: ItemScore, mode: str = "text") -> None:
        """Add one document's score, counted under each of its template's feature values."""
        self.documents += 1
        self.truth += score.truth
        self.found += score.found
        self.matched += score.matched
        self.access_ok += score.access_ok
        self.case_ok += score.case_ok
        items_bad = not (score.truth == score.found == score.matched)
        flags = (items_bad, score.access_ok < score.matched, score.case_ok < score.matched)
        example = f"seed {template.seed} ({mode}): " + "; ".join(score.problems)
        for name, value in feature_values(template).items():
            row = self.by_feature.setdefault(name, {}).setdefault(value, [0, 0, 0, 0])
            row[0] += 1
            for i, flag in enumerate(flags, start=1):
                row[i] += flag
            if not score.perfect:
                self.examples.setdefault((name, value), example)
        if not score.perfect:
            self.failed += 1
            self.failures.append((template.seed, mode, score))

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.truth if self.truth else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def access_accuracy(self) -> float:
        """Truth items found with the right access (None where none is printed)."""
        return self.access_ok / self.truth if self.truth else 1.0

    @property
    def case_accuracy(self) -> float:
        """Truth items found with the right case id (None where none is printed)."""
        return self.case_ok / self.truth if self.truth else 1.0

    def summary(self) -> str:
        return (
            f"{self.documents} documents, {self.truth} items: "
            f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f}, "
            f"access {self.access_accuracy:.3f}, case id {self.case_accuracy:.3f} "
            f"(of matched items: {self.access_ok / max(1, self.matched):.3f}, "
            f"{self.case_ok / max(1, self.matched):.3f}), "
            f"{self.failed} documents with a difference"
        )

    def breakdown(self, examples: bool = True) -> str:
        """Per feature value: templates, and the share failing on items, access, case id."""
        rows: list[tuple[float, str]] = []
        for name, values in self.by_feature.items():
            for value, (n, items, access, case) in values.items():
                worst = max(items, access, case) / n
                line = (
                    f"{name}={value:<28} n={n:<4} items {items / n:5.0%}  "
                    f"access {access / n:5.0%}  case {case / n:5.0%}"
                )
                if examples and (name, value) in self.examples and worst > 0:
                    line += "\n    e.g. " + self.examples[(name, value)]
                rows.append((-worst, line))
        rows.sort(key=lambda row: row[0])
        return "\n".join(line for _, line in rows)


# A template the parser is expected to read (First Agenda-like); ``variants`` changes one
# feature of it at a time, so that a failure can be blamed on that feature alone.
BASELINE = Template(
    seed=0,
    kind="agenda",
    n_items=8,
    numbering="paren_access",
    access_number_words=True,
    first_number=1,
    closed_run=None,
    access="number",
    access_line=0,
    access_group=0,
    case_style="label",
    case_label="Sags ID:",
    case_format="emn",
    vocabulary=4,
    family_label=None,
    heading_colon=False,
    heading_caps=False,
    print_bilag=True,
    contents="none",
    header_columns=2,
    header_labels=0,
    font=0,
    body_size=10.0,
    heading_style="bold_large",
    running_header=True,
    footer=0,
    item_new_page=True,
    body_traps=False,
    text_form_feeds=True,
    text_wraps_headings=False,
)

_VARIED: dict[str, tuple[Any, ...]] = {
    "numbering": NUMBERINGS,
    "access_number_words": (True, False),
    "first_number": (1, 34, 715),
    "closed_run": (None, 1, 101),
    "access": ACCESS_STYLES,
    "access_line": tuple(range(len(ACCESS_LINES))),
    "access_group": tuple(range(len(ACCESS_GROUPS))),
    "case_style": CASE_STYLES,
    "case_label": CASE_LABELS,
    "case_format": CASE_FORMATS,
    "vocabulary": tuple(range(len(VOCABULARIES))),
    "family_label": (None, *range(len(FAMILY_LABELS))),
    "heading_colon": (False, True),
    "heading_caps": (False, True),
    "print_bilag": (True, False),
    "contents": CONTENTS_STYLES,
    "header_columns": (2, 1),
    "header_labels": tuple(range(len(HEADER_LABELS))),
    "font": tuple(range(len(FONTS))),
    "body_size": (9.0, 10.0, 11.0),
    "heading_style": HEADING_STYLES,
    "running_header": (True, False),
    "footer": tuple(range(len(FOOTERS))),
    "item_new_page": (True, False),
    "body_traps": (False, True),
    "text_form_feeds": (True, False),
    "text_wraps_headings": (False, True),
}


def variants(base: Template = BASELINE) -> list[tuple[str, str, Template]]:
    """``(feature, value, template)`` for every value of every feature, one change at a time.

    Numbering forms that print the access (``paren_access``, ``access_word``) need access
    style ``number``; the others print it as ``line`` when the base prints it in the number,
    and access styles other than ``number`` come with ``dot`` numbering when the base's
    numbering prints the access itself.
    """
    out: list[tuple[str, str, Template]] = []
    for name, values in _VARIED.items():
        for value in values:
            if value == getattr(base, name):
                continue
            changes: dict[str, Any] = {name: value}
            if name == "numbering":
                if value in ("paren_access", "access_word"):
                    changes["access"] = "number"
                elif base.access == "number":
                    changes["access"] = "line"
            elif name == "access":
                if base.access == "number" and value != "number":
                    changes["numbering"] = "dot"
            elif name in ("access_line", "access_group"):
                changes["access"] = "line" if name == "access_line" else "group"
                changes["numbering"] = "dot"
            elif name in ("case_label", "case_format"):
                changes.setdefault("case_style", "label")
            out.append((name, str(value), replace(base, **changes)))
    return out


Mode = Literal["text", "pdf"]


def parse_template(template: Template, mode: Mode, workdir: Path | None = None) -> ItemScore:
    """Print the template's meeting, parse it back (``parse_text`` or ``parse``), score it."""
    from .api import parse, parse_text

    meeting = layout_meeting(template)
    if mode == "text":
        doc = parse_text(render_text(meeting, template), name=f"template-{template.seed}.txt")
        pages = None
    else:
        if workdir is None:
            raise ValueError("pdf mode needs a workdir")
        path = workdir / f"template-{template.seed}.pdf"
        pages = render_pdf(meeting, path, template)
        doc = parse(path)
    found = [
        {"number": i.number, "title": i.title, "access": i.access, "case_id": i.case_id}
        for i in doc.items
    ]
    return score_items(expected(meeting, template, pages)["items"], found)


def score_templates(
    seeds: Sequence[int], mode: Mode = "text", workdir: Path | None = None
) -> Scoreboard:
    """Score the parser over the templates of ``seeds``."""
    board = Scoreboard()
    for seed in seeds:
        template = make_template(seed)
        board.record(template, parse_template(template, mode, workdir), mode)
    return board


def score_variants(
    meetings: int = 5, base: Template = BASELINE
) -> list[tuple[str, str, Scoreboard]]:
    """Score :func:`variants` of ``base`` as text, each on ``meetings`` meetings of both kinds.

    The first row is the base itself (feature ``baseline``).
    """
    rows: list[tuple[str, str, Scoreboard]] = []
    for name, value, template in [("baseline", "-", base), *variants(base)]:
        board = Scoreboard()
        for seed in range(meetings):
            for kind in ("agenda", "minutes"):
                one = replace(template, seed=seed, kind=kind, n_items=3 + (7 * seed) % 10)
                board.record(one, parse_template(one, "text"))
        rows.append((name, value, board))
    return rows
