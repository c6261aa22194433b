"""Lines that run several headings together, cut where the item numbers run.

Web transcripts of old PDFs print a whole page as one line: `... 73. Strukturplan for
sygehusvæsenet J.nr.: A09 Sagsfremstilling: ... 74. Dispensation fra lokalplan ...`.
Inside such a line an item number is a number followed by a capitalised word; on its
own that is no evidence (`den 15. Marts`, `§ 3 Stk`), but the numbers that open items
run in order through the whole document (73, 74, 75 ...). So the numbers of all long
lines are chained as the structure stage chains headings, and a long line is cut before
each number of the chain (and of a second chain over the same numbers: the contents
list and the body both print them), and the piece that opens with it is cut again after
its title, at the first label that opens an item's text (`J.nr.:`, `Sagsfremstilling`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from ..clean.transcript import is_transcript
from ..read.lines import Line
from ..vocabulary import section_kind

#: How many lines at the top show a web transcript's frame.
TRANSCRIPT_HEAD = 40
#: A line at least this long is a run of several printed lines.
LONG = 200
#: Fewest numbers in a chain worth cutting at.
MIN_RUN = 3
#: How many earlier numbers a number may follow in a chain.
WINDOW = 30

# `73. Strukturplan`, `12 Budget`: a number before a capitalised word, not inside a
# number (`1.234`, `12/3`) and not after `kl.`, `side`, `nr.`, `pkt.`, `§`.
_TOKEN = re.compile(
    r"(?:(?<=\s)|^)(?<!kl\.\s)(?<!side\s)(?<!side:\s)(?<!nr\.\s)(?<!pkt\.\s)(?<!§\s)"
    r"(?P<number>\d{1,4})(?P<dot>\.?)\s(?=[A-ZÆØÅ\"“][a-zæøåA-ZÆØÅ])",
    re.I,
)
# Where an item's title ends in a run: the first label of its text.
_TITLE_END = re.compile(
    r"\s(?=(?:J\.\s?nr\.?|Journal\s?nr\.?|Sagsnr\.?|Sags\s?nr\.?|Sagsid\.?|Sags\s?ID|"
    r"Acadre sagsnr\.?|"
    r"Dok\.\s?nr\.?|Sagsbehandler|Sagsfremstilling|Sagsbeskrivelse|Sagens\s|Resum[eé]|"
    r"Baggrund|Indstilling|Beslutning|Forvaltningens|Administrationens|Åben sag|"
    r"Lukket sag|Åbent punkt|Lukket punkt|Bilag|Økonomi)\b)"
)


# `Ingen spørgsmål72/2. Title`: a double running number glued to the end of the text above
# (an HTML export that runs each decision into the next heading).
_GLUED_SLASH = re.compile(r"(?<=[a-zæøå.)])(?=\d{1,4}/\d{1,3}\.\s[A-ZÆØÅ])")
# `71/1. Title` at the start of a line: the form the glued headings repeat.
_SLASH_HEADING = re.compile(r"^\d{1,4}/\d{1,3}\.\s[A-ZÆØÅ]")


def split_glued_headings(lines: Sequence[Line]) -> list[Line]:
    """Lines cut before a heading `72/2. Title` glued to the text above it, where the
    document prints that form at the start of a line too (its own evidence)."""
    if not any(_SLASH_HEADING.match(line.text.strip()) for line in lines):
        return list(lines)
    out: list[Line] = []
    for line in lines:
        cuts = [m.start() for m in _GLUED_SLASH.finditer(line.text)]
        bounds = [0, *cuts, len(line.text)]
        out += [
            replace(line, text=line.text[a:b].strip())
            for a, b in itertools.pairwise(bounds)
            if line.text[a:b].strip()
        ] or [line]
    return out


# `Sag nr. 22 Title`, `Saq nr. 23 Title` (a misread `g`) inside a run: a labelled number.
_LABEL_TOKEN = re.compile(r"(?:(?<=\s)|^)Sa[gq]\snr\.\s(?P<number>\d{1,4})\s(?=[A-ZÆØÅ])")
# `Punkt 325 minTitle`: the item's number, then the minutes it is given, run together
# (a school board's Word table: item 3, 25 minutes), the title glued to `min`.
_MINUTES_RUN = re.compile(
    r"^(?P<label>punkt|pkt\.?)\s?(?P<digits>\d{2,5})\s?min\.?\s?(?P<title>[A-ZÆØÅ\"“].*)$",
    re.I,
)
#: Most minutes an item is given.
MAX_MINUTES = 180


def _minutes_split(digits: str, expected: int) -> tuple[str, str] | None:
    """`325` -> (`3`, `25`): the number and the minutes (a multiple of 5), the number that
    runs on from the item before first, else the shortest."""
    splits = [
        (digits[:k], digits[k:])
        for k in range(1, len(digits))
        if digits[k] != "0" and int(digits[k:]) % 5 == 0 and int(digits[k:]) <= MAX_MINUTES
    ]
    return next((s for s in splits if int(s[0]) == expected), splits[0] if splits else None)


def split_allotted_minutes(lines: Sequence[Line]) -> list[Line]:
    """`Punkt 325 minTitle` read as `Punkt 3 Title`, its time `(25 min)` on a line of its
    own, where at least two headings of the document print the form."""
    if sum(1 for line in lines if _MINUTES_RUN.match(line.text.strip())) < 2:
        return list(lines)
    out: list[Line] = []
    expected = 1
    for line in lines:
        m = _MINUTES_RUN.match(line.text.strip())
        split = _minutes_split(m["digits"], expected) if m else None
        if m is None or split is None:
            out.append(line)
            continue
        number, minutes = split
        expected = int(number) + 1
        out += [
            replace(line, text=f"{m['label']} {number} {m['title']}"),
            replace(line, text=f"({minutes} min)"),
        ]
    return out


def split_runs(lines: Sequence[Line]) -> list[Line]:
    """Long lines cut before the item numbers that run through them (see the module),
    and at the section labels run into them (`Sagsfremstilling: ...`); in a transcript,
    also a shorter line before the first numbers run into it; and before the headings
    glued to the text above them; an item number run into its allotted minutes is cut."""
    lines = split_allotted_minutes(split_glued_headings(lines))
    out: list[Line] = []
    before = ""
    # a web transcript of a PDF runs each page's labels into its text (a scan's run-on
    # lines are left whole: their labels may be the text's own words)
    transcript = is_transcript([line.text for line in lines[:TRANSCRIPT_HEAD]])
    for line, run in _numbers_cut(list(lines)):
        if transcript:  # every line of a transcript is a piece of a run-together page
            labelled = (
                run_in_labels(line.text, after_label=before.endswith(":"))
                if run or _LABEL_FIRST.match(line.text)
                else []
            )
            parts = [p for part in labelled or [line.text] for p in _dateless_decision(part)]
        else:
            parts = _restart_cut(line.text)
        out += [line] if parts == [line.text] else [replace(line, text=p) for p in parts]
        before = line.text
    return _glued_first_numbers(out) if transcript else out


#: How many lines below glued numbers the next number must open a line.
GLUED_REACH = 20
# `1. Godkendelse`: a dotted item number before a capitalised word, inside a line.
_GLUED = re.compile(r"(?<=\s)(?<!kl\.\s)(?<!nr\.\s)(?P<number>\d{1,3})\.\s(?=[A-ZÆØÅ][a-zæøå])")
# `3. Title`: a dotted item number opening a line.
_OPENING = re.compile(r"^(?P<number>\d{1,3})\.\s(?=[A-ZÆØÅ\"])")


def _glued_first_numbers(lines: list[Line]) -> list[Line]:
    """`Afbud: Referent: Anne Bo 1. Title 2. Title`, a transcript line of the header that
    runs the first items in, and `3. Title` opening a line below: the line is cut before
    each of the numbers 1, 2 ... that lead up to the number opening the line below."""
    out: list[Line] = []
    for n, line in enumerate(lines):
        found = list(_GLUED.finditer(line.text)) if len(line.text) < LONG else []
        run: list[re.Match[str]] = []
        for m in found:
            if int(m["number"]) == len(run) + 1:
                run.append(m)
        after = len(run) + 1
        below = (_OPENING.match(x.text) for x in lines[n + 1 : n + 1 + GLUED_REACH])
        if not run or not any(b is not None and int(b["number"]) == after for b in below):
            out.append(line)
            continue
        cuts = [0, *(m.start() for m in run), len(line.text)]
        out += [
            replace(line, text=piece)
            for a, b in itertools.pairwise(cuts)
            if (piece := line.text[a:b].strip())
        ]
    return out


# `10. Eventuelt1. Orientering om byggeriet`: the last entry of a list of the items run
# into the first item's heading (a web page's list above the items).
_RESTART = re.compile(r"^(?P<last>\d{1,3}\.\s\S.{0,200}?[a-zæøå])(?P<first>1\.\s[A-ZÆØÅ].*)$")


def _restart_cut(text: str) -> list[str]:
    """A list entry and the first item heading run together, cut apart."""
    m = _RESTART.match(text)
    return [m["last"], m["first"]] if m else [text]


# `Sagsfremstilling: text`, `Bilag: title`, `Økonomiske konsekvenser: text`: a section
# label with its text run on after the colon.
_RUN_IN_LABEL = re.compile(r"(?<!\S)(?P<label>[A-ZÆØÅ][a-zæøå]{2,30}(?: [a-zæøå]{2,20}){0,2}):\s")
# `2. ` right before a label: the label opens an item's title (`2. Beslutning: Budget`);
# `Sagen afgøres i: ` right before it: a grid of labels whose values follow them all.
_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,4}[.:]?\s*$|:\s*$")
# `Meddelelser...21`: a contents entry and its page, whose titles may start with a label.
_DOT_LEADER = re.compile(r"\.\.\.\s?\d")  # fixed length: linear in a run of dots


# `Beslutning Økonomiudvalget den Godkendt.`: a decision heading whose date the transcript
# lost, run into the decision (`den` then a capitalised word, not a date).
_DATELESS_DECISION = re.compile(
    r"^(?P<heading>[Bb]eslutning(?:er)?\s\S.{0,80}?\sden)\s(?P<rest>[A-ZÆØÅ][a-zæøå].*)$"
)


def _dateless_decision(text: str) -> list[str]:
    """`Beslutning Udvalget den Godkendt.` -> the heading and the decision."""
    m = _DATELESS_DECISION.match(text)
    return [m["heading"], m["rest"]] if m else [text]


# `Sagsfremstilling: Ved brev af ...`: a transcript line that opens with a label and
# runs its text on after the colon.
_LABEL_FIRST = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,30}:\s\S")


def run_in_labels(text: str, *, after_label: bool = False) -> list[str]:
    """A run-together line cut before and after each known section label in it (`... Til
    orientering Bilag: Pjecen` -> `... Til orientering`, `Bilag`, `Pjecen`); the label
    loses its colon, as a heading on a line of its own prints none. A label right after
    an item number starts a title; right after another label, it is a field of a grid;
    in a contents line (dot leaders) it starts a title. `after_label`: the piece of the
    run before this one ended in a label's colon."""
    if _DOT_LEADER.search(text):
        return [text]
    cuts = [
        m
        for m in _RUN_IN_LABEL.finditer(text)
        if section_kind(m["label"]) is not None
        and not _NUMBER_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
        and not (after_label and m.start() == 0)
    ]
    if not cuts:
        return [text]
    out = [text[: cuts[0].start()].strip()]
    for n, m in enumerate(cuts):
        end = cuts[n + 1].start() if n + 1 < len(cuts) else len(text)
        out += [m["label"], text[m.end() : end].strip()]
    return [part for part in out if part]


def _numbers_cut(lines: list[Line]) -> list[tuple[Line, bool]]:
    """Each line, or the pieces of a long line cut at its item numbers; True for the
    pieces of a long line (a run of printed lines, which may also run labels in)."""
    tokens: list[tuple[int, int, int, bool]] = []  # (line, offset, number, dotted)
    for n, line in enumerate(lines):
        if len(line.text) < LONG:
            continue
        tokens += [
            (n, m.start(), int(m["number"]), bool(m["dot"])) for m in _TOKEN.finditer(line.text)
        ]
        # `Sag nr. 22 Title` in a page's line: a labelled number counts as a dotted one
        tokens += [(n, m.start(), int(m["number"]), True) for m in _LABEL_TOKEN.finditer(line.text)]
    tokens.sort()
    first = _chain(tokens) if len(tokens) >= MIN_RUN else []
    taken = set(first) if len(first) >= MIN_RUN else set()
    if taken:
        rest = [t for t in tokens if t not in taken]
        second = _chain(rest) if rest else []  # every number is in the first chain
        numbers = {t[2] for t in first}
        if len(second) >= MIN_RUN and len({t[2] for t in second} & numbers) * 2 >= len(second):
            taken |= set(second)
    by_line: dict[int, list[int]] = {}
    for n, offset, _, _ in taken:
        by_line.setdefault(n, []).append(offset)
    out: list[tuple[Line, bool]] = []
    for n, line in enumerate(lines):
        offsets = sorted(by_line.get(n, []))
        if not offsets:
            out.append((line, len(line.text) >= LONG))
            continue
        bounds = [0, *offsets, len(line.text)]
        for start, end in itertools.pairwise(bounds):
            piece = line.text[start:end].strip()
            if not piece:
                continue
            title_end = _TITLE_END.search(piece) if start in offsets else None
            if title_end is not None and title_end.start() > 3:
                head, tail = piece[: title_end.start()], piece[title_end.start() :]
                out += [(replace(line, text=head.strip()), True)]
                out += [(replace(line, text=tail.strip()), True)]
            else:
                out.append((replace(line, text=piece), True))
    return out


def _chain(tokens: Sequence[tuple[int, int, int, bool]]) -> list[tuple[int, int, int, bool]]:
    """The longest run of numbers going up, mostly by one (dotted numbers count more)."""
    best: list[float] = []
    back: list[int] = []
    by_number: dict[int, int] = {}
    for j, (_, _, number, dotted) in enumerate(tokens):
        own = 0.5 if dotted else 0.0
        score, previous = own, -1
        window = list(range(max(0, j - WINDOW), j))
        before = by_number.get(number - 1)
        if before is not None and before not in window:
            window.append(before)
        for i in window:
            gap = number - tokens[i][2]
            if gap <= 0:
                continue
            step = 1.0 if gap == 1 else -min(2.0, 0.6 * gap)
            if best[i] + step + own > score:
                score, previous = best[i] + step + own, i
        best.append(score)
        back.append(previous)
        held = by_number.get(number)
        if held is None or best[held] <= score:
            by_number[number] = j
    if not best:
        return []  # every number already taken by the first chain
    end = max(range(len(best)), key=lambda j: best[j])
    chain = []
    while end != -1:
        chain.append(tokens[end])
        end = back[end]
    return chain[::-1]
