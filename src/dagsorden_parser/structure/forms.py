"""The printed forms of an item heading, of an access mark and of a bare case number.

Every Danish agenda system numbers its items, but each prints the number its own way.
`heading_form` reads any of these forms from a line and names the form it found, so that
the structure stage can ask which form the document uses throughout; on its own a match
proves nothing (a numbered list in the body matches too).

All patterns here are anchored and free of nested quantifiers: they run in time linear
in the line.
"""

from __future__ import annotations

import re

from ..models import Access
from .rules import ItemHeading, access_of

# The start of a title: a capital, a digit, a quote or a bracket.
_TITLE = r"(?P<title>[A-ZÆØÅÉÜ0-9\"“«'(§].*)"
# A title that may start in lower case (a transcript, a lower-case template).
_ANY_TITLE = r"(?P<title>\S.*)"
# `Åben`, `Åbent`, `Lukket`, `Fortroligt`: an access word.
_ACCESS_WORD = r"(?P<access>åbne|åbent|åben|lukkede|lukket|fortroligt|fortrolig)"

#: (form name, pattern) in the order they are tried: the most specific first.
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # `Punkt 4: Title`, `Pkt. 197 Title`, `Dagsordenspunkt 3 - Title`, `Nr.1 - Title`,
    # `Sag nr. 3 Title`, `Punkt 21: Lukket: Title`, `Punkt: 18 Title`
    (
        "label",
        re.compile(
            r"^(?P<label>punkt|pkt|dagsordenspunkt|sag\s?nr|sagnr|nr)\.?(?:(?<=punkt):)?\s?"
            r"(?P<number>\d{1,4})"
            r"(?:\s?[.:)\-–]\s?|\s)\s*(?:"
            + _ACCESS_WORD
            + r"\s*(?:punkt|sag)?\s*[:.\-–]\s*)?"
            + _ANY_TITLE
            + r"$",
            re.I,
        ),
    ),
    # `åbent 1 Title`, `Lukket punkt 101 Title`, `Åben sag 3: Title`
    (
        "access_number",
        re.compile(
            r"^"
            + _ACCESS_WORD
            + r"(?:\s+(?:punkt|sag))?\s+(?P<number>\d{1,4})\s?[.:]?\s+"
            + _ANY_TITLE
            + r"$",
            re.I,
        ),
    ),
    # `1 (Åben) Title`, `12. (Lukket) Title`
    (
        "number_paren_access",
        re.compile(
            r"^(?P<number>\d{1,4})\.?\s*\(" + _ACCESS_WORD + r"\)\s*" + _ANY_TITLE + r"$", re.I
        ),
    ),
    # `3 Åben sag Title`, `16 Lukket punkt: Title`, `1  Åbent  Title`, `4. LUKKET PUNKT: Title`
    (
        "number_access",
        re.compile(
            r"^(?P<number>\d{1,4})\.?\s+"
            + _ACCESS_WORD
            + r"(?:\s+(?:punkt|sag))?\s*[:.\-–]?\s+"
            + _TITLE
            + r"$",
            re.I,
        ),
    ),
    # `A.3 Title`, `B.12. Title`: a letter group and a number
    (
        "letter",
        re.compile(r"^(?P<group>[A-H])\.\s?(?P<number>\d{1,3})\.?\s+" + _TITLE + r"$"),
    ),
    # `71/1. Title`: the year's running number, then the item's place in the meeting
    (
        "slash",
        re.compile(r"^(?P<number>\d{1,4})\s?/\s?\d{1,3}\.\s+" + _TITLE + r"$"),
    ),
    # `1.2 Title`, `2.3. Title`: a sub-item under item 1 or 2
    ("sub", re.compile(r"^(?P<number>\d{1,3}\.\d{1,2})\.?\s+" + _TITLE + r"$")),
    # `• 3 Title`, `- 3. Title`: a bullet before the number
    (
        "bullet",
        re.compile(r"^[•·▪►\-–]\s*(?P<number>\d{1,4})[.:)]?\s+" + _TITLE + r"$"),
    ),
    # `3. Title`, `3: Title`, `3 : Title`, `3) Title`
    (
        "number_punct",
        re.compile(
            r"^(?P<number>\d{1,4})(?:(?P<punct>[.)])|\s?(?P<colon>:))"
            r"(?:(?=[A-ZÆØÅÉÜ\"“«'(§])|\s+)(?P<title>\S.*)$"
        ),
    ),
    # `3 Title`, `3 titel i små bogstaver` (not `49 /1`: a double number, read alone)
    ("number", re.compile(r"^(?P<number>\d{1,4})\s+(?P<title>[^\s/].*)$")),
    # `38Godkendelse af dagsorden`: the number glued to a capitalised title
    (
        "glued",
        re.compile(
            r"^(?P<number>\d{1,3})(?P<title>(?:[A-ZÆØÅ][a-zæøå]{2,}|(?:LUKKET|ÅBENT|ÅBEN)\b).*)$"
        ),
    ),
)

# `12`, `12.`, `Pkt. 12`, `Punkt 12:`, `Punkt: 12`, `Sag nr. 12`: an item number alone on
# its line; `• 61.`: a web page's bullet holding only the number; `49 /1`: the running
# number, then the item's place in the meeting.
_NUMBER_ALONE = re.compile(
    r"^(?:[•·▪►]\s?)?(?:(?P<label>punkt|pkt|dagsordenspunkt|sag\s?nr|nr)\.?(?:(?<=punkt):)?\s?)?"
    r"(?P<number>\d{1,4})(?:\s/\d{1,3})?\s?[.:]?$",
    re.I,
)
# ` - LUKKET SAG`, `(Lukket)`, ` (Åben)`, ` - Lukket punkt`, ` LUKKET SAG` (in capitals,
# without a dash): an access mark after the title.
_WORD = r"(?:åbne|åbent|åben|lukkede|lukket|fortroligt|fortrolig)"
_TRAILING_ACCESS = re.compile(
    r"\s(?:[-–]\s?(?P<access>" + _WORD + r")(?:\s(?:sag|punkt))?"
    r"|\((?P<access2>" + _WORD + r")(?:\s(?:sag|punkt))?\)"
    r"|(?-i:(?P<access3>ÅBEN|ÅBENT|LUKKET)\s(?:SAG|PUNKT)))\s*$",
    re.I,
)
# `Lukket: Title`, `LUKKET PUNKT: Title`, `Lukket punkt. Title`: an access prefix.
_LEADING_ACCESS = re.compile(
    r"^" + _ACCESS_WORD + r"(?:\s(?:punkt|sag))?\s?[:.\-–]\s?(?P<title>\S.*)$", re.I
)
# `Title ......... 4`: dot leaders and the page number of a contents line.
_LEADER = re.compile(r"\s?\.{3,}[\s.]*\d{0,4}\s*$")

# `Åbent punkt`, `Lukket punkt`, `Åben sag`, `(Lukket)`, `Fortroligt`, `Ikke offentlig`,
# `Lukket sag - fortrolig`: a line that marks the item's access, under its heading.
_ACCESS_LINE = re.compile(
    r"^\(?(?:(?P<access>åbent|åben|lukket|fortroligt|fortrolig)(?:\s(?:punkt|sag|møde))?"
    r"|(?P<closed>ikke\s(?:offentlig|offentligt))(?:\s(?:punkt|sag))?)\)?\s*[.:]?$",
    re.I,
)
# `Åben dagsorden`, `Lukkede dagsordenspunkter`, `Åbne punkter`, `Lukket del`, `Punkter på
# åbent møde:`, `Indholdsfortegnelse lukket møde`, `Til behandling - for åbne døre`: a group
# heading, alone or at the end of the line it was run into; the items below it have its access.
#: The words a group heading ends with; the quick test `_group_end` reads the same tuple.
_GROUP_WORDS: tuple[str, ...] = (
    "dagsordenspunkter",
    "dagsordenspunkt",
    "dagsorden",
    "punkter",
    "sager",
)
_GROUP_WORDS += ("del", "møde", "referat", "døre")
_GROUP_LINE = re.compile(
    r"(?:^|(?<=\S)|(?<=indholdsfortegnelse\s)|(?<=punkter\spå\s)|(?<=sager\spå\s))"
    r"(?P<access>åbne|åbent|åben|lukkede|lukket)\s"
    rf"(?:{'|'.join(w for w in _GROUP_WORDS if w != 'døre')})\s*:?$"
    r"|^(?:til\s(?:behandling|efterretning|orientering)\s-\s)?for\s(?P<doors>åbne|lukkede)\s"
    r"døre\s*:?$",
    re.I,
)


def _group_end(text: str) -> bool:
    """Whether the line ends as `_GROUP_LINE` needs (a group word, a colon or not): a
    cheap test before the search (`ſ` is the one letter other than `s` whose
    case-insensitive match is `s` while its lower case is not)."""
    end = text.rstrip()
    end = end[:-1].rstrip() if end.endswith(":") else end
    return end[-20:].lower().replace("ſ", "s").endswith(_GROUP_WORDS)


# A bare case number directly under a heading: `24-031107`, `2019-123456`, `15/1234`,
# `00.01.00-A00-1-19`, `00.01.00P35-0098`, `EMN-2017-02193`, `12/27845`.
_BARE_CASE_NUMBER = re.compile(
    r"^(?P<value>"
    r"\d{2}\.\d{2}\.\d{2}[-.A-ZØ]?[A-ZØ0-9]{0,4}(?:-\d{1,6}){0,3}"  # KLE with its tail
    r"|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,}"  # EMN-2017-02193
    r"|\d{2,4}[-/]\d{3,7}(?:[-/]\d{1,6})?"  # 24-031107, 2019-123456, 15/1234
    r"|\d{5,7}-(?:19|20)\d\d"  # 018520-2013
    r")\s*$"
)


def heading_form(text: str) -> ItemHeading | None:
    """Any numbered item heading: `3. Title`, `Pkt. 3 Title`, `åbent 3 Title`, `3 (Lukket)
    Title`, `A.3 Title`, `• 3 Title`, `38Title`; its `rule` names the printed form."""
    text = _LEADER.sub("", text).strip()
    if bare_case_number(text) is not None:
        return None  # `82.03.00-A00-40-22` is a case number, not item 82
    for form, pattern in _FORMS:
        m = pattern.match(text)
        if m is None:
            continue
        groups = m.groupdict()
        title = groups["title"].strip()
        access = access_of(groups.get("access"))
        if form == "label":
            if groups["label"] == "nr" and title[:1].islower():
                return None  # `nr. 6 til Kommuneplan 2017`: a title broken after `tillæg`
            form = f"label:{re.sub(r'[^a-z]', '', (groups['label'] or '').lower())}"
        elif form == "number_punct":
            form = f"number{groups['punct'] or groups['colon']}"
        number = groups["number"]
        if groups.get("group"):
            number = f"{groups['group']}.{number}"
        case_id = _title_and_case(title)[1]
        title, access = _title_and_access(title, access)
        if not title:
            return None
        return ItemHeading(number, title, access, form, case_id)
    return None


def _title_and_access(title: str, access: Access | None) -> tuple[str, Access | None]:
    """A title without its access marks (`Lukket: Title`, `Title - LUKKET SAG`) and
    without a case number in brackets after it (`Title (Åben) (EMN-2020-95692)`)."""
    title = _title_and_case(title)[0]
    whole = access_line(title)
    if whole is not None:  # `23. Lukket punkt`: the access is all the title there is
        return title, access or whole
    m = _LEADING_ACCESS.match(title)
    if m:
        title, access = m["title"].strip(), access or access_of(m["access"])
    m = _TRAILING_ACCESS.search(title)
    if m:
        word = m["access"] or m["access2"] or m["access3"]
        title, access = title[: m.start()].strip(), access or access_of(word)
    return title, access


# `Title (EMN-2020-95692)`, `Title (Sagsnr. 24/1187)`: a case number after the title.
_TRAILING_CASE = re.compile(
    r"\s\((?:sagsnr\.?:?\s?|sag\snr\.?:?\s?|j\.\s?nr\.?:?\s?)?(?P<case>[^()\s]{4,30})\)\s*$", re.I
)


def _title_and_case(title: str) -> tuple[str, str | None]:
    """`Title (EMN-2020-95692)` -> (`Title`, `EMN-2020-95692`), where the bracket holds a
    case number (also after an access mark: `Title (Åben) (22/11165)`)."""
    m = _TRAILING_CASE.search(title)
    if m is None or bare_case_number(m["case"]) is None:
        return title, None
    return title[: m.start()].rstrip(), m["case"]


# `Sag fra: Title` (the committee the case comes from follows the title): a label before
# the title in an old minutes template.
_FROM_LABEL = re.compile(r"^Sag\sfra:\s(?=[A-ZÆØÅ])")
#: Fewest fragments of one or two letters that make a letter-spaced name.
SPACED_WORDS = 5


def _without_spaced_tail(title: str) -> str:
    """`Title T e k n is k U d v a lg` -> `Title`: the committee's name, letter-spaced by a
    scan's text layer, after the title (five or more fragments of one or two letters)."""
    words = title.split()
    n = len(words)
    while n and len(words[n - 1]) <= 2 and words[n - 1].isalpha():
        n -= 1
    return " ".join(words[:n]) if len(words) - n >= SPACED_WORDS and n else title


def title_parts(title: str) -> tuple[str, Access | None, str | None]:
    """A whole title (its wrapped lines joined) without its marks: the title, its access
    and its case number (`... til Kommuneplan 2017 (Åben)` -> open)."""
    label = _FROM_LABEL.match(title)
    if label is not None:
        title = _without_spaced_tail(title[label.end() :])
    case_id = _title_and_case(title)[1]
    title, access = _title_and_access(title, None)
    return title, access, case_id


def heading_case_id(text: str) -> str | None:
    """The case number printed in brackets at the end of a heading line, if any."""
    text = _LEADER.sub("", text).strip()
    return _title_and_case(text)[1]


# `(Åben)`, `(Lukket) (22/11165)`, `(EMN-2020-95692)`: a heading's marks alone on a line.
_MARKS = re.compile(
    r"^(?:\((?P<access>" + _WORD + r")(?:\s(?:sag|punkt))?\))?\s?(?:\((?P<case>[^()\s]{4,30})\))?$",
    re.I,
)


def heading_marks(text: str) -> tuple[Access | None, str | None] | None:
    """`(Åben) (EMN-2020-95692)` wrapped onto the line below a heading: its access and
    case number, or None when the line is anything else."""
    m = _MARKS.match(text.strip())
    if not m or not (m["access"] or m["case"]):
        return None
    if m["case"] and bare_case_number(m["case"]) is None:
        return None
    return access_of(m["access"]), m["case"]


def number_alone(text: str) -> tuple[str, str] | None:
    """`12`, `Pkt. 12`, `Punkt 12:`: an item number printed above its title, as
    (number, form)."""
    m = _NUMBER_ALONE.match(text.strip())
    if not m:
        return None
    label = re.sub(r"[^a-z]", "", (m["label"] or "").lower())
    return m["number"], f"alone:{label}"


def access_line(text: str) -> Access | None:
    """`Åbent punkt`, `Lukket punkt`, `Åben sag`, `(Lukket)`, `Fortroligt`, `Ikke offentlig`
    alone on a line: the access of the item above."""
    m = _ACCESS_LINE.match(text.strip())
    if not m:
        return None
    if m["closed"]:
        return "closed"
    return access_of(m["access"].lower().replace("fortroligt", "fortrolig"))


def group_access(text: str) -> tuple[bool, Access | None]:
    """`Åben dagsorden`, `Lukkede punkter`: whether the line heads a group of items, and
    the access it gives them."""
    m = _GROUP_LINE.search(text.strip()) if len(text) < 200 and _group_end(text) else None
    if not m:
        return False, None
    return True, access_of(m["access"] or m["doors"])


# `Åben dagsorden Økonomiudvalget`, `Lukket referat for ...`: a document's title that
# opens with the edition it is (the open or the closed one).
_EDITION = re.compile(
    r"^(?:\d{1,3}\s)?(?P<access>åben|åbent|lukket)\s(?:dagsorden|referat)\s+\S", re.I
)


def edition_access(text: str) -> Access | None:
    """`Åben dagsorden Økonomiudvalget`: the access a document's title gives its items."""
    m = _EDITION.match(text.strip())
    return access_of(m["access"]) if m else None


def bare_case_number(text: str) -> str | None:
    """`24-031107`, `00.01.00-A00-1-19`, `15/1234`, `EMN-2017-02193` alone on its line."""
    m = _BARE_CASE_NUMBER.match(text.strip())
    return m["value"] if m else None
