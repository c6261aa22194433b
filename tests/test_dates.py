"""Tests for `dagsorden_parser.facts.dates`: Danish dates and clock times in a line.

The example strings are invented; they follow the shapes printed in municipal
agendas and minutes (see GLOSSARY.md, "Dates, times, amounts").
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dagsorden_parser.facts.dates import (
    DANISH_MONTHS,
    combine,
    find_date,
    find_datetime,
    find_time,
    find_time_range,
    format_danish,
)

# --- find_date --------------------------------------------------------------

DATES: list[tuple[str, date]] = [
    # numeric, day-month-year
    ("14-03-2019", date(2019, 3, 14)),
    ("Mødetidspunkt 14-03-2019 18:30", date(2019, 3, 14)),
    ("07.11.2014", date(2014, 11, 7)),
    ("Mødedato: 07.11.2014, kl. 10:00", date(2014, 11, 7)),
    ("3-09-2008", date(2008, 9, 3)),
    ("fredag 3-09-2008 kl. 9.45", date(2008, 9, 3)),
    ("Onsdag den 16-10-2013 kl. 08:00", date(2013, 10, 16)),
    ("Beslutning i Byrådet den 16-10-2013", date(2013, 10, 16)),
    ("Udvalget, 16-10-2013, pkt. 7", date(2013, 10, 16)),
    ("d. 16-10-2013", date(2013, 10, 16)),
    ("d.16-10-2013", date(2013, 10, 16)),
    ("16/10/2013", date(2013, 10, 16)),
    ("29-02-2024", date(2024, 2, 29)),
    ("Referat 16-10-2013.", date(2013, 10, 16)),
    # two-digit year
    ("12.06.19", date(2019, 6, 12)),
    ("12-06-19", date(2019, 6, 12)),
    ("den 12.06.19 i salen", date(2019, 6, 12)),
    ("01.01.99", date(1999, 1, 1)),
    ("31.12.69", date(2069, 12, 31)),
    ("01.01.70", date(1970, 1, 1)),
    # day/month-year
    ("fra den 9/5 2011 udtræder", date(2011, 5, 9)),
    ("høring indtil 9/5-2011.", date(2011, 5, 9)),
    # ISO
    ("2016-08-22", date(2016, 8, 22)),
    ("oprettet 2016-08-22 14:05:00", date(2016, 8, 22)),
    ("2016-08-22T14:05", date(2016, 8, 22)),
    # month names
    ("mandag den 14. marts 2016", date(2016, 3, 14)),
    ("Fredag d. 5. september 2031 kl. 13:00", date(2031, 9, 5)),
    ("den 8. oktober 2024", date(2024, 10, 8)),
    ("den  8. oktober 2024", date(2024, 10, 8)),
    ("17. februar 2011", date(2011, 2, 17)),
    ("Mødedato 17. februar 2011", date(2011, 2, 17)),
    ("TORSDAG DEN 17. FEBRUAR 2011", date(2011, 2, 17)),
    ("Dato: 2. juli 2009", date(2009, 7, 2)),
    ("søndag den 2. juli 2009, kl. 11", date(2009, 7, 2)),
    ("lørdag den 22. maj 2010", date(2010, 5, 22)),
    ("tirsdag, 22. maj 2010", date(2010, 5, 22)),
    ("22-maj-2010", date(2010, 5, 22)),
    ("Afbud: Tirsdag den 22-maj-2010", date(2010, 5, 22)),
    ("22. maj-2010", date(2010, 5, 22)),
    ("22.maj 2010", date(2010, 5, 22)),
    ("22 maj 2010", date(2010, 5, 22)),
    ("30. juni 2027/halvår", date(2027, 6, 30)),
    ("pr. 1. januar 2030 til 1.500 kr.", date(2030, 1, 1)),
    ("Referat – 6. november 2015:", date(2015, 11, 6)),
    ("i perioden 3. august 2012 til 19. august 2012", date(2012, 8, 3)),
    ("5.-7. april 2019", date(2019, 4, 7)),
    # abbreviated months
    ("4. jan. 2018", date(2018, 1, 4)),
    ("4. feb. 2018", date(2018, 2, 4)),
    ("4. mar. 2018", date(2018, 3, 4)),
    ("4. apr 2018", date(2018, 4, 4)),
    ("4. jun. 2018", date(2018, 6, 4)),
    ("4. jul. 2018", date(2018, 7, 4)),
    ("4. aug. 2018", date(2018, 8, 4)),
    ("4. sep. 2018", date(2018, 9, 4)),
    ("4. sept. 2018", date(2018, 9, 4)),
    ("4. okt. 2018", date(2018, 10, 4)),
    ("4. nov. 2018", date(2018, 11, 4)),
    ("4. dec. 2018", date(2018, 12, 4)),
    ("4-dec-2018", date(2018, 12, 4)),
    # English month first, as on some web pages
    ("Dato: Torsdag, March 9, 2017 - 17:00", date(2017, 3, 9)),
    ("October 21 2021", date(2021, 10, 21)),
    # the first date wins
    ("mødet den 9. juni 2022, jf. beslutning 02-05-2022", date(2022, 6, 9)),
    ("02-05-2022 og den 9. juni 2022", date(2022, 5, 2)),
    # an invalid date is skipped, a later valid one found
    ("30-02-2021 rettet til 28-02-2021", date(2021, 2, 28)),
    # a year-less date is skipped
    ("den 4. maj og den 6. maj 2020", date(2020, 5, 6)),
]

NO_DATES: list[str] = [
    "",
    "2017",
    "budget 2019-2022",
    "Budget 2021",
    "marts 2024",
    "den 4. juni",
    "den 4. juni bliver godkendt",
    "31-02-2017",
    "32-01-2017",
    "15-13-2017",
    "00-01-2017",
    "29-02-2023",
    "31. april 2020",
    "0. maj 2020",
    "2017-13-01",
    "1,4 mio. kr.",
    "2.591.000 kr.",
    "kr. 500.000",
    "12,581 mio. kr.",
    "EMN-2017-02193",
    "Sags ID: EMN-2019-11034",
    "12/27845",
    "Sagsid.: 14/30412",
    "2011-29298",
    "Sagsnr.: 1-12-08-2-18",
    "Åbent - 01.02.05-P16-1092-15",
    "04.04.00-P20-6-17",
    "Sagsnr.: 05.00.00-A00-2-17",
    "Side 3 af 12",
    "4.1",
    "4.1.2",
    "1.2.12",
    "kl. 19.00",
    "19.00-21.00",
    "09:00:00",
    "Jansen 12 2017",
    "jan 2020",
    "1-21-78-2-18",
    "tlf. 12 34 56 78",
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_find_date(text: str, expected: date) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize("text", NO_DATES)
def test_find_date_none(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("month", "number"),
    [(name, number) for number, name in enumerate(DANISH_MONTHS, start=1)],
)
def test_every_danish_month_name(month: str, number: int) -> None:
    assert find_date(f"den 11. {month} 2022") == date(2022, number, 11)
    assert find_date(f"11-{month}-2022") == date(2022, number, 11)


# --- find_time --------------------------------------------------------------

TIMES: list[tuple[str, time]] = [
    ("kl. 18.30", time(18, 30)),
    ("kl. 18:30", time(18, 30)),
    ("Kl. 18:30", time(18, 30)),
    ("kl 18.30", time(18, 30)),
    ("kl.18.30", time(18, 30)),
    ("klokken 18.30", time(18, 30)),
    ("Tidspunkt: Kl. 18:30", time(18, 30)),
    ("18:30", time(18, 30)),
    ("Starttidspunkt for møde: 18:30.", time(18, 30)),
    ("6:45", time(6, 45)),
    ("Torsdag kl. 6:45 Mødelokale B3", time(6, 45)),
    ("kl. 6.45", time(6, 45)),
    ("kl. 6.45.", time(6, 45)),
    ("kl. 6", time(6, 0)),
    ("kl. 13 i salen", time(13, 0)),
    ("10:15:30", time(10, 15, 30)),
    ("14-03-2019 10:00:00", time(10, 0)),
    ("14-03-2019 18:30", time(18, 30)),
    ("18.30-20.00", time(18, 30)),
    ("kl. 18.30 - 20.00", time(18, 30)),
    ("Mødetidspunkt 16.00", time(16, 0)),
    ("Mødetidspunkt 8.30", time(8, 30)),
    ("Mødet blev hævet kl.: 21.10", time(21, 10)),
    ("Mødet blev hævet kl. 21.10.", time(21, 10)),
    ("Mødet sluttede kl.22.05", time(22, 5)),
    ("Mødet startede kl. 14.30 og sluttede kl. 16.45.", time(14, 30)),
    ("forlod mødet kl. 20.15 efter punkt 4", time(20, 15)),
    ("fredag 3-09-2008 kl. 9.45", time(9, 45)),
    ("3.09.2008 kl. 9.45", time(9, 45)),
    ("Mødedato: 07.11.2014, kl. 10:00", time(10, 0)),
    ("kl. 11:00 den 7. november 2014", time(11, 0)),
    ("Dato: Torsdag, March 9, 2017 - 17:00", time(17, 0)),
    ("2016-08-22T14:05", time(14, 5)),
    ("kl. 23.59", time(23, 59)),
    ("kl. 0.00", time(0, 0)),
]

NO_TIMES: list[str] = [
    "",
    "kl",
    "Mødet den kl Rådhuset",
    "Mødet blev hævet kl For åbne døre:",
    "2017",
    "4.1",
    "4.10",
    "afsnit 4.10 og 4.12",
    "07.11.2014",
    "14-03-2019",
    "12.06.19",
    "2016-08-22",
    "1.400",
    "1,4 mio. kr.",
    "2.591.000 kr.",
    "kr. 500.000",
    "kr. 18.50",
    "18.50 kr.",
    "12.50 %",
    "kl. 24.00",
    "kl. 25",
    "kl. 12.60",
    "25:00",
    "Sagsnr.: 05.00.00-A00-2-17",
    "Åbent - 01.02.05-P16-1092-15",
    "10.30-P20-6-17",
    "Side 3 af 12",
    "EMN-2017-02193",
    "mødet kl 19. juni 2006",
    "den 4. juni",
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_find_time(text: str, expected: time) -> None:
    assert find_time(text) == expected


@pytest.mark.parametrize("text", NO_TIMES)
def test_find_time_none(text: str) -> None:
    assert find_time(text) is None


# --- find_time_range --------------------------------------------------------

RANGES: list[tuple[str, tuple[time | None, time | None]]] = [
    ("18.30-20.00", (time(18, 30), time(20, 0))),
    ("18.30 - 20.00", (time(18, 30), time(20, 0))),
    ("kl. 18.30 - 20.00", (time(18, 30), time(20, 0))),
    ("kl. 18.30-20.00 Mødelokale 2", (time(18, 30), time(20, 0))),
    ("Kl. 13:00-15:20", (time(13, 0), time(15, 20))),
    ("kl. 16.00–18.00", (time(16, 0), time(18, 0))),
    ("fra kl. 8 til kl. 11", (time(8, 0), time(11, 0))),
    ("fra kl. 8 til 11", (time(8, 0), time(11, 0))),
    ("kl. 8-11", (time(8, 0), time(11, 0))),
    ("fra 8.00 til 11.00", (time(8, 0), time(11, 0))),
    ("kl. 22.00-01.00", (time(22, 0), time(1, 0))),
    ("14-03-2019 Kl. 13:00-15:20", (time(13, 0), time(15, 20))),
    ("Mødetidspunkt: 18:00 Sluttidspunkt: 18:45", (time(18, 0), time(18, 45))),
    (
        "Starttidspunkt for møde: 19:00. Sluttidspunkt for møde: Kl. 21:15",
        (time(19, 0), time(21, 15)),
    ),
    ("Mødet startede kl. 14.30 og sluttede kl. 16.45.", (time(14, 30), time(16, 45))),
    ("kl. 18.30", (time(18, 30), None)),
    ("Mødetidspunkt 16.00", (time(16, 0), None)),
    ("Mødet blev hævet kl.: 21.10", (None, time(21, 10))),
    ("Mødet sluttede kl.22.05", (None, time(22, 5))),
    ("deltog til kl. 19.40 i punkt 3", (None, time(19, 40))),
    ("", (None, None)),
    ("punkt 4-12", (None, None)),
    ("afsnit 4.1-4.3", (None, None)),
    ("2019-2022", (None, None)),
    ("14-03-2019", (None, None)),
    ("kl. 24.00-02.00", (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_find_time_range(text: str, expected: tuple[time | None, time | None]) -> None:
    assert find_time_range(text) == expected


# --- find_datetime and combine ----------------------------------------------

DATETIMES: list[tuple[str, tuple[date | None, time | None, time | None]]] = [
    ("14-03-2019 18:30", (date(2019, 3, 14), time(18, 30), None)),
    ("Mødetidspunkt 14-03-2019 18:30", (date(2019, 3, 14), time(18, 30), None)),
    ("14-03-2019 10:00:00", (date(2019, 3, 14), time(10, 0), None)),
    (
        "mødes tirsdag den 14. marts 2017 kl. 18.30-20.30 i mødelokale 4",
        (date(2017, 3, 14), time(18, 30), time(20, 30)),
    ),
    ("Fredag d. 5. september 2031 kl. 13:00", (date(2031, 9, 5), time(13, 0), None)),
    ("fredag 3-09-2008 kl. 9.45", (date(2008, 9, 3), time(9, 45), None)),
    ("kl. 11:00 den 7. november 2014", (date(2014, 11, 7), time(11, 0), None)),
    ("Mødedato: 07.11.2014, kl. 10:00", (date(2014, 11, 7), time(10, 0), None)),
    (
        "Mødedato: 3. maj 2012 Mødetidspunkt: 17:00 Sluttidspunkt: 18:10",
        (date(2012, 5, 3), time(17, 0), time(18, 10)),
    ),
    ("Dato: Torsdag, March 9, 2017 - 17:00", (date(2017, 3, 9), time(17, 0), None)),
    ("Mødetidspunkt 16.00", (None, time(16, 0), None)),
    ("den 3. december 2025", (date(2025, 12, 3), None, None)),
    ("Side 3 af 12", (None, None, None)),
]


@pytest.mark.parametrize(("text", "expected"), DATETIMES)
def test_find_datetime(text: str, expected: tuple[date | None, time | None, time | None]) -> None:
    assert find_datetime(text) == expected


@pytest.mark.parametrize(
    ("d", "t", "expected"),
    [
        (date(2019, 3, 14), time(18, 30), datetime(2019, 3, 14, 18, 30)),
        (date(2019, 3, 14), None, date(2019, 3, 14)),
        (None, time(18, 30), None),
        (None, None, None),
    ],
)
def test_combine(d: date | None, t: time | None, expected: datetime | date | None) -> None:
    result = combine(d, t)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2017, 4, 25), "25. april 2017"),
        (date(2030, 1, 1), "1. januar 2030"),
        (date(2024, 3, 9), "9. marts 2024"),
        (date(5, 12, 31), "31. december 0005"),
    ],
)
def test_format_danish(d: date, text: str) -> None:
    assert format_danish(d) == text


# --- properties -------------------------------------------------------------

# Pieces that make arbitrary text likely to reach deep into the rules.
_WORDS = (
    "0 1 2 9 12 19 24 31 2017 0005 . , : - – / T kl kl. Kl.: klokken fra til den d. hævet"
    " Mødetidspunkt Sluttidspunkt kr. mio. % januar marts maj dec. sept April tirsdag"
    " Søndag æ ø å Æ Ø Å ٣ ²"
)
_PIECES = st.sampled_from([*_WORDS.split(), " ", "\xa0", "\n"])
_DANISH_TEXT = st.text(alphabet=st.characters(), max_size=200) | st.lists(_PIECES, max_size=40).map(
    "".join
)
# Text without ASCII digits cannot hold a date or time of its own.
_NOISE = st.text(
    alphabet=st.characters(blacklist_characters="0123456789", blacklist_categories=["Cs"]),
    max_size=40,
)


@given(_DANISH_TEXT)
def test_never_raises(text: str) -> None:
    found_date = find_date(text)
    found_time = find_time(text)
    start, end = find_time_range(text)
    assert find_datetime(text) == (found_date, start, end)
    assert found_date is None or isinstance(found_date, date)
    if start is not None or end is not None:
        assert found_time is not None
    combine(found_date, found_time)


@given(_NOISE)
def test_text_without_digits_has_no_date_or_time(text: str) -> None:
    assert find_datetime(text) == (None, None, None)


@given(st.dates())
def test_format_danish_round_trips(d: date) -> None:
    assert find_date(format_danish(d)) == d


@given(st.dates(), _NOISE, _NOISE)
def test_format_danish_found_between_noise(d: date, before: str, after: str) -> None:
    assert find_date(f"{before} {format_danish(d)} {after}") == d


# `%Y` prints years below 1000 without padding (`5`), which is no printed year.
@given(st.dates(min_value=date(1000, 1, 1)))
def test_numeric_formats_round_trip(d: date) -> None:
    assert find_date(d.strftime("%d-%m-%Y")) == d
    assert find_date(d.strftime("%d.%m.%Y")) == d
    assert find_date(d.strftime("%d/%m/%Y")) == d
    assert find_date(f"{d.day}-{d.month:02d}-{d.year}") == d


@given(st.dates())
def test_iso_round_trips(d: date) -> None:
    assert find_date(d.isoformat()) == d


@given(st.times())
def test_times_round_trip(t: time) -> None:
    minute = t.replace(second=0, microsecond=0)
    assert find_time(f"kl. {t:%H.%M}") == minute
    assert find_time(f"kl. {t.hour}.{t:%M}") == minute
    assert find_time(f"{t:%H:%M}") == minute
    assert find_time(f"{t:%H:%M:%S}") == t.replace(microsecond=0)
    assert find_time(f"Mødetidspunkt {t:%H.%M}") == minute


@given(st.times(), st.times())
def test_time_ranges_round_trip(a: time, b: time) -> None:
    a, b = a.replace(second=0, microsecond=0), b.replace(second=0, microsecond=0)
    assert find_time_range(f"{a:%H.%M}-{b:%H.%M}") == (a, b)
    assert find_time_range(f"kl. {a:%H:%M} - {b:%H:%M}") == (a, b)
    assert find_time_range(f"fra kl. {a.hour} til kl. {b.hour}") == (
        time(a.hour),
        time(b.hour),
    )


@given(st.dates(min_value=date(1000, 1, 1)), st.times())
def test_date_and_time_in_either_order(d: date, t: time) -> None:
    minute = t.replace(second=0, microsecond=0)
    assert find_datetime(f"den {format_danish(d)} kl. {t:%H.%M}") == (d, minute, None)
    assert find_datetime(f"kl. {t:%H:%M}, {d:%d-%m-%Y}") == (d, minute, None)
    assert find_datetime(f"{d:%d.%m.%Y} {t:%H:%M:%S}") == (d, t.replace(microsecond=0), None)
    assert combine(*find_datetime(f"{d:%d-%m-%Y} {t:%H:%M}")[:2]) == datetime.combine(d, minute)
