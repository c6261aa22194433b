"""Which lines open the agenda items: chosen from the document's own evidence.

Every line that could open an item is a candidate: the profile's own heading forms (the
priors of a known publishing system) and every numbered form Danish agenda systems print
(`forms.py`), also a number alone on its line above the title. What follows a candidate
is evidence for it: a case id or an access mark right below it, a section heading before
the next candidate, the same number and title printed earlier (a contents list) and a
heading style that stands out. The items are then the one chain of candidates that hangs
together best: one printed form, numbers that go up (mostly by one), one heading style.
A year, an amount or a numbered list in the body breaks the sequence or the style of the
others and is left out, however much it looks like a heading on its own.

The chain is found by dynamic programming over the candidates in document order, each
looking back at a bounded number of earlier candidates, so the stage runs in time linear
in the number of lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..clean.transcript import is_transcript
from ..models import Access
from ..read.lines import Line
from ..vocabulary import section_kind
from .forms import (
    access_line,
    bare_case_number,
    group_access,
    heading_form,
    heading_marks,
    number_alone,
    title_parts,
)
from .layout import Typography
from .priors import LayoutPriors
from .rules import CONTENTS_START, ItemHeading, contents_line, labelled_case_id
from .titles import label_value
from .untitled import label_runs

#: How many lines below a heading may hold its case id or access mark.
NEAR = 4
#: How many lines below a heading are searched for a section heading.
LOOKAHEAD = 25
#: How many earlier candidates of the same form a candidate may follow (besides the
#: one numbered right before it, which is always found).
WINDOW = 40
#: What a numbered list in the body (entries on adjacent lines) loses as headings.
BODY_LIST = 3.0
#: What a title in lower case loses: it is most often a sentence of an item's text.
LOWER_CASE = 2.5
#: How many opening lines are searched for the words of a meeting document.
HEAD_LINES = 100
#: What a chain loses for leaving all the body before its first item unclaimed.
LATE_START = 3.0
#: Least total evidence for a chain to be taken as the document's items.
MIN_CHAIN = 1.0
#: The key group of headings printed without a number (counted in document order).
UNNUMBERED = 99
#: Longest title an item heading has; longer lines are prose.
MAX_TITLE = 250

# `Dagsorden`, `Referat`, `Mødedato`, `Beslutningsprotokol`: a meeting document says so.
_MEETING = re.compile(
    r"dagsorden|referat|beslutningsprotokol|protokol|mødedato|mødetidspunkt|mødested|"
    r"^møde\s(?:i|den|nr)\b|indholdsfortegnelse|^punkt\s\d|sagsnr|tilstede|fraværende|afbud",
    re.I,
)
# `Dagsorden`, `Dagsordenspunkter`, `Sagsoversigt`: a list of the items under its heading;
# `Pkt. Tekst Side`: the column heads over one.
_LIST_HEADING = re.compile(
    r"^(?:dagsorden|dagsordenspunkter|sagsoversigt|punkter)\s*:?(?:\s+side)?$"
    r"|^pkt\.?\s+tekst(?:\s+side)?$",
    re.I,
)
# `Borgmester Frank Jensen (A)`: a member of a list of people, not a title.
_PERSON = re.compile(
    r"^(?:[A-ZÆØÅ][a-zæøå]+\s)?[A-ZÆØÅ][\w.-]+(?:\s[A-ZÆØÅ][\w.-]+){1,4},?\s?\([A-ZÆØÅ]{1,2}\)$"
)
# `5 til Kommuneplan 2023`: a number, then a title's words in lower case.
_NUMBER_THEN_LOWER = re.compile(r"^\d{1,4}\s[a-zæøå]")
# `Eventuelt 4`: a contents line's page number after the title.
_PAGE_AFTER = re.compile(r"\s\d{1,3}$")
# `mio. kr.`, `t.kr.`, `%`: a line about amounts, not a title.
_AMOUNT = re.compile(r"\b(?:mio|mia|t)\.\s?kr\b|\bkr\.\s?\d|\d\s?%", re.I)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A line that could open an item, with what speaks for and against it."""

    index: int
    #: Lines the heading takes: 2 when the number stands alone above the title.
    span: int
    heading: ItemHeading
    form: str
    #: The number as a sortable key: (group, number, sub-number).
    key: tuple[int, int, int]
    evidence: float
    #: The style of the heading line (bold, size), where the document has typography.
    style: tuple[bool, float]
    #: The same number and title stand again further down: a contents entry.
    listed: bool = False
    #: The same number and title stand further up: an item the contents lists.
    confirmed: bool = False
    #: A case number in the heading or on a line right below it.
    cased: bool = False


def item_candidates(
    lines: Sequence[Line], typography: Typography, priors: LayoutPriors
) -> list[Candidate]:
    """Every line that could open an item, with its own evidence (not yet its chain's)."""
    found: list[Candidate] = []
    first_section = next(
        (i for i, line in enumerate(lines) if len(line.text) <= 100 and section_kind(line.text)),
        len(lines),
    )
    unnumbered: dict[str, int] = {}
    emphasis = typography.known and any(typography.stands_out(line) for line in lines)
    pages = _transcript_pages(lines)
    labels = learned_labels(lines)
    for i in range(len(lines)):
        if i in pages:
            continue
        candidate = _candidate(lines, i, typography, priors, emphasis, labels)
        if candidate is None:
            continue
        if candidate.heading.number is None:  # a form without numbers: counted in order
            count = unnumbered[candidate.form] = unnumbered.get(candidate.form, 0) + 1
            candidate = replace(candidate, key=(UNNUMBERED, count, 0))
        found.append(candidate)
    found = _counted_when_all_alike(_inside_label_runs(found, label_runs(lines, priors)))
    listed = _with_listings(lines, _lists_in_the_body(found, first_section), first_section)
    return _repeating_unnumbered_contents(lines, listed)


#: Shortest title (letters and digits) that must recur for a body heading to repeat a
#: contents line.
REPEATED_TITLE = 15


def _repeating_unnumbered_contents(
    lines: Sequence[Line], candidates: list[Candidate]
) -> list[Candidate]:
    """Contents whose first numbers were lost (`Indholdsfortegnelse` / `Title` / ... / `10`
    / `Title`): the body starts at the first heading below it whose title repeats a
    contents line that opens no item of its own; the numbered lines above it are entries."""
    if any(c.confirmed for c in candidates):
        return candidates
    head = next((i for i, line in enumerate(lines) if CONTENTS_START.match(line.text)), None)
    if head is None:
        return candidates
    opening = {c.index for c in candidates} | {c.index + 1 for c in candidates if c.span == 2}
    seen: dict[str, int] = {}
    for i in range(head + 1, len(lines)):
        if i not in opening:
            seen.setdefault(_title_key(lines[i].text), i)
    for n, c in enumerate(candidates):
        key = _title_key(c.heading.title)
        if c.index > head and len(key) >= REPEATED_TITLE and seen.get(key, c.index) < c.index:
            return [*candidates[:n], replace(c, confirmed=True), *candidates[n + 1 :]]
    return candidates


#: Fewest times a short line must recur to be taken for a label of the document's own.
LABEL_REPEATS = 3
#: Longest label learned from the document.
LABEL_LENGTH = 40
# `Referat:`, `Behandling:`: the label word of a `Label:` line (its value may follow).
_LABEL = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøå -]{1,38}):")


def _label_key(text: str) -> str:
    m = _LABEL.match(text.strip())
    return (m["label"] if m else text.strip()).casefold()


def learned_labels(lines: Sequence[Line]) -> frozenset[str]:
    """Short lines that recur under many items (`Referat:`, `Behandlingsform`) head a part
    of each item, whether or not the vocabulary knows the word."""
    counts: dict[str, int] = {}
    for line in lines:
        text = line.text.strip()
        m = _LABEL.match(text)
        if m is None and not (
            text[:1].isupper() and len(text) <= LABEL_LENGTH and len(text.split()) <= 3
        ):
            continue
        if any(ch.isdigit() for ch in text) or text.endswith("."):
            continue
        key = _label_key(text)
        counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n >= LABEL_REPEATS)


def _transcript_pages(lines: Sequence[Line]) -> set[int]:
    """The lines of a web transcript that hold its page numbers (1, 2, 3 ... alone on
    their lines, one per transcript page): no item opens there."""
    if not is_transcript([line.text for line in lines[:HEAD_LINES]]):
        return set()
    found, page = set(), 0
    for i, line in enumerate(lines):
        text = line.text.strip()
        if text.isdigit() and int(text) in (page + 1, page + 2):
            found.add(i)
            page = int(text)
    return found


def body_start(candidates: Sequence[Candidate]) -> int:
    """Where the body starts when a contents list is printed: at the first heading that
    repeats a listed number and title (0 when nothing is listed twice)."""
    return next((c.index for c in candidates if c.confirmed), 0)


def group_lines(lines: Sequence[Line]) -> list[int]:
    """How many group headings (`Lukkede dagsordenspunkter`) stand before each line."""
    counts, seen = [], 0
    for line in lines:
        counts.append(seen)
        seen += group_access(line.text)[0]
    return counts


def meeting_words(lines: Sequence[Line]) -> bool:
    """Whether the document's opening says it is a meeting document (`Dagsorden`,
    `Referat`, `Mødedato`, `Beslutningsprotokol` ...)."""
    return any(_MEETING.search(line.text) for line in lines[:HEAD_LINES])


def choose_items(
    candidates: Sequence[Candidate],
    typography: Typography,
    groups: Sequence[int] = (),
    *,
    meeting: bool = True,
) -> list[Candidate]:
    """The chain of candidates that hangs together best (see the module docstring), in
    the body (after a contents list that the body repeats); the heading style of a first
    choice is then held against candidates in another style. In a document that does not
    call itself a meeting document, a numbered list that nothing confirms is no agenda."""
    start = body_start(candidates)
    candidates = [c for c in candidates if c.index >= start]
    first = _best_chain(candidates, groups)
    if not meeting and not any(c.evidence >= 1.0 for c in first):
        return []
    if not first or not typography.known:
        return first
    styles: dict[tuple[bool, float], int] = {}
    for c in first:
        styles[c.style] = styles.get(c.style, 0) + 1
    style, count = max(styles.items(), key=lambda kv: kv[1])
    if count * 2 <= len(first):
        return first
    restyled = [
        replace(c, evidence=c.evidence + (0.5 if c.style == style else -1.0)) for c in candidates
    ]
    return _best_chain(restyled, groups)


def _candidate(
    lines: Sequence[Line],
    i: int,
    typography: Typography,
    priors: LayoutPriors,
    emphasis: bool,
    labels: frozenset[str] = frozenset(),
) -> Candidate | None:
    line = lines[i]
    text = line.text.strip()
    if not text or len(text) > MAX_TITLE + 20:
        return None
    span = 1
    prior = priors.match_item(contents_line(text).title if _dotted(text) else text)
    generic = heading_form(text)
    if prior is not None and prior.number is not None and _key(prior.number) is None:
        prior = None  # a number the sequence cannot read: the generic form decides
    if prior is not None and prior.number is None and generic is not None:
        prior = None
    if prior is not None and prior.number is None and not priors.confirm(lines, i, prior):
        prior = None  # an unnumbered heading form counts only where the profile confirms it
    heading = prior or generic
    if (
        prior is not None
        and generic is not None
        and prior.number == generic.number
        and len(generic.title) < len(prior.title)
        and generic.title in prior.title
    ):  # the generic form took an access mark or a case number off the title
        heading = replace(
            prior,
            title=generic.title,
            access=prior.access or generic.access,
            case_id=prior.case_id or generic.case_id,
        )
    # the printed shape names the form, whichever rule read the line
    form = generic.rule if generic else (f"prior:{prior.rule}" if prior else "")
    above = False
    if heading is None:
        alone = number_alone(text)
        following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if alone is None:
            return None
        numbered = heading_form(following)
        if (
            _title_like(following)
            and not (label_value(following) and _title_above(lines, i))
            # (`2` over `2: Title` is a page number above the heading, not its number)
            and (numbered is None or numbered.number != alone[0])
        ):
            title, access, case_id = title_parts(following)
            heading = ItemHeading(alone[0], title, access, alone[1], case_id)
            form, span = alone[1], 2
        elif alone[1] != "alone:" and _title_above(lines, i):  # `Spørgetid` / `Sag nr. 129`
            heading = ItemHeading(alone[0], lines[i - 1].text.strip(), None, alone[1])
            form, above = alone[1], True
        else:
            return None
    elif (
        heading.rule.startswith("label:")
        and _BRACKETS.match(heading.title)
        and _title_above(lines, i)
    ):  # `Spørgetid` / `Sag nr. 41 (ØU 58/2010)`
        heading = replace(heading, title=lines[i - 1].text.strip())
        above = True
    elif (
        heading.rule.startswith("label:")
        and _BRACKETS.match(heading.title)
        and i + 1 < len(lines)
        and _title_like(lines[i + 1].text.strip())
    ):  # `Pkt. 2 (Kasper)` / `Title`: the presenter in brackets, the title on the next line
        heading = replace(heading, title=lines[i + 1].text.strip())
        span = 2
    form = _family(form)
    key = _key(heading.number) if heading.number is not None else (UNNUMBERED, 0, 0)
    if key is None:
        return None
    if heading.access is None:  # `Lukket punkt`, `Ikke offentlig` on a line just below
        heading = replace(heading, access=_access_below(lines[i + span : i + span + NEAR]))
    evidence = _evidence(
        lines, i, span, heading, typography, priors, prior is not None, emphasis, labels
    )
    style = (line.bold, round(line.size)) if typography.known else (False, 0.0)
    cased = heading.case_id is not None or _case_below(lines[i + span : i + span + NEAR], priors)
    if above:  # the item opens at its title, printed above its number
        return Candidate(i - 1, 2, heading, form, key, evidence, style, cased=cased)
    return Candidate(i, span, heading, form, key, evidence, style, cased=cased)


def _case_below(below: Sequence[Line], priors: LayoutPriors) -> bool:
    """A case number on a line right below a heading (`Sagsnr.: 24/1187`, `24-031107`,
    `(EMN-2020-95692)` wrapped from the heading), before any next heading."""
    for n, line in enumerate(below):
        text = line.text.strip()
        if heading_form(text) is not None or number_alone(text) is not None:
            return False
        marks = heading_marks(text)
        if (
            labelled_case_id(text)
            or bare_case_number(text)
            or priors.case_id(text, first=n == 0)
            or (marks is not None and marks[1] is not None)
        ):
            return True
    return False


def _family(form: str) -> str:
    """Forms that differ only in what transcripts and web pages lose (the dot after the
    number, the space before the title, the label's wording) are one form."""
    if form.startswith(("label:", "alone:label")) or form in ("alone:punkt", "alone:pkt"):
        return "label"
    if form in ("number", "number.", "glued", "number_access", "number_paren_access", "sub"):
        return "numeric"  # `3. Title`, `3 Title`, `3.Title`, `4. Lukket punkt: Title`, `3.1 Title`
    if form.startswith("alone:"):
        return "alone"
    return form


def _opens_next(text: str) -> bool:
    return heading_form(text) is not None or number_alone(text) is not None


def _label_of_next(lines: Sequence[Line], k: int) -> bool:
    """`Lukket sag:` right above the next item's number: a label of the item below, not a
    mark of the one above."""
    return (
        lines[k].text.rstrip().endswith(":")
        and k + 1 < len(lines)
        and _opens_next(lines[k + 1].text)
    )


def _access_below(below: Sequence[Line]) -> Access | None:
    """The access mark on a line right below a heading, before any next heading."""
    for k, line in enumerate(below):
        if _opens_next(line.text) or _label_of_next(below, k):
            return None
        access = access_line(line.text)
        if access is not None:
            return access
    return None


def _dotted(text: str) -> bool:
    return "..." in text or "…" in text


# `(ØU 58/2010)`: nothing after an item number but a reference in brackets.
_BRACKETS = re.compile(r"^\([^()]{1,40}\)$")


def _title_above(lines: Sequence[Line], i: int) -> bool:
    """The line above an item number printed without its title is the title (`Spørgetid`
    over `Sag nr. 129`): a short line that reads as a title and opens nothing else."""
    if i == 0:
        return False
    above = lines[i - 1].text.strip()
    return (
        _title_like(above)
        and not above.endswith((".", ":"))
        and heading_form(above) is None
        and access_line(above) is None
        and group_access(above)[0] is False
    )


def _title_like(text: str) -> bool:
    """A line that can be the title below a number printed alone."""
    return (
        bool(text)
        and len(text) <= MAX_TITLE
        and (text[0].isupper() or text[0].isdigit() or text[0] in '"“«')
        and section_kind(text) is None
        and labelled_case_id(text) is None
        and bare_case_number(text) is None
        and number_alone(text) is None
        and access_line(text) is None
        and not group_access(text)[0]  # `Åbne punkter` heads a group, it is no title
    )


def _key(number: str | None) -> tuple[int, int, int] | None:
    """`12` -> (0, 12, 0); `A.3` -> (1, 3, 0); `1.2` -> (0, 1, 2)."""
    if number is None:
        return None
    if number.isdigit():
        return (0, int(number), 0)
    group, _, rest = number.partition(".")
    if len(group) == 1 and group.isalpha() and rest.isdigit():
        return (ord(group.upper()) - ord("A") + 1, int(rest), 0)
    if group.isdigit() and rest.isdigit():
        return (0, int(group), int(rest))
    return None


def _evidence(
    lines: Sequence[Line],
    i: int,
    span: int,
    heading: ItemHeading,
    typography: Typography,
    priors: LayoutPriors,
    prior: bool,
    emphasis: bool,
    labels: frozenset[str] = frozenset(),
) -> float:
    """What the line itself and the lines below it say for (and against) an item here."""
    line = lines[i]
    title = heading.title
    score = 0.0
    if prior:
        score += (
            (2.0 if priors.name != "generic" else 0.5) if priors.confirm(lines, i, heading) else 0.0
        )
    if typography.known:
        # body text where the document sets its headings apart counts against a heading
        score += 1.0 if typography.stands_out(line) else (-1.0 if emphasis else 0.0)
    if heading.access is not None:
        score += 0.5
    if heading.case_id is not None:
        score += 1.5
    if title[:1].islower():
        score -= LOWER_CASE
    if len(title) > MAX_TITLE or (_sentence(title) and len(title) > 60):
        score -= 1.5
    if _AMOUNT.search(title):
        score -= 1.0
    if _PERSON.match(title):
        score -= 1.5
    if _year(heading.number):
        score -= 1.0
    if _dotted(line.text) and contents_line(line.text).page is not None:
        score -= 1.0
    below = lines[i + span : i + span + LOOKAHEAD]
    for n, following in enumerate(below):
        text = following.text.strip()
        marks = heading_marks(text) if n < NEAR else None
        if n < NEAR and (
            labelled_case_id(text)
            or bare_case_number(text)
            or priors.case_id(text, first=n == 0)
            or (marks is not None and marks[1] is not None)  # `(22/34612)` wrapped below
        ):
            score += 1.5
            break
        if n < NEAR and (access_line(text) or priors.access(text)):
            if not _label_of_next(below, n):
                score += 1.0
            break
        if n == 0 and _ABBREVIATION_END.search(title) and _NUMBER_THEN_LOWER.match(text):
            continue  # `... tillæg nr.` / `5 til Kommuneplan 2023`: the title goes on
        if heading_form(text) is not None or number_alone(text) is not None:
            break
        if len(text) <= 100 and (
            section_kind(text) or priors.section_kind(text) or _label_key(text) in labels
        ):
            score += 1.0
            break
    return score


# `tillæg nr.`, `jf.`, `pkt.`: an abbreviation, where a wrapped title breaks off.
_ABBREVIATION_END = re.compile(r"\s(?:nr|pkt|jf|ca|vedr)\.$", re.I)


def _prose(title: str) -> bool:
    """A list entry of running text: a sentence, or a clause ending in `,` or `;`."""
    return title.endswith((",", ";")) or _sentence(title) or title[:1].islower()


def _sentence(title: str) -> bool:
    """A sentence of running prose: five words or more, ending in a full stop after a word."""
    return (
        title.endswith(".")
        and title[-2:-1].isalnum()
        and len(title.split()) >= 5
        and not _ABBREVIATION_END.search(title)  # `... og tillæg nr.`: broken, not ended
    )


def _title_key(title: str) -> str:
    """A title compared across the contents and the body: lower case, letters and
    digits only, cut to the length a contents list keeps."""
    return re.sub(r"[\W_]+", "", _PAGE_AFTER.sub("", title).casefold())[:24]


#: The forms a numbered list in running text takes (never `Pkt. 3` or `Sag nr. 3`).
_LIST_FORMS = frozenset({"numeric", "number:", "number)", "bullet", "alone"})


def _counted_when_all_alike(candidates: list[Candidate]) -> list[Candidate]:
    """A form whose every heading prints the same number (`1.` each time: a web page that
    starts every one-item list again), each confirmed by what follows, is counted in
    document order."""
    by_form: dict[str, list[int]] = {}
    for n, c in enumerate(candidates):
        by_form.setdefault(c.form, []).append(n)
    out = list(candidates)
    for members in by_form.values():
        confirmed = [candidates[n].key for n in members if candidates[n].evidence >= 1.0]
        if len(confirmed) < LABEL_REPEATS:
            continue
        key = max(set(confirmed), key=confirmed.count)
        if confirmed.count(key) * 5 < len(confirmed) * 4 or len(set(confirmed)) == len(confirmed):
            continue
        alike = [n for n in members if candidates[n].key == key]
        for count, n in enumerate(alike, start=1):
            out[n] = replace(candidates[n], key=(UNNUMBERED, count, 0))
    return out


def _inside_label_runs(
    candidates: list[Candidate], runs: tuple[Sequence[int], Sequence[int]]
) -> list[Candidate]:
    """A form whose every line stands in the middle of a run of section labels, in more
    than one run, is a list in the items' text (`Resume` / `Indstilling` / ` 1. Rådet
    godkender ...` / `Beslutning`: untitled items, each recommending one point), not their
    headings: a heading stands before the first label of its run."""
    labels, starts = runs
    if len(starts) < 2:
        return candidates
    opens = set(starts)
    seen: dict[str, set[int]] = {}  # the runs each form's lines stand in; -1: outside
    for c in candidates:
        after = bisect_left(labels, c.index)  # the first label from the candidate's line on
        run = bisect_left(starts, c.index)  # the runs opened above it
        inside = run > 0 and after < len(labels) and labels[after] not in opens
        seen.setdefault(c.form, set()).add(run if inside else -1)
    inner = {form for form, found in seen.items() if -1 not in found and len(found) >= 2}
    return [
        replace(c, evidence=c.evidence - BODY_LIST) if c.form in inner else c for c in candidates
    ]


def _lists_in_the_body(candidates: list[Candidate], first_section: int) -> list[Candidate]:
    """A candidate on the line next to one of the same form numbered one apart is an
    entry of a numbered list; below the first section heading such a list is part of an
    item's text (`1. Godkende politikken` / `2. Sende politikken i høring`)."""

    def adjacent(a: Candidate, b: Candidate) -> bool:
        return (
            a.form == b.form
            and abs(a.index - b.index) <= max(a.span, b.span)
            and abs(a.key[1] - b.key[1]) == 1
        )

    listed = [
        c.form in _LIST_FORMS
        and any(adjacent(o, c) for o in candidates[max(0, n - 1) : n] + candidates[n + 1 : n + 2])
        for n, c in enumerate(candidates)
    ]
    # `14 Lukket: Køb af ejendom` / `15 Eventuelt`: headings printed one under the other
    # (items without text) whose numbers go on from a heading above that is no list entry
    # are items; a list in the body starts from 1, or goes on from entries of its own
    last: dict[tuple[str, tuple[int, int, int]], int] = {}  # the latest heading of a number
    n = 0
    while n < len(candidates):
        end = n + 1
        while (
            listed[n] and end < len(candidates) and adjacent(candidates[end - 1], candidates[end])
        ):
            end += 1
        c = candidates[n]
        before = last.get((c.form, (c.key[0], c.key[1] - 1, c.key[2])))
        if (
            listed[n]
            and c.key[1] > 1
            and before is not None
            and candidates[before].evidence >= 1.0
            and all(
                candidates[k].key[1] == c.key[1] + k - n and not _prose(candidates[k].heading.title)
                for k in range(n, end)
            )
        ):
            for k in range(n, end):
                listed[k] = False
        for k in range(n, end):
            if not listed[k]:
                last[(candidates[k].form, candidates[k].key)] = k
        n = end
    return [
        replace(c, evidence=c.evidence - BODY_LIST) if listed[n] and c.index > first_section else c
        for n, c in enumerate(candidates)
    ]


def _with_listings(
    lines: Sequence[Line], candidates: list[Candidate], first_section: int
) -> list[Candidate]:
    """A candidate whose number and title stand again further down is a listing (a
    contents entry); the later one is an item the contents confirms."""
    # a contents list stands above the first section, and above the first heading that
    # its own lines confirm (a case id or a section below it)
    first_strong = next(
        (
            c.index
            for c in candidates
            if c.evidence >= 1.5 and contents_line(lines[c.index].text).page is None
        ),
        len(lines),
    )
    limit = min(first_section, first_strong)
    seen: dict[tuple[tuple[int, int, int], str], int] = {}
    pairs: list[tuple[int, int]] = []
    for n, c in enumerate(candidates):
        # `3 Title` on one line, or `3.` alone with its title on the next line
        if c.span > 2 or (c.span == 2 and not c.form.startswith("alone")):
            continue
        if _year(c.heading.number) or not c.heading.title:
            continue
        token = (c.key, _title_key(c.heading.title))
        if token not in seen and c.index > limit:
            continue
        if token in seen:
            pairs.append((seen[token], n))
        seen[token] = n
    # the body starts at the first heading the contents listed; a list printed twice
    # inside the body (a programme in the Resumé and again in the Baggrund) lists nothing,
    # and one repeated line (`1. Godkendt`) is no contents unless a contents heading says so
    start = 0
    listings = sorted(a for a, _ in pairs)
    keys: set[tuple[int, int, int]] = set()
    headed = False
    taken = 0
    for b in sorted(b for _, b in pairs):
        while taken < len(listings) and listings[taken] < b:  # the listings above b
            a = listings[taken]
            keys.add(candidates[a].key)
            headed = (
                headed
                or _contents_heading(lines, candidates[a].index)
                or _in_listing(candidates, a)
            )
            taken += 1
        if len(keys) >= 2 or headed:
            start = b
            break
    listed = {a for a, b in pairs if start and a < start}
    confirmed = {b for a, b in pairs if start and a < start}
    if not start:  # a contents list that lost its numbers still prints the titles
        start = _listed_title(lines, candidates)
        confirmed = {start} if start else confirmed
    # below the contents, a heading with a listed number but another title is body text
    first_listed = min(listed, default=start)
    contents = {
        c.key: _title_key(c.heading.title)
        for c in candidates[first_listed:start]
        if start and c.span == 1
    }
    differs = {
        n
        for n, c in enumerate(candidates)
        if start
        and n >= start
        and n not in confirmed
        and c.key in contents
        and not _same_title(contents[c.key], _title_key(c.heading.title))
    }
    out = []
    for n, c in enumerate(candidates):
        bonus = (1.5 if n in confirmed else 0.0) - (1.5 if n in listed else 0.0)
        bonus -= 2.0 if n in differs else 0.0
        out.append(
            replace(c, evidence=c.evidence + bonus, listed=n in listed, confirmed=n in confirmed)
        )
    return out


#: Shortest title key that names an item in a contents list without numbers.
LISTED_TITLE = 12


def _listed_title(lines: Sequence[Line], candidates: Sequence[Candidate]) -> int:
    """`1  Åbent  Kommuneplan 2013 - juni` below `Indholdsfortegnelse` / `Kommuneplan 2013 -
    juni`: the first heading that an item's text confirms, whose title the contents print
    (there without a number), is where the body starts (its position, 0 for none)."""
    strong = next((n for n, c in enumerate(candidates) if c.evidence >= 1.5), 0)
    if not strong:
        return 0
    heading = candidates[strong]
    key = _title_key(heading.heading.title)
    if len(key) < LISTED_TITLE:
        return 0
    for i in range(heading.index - 1):
        if _title_key(lines[i].text) == key and _contents_heading(lines, i):
            return strong
    return 0


#: Fewest entries, line after line, that make a list of items (a contents list without a
#: heading or page numbers).
LISTING_RUN = 3
#: Most lines from one entry of such a list to the next (a number alone, its title, a page).
LISTING_STEP = 3


def _in_listing(candidates: Sequence[Candidate], n: int) -> bool:
    """Candidate `n` opens a run of entries of its form numbered one after another, printed
    line after line with nothing between them (`1 Title` / `2 Title` / `3 Title`): a list
    of the items, so its entry printed again below is the item it lists."""
    run, last = 1, candidates[n]
    for c in candidates[n + 1 :]:
        if c.index - last.index > LISTING_STEP + last.span - 1:
            break
        if c.form != last.form or c.key[1] != last.key[1] + 1:
            continue
        run, last = run + 1, c
        if run >= LISTING_RUN:
            return True
    return False


def _contents_heading(lines: Sequence[Line], index: int) -> bool:
    """`Indholdsfortegnelse`, `Dagsorden` (or another contents heading) a little above."""
    return any(
        CONTENTS_START.match(line.text.strip()) or _LIST_HEADING.match(line.text.strip())
        for line in lines[max(0, index - 8) : index]
    )


def _same_title(listed: str, printed: str) -> bool:
    """A contents title and a body title agree (a contents list may cut a long title)."""
    size = min(len(listed), len(printed))
    return size > 0 and listed[:size] == printed[:size]


def _year(number: str | None) -> bool:
    """`2025`: a year at the start of a line, not an item number."""
    return bool(number and number.isdigit() and 1900 <= int(number) <= 2100)


def _step(before: tuple[int, int, int], after: tuple[int, int, int]) -> float | None:
    """What it says for two headings that one follows the other: the next number, a gap,
    or (None) a number that does not go up."""
    if after <= before:
        return None
    group_a, major_a, minor_a = before
    group_b, major_b, minor_b = after
    if group_a == group_b:
        if (major_a, minor_a + 1) == (major_b, minor_b) or (major_a + 1, 0) == (major_b, minor_b):
            return 1.0
        if major_a == major_b or (major_b == major_a + 1 and minor_b <= 1):
            return 0.5  # a sub-point, or the next point after sub-points
        gap = major_b - major_a - 1
        return -min(2.5, 0.5 + 0.4 * gap)
    return 1.0 if major_b <= major_a + 1 or major_b == 1 else 0.0  # the next letter group


def _best_chain(candidates: Sequence[Candidate], groups: Sequence[int] = ()) -> list[Candidate]:
    """The highest-scoring chain of candidates of one form with rising numbers; below a
    group heading (`Lukkede dagsordenspunkter`) the numbers may start again from 1."""
    best: list[float] = []
    back: list[int] = []
    by_form: dict[str, list[int]] = {}
    by_key: dict[tuple[str, tuple[int, int, int]], int] = {}
    top: dict[str, int] = {}
    first_line = candidates[0].index if candidates else 0
    span = max(1, (candidates[-1].index if candidates else 0) - first_line)
    for j, c in enumerate(candidates):
        # a chain that starts late leaves the body above its first item to no item
        score, previous = c.evidence - LATE_START * (c.index - first_line) / span, -1
        earlier = by_form.setdefault(c.form, [])
        window = earlier[-WINDOW:]
        found = by_key.get((c.form, (c.key[0], c.key[1] - 1, 0)))
        for i in (found, top.get(c.form)):  # the number before; the best chain so far
            if i is not None and i not in window:
                window = [i, *window]
        for i in window:
            step = _step(candidates[i].key, c.key)
            if step is None and c.key[1] == 1 and groups:
                between = groups[c.index] - groups[candidates[i].index]
                step = 0.5 if between > 0 else None
            elif (
                step is not None
                and step < 0
                and groups
                and groups[c.index] > groups[candidates[i].index]
            ):
                step = 0.5  # `Lukket dagsorden` / `101 Title`: a new group numbers from anywhere
            before = candidates[i]
            if c.heading.access == "closed" != before.heading.access:
                # closed items numbered in a run of their own (`101`, `1`)
                step = 0.5 if step is None else max(step, 0.5)
            if (
                (step is None or step < 0)
                and c.cased
                and before.cased
                and c.key[0] == before.key[0]
                and c.key[1] != before.key[1]
            ):
                step = 0.0  # a run of its own (`Sag nr. 51`, `1.`), each heading over a case number
            if step is not None and step < 0 and c.form == "label":
                step = max(step, -0.5)  # `Pkt. 7` then `Pkt. 101`: a labelled number jumps
            if step is None:
                continue
            total = best[i] + step + c.evidence
            if total > score:
                score, previous = total, i
        best.append(score)
        back.append(previous)
        earlier.append(j)
        held = by_key.get((c.form, c.key))
        if held is None or best[held] <= score:
            by_key[(c.form, c.key)] = j
        if c.form not in top or best[top[c.form]] < score:
            top[c.form] = j
    if not best:
        return []
    end = max(range(len(best)), key=lambda j: best[j])
    if best[end] < MIN_CHAIN:
        return []
    chain = []
    while end != -1:
        chain.append(candidates[end])
        end = back[end]
    return chain[::-1]
