"""Find Danish dates and clock times in one line of text.

Meeting documents print dates and times in many shapes: `25-04-2017 19:00`,
`tirsdag den 25. april 2017 kl. 19.00-21.00`, `Mødedato: 22.04.2021, kl. 17:30`,
`Mødet blev hævet kl.: 20.35`. Everything here is a pure function of the text:
no state, no locale, never an exception for odd input.

Rules are module-level compiled patterns, each with a comment naming the Danish
text it matches. A date rule yields a syntactic match that is then validated
(`31-02-2017` is date-shaped but no date). Every date-shaped span, valid or not,
with or without a year, is masked before times are looked for, so the `04.12`
of `04.12.2012` or the `19` of `kl 19. juni` is never read as a clock time.

What is deliberately *not* a date or a time:

- a year alone (`2017`), amounts (`1,4 mio. kr.`, `2.591.000 kr.`, `kr. 19.00`),
  case and journal numbers (`EMN-2017-02193`, `12/27845`, `01.02.05-P16-1092-15`),
  page references (`Side 3 af 12`), section numbers (`4.1`, `4.10`);
- a day and month without a year (`den 4. juni`): there is no year to give it;
- a bare `H.MM` with a one-digit hour (`4.10`), unless `kl.` or a
  `...tidspunkt` label stands before it; `HH.MM` (`17.00`) is taken as a time;
- `kl. 24.00` (not a valid `datetime.time`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

__all__ = [
    "DANISH_MONTHS",
    "combine",
    "find_date",
    "find_datetime",
    "find_time",
    "find_time_range",
    "format_danish",
]

#: The twelve Danish month names, January first, as `format_danish` prints them.
DANISH_MONTHS: tuple[str, ...] = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

#: Every month word the parser reads (lower case) -> month number: Danish names,
#: their usual abbreviations (`jan.`, `sept.`, `okt.`) and the English names that
#: web-published agendas sometimes carry (`April 3, 2019`).
MONTH_WORDS: dict[str, int] = {
    **{name: number for number, name in enumerate(DANISH_MONTHS, start=1)},
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
}

_FLAGS = re.IGNORECASE

# Alternation of month words, longest first so `marts` wins over `mar`; a month
# word must not run on into more letters (`Jansen` is no `jan`).
_MONTH = "(?P<month>" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"

# Optional weekday and article before a date: `tirsdag den `, `Onsdag d. `, `torsdag `.
_PREFIX = (
    r"(?:\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b,?\s*)?"
    r"(?:\b(?:den|d\.)\s*)?"
)

# Left edge of a number that stands alone: not glued to a word, a decimal comma,
# a slash or hyphen (`12/27845`, `EMN-2017-`), nor to `<digit>.` / `<digit>:`
# (`01.02.05`). `d.25-04-2017` is still fine: the dot follows a letter.
_ALONE = r"(?<![\w,/-])(?<![0-9][.:])"

# Right edge of a numeric date: not followed by a word, a slash or hyphen
# (`01.02.05-P16-1092-15`), nor by `.`/`,`/`:` and a digit (`2.591.000`).
_DATE_END = r"(?![\w/-]|[.,:][0-9])"

# Right edge of a clock time: as for dates, but a hyphen may open a range
# (`19.00-21.00`) as long as no letter follows it (`10.30-P20`).
_TIME_END = r"(?!\w|[.,:/][0-9]|-[^\W\d_])"


# --- date rules -------------------------------------------------------------

# `25-04-2017`, `04.12.2012`, `8-06-2006`, `25/04/2017`, `torsdag 8-06-2006`.
_DMY_NUMERIC = re.compile(
    _PREFIX
    + _ALONE
    + r"(?P<day>[0-9]{1,2})(?P<sep>[-./])(?P<month>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
    + _DATE_END,
    _FLAGS,
)

# `25.04.17`, `25-04-17` (two-digit year; day and month must have two digits, so
# section numbers such as `1.2.12` stay what they are).
_DMY_SHORT_YEAR = re.compile(
    _PREFIX
    + _ALONE
    + r"(?P<day>[0-9]{2})(?P<sep>[-./])(?P<month>[0-9]{2})(?P=sep)(?P<year>[0-9]{2})"
    + _DATE_END,
    _FLAGS,
)

# `25/4-2017`, `25/4 2017` (day/month, then the year after a hyphen or a space).
_DM_SLASH_YEAR = re.compile(
    _PREFIX
    + _ALONE
    + r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})(?:-|[ \t\xa0]+)(?P<year>[0-9]{4})"
    + _DATE_END,
    _FLAGS,
)

# `2012-12-04`, also `2012-12-04T19:00` (ISO 8601).
_ISO = re.compile(
    _ALONE
    + r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})"
    + r"(?:(?=T[0-9])|(?![\w/-]|[.,:][0-9]))",
    _FLAGS,
)

# `tirsdag den 25. april 2017`, `Onsdag d. 27. august 2025`, `21. januar 2013`,
# `15-maj-2002`, `3. dec. 2025`; the year is optional here so that `den 4. juni`
# is still masked from the time rules, but only a match with a year is a date.
_DAY_MONTH_NAME = re.compile(
    _PREFIX
    + r"(?<![\w,/])(?<![0-9][.:])"  # a hyphen may precede: `5.-7. april 2017`
    + r"(?P<day>[0-9]{1,2})(?:\.[ \t\xa0]*|[ \t\xa0]+|\.?-)"
    + _MONTH
    + r"(?:[ \t\xa0]*[,-]?[ \t\xa0]*(?P<year>[0-9]{4})(?![0-9]))?",
    _FLAGS,
)

# `April 3, 2019`, `Onsdag, April 3, 2019` (month first, as English web pages print it).
_MONTH_NAME_DAY = re.compile(
    _PREFIX
    + r"\b"
    + _MONTH
    + r"[ \t\xa0]+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
    + r"[ \t\xa0]*,?[ \t\xa0]*(?P<year>[0-9]{4})(?![0-9])",
    _FLAGS,
)

# All date rules; `find_date` takes the leftmost real date any of them finds.
_DATE_RULES: tuple[re.Pattern[str], ...] = (
    _DMY_NUMERIC,
    _DMY_SHORT_YEAR,
    _DM_SLASH_YEAR,
    _ISO,
    _DAY_MONTH_NAME,
    _MONTH_NAME_DAY,
)


# --- time rules -------------------------------------------------------------

# `kl.`, `kl`, `Kl.:`, `klokken` before a time.
_KL = r"\b(?:kl|klokken)\b\.?[ \t\xa0]*:?[ \t\xa0]*"

# `kl. 19.00`, `kl. 16:00`, `kl.21.33`, `hævet kl.: 20.35`, `kl. 8.15`, `kl. 9`.
_KL_TIME = re.compile(
    _KL
    + r"(?P<hour>[0-9]{1,2})(?:[.:](?P<minute>[0-9]{2})(?:[.:](?P<second>[0-9]{2}))?)?"
    + r"(?![0-9]|[.,:][0-9])",
    _FLAGS,
)

# `19:00`, `7:30`, `09:00:00` (a colon time needs no `kl.`).
_COLON_TIME = re.compile(
    r"(?:(?<=[0-9]T)|" + _ALONE + ")"
    r"(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?" + _TIME_END,
    _FLAGS,
)

# `17.00` in `Mødetidspunkt 17.00` (a dot time without `kl.`); not an amount
# (`kr. 19.00`, `19.00 kr.`, `12.50 %`), and a one-digit hour only after a
# `...tidspunkt` label (see `_TIME_LABEL_BEFORE`).
_DOT_TIME = re.compile(
    r"(?<!kr\.)(?<!kr\.[ \xa0])(?<!kr[ \xa0])"
    + _ALONE
    + r"(?P<hour>[0-9]{1,2})\.(?P<minute>[0-9]{2})"
    + _TIME_END
    + r"(?![ \t\xa0]*(?:kr\b|mio\b|mia\b|mill|%|pct\b|procent))",
    _FLAGS,
)

# `Mødetidspunkt 8.30`, `Starttidspunkt for møde: 19:00`, directly before a time.
_TIME_LABEL_BEFORE = re.compile(r"tidspunkt(?:\s+for\s+mødet?)?[\s:]*$", _FLAGS)

# `Sluttidspunkt: 19:30`, `sluttede kl. 16.45`, `hævet kl.: 20.35`, `til kl. 18.40`:
# the time after these words is when something ends.
_END_WORD_BEFORE = re.compile(
    r"(?:\bslut\w*(?:\s+for\s+mødet?)?|\b(?:op)?hævet|\bafsluttet|\b(?:ind)?til)"
    r"[\s:]*(?:" + _KL + r")?$",
    _FLAGS,
)

# One side of a range: `19.00`, `16:10`, `9` (an hour alone only after `kl.`).
_RANGE_SIDE = (
    r"(?P<hour{n}>[0-9]{{1,2}})(?:[.:](?P<minute{n}>[0-9]{{2}})(?::(?P<second{n}>[0-9]{{2}}))?)?"
)

# `19.00-21.00`, `kl. 19.00 - 21.00`, `Kl. 15:00-16:10`, `fra kl. 9 til kl. 12`,
# `fra 9.00 til 12.00`, `kl. 16.00–18.00` (en dash).
_TIME_RANGE = re.compile(
    r"(?:\bfra[ \t\xa0]+)?"
    + "(?P<kl>"
    + _KL
    + ")?"
    + _ALONE
    + _RANGE_SIDE.format(n=1)
    + r"[ \t\xa0]*(?:[-–—]|\btil\b)[ \t\xa0]*(?:"
    + _KL
    + ")?"
    + _RANGE_SIDE.format(n=2)
    + r"(?![0-9]|[.,:][0-9]|[-/][0-9])",
    _FLAGS,
)

# The first digit of a date-shaped span (where masking for times begins).
_FIRST_DIGIT = re.compile(r"[0-9]")

# How far back the label and end-word checks look before a time.
_LOOKBACK = 40


@dataclass(frozen=True, slots=True)
class _TimeHit:
    """A clock time found at `start:end`; `until` is set when it opens a range."""

    start: int
    end: int
    value: time
    ends_something: bool
    until: time | None = None


# --- helpers ----------------------------------------------------------------


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of `pattern`, trying each start position (overlaps included)."""
    pos = 0
    while pos <= len(text):
        match = pattern.search(text, pos)
        if match is None:
            return
        yield match
        pos = match.start() + 1


def _make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the numbers name no day (`31-02-2017`)."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _make_time(hour: str, minute: str | None, second: str | None) -> time | None:
    """The time from digit groups, or None when out of range (`24.00`, `12.60`)."""
    try:
        return time(int(hour), int(minute or 0), int(second or 0))
    except (ValueError, OverflowError):
        return None


def _expand_year(digits: str) -> int:
    """A printed year as a number; two digits pivot at 70 (`17` -> 2017, `98` -> 1998)."""
    year = int(digits)
    if len(digits) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _date_of(match: re.Match[str]) -> date | None:
    """The date a date-rule match names, or None (no year, or no such day)."""
    groups = match.groupdict()
    year = groups.get("year")
    if year is None:
        return None
    month_text = groups["month"]
    if month_text.isdigit():
        month = int(month_text)
    else:
        month = MONTH_WORDS.get(month_text.rstrip(".").lower(), 0)
    return _make_date(_expand_year(year), month, int(groups["day"]))


def _date_hits(text: str) -> Iterator[tuple[int, int, date | None]]:
    """Every date-shaped span (start, end, date or None when not a real date)."""
    for pattern in _DATE_RULES:
        for match in _matches(pattern, text):
            yield match.start(), match.end(), _date_of(match)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the digits of every date-shaped text, so times skip them."""
    spans = []
    for start, end, _ in _date_hits(text):
        # Start at the first digit: a weekday or `den` before a date is no
        # reason to drop a time printed just before it.
        head = _FIRST_DIGIT.search(text, start, end)
        spans.append((head.start() if head else start, end))
    return spans


def _ends_something(text: str, start: int) -> bool:
    """True when an end word (`Sluttidspunkt`, `hævet`, `til` ...) stands before `start`."""
    return _END_WORD_BEFORE.search(text[max(0, start - _LOOKBACK) : start]) is not None


def _time_hits(text: str) -> list[_TimeHit]:
    """Every clock time outside dates, sorted by position (ranges first at a tie)."""
    masked = _date_spans(text)
    hits: list[_TimeHit] = []

    for match in _matches(_TIME_RANGE, text):
        if match.group("kl") is None and (
            match.group("minute1") is None or match.group("minute2") is None
        ):
            continue  # `4-12` without `kl.` is no time range
        if _overlaps(match.start(), match.end(), masked):
            continue
        first = _make_time(match["hour1"], match["minute1"], match["second1"])
        second = _make_time(match["hour2"], match["minute2"], match["second2"])
        if first is not None and second is not None:
            hits.append(_TimeHit(match.start(), match.end(), first, False, second))

    for pattern in (_KL_TIME, _COLON_TIME, _DOT_TIME):
        for match in _matches(pattern, text):
            if _overlaps(match.start(), match.end(), masked):
                continue
            before = text[max(0, match.start() - _LOOKBACK) : match.start()]
            if (
                pattern is _DOT_TIME
                and len(match["hour"]) < 2
                and not _TIME_LABEL_BEFORE.search(before)
            ):
                continue  # `4.10` is a section number, `Mødetidspunkt 8.30` a time
            value = _make_time(match["hour"], match["minute"], match.groupdict().get("second"))
            if value is not None:
                hits.append(
                    _TimeHit(
                        match.start(), match.end(), value, _ends_something(text, match.start())
                    )
                )

    hits.sort(key=lambda hit: (hit.start, hit.until is None))
    return hits


# --- public API -------------------------------------------------------------


def find_date(text: str) -> date | None:
    """The first real date in `text` (`tirsdag den 25. april 2017`, `25-04-2017` ...), or None."""
    found = [(start, value) for start, _, value in _date_hits(text) if value is not None]
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


def find_date_span(text: str) -> tuple[int, int] | None:
    """Where the first real date stands in `text`, a weekday and `den` before it
    included (`Onsdag den 15-maj-2002` -> its start and end), or None."""
    found = [(start, end) for start, end, value in _date_hits(text) if value is not None]
    return min(found) if found else None


def find_time(text: str) -> time | None:
    """The first clock time in `text` (`kl. 19.00`, `19:00`, `Mødetidspunkt 17.00`), or None."""
    hits = _time_hits(text)
    return hits[0].value if hits else None


def find_time_range(text: str) -> tuple[time | None, time | None]:
    """Start and end time printed in `text`.

    A range gives both (`kl. 19.00-21.00`, `fra kl. 9 til kl. 12`). Otherwise the
    start is the first time not introduced by an end word, and the end the first
    time that is (`Mødetidspunkt: 19:00 Sluttidspunkt: 19:30`, `startede kl. 15.30
    og sluttede kl. 16.45`, `hævet kl. 20.35` -> `(None, 20:35)`).
    """
    hits = _time_hits(text)
    start = next((hit for hit in hits if not hit.ends_something), None)
    if start is not None and start.until is not None:
        return start.value, start.until
    end = next((hit for hit in hits if hit.ends_something), None)
    return (
        start.value if start is not None else None,
        end.value if end is not None else None,
    )


def find_datetime(text: str) -> tuple[date | None, time | None, time | None]:
    """The date and the start and end time in `text`, in whichever order they are printed."""
    start, end = find_time_range(text)
    return find_date(text), start, end


def combine(d: date | None, t: time | None) -> datetime | date | None:
    """A datetime when both are known, the date alone without a time, None without a date."""
    if d is None:
        return None
    if t is None:
        return d
    return datetime.combine(d, t)


def format_danish(day: date) -> str:
    """`25. april 2017`: the long Danish form, year padded to four digits (`0005`)."""
    return f"{day.day}. {DANISH_MONTHS[day.month - 1]} {day.year:04d}"
