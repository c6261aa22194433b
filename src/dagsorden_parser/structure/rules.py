"""Line rules: each recognises one kind of printed line and says what it holds.

A rule is a small pure function from a line's text to a match (or None); its
docstring names the Danish text it matches. Rules never keep state: the
builder decides, from where a line stands, which rules to ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Access

_ACCESS_WORDS: dict[str, Access] = {
    "åben": "open",
    "åbent": "open",
    "åbne": "open",
    "lukket": "closed",
    "lukkede": "closed",
    "fortrolig": "closed",
    "fortroligt": "closed",
}


def access_of(word: str | None) -> Access | None:
    """`Åben`, `Åbent`, `Lukket` ... as open or closed."""
    if word is None:
        return None
    return _ACCESS_WORDS.get(word.strip().lower())


@dataclass(frozen=True, slots=True)
class ItemHeading:
    """What an item heading line holds."""

    number: str | None
    title: str
    access: Access | None
    rule: str
    #: The case id, when the heading line holds it (`Sagsnr.: 16/16208` opening an item).
    case_id: str | None = None


ItemRule = Callable[[str], ItemHeading | None]


def match_heading(pattern: re.Pattern[str], text: str, rule: str) -> ItemHeading | None:
    """The heading `pattern` reads from `text` by its groups `number`, `title` and
    `access` (each one optional), as rule `rule`; None when it does not match."""
    m = pattern.match(text)
    if not m:
        return None
    groups = m.groupdict()
    title = (groups.get("title") or "").strip()
    return ItemHeading(groups.get("number"), title, access_of(groups.get("access")), rule)


# `1 (Åben) Meddelelser fra formanden`, `12 (Lukket) Køb af ejendom`
_NUMBER_ACCESS_TITLE = re.compile(
    r"^(?P<number>\d{1,4})\s*\((?P<access>åben|åbent|lukket|fortrolig)\)\s*(?P<title>.*)$", re.I
)
# `1  Åbent  Kommuneplan 2013`, `16 Lukket Salg af ejendom` (an older template)
_NUMBER_ACCESS_WORD_TITLE = re.compile(
    r"^(?P<number>\d{1,4})\s+(?P<access>åbent|åben|lukket)\s+(?P<title>[A-ZÆØÅ0-9].*)$", re.I
)
# `Punkt 1: Godkendelse af dagsorden`, `Punkt 21: Lukket: Køb af landbrugsejendom`
_PUNKT_TITLE = re.compile(
    r"^punkt\s+(?P<number>\d{1,4})\s*:\s*(?:(?P<access>lukket|åben|åbent)\s*:\s*)?(?P<title>.+)$",
    re.I,
)
# `Lukket: Køb af landbrugsejendom` (a title's access prefix)
_ACCESS_PREFIX = re.compile(r"^(?P<access>lukket|åben|åbent)\s*:\s*(?P<title>.+)$", re.I)


def number_access_title(text: str) -> ItemHeading | None:
    """`1 (Åben) Title`: First Agenda's item heading and contents line."""
    return match_heading(_NUMBER_ACCESS_TITLE, text, "number_access")


def number_access_word_title(text: str) -> ItemHeading | None:
    """`1  Åbent  Title`: the number, the access word without brackets, the title."""
    return match_heading(_NUMBER_ACCESS_WORD_TITLE, text, "number_access_word")


def punkt_number_title(text: str) -> ItemHeading | None:
    """`Punkt 1: Title` or `Punkt 21: Lukket: Title` (First Agenda)."""
    return match_heading(_PUNKT_TITLE, text, "punkt")


def split_access_prefix(title: str) -> tuple[str, Access | None]:
    """`Lukket: Køb af landbrugsejendom` -> (`Køb af landbrugsejendom`, closed)."""
    m = _ACCESS_PREFIX.match(title)
    if not m:
        return title, None
    return m["title"].strip(), access_of(m["access"])


# --- table of contents ----------------------------------------------------------

# `Indholdsfortegnelse`, `INDHOLDSFORTEGNELSE`, `Indhold`; `PUNKTER` (in capitals: the
# list of items of First Agenda's HTML export); `Følgende sager behandles på mødet` (Acadre)
CONTENTS_START = re.compile(
    r"^(indholdsfortegnelse|indhold|dagsordenpunkter|(?-i:PUNKTER)|"
    r"følgende sager behandles på mødet)\s*:?$",
    re.I,
)
# `Title ........ 3`, `Title 3`: a contents line ending in its page number (read from
# the end of the line by `_contents_page`, so a long run of dots costs linear time).
_TRAILING_DIGITS = re.compile(r"(?<!\d)\d{1,4}$")
_DOT_LEADER = re.compile(r"\.{3,}")
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class ContentsLine:
    """A line of the table of contents, split into title and page number."""

    title: str
    page: int | None
    dotted: bool


def contents_line(text: str) -> ContentsLine:
    """`1 (Åben) Eventuelt ........ 4` -> title `1 (Åben) Eventuelt`, page 4."""
    split = _contents_page(text)
    dotted = bool(_DOT_LEADER.search(text))
    roman = _before_roman_page(text) if split is None and dotted else None
    if roman is not None:
        return ContentsLine(roman, None, True)
    if split is None or not split[0].strip() or (not dotted and _YEAR.match(split[1])):
        # `Forslag til budget 2026` ends in a year, not a page number
        return ContentsLine(_DOT_LEADER.sub(" ", text).strip(), None, False)
    return ContentsLine(split[0].strip(" ."), int(split[1]), dotted)


#: Longest roman page number of a contents (`xxviii`).
ROMAN_PAGE = 7


def _before_roman_page(text: str) -> str | None:
    """`Title...xv`, `Title...xv åben`: the title before a dot leader and a roman page
    number (and the edition's label `åben` / `lukket` printed after it), read from the end."""
    body = text.rstrip()
    for label in (" åben", " lukket"):
        if body.lower().endswith(label):
            body = body[: -len(label)]
            break
    stripped = body.rstrip("ivxlc")
    if not 0 < len(body) - len(stripped) <= ROMAN_PAGE or not stripped.endswith("..."):
        return None
    return stripped.rstrip(". ").strip() or None


def _contents_page(text: str) -> tuple[str, str] | None:
    """`Title ..... 12` -> (`Title`, `12`): the title and the page number of 1 to 4 digits
    after a dot leader (`..`, with spaces around it) or a space; None without them."""
    m = _TRAILING_DIGITS.search(text.rstrip("\n"))
    if m is None:
        return None
    before = text[: m.start()]
    spaced = before.rstrip()
    dots = len(spaced) - len(spaced.rstrip("."))
    if dots >= 2:
        return spaced[:-dots].rstrip(), m.group()
    if spaced == before:  # no space between the title and the number
        return None
    return spaced, m.group()


# --- case ids -------------------------------------------------------------------

# `Sags ID: EMN-2017-02193`, `Sagsnr.: 12/27845`, `Sagsid.: 22/2694`, `J.nr.: 01.02.03`
# `KU 11/2005  J.nr. KU 31/2005`: a committee's own running case number, then the label of
# the journal number that is the case id.
_OWN_NUMBER_FIRST = re.compile(
    r"^(?:[A-ZÆØÅ]{1,6}\s+)?\d{1,5}/\d{2,4}\s+(?=j\.\s?nr|journalnr)", re.I
)
_LABELLED_CASE_ID = re.compile(
    r"^(?:sags\s?id|sagsnr|sags\s?nr|sag\s?nr|sagsnummer|sagsid|j\.\s?nr|journal\s?nr|"
    r"acadre\s+sagsnr)\.?\s*:?\s*(?P<value>"
    # `J.nr. KU 31/2005`: a committee's letters before the number
    r"(?-i:[A-ZÆØÅ]{1,6}\s\d{1,5}/\d{2,4}\b)"
    # `Journalnr. 00.01 P27/`: the KLE group and the subject code of an older journal plan
    r"|(?-i:\d\d\.\d\d\s[A-ZÆØÅ]\d\d/[\w./-]*)"
    r"|[A-ZÆØÅ0-9][\w./-]*)",
    re.I,
)
# `EMN-2023-009832` or `018520-2013` alone on a line: a case id printed without a label
_BARE_CASE_ID = re.compile(r"^(?P<value>[A-ZÆØÅ]{2,6}-\d{4}-\d{3,}|\d{5,7}-(19|20)\d\d)$")


# `Sag 306-2009-600`: the word alone before a case number of several parts.
_SAG_CASE_ID = re.compile(r"^sag\s+(?P<value>\d{1,6}(?:[-/.]\d{1,8}){1,4})$", re.I)
# `A00`, `G01`: a KLE facet alone, what is left of a journal number that lost its digits.
_KLE_FACET = re.compile(r"^[A-ZÆØÅ]\d{2}$")
# `Sagsnr.: Sagen afgøres i: Bilag: 15/24042 ...`: a label grid flattened by a
# transcript, the labels first and then their values in the same order.
_GRID_CASE_ID = re.compile(
    r"^(?:sagsnr|sags\s?nr|sagsnummer|sagsid)\.?\s*:\s*(?:[A-ZÆØÅ][\w ]{0,30}:\s*){1,3}"
    r"(?P<value>\d{1,4}/\d{2,6}|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,}|\d\d\.\d\d\.\d\d-[\w-]{3,30})(?:\s|$)",
    re.I,
)


# `Journal nr.: 0 5.0 1.0 0 G 0 1 /3 1 2`: a journal number whose characters a scan's text
# layer set apart; read without the spaces (`05.01.00G01/312`).
_SPACED_CASE_ID = re.compile(
    r"^(?:journal\s?nr|j\.\s?nr|sagsnr)\.?\s?:\s?"
    r"(?P<value>(?-i:\d\s\d(?:\s?[\d./]|\s?[A-ZÆØÅ](?![a-zæøå])){4,40}))",
    re.I,
)


def labelled_case_id(text: str) -> str | None:
    """`Sags ID: EMN-2017-02193`, `Sagsnr.: 12/27845`, `Sag 306-2009-600`: the case id as
    printed."""
    spaced = _SPACED_CASE_ID.match(text)
    if spaced is not None:
        return "".join(spaced["value"].split())
    own = _OWN_NUMBER_FIRST.match(text)
    m = _LABELLED_CASE_ID.match(text[own.end() :] if own else text) or _SAG_CASE_ID.match(
        text.strip()
    )
    if not m or not any(ch.isdigit() for ch in m["value"]):
        grid = _GRID_CASE_ID.match(text)
        # `Sagsnr Dok.nr`: a label without its number, and the next label (unless the
        # labels of a flattened grid are followed by their values)
        return grid["value"] if grid else None
    return m["value"].rstrip(".,;")


def kle_facet(value: str) -> bool:
    """`A00`: a KLE facet alone (`J.nr.: A00`, a journal number that lost its digits), no
    case number; the item's case id is printed on another line."""
    return _KLE_FACET.match(value) is not None


def bare_case_id(text: str) -> str | None:
    """`EMN-2023-009832` (First Agenda) or `018520-2013` (an older template) alone on its line."""
    m = _BARE_CASE_ID.match(text)
    return m["value"] if m else None


# --- attachments ------------------------------------------------------------------

# `1. Title (1804694 - EMN-2017-02193)`: list number, title, document id and case id.
_ATTACHMENT = re.compile(
    r"^(?:(?P<number>\d{1,3})[.)]\s+)?(?P<title>.*?)"
    r"(?:\s*\((?P<document_id>\d{3,})\s*-\s*(?P<case_id>[A-ZÆØÅ]{2,6}-\d{4}-\d+)\))?$"
)
# `2012-200782 - Title`: eDoc's document number before the title.
_DOCNO_TITLE = re.compile(r"^(?P<document_id>\d{4}-\d{3,})\s+-\s+(?P<title>.+)$")
# `Ingen`, `Ingen bilag`, `-`: an empty attachment list.
NO_ATTACHMENTS = re.compile(r"^(ingen( bilag)?|-|\.)\.?$", re.I)


@dataclass(frozen=True, slots=True)
class AttachmentParts:
    title: str
    document_id: str | None
    case_id: str | None


def attachment_parts(text: str) -> AttachmentParts:
    """Split an attachment line into its title, document id and case id."""
    m = _DOCNO_TITLE.match(text)
    if m:
        return AttachmentParts(m["title"], m["document_id"], None)
    m = _ATTACHMENT.match(text)
    if m and m["title"]:
        return AttachmentParts(m["title"].strip(), m["document_id"], m["case_id"])
    return AttachmentParts(text, None, None)
