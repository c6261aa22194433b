"""The First Agenda HTML export profile, on invented documents in its layout."""

from __future__ import annotations

import datetime as dt

import dagsorden_parser as dp
from dagsorden_parser.profiles import choose_profile
from dagsorden_parser.profiles.firstagenda_html import (
    FIRST_AGENDA_HTML,
    confirm,
    number_dot_title,
    prepare,
)
from dagsorden_parser.read.lines import Line

# A municipal committee's minutes: running numbers, the title repeated under each
# heading, `Sagsgang og sagstype`, a numbered list in the recommendation.
_MINUTES = """UDVALG

Udvalget for Natur og Fritid

MØDE

Referat

STED

Torvegade 9, mødelokale 1.14

STARTTIDSPUNKT

12-09-2022 15:30:00

SLUTTIDSPUNKT

12-09-2022 17:00:00


PUNKTER

71. Godkendelse af dagsorden til mødet den 12. september 2022
72. Ny plan for stierne ved Mosegården
73. Tilskud til foreningshuse 2023
74. Lukket punkt
75. Orienteringer



71. Godkendelse af dagsorden til mødet den 12. september 2022

Godkendelse af dagsorden til mødet den 12. september 2022
Sagsgang og sagstype

Udvalget for Natur og Fritid

Beslutningssag

Indstilling

Administrationen indstiller, at:

  1. dagsordenen bliver godkendt
Beslutning i Udvalget for Natur og Fritid den 12-09-2022

Godkendt



72. Ny plan for stierne ved Mosegården

Ny plan for stierne ved Mosegården
Sagsgang og sagstype

Udvalget for Natur og Fritid, Kommunalbestyrelsen

Beslutningssag

Indstilling

Administrationen indstiller, at

  1. planen for stierne godkendes
  2. Udvalget for Natur og Fritid følger op på planen i foråret
Beskrivelse af sagen

Stierne ved Mosegården er slidte efter en våd vinter.
"""

# A regional council's agenda: labels in capitals, values in capitals, headings in
# capitals, no repeated title under the first heading.
_AGENDA = """UDVALG

FORSTADSRÅD

MØDE

ORDINÆRT FORSTADSRÅDSMØDE

STED

RÅDSSALEN

STARTTIDSPUNKT

21-03-2019 16:00:00

SLUTTIDSPUNKT

21-03-2019 19:00:00


PUNKTER

1. Regnskab for havnebadet 2018
2. Medlemsforslag om cykelparkering ved stationen 2019
3. Lukket punkt
4. Status på byggeriet ved Nordkajen



1. Regnskab for havnebadet 2018

BAGGRUND FOR SAGENS FREMLÆGGELSE
Havnebadet blev åbnet i sommeren 2018. Der er tre punkter:
2. Medlemsforslag om noget helt andet
INDSTILLING
Administrationen indstiller, at regnskabet godkendes.
"""


def test_detect_claims_the_export_and_not_other_layouts() -> None:
    texts = [line for line in _MINUTES.splitlines() if line.strip()]
    assert FIRST_AGENDA_HTML.detect(texts) == 1.0
    assert choose_profile(texts).name == "firstagenda_html"
    other = ["Dagsorden til møde i Kulturudvalget", "Mødetidspunkt 03-03-2023 16:00", "Sted"]
    assert FIRST_AGENDA_HTML.detect(other) == 0.0
    # capital labels without the item list or a start/end time are not enough
    assert FIRST_AGENDA_HTML.detect(["UDVALG", "Økonomiudvalget", "STED", "Rådhuset"]) == 0.0


def test_detect_accepts_labels_with_their_value_on_the_line() -> None:
    texts = ["UDVALG Udvalget for Natur og Fritid", "STARTTIDSPUNKT 12-09-2022 15:30:00"]
    texts += ["PUNKTER", "71. Godkendelse af dagsorden"]
    assert FIRST_AGENDA_HTML.detect(texts) == 1.0


def test_number_dot_title() -> None:
    heading = number_dot_title("72. Ny plan for stierne ved Mosegården")
    assert heading is not None
    assert (heading.number, heading.title, heading.access) == (
        "72",
        "Ny plan for stierne ved Mosegården",
        None,
    )
    closed = number_dot_title("74. Lukket punkt")
    assert closed is not None and closed.access == "closed" and closed.title == "Lukket punkt"
    assert number_dot_title("1. dagsordenen bliver godkendt") is None
    assert number_dot_title("72 Ny plan") is None


def test_prepare_joins_a_label_with_its_value() -> None:
    lines = [Line(t, index=n) for n, t in enumerate(["STED", "Rådhuset", "SLUTTIDSPUNKT"])]
    lines.append(Line("PUNKTER", index=3))
    assert [line.text for line in prepare(lines)] == ["STED Rådhuset", "SLUTTIDSPUNKT", "PUNKTER"]


def test_minutes_header_items_and_sections() -> None:
    doc = dp.parse_text(_MINUTES)
    assert doc.quality is not None and doc.quality.profile == "firstagenda_html"
    assert doc.kind == "minutes"
    assert doc.committee == "Udvalget for Natur og Fritid"
    assert doc.location == "Torvegade 9, mødelokale 1.14"
    assert doc.start == dt.datetime(2022, 9, 12, 15, 30)
    assert doc.end == dt.datetime(2022, 9, 12, 17, 0)
    assert [i.number for i in doc.items] == ["71", "72", "73", "74", "75"]
    first, second = doc.items[0], doc.items[1]
    assert first.title == "Godkendelse af dagsorden til mødet den 12. september 2022"
    assert [s.heading for s in first.sections] == [
        "Sagsgang og sagstype",
        "Indstilling",
        "Beslutning i Udvalget for Natur og Fritid den 12-09-2022",
    ]
    assert [s.heading for s in second.sections] == [
        "Sagsgang og sagstype",
        "Indstilling",
        "Beskrivelse af sagen",
    ]
    # items listed under PUNKTER only, with a year at the end of the title kept
    assert doc.items[2].title == "Tilskud til foreningshuse 2023"
    assert (doc.items[3].title, doc.items[3].access) == ("Lukket punkt", "closed")


def test_agenda_in_capitals_and_a_list_in_the_body_is_no_item() -> None:
    doc = dp.parse_text(_AGENDA)
    assert doc.quality is not None and doc.quality.profile == "firstagenda_html"
    assert doc.kind == "agenda"
    assert doc.committee == "FORSTADSRÅD"
    assert doc.location == "RÅDSSALEN"
    assert doc.start == dt.datetime(2019, 3, 21, 16, 0)
    titles = [(i.number, i.title) for i in doc.items]
    assert titles == [
        ("1", "Regnskab for havnebadet 2018"),
        ("2", "Medlemsforslag om cykelparkering ved stationen 2019"),
        ("3", "Lukket punkt"),
        ("4", "Status på byggeriet ved Nordkajen"),
    ]
    first = doc.items[0]
    assert [s.heading for s in first.sections] == [
        "BAGGRUND FOR SAGENS FREMLÆGGELSE",
        "INDSTILLING",
    ]
    assert "Medlemsforslag om noget helt andet" in first.sections[0].text


def test_confirm_rejects_the_list_lines_themselves() -> None:
    texts = ["PUNKTER", "1. Regnskab", "2. Budget", "1. Regnskab", "Regnskab", "Tekst"]
    lines = [Line(t, index=n) for n, t in enumerate(texts)]
    listed = number_dot_title("1. Regnskab")
    assert listed is not None
    assert not confirm(lines, 1, listed)
    assert confirm(lines, 3, listed)


def test_without_a_list_the_repeated_title_confirms_a_heading() -> None:
    texts = ["5. Vejnavne i Nordby", "Vejnavne i Nordby", "Tekst", "6. Nyt", "Brødtekst"]
    lines = [Line(t, index=n) for n, t in enumerate(texts)]
    first, second = number_dot_title(texts[0]), number_dot_title(texts[3])
    assert first is not None and second is not None
    assert confirm(lines, 0, first)
    assert not confirm(lines, 3, second)
