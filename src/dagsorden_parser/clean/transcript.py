"""Web transcripts of old PDFs (docplayer): one line per page, everything run together.

The page shows the title, `Størrelse: px`, `Starte visningen fra side:`, a
`Download "..."` line and `Transkript`; then each PDF page is one long line that
starts with its page number (`2 Indholdsfortegnelse ...`). These helpers cut such
lines back into the lines the PDF printed, at labels the layout families share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..read.lines import Line

# `Transkript`: the line after which docplayer shows the document's text.
_TRANSCRIPT = re.compile(r"^transkript$", re.I)
# `Starte visningen fra side:`: docplayer's page viewer control.
_VIEWER = re.compile(r"^starte visningen fra side:?$", re.I)
# `- Visninger:`: the view counter of docplayer's newer page frame (in place of the viewer).
_VIEWS = re.compile(r"^-?\s*visninger:?$", re.I)
# `2 Indholdsfortegnelse ...`: a transcript page, its number first.
_PAGE = re.compile(r"^(?P<page>\d{1,3})\s+(?P<rest>\S.*)$")

# Section headings that a transcript runs into the text around them (words that open
# no sentence of an item's text when capitalised after a number or a full stop).
_RUN_SECTION_WORDS = (
    "Sagsfremstilling",
    "Beslutningstema",
    "Sagsresumé",
    "Resumé",
    "Baggrund",
    "Indstilling",
    "Beslutning",
    "Bilag",
    "Lovgrundlag",
    "Sagsforløb",
    "Redegørelse",
    "Sagstema",
)
_RUN_SECTION = "(?:" + "|".join(_RUN_SECTION_WORDS) + ")"
# ... and those that never stand capitalised inside a sentence: cut after any word.
_OWN_SECTION_WORDS = (
    "Sagsfremstilling",
    "Beslutningstema",
    "Sagsresumé",
    "Lovgrundlag",
    "Bilag",
    "Indstilling",
)
_OWN_SECTION = "(?:" + "|".join(_OWN_SECTION_WORDS) + ")"

# Where a transcript page is cut: before a header label, the contents, an item's
# metadata label (`Punkt: 18`, `Acadre sagsnr.:`, `J.nr.:`, `Sagsid.:`), the access
# mark `Åben sag` / `Lukket sag`, a section heading in capitals (`SAGSFREMSTILLING:`),
# and after the contents heading and the access mark.
_CUT = re.compile(
    r"\s+(?=(?:Mødedato:|Dato:|Mødetidspunkt:|Starttidspunkt for møde:|"
    r"Sluttidspunkt(?: for møde)?:|Mødested:|Mødelokale:|Udsendelsesdato:|Afbud fra:|"
    r"Fraværende\b|Mødedeltagere:|Medlemmer:|Bemærkninger til dagsorden|Meddelelser:|"
    r"Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Følgende sager behandles på mødet|Bilagsoversigt\b|"
    r"Bilagsliste\b|"
    r"Sagsoversigt\b|Pkt\. Tekst Side\b|"
    r"Punkt:\s*\d|Acadre sagsnr\.?:|Journalnr\.?:|Sagsforløb:|Sagsansvarlig enhed:|"
    r"Sagsbehandler:|J\.nr\.:|Sagsid\.:|Initialer:|(?:Åben|Lukket) sag\b|"
    r"Resum[eé]\s(?=[A-ZÆØÅ])|[A-ZÆØÅ]{4,40}(?: [A-ZÆØÅ]{2,40}){0,10}:))"
    r"|(?<=Indholdsfortegnelse)\s+|(?<=INDHOLDSFORTEGNELSE)\s+|(?<=Indholdsfortegnelse:)\s+"
    r"|(?<=Følgende sager behandles på mødet)\s+|(?<=\bSagsoversigt:)\s+"
    r"|(?<=\bSagsoversigt Side)\s+|(?<=\bSagsoversigt)\s+(?!Side\b)"
    r"|(?<=\bÅben sag)\s+|(?<=\bLukket sag)\s+"
    r"|(?<=\bResume)\s+(?=[A-ZÆØÅ])|(?<=\bResumé)\s+(?=[A-ZÆØÅ])"
    r"|(?<=[A-ZÆØÅ]{4}:)\s+"
    # `2011 Sagsfremstilling Økonomiafdelingen sender ...`: a section heading run in
    # between the text before it and a sentence after it
    r"|(?<=[\d.)])\s+(?="
    + _RUN_SECTION
    + r"\s+[A-ZÆØÅ])"
    + "".join(rf"|(?<=[\d.)] {word})\s+(?=[A-ZÆØÅ][a-zæøå])" for word in _RUN_SECTION_WORDS)
    # `Beslutninger Rådet den Ikke til stede`: a decision heading whose date was lost, on
    # a line of its own (the one capturing group: `split` keeps it)
    + r"|\s+(Beslutning(?:er)?\s(?:[A-ZÆØÅ][\wæøå-]{1,40}\s){1,3}den)\s+(?=[A-ZÆØÅ])"
    + r"|(?<=\w)\s+(?="
    + _OWN_SECTION
    + r"\s+[A-ZÆØÅ])"
    + "".join(rf"|(?<=\w {word})\s+(?=[A-ZÆØÅ][a-zæøå])" for word in _OWN_SECTION_WORDS)
)
# `Følgende sager behandles på mødet`, `Indholdsfortegnelse`: the contents start.
_CONTENTS = re.compile(r"^(indholdsfortegnelse|følgende sager behandles på mødet)$", re.I)
# `Bilagsoversigt 41`, `Fraværende`: what follows the contents run.
_CONTENTS_END = re.compile(r"^(bilagsoversigt|fraværende|bemærkninger|meddelelser)\b", re.I)
# `Title 6 Next title`: a page number after a title, before the next title's capital.
_AFTER_PAGE = re.compile(r"(?<=\s\d)\s+(?=[A-ZÆØÅ])|(?<=\s\d\d)\s+(?=[A-ZÆØÅ])")
# `Punkt: 18`: an item number label waiting for its title.
_PUNKT_ALONE = re.compile(r"^Punkt:\s*\d{1,4}$")
# `Sagsbehandler: Frank Berg Title`: the label before the title in the item's block.
_BEFORE_TITLE = re.compile(r"^Sagsbehandler:", re.I)
_TRAILING_PAGE = re.compile(r"\s+\d{1,3}$")


def is_transcript(texts: Sequence[str]) -> bool:
    """The docplayer page frame: `Starte visningen fra side:` (or, in its newer frame,
    `- Visninger:`) and `Transkript`."""
    viewer = any(_VIEWER.match(t) or _VIEWS.match(t) for t in texts)
    return viewer and any(_TRANSCRIPT.match(t) for t in texts)


def cut_transcript(lines: Sequence[Line], cut: re.Pattern[str] = _CUT) -> list[Line]:
    """Each transcript page cut into its page number and the lines run together in it."""
    out: list[Line] = []
    started = False
    for line in lines:
        if not started:
            out.append(line)
            started = bool(_TRANSCRIPT.match(line.text))
            continue
        page = _PAGE.match(line.text)
        texts = [page["page"], page["rest"]] if page else [line.text]
        for text in texts:
            out += [replace(line, text=p.strip()) for p in cut.split(text) if p and p.strip()]
    return out


def number_contents_from_body(lines: Sequence[Line]) -> list[Line]:
    """Contents of titles and page numbers (`Title 2 Next title 6`) cut into entries;
    the title of an item, run together with the label before it, put after its
    `Punkt: 18`; and the contents entries numbered on from that first number, as
    Acadre numbers the items of a meeting one after another."""
    out = list(lines)
    start = next((n for n, line in enumerate(out) if _CONTENTS.match(line.text)), None)
    if start is None:
        return out
    end = start + 1
    entries: list[Line] = []
    while end < len(out) and not _CONTENTS_END.match(out[end].text):
        entries += [replace(out[end], text=p.strip()) for p in _AFTER_PAGE.split(out[end].text)]
        end += 1
    titles = [_TRAILING_PAGE.sub("", e.text) for e in entries]
    first: int | None = None
    for n in range(end, len(out)):
        if not _PUNKT_ALONE.match(out[n].text):
            continue
        for m in range(n + 1, min(n + 12, len(out))):
            text = out[m].text
            found = next((t for t in titles if len(t) > 8 and text.endswith(" " + t)), None)
            if found and _BEFORE_TITLE.match(text):
                out[n] = replace(out[n], text=f"{out[n].text} {found}")
                out[m] = replace(out[m], text=text[: -len(found)].strip())
                if first is None and found == titles[0]:
                    first = int(out[n].text.split(":")[1].split()[0])
                break
    if first is not None:
        entries = [replace(e, text=f"{first + k} {e.text}") for k, e in enumerate(entries)]
    return out[: start + 1] + entries + out[end:]


# `12 Title`: an item number before a title's capital, in a contents run (not a
# year, not `3.` inside a title).
_NUMBER_BEFORE_TITLE = re.compile(r"(?<![\d.,])(?P<number>\d{1,3})\s+(?=[A-ZÆØÅ\"])")
# `Stregiplan Godkendelse af`: where a title without its number may start: a word in
# capitals first, followed by a word in lower case.
_TITLE_START = re.compile(r"(?<=\S) (?=(?P<word>[A-ZÆØÅ][a-zæøå]+) [a-zæøå])")
#: How far a printed item number may run ahead of the last one (numbers lost between).
MAX_NUMBER_GAP = 8


def split_numbered_run(text: str) -> list[tuple[int | None, str]]:
    """A contents run `1 Title 5 2 Title Title 7 4 Title` cut into (number, title
    with its page) entries. Numbers go up; a number that does not is a page number.
    Between two printed numbers with k numbers lost, the title is cut at its title
    starts when exactly k are found (or k among words that start numbered titles)."""
    anchors: list[tuple[int, int, int]] = []  # (number, start of title, end of number)
    last = 0
    for m in _NUMBER_BEFORE_TITLE.finditer(text):
        n = int(m["number"])
        if last < n <= last + MAX_NUMBER_GAP or (not anchors and m.start() == 0 and n > 0):
            anchors.append((n, m.end(), m.start()))
            last = n
    if not anchors:
        return [(None, text)]
    parts: list[tuple[int, str]] = []
    for k, (n, start, _) in enumerate(anchors):
        end = anchors[k + 1][2] if k + 1 < len(anchors) else len(text)
        parts.append((n, text[start:end].strip()))
    # a number between a title and the next item number is a page number; the last
    # title has one too when the titles before it have
    paged = any(without_page(part) != part for _, part in parts[:-1])
    pages = [page_of(part) for _, part in parts]
    parts = [
        (n, without_page(part)) if k + 1 < len(parts) or paged else (n, part)
        for k, (n, part) in enumerate(parts)
    ]
    if paged:
        counts = [
            parts[k + 1][0] - n if k + 1 < len(parts) else 1 for k, (n, _) in enumerate(parts)
        ]
        for k, (n, part) in enumerate(parts):
            bare, page = _without_wrapped_page(part, pages, k, counts[k])
            parts[k] = (n, bare)
            pages[k] = pages[k] or page  # the next entry's pages go up from it
    known = {p.split()[0] for _, p in parts if p.split()}
    out: list[tuple[int | None, str]] = []
    for k, (n, part) in enumerate(parts):
        missing = parts[k + 1][0] - n - 1 if k + 1 < len(parts) else None
        if missing is None:  # after the last printed number: cut at every title start
            titles = split_titles(part)
            out += [(n + j, title) for j, title in enumerate(titles)]
            continue
        starts = [m for m in _TITLE_START.finditer(part)]
        chosen = [m.start() for m in starts] if len(starts) == missing else []
        seen = set(title_starts(part)) | set(_name_runs(part))
        if chosen and not seen.issuperset(at + 1 for at in chosen):  # (`mellem Name og`)
            chosen = counted_starts(part, missing) or chosen
        if not chosen:
            own = [m.start() for m in starts if m["word"] in known]
            if len(own) == missing:
                chosen = own
        if not chosen and missing > 0:
            chosen = counted_starts(part, missing)
        cuts = [0, *chosen, len(part)]
        for j in range(len(cuts) - 1):
            out.append((n + j, without_page(part[cuts[j] : cuts[j + 1]].strip())))
    return out


# `Title 5` before the next item number: the entry's page number (not `nr. 120`, not a year).
_PAGE_AT_END = re.compile(r"(?<!\bnr\.)(?<!\bnr)\s+(?!(?:19|20)\d\d$)\d{1,3}$")


def page_of(title: str) -> int | None:
    """`Title 5` before the next item number: the page number 5 (None when there is none)."""
    m = _PAGE_AT_END.search(title)
    return int(m.group().strip()) if m else None


# `forlængelse af 12 offentlighedsfase`: a number inside a title (not `nr. 27`, `2-6`,
# `3,5`), maybe the page printed where the title wrapped.
_NUMBER_INSIDE = re.compile(r"(?<!\bnr\.)(?<!\bnr)\s(?P<page>\d{1,3})(?=\s[^\s\d])")
#: How far the page of one entry may run ahead of the page of the entry before.
MAX_PAGE_STEP = 20


def _without_wrapped_page(
    part: str, pages: Sequence[int | None], k: int, titles: int
) -> tuple[str, int | None]:
    """A paged contents' entry (of `titles` titles) without the page numbers printed where
    its titles wrapped (`Title of 12 two lines`): numbers inside it that go up from the
    page of the entry before, short of the page of the entry after (`pulje på 3 mio. kr.`
    on page 30 keeps its 3); and the last page found."""
    if pages[k] is not None and titles == 1:
        return part, None
    low = next((p for p in reversed(pages[:k]) if p is not None), None)
    high = next((p for p in pages[k + 1 :] if p is not None), None)
    if low is None:
        return part, None
    found = None
    top = low + MAX_PAGE_STEP * titles
    top = min(high, top) if high is not None else top
    kept, at = [], 0
    for m in _NUMBER_INSIDE.finditer(part):
        if low <= int(m["page"]) <= top:
            kept.append(part[at : m.start()])
            at, low = m.end(), int(m["page"])
            found = low
    return "".join([*kept, part[at:]]), found


def without_page(title: str) -> str:
    """`Godkendelse af dagsorden. 1` -> `Godkendelse af dagsorden.`: in a contents run
    a number standing between a title and the next item number is the page number."""
    return _PAGE_AT_END.sub("", title).strip()


# `Beretning`, `Ledelses-`, `Rømø-Tønder`: a word in capitals first that may open a title.
_CAPITAL_WORD = re.compile(r"^\"?[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅa-zæøå]{1,40}){0,10}[-,]?$")
# `DFC`: a short name in capitals inside a title.
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,5}$")
# `Turismepolitik`, `Meddelelser`: a long word that may be a title on its own.
_LONG_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøå]{8,}$")
# `til`, `af`, `i`, `og` ...: a word after which a title goes on (a name follows it).
# `for` is not among them: a title often ends `for` where the transcript lost its year.
_GOES_ON = frozenset(
    {
        *("af", "i", "til", "med", "om", "på", "og", "eller", "ved", "den", "det", "de"),
        *("en", "et", "samt", "mellem", "fra", "under", "over", "hos", "efter", "mod"),
        *("nr", "nr.", "vedrørende", "vedr.", "omkring", "&"),
    }
)
# `i`, `om`: a small word that goes on after a place's or a body's name.
_NAME_GOES_ON = frozenset({"i", "om"})
#: Fewest times a word must open titles in a run to be taken for the run's own opener.
OPENER_REPEATS = 3


def _opener(words: Sequence[str]) -> str | None:
    """`Godkendelse` (of `Godkendelse af ...` printed again and again), `Årsregnskaber`:
    the word in capitals a run of titles prints most often, at least `OPENER_REPEATS`
    times and mostly not after a word that carries a title on: the word its titles
    open with, wherever it stands."""
    counts: dict[str, int] = {}
    carried: dict[str, int] = {}
    named: dict[tuple[str, str], int] = {}  # `Region Nord`: a name of two words in capitals
    for k in range(len(words)):
        before, word = words[k - 1] if k else "", words[k]
        if _CAPITAL_WORD.match(word) and not word.endswith((",", "-")):
            counts[word] = counts.get(word, 0) + 1
            low = before.lower()
            if low in _GOES_ON or low == "for" or before.endswith((",", "-", "–", "/", ":")):
                carried[word] = carried.get(word, 0) + 1
            after = words[k + 1] if k + 1 < len(words) else ""
            if _CAPITAL_WORD.match(after):
                named[word, after] = named.get((word, after), 0) + 1
    if not counts:
        return None
    word, n = max(counts.items(), key=lambda kv: kv[1])
    name = max((m for (w, _), m in named.items() if w == word), default=0)
    ok = n >= OPENER_REPEATS and carried.get(word, 0) * 3 <= n and name * 2 <= n
    return word if ok else None


def _second_name_word(words: Sequence[str], i: int) -> bool:
    """`fra Nordby Skole om ...`, `ved Lille Vig i ...`: the second word in capitals after a
    word that carries the title on (`fra`, `for`, `,`), before a small word (`om`, `i`,
    `m.fl.`, `afd.`) that goes on with the name, is the name's, no title's start."""
    if i < 2 or not _CAPITAL_WORD.match(words[i - 1]) or words[i - 1].endswith((",", "-")):
        return False
    carrier, after = words[i - 2], words[i + 1].lower() if i + 1 < len(words) else ""
    carried = carrier.lower() in _GOES_ON or carrier.lower() == "for" or carrier.endswith(",")
    return carried and (after in _NAME_GOES_ON or after.startswith(("m.fl", "afd")))


# `punkt:` after `Lukket`: the access label before a title.
_ACCESS_LABELS = frozenset({"punkt:", "sag:"})
# ` - `, ` – `: the dash between a name and what is to be done with it.
_DASH = frozenset({"-", "–"})


def _dashed_name_start(words: Sequence[str], i: int) -> int:
    """`... anlægsbevilling Bofællesskabet Engvej - anlægsbevilling`: after a word in
    lower case that ends a title, a title that opens with a name (one to three words in
    capitals) followed by ` - `; the index of the name's last word (0: none)."""
    before = words[i - 1] if i > 0 else ""
    if not (before[:1].islower() and before[-1:].isalpha()):
        return 0
    if before.lower() in _GOES_ON or before.lower() == "for":
        return 0
    for j in range(i, min(i + 3, len(words))):
        bracketed = j > i and re.fullmatch(r"\([A-ZÆØÅ][a-zæøå]{1,40}\)", words[j])
        if not bracketed and (not _CAPITAL_WORD.match(words[j]) or not words[j][-1:].isalpha()):
            return 0
        if j + 1 < len(words) and words[j + 1] in _DASH:
            after = words[j + 2] if j + 2 < len(words) else ""
            # what is done in lower case (`- LUKKET SAG` is an access mark, `Sønderbro -
            # Østre Allé` a stretch of road)
            # (`Lukket - Title`: the access mark opens the title)
            closed = j == i and words[i].lower() in ("lukket", "åben", "åbent")
            return j if after[:1].islower() or (closed and after[:1].isupper()) else 0
    return 0


def _named_title_start(words: Sequence[str], i: int) -> bool:
    """`... omkring Name Other Name - godkendelse af ...`: after a word that carries a
    title on (`omkring`, `i`) and the one name it takes, a title that opens with a name
    (one to three words in capitals) followed by ` - ` and a word in lower case."""
    if i < 2 or words[i - 2].lower() not in _GOES_ON or not _CAPITAL_WORD.match(words[i - 1]):
        return False
    for j in range(i, min(i + 3, len(words))):
        if not _CAPITAL_WORD.match(words[j]) or words[j].endswith((",", "-")):
            return False
        if j + 2 < len(words) and words[j + 1] in _DASH:
            return words[j + 2][:1].islower()
    return False


#: Fewest times a `Word:` must open titles of a run for the word to mark title starts.
LABEL_REPEATS = 2


def _label_starts(words: Sequence[tuple[int, str]]) -> list[int]:
    """`Beslutning: Title Orientering: Title Beslutning: Title`: a run whose titles open
    with a label of their kind, printed at least twice with its colon; each time the
    label word opens a title (also `Beslutning og frigivelse af ...:`) a title starts."""
    counts: dict[str, int] = {}
    for _, word in words:
        if word.endswith(":") and _CAPITAL_WORD.match(word[:-1]):
            counts[word[:-1]] = counts.get(word[:-1], 0) + 1
    labels = {w for w, n in counts.items() if n >= LABEL_REPEATS}
    if not labels:
        return []
    starts = [
        at
        for i, (at, word) in enumerate(words)
        if i > 0 and word.rstrip(":") in labels and words[i - 1][1].lower() not in _GOES_ON
    ]
    return starts if len(starts) >= LABEL_REPEATS else []


#: Fewest titles a word must open to be taken for the word the run's titles open with.
OPENER_REPEATS = 3


def _with_openers(words: Sequence[tuple[int, str]], starts: list[int]) -> list[int]:
    """`... Årsregnskaber Nordby Boligforening Årsregnskaber Boligselskabet Sydby af 1946
    Årsregnskaber ...`: the word in capitals that opens most titles, three or more (after
    varied words that end a title, never after one that carries a title on or a comma),
    opens a title each time, and the two words after it belong to its title."""
    before: dict[str, set[str]] = {}
    for i in range(1, len(words)):
        word = words[i][1]
        if _CAPITAL_WORD.match(word) and word[-1:].isalpha():
            before.setdefault(word, set()).add(words[i - 1][1])
    counts: dict[str, int] = {}
    for _, word in words[1:]:
        counts[word] = counts.get(word, 0) + 1
    openers = {
        word
        for word, preceding in before.items()
        if counts[word] >= OPENER_REPEATS
        and len(preceding) >= 2
        and not any(
            p.lower() in _GOES_ON or p.lower() == "for" or not p[-1:].isalnum() for p in preceding
        )
    }
    if not openers:
        return starts
    opener = max(sorted(openers), key=lambda word: counts[word])  # the run's one opener
    opened = [i for i in range(1, len(words)) if words[i][1] == opener]
    inside = {words[j][0] for i in opened for j in range(i + 1, min(i + 3, len(words)))}
    return sorted({words[i][0] for i in opened} | {at for at in starts if at not in inside})


def title_starts(text: str) -> list[int]:
    """Where titles start in a run of contents titles whose numbers were lost
    (`... for Region X Ledelses- og Styringsgrundlag ... Godkendelse af Y`): at a word
    in capitals followed by one in lower case (or a year), unless the word before
    carries the title on (`i Regulativ for`, `, Ferie- og`, `- Evaluering af`) or
    the word is a genitive after a name (`Region Xs årsregnskab`); and after a long
    single-word title at a title start (`Økonomirapport Regnskabsprocedure for`)."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    labelled = _label_starts(words)
    if labelled:
        return labelled
    pairs = [(words[i][1], words[i + 1][1]) for i in range(len(words) - 1)]
    # `Region X`: two words in capitals, printed more than once, once not before lower case
    loose = {
        pairs[i]
        for i in range(len(pairs))
        if i + 2 >= len(words) or not words[i + 2][1][:1].islower()
    }
    names = {
        p for p in pairs if pairs.count(p) > 1 and p in loose and all(map(_CAPITAL_WORD.match, p))
    }
    opener = _opener([w for _, w in words])
    starts: list[int] = []
    opened = {0}
    named = 0  # the words up to here are the name that opens a title
    plain = [w for _, w in words]
    for i in range(1, len(words)):
        at, word = words[i]
        if i <= named:
            continue
        before = words[i - 1][1]
        after = words[i + 1][1] if i + 1 < len(words) else ""
        after2 = words[i + 2][1] if i + 2 < len(words) else ""
        if not _CAPITAL_WORD.match(word):
            continue
        if word == opener:  # `... kommuneplantillæg nr Godkendelse af`: a number was lost
            starts.append(at)
            opened.add(i)
            continue
        dashed = _dashed_name_start(plain, i)
        # `Lukket punkt: Title`: an access label opens the title it marks
        marked = word.lower() in ("lukket", "åbent", "åben") and after.lower() in _ACCESS_LABELS
        if dashed or marked or _named_title_start(plain, i):
            starts.append(at)
            opened.add(i)
            named = dashed
            continue
        lower_next = after[:1].islower() or (
            (re.fullmatch(r"(?:19|20)\d\d", after) or _ACRONYM.match(after)) is not None
            and after2[:1].islower()
        )
        alone = i - 1 in opened and _LONG_WORD.match(before) is not None and before != opener
        if not lower_next and _LONG_WORD.match(word) and before[:1].islower():
            # `... arbejder Klimaplan Forslag til`: a one-word title between two titles
            carried = before.lower() in _GOES_ON or before.lower() == "for"
            lower_next = not carried and after2[:1].islower()
            lower_next = lower_next and _CAPITAL_WORD.match(after) is not None
        if not lower_next and not alone:
            continue
        last = max(opened)
        if not alone and all(_CAPITAL_WORD.match(w) for _, w in words[last:i]):
            continue  # `Samsam Abdikarim Borle anmoder`: a title that opens with a name
        if lower_next and not alone:
            if before.endswith((",", "-", "–", "/", ":")) or before.lower() in _GOES_ON:
                continue
            if _second_name_word(plain, i):
                continue
            if re.fullmatch(r"[A-ZÆØÅ]\.", before):  # `I. P. Jacobsen centeret`: initials
                continue
            if before.lower() == "for" and after == "og":  # `udbud for Nordhallen og ...`
                continue
            if (before, word) in names:  # `Region Xs rådgivning`: the name opens the title
                earlier = words[i - 2][1] if i > 1 else ""
                if (
                    i - 1 not in opened
                    and _CAPITAL_WORD.match(earlier)
                    and (earlier, before) not in names
                ):
                    starts.append(words[i - 1][0])
                    opened.add(i - 1)
                continue
            if _CAPITAL_WORD.match(before) and (word.endswith("s") or after == "og"):
                continue  # `Region Xs årsregnskab`, `Copenhagen Capacity og ...`: a name
        starts.append(at)
        opened.add(i)
    return _with_openers(words, starts)


def merged_to_count(titles: Sequence[str], count: int) -> list[str]:
    """Titles cut into more than `count` (the number printed after the run says how many)
    merged back where a cut most likely split a name: `... til Tilsynet, Statsforvaltningen`
    / `Midtjylland vedrørende ...`, a title that would open with a name word followed by a
    word that carries a title on, after a title that ends in a word in capitals."""
    out = list(titles)
    while len(out) > count > 0:
        cuts = [k for k in range(1, len(out)) if _splits_a_name(out[k - 1], out[k])]
        if not cuts:
            break
        # a list of names (`Tilsynet, Statsforvaltningen`) going on is the likeliest
        listed = [k for k in cuts if _listing(out[k - 1])]
        k = (listed or cuts)[0]
        out[k - 1 : k + 1] = [f"{out[k - 1]} {out[k]}"]
    return out


def _listing(title: str) -> bool:
    """`... til Tilsynet, Statsforvaltningen`: a title that ends in a list of names."""
    words = title.split()
    return len(words) >= 2 and words[-2].endswith(",")


def _splits_a_name(before: str, title: str) -> bool:
    last, words = before.split()[-1:], title.split()[:2]
    return (
        len(last) == 1
        and len(words) == 2
        and _CAPITAL_WORD.match(last[0]) is not None
        and _CAPITAL_WORD.match(words[0]) is not None
        and words[1].lower() in _GOES_ON
    )


def split_titles(text: str, starts: Sequence[int] = ()) -> list[str]:
    """A run of contents titles cut at its title starts (and at `starts` known from
    the body's headings)."""
    cuts = sorted({0, *title_starts(text), *starts})
    cuts.append(len(text))
    return [t for j in range(len(cuts) - 1) if (t := text[cuts[j] : cuts[j + 1]].strip())]


#: Shortest title the body must repeat to confirm where a contents title ends.
MIN_CONFIRMED_TITLE = 15


def confirmed_starts(text: str, body: Sequence[str]) -> list[int]:
    """Title starts in a run of contents titles that the body's item headings confirm:
    a body line ending in the run's words from a title start up to a word before a
    capital (`Sidenr Title of item 1` repeats `Title of item 1` of `Title of item 1
    Title of item 2`), so the next title starts there."""
    starts = [0, *title_starts(text)]
    found: list[int] = []
    for start in starts:
        for m in re.finditer(r"\s(?=[A-ZÆØÅ\"])", text[start:]):
            title = text[start : start + m.start()]
            if len(title) >= MIN_CONFIRMED_TITLE and any(
                b == title or b.endswith(" " + title) for b in body
            ):
                found.append(start + m.end())
    return found


def _name_runs(text: str) -> list[int]:
    """Where a run of words in capitals starts after a word in lower case that does not
    carry a title on (`... regnskab Den Selvejende institution`): where a title may start."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    found = []
    for i in range(1, len(words)):
        before, word = words[i - 1][1], words[i][1]
        if not _CAPITAL_WORD.match(word.rstrip(":")):
            continue
        carries = before.lower() in _GOES_ON or before.lower() == "for"
        if before.endswith(")") or (before[-1:].isalpha() and before[:1].islower() and not carries):
            found.append(words[i][0])
    return found


def _run_start(text: str, at: int) -> int:
    """A title start moved back over the names in capitals before it (`budget Struer
    Statsgymnasium søger`: the title opens at the name, after the word in lower case)."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text[:at])]
    k = len(words)
    while k > 0 and _CAPITAL_WORD.match(words[k - 1][1]) and words[k - 1][1][-1:].isalpha():
        k -= 1
    if k in (0, len(words)):
        return at
    before = words[k - 1][1]
    lower = before[:1].islower() and before[-1:].isalpha() and before.lower() not in _GOES_ON
    return words[k][0] if lower or before.endswith(")") else at


def counted_starts(text: str, count: int) -> list[int]:
    """The `count` most likely title starts in a run whose printed numbers say how many
    titles it holds (`38 Title Title 40`: one more start than the rules found): the
    starts the rules find first, then the runs of names, earliest first; none when there
    are too few."""
    strong = {_run_start(text, at) for at in title_starts(text)}
    runs = set(_name_runs(text))
    ranked = sorted(strong | runs, key=lambda at: (at not in strong, at))
    chosen = ranked[:count]
    return sorted(chosen) if len(chosen) == count else []
