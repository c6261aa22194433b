"""Strategies for the fuzz suite: invented agendas (from `synth`) and invented texts,
mutated the way real files go wrong, in any encoding; malformed First Agenda JSON."""

from __future__ import annotations

import functools
import json
from typing import Any

from hypothesis import strategies as st

from dagsorden_parser.synth import _layout, make_meeting

#: Encodings a text file arrives in (a few with a byte-order mark, one guessed).
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252")


@functools.cache
def synth_texts() -> tuple[str, ...]:
    """The text of a few invented agendas and minutes, as a PDF's text layer reads."""
    texts = []
    for seed, kind, items in ((1, "agenda", 2), (2, "minutes", 3), (3, "minutes", 2)):
        pages, _ = _layout(make_meeting(seed=seed, n_items=items, kind=kind))
        texts.append(
            "\f".join(
                "\n".join(run.text for run in sorted(page, key=lambda r: (-r.y, r.x)))
                for page in pages
            )
        )
    return tuple(texts)


_LINES = st.sampled_from(
    [
        "Dagsorden",
        "Referat",
        "Indholdsfortegnelse",
        "Indhold",
        "Økonomiudvalget",
        "Mødet den 3. marts 2025 kl. 16.00 i Mødelokale 1",
        "Mødedato: 03-03-2025",
        "1 (Åben) Godkendelse af dagsorden",
        "2 (Lukket) Køb af ejendom",
        "Punkt 3: Lukket: Salg af grund",
        "4. Budget 2026 ........ 7",
        "...2(Lukket)",
        "Sags ID: EMN-2017-02193",
        "Sagsnr.: 12/27845",
        "Beslutning",
        "Beslutning i Økonomiudvalget den 3. marts 2025",
        "Indstilling",
        "Sagsfremstilling",
        "Bilag",
        "1. Notat (1804694 - EMN-2017-02193)",
        "Fraværende: Per Hansen (A), Lis Bro (V)",
        "Per Hansen forlod mødet efter behandlingen af punkt 2.",
        "Lis Bro deltog ikke i sagens behandling.",
        "For stemte: A, C og V (15). Imod stemte: Ø (2).",
        "Ø kan ikke anbefale forslaget.",
        "Godkendt med den ændring, at beløbet er 1,4 mio. kr.",
        "Anlægsbevilling på kr. 2.591.000",
        "Side 3 af 9",
        "Tilstede:",
        "Anne Kjær (O), Søren Lykke (F)",
    ]
)
_TEXT_LINE = st.one_of(_LINES, _LINES, st.text(max_size=60))


@st.composite
def invented_text(draw: st.DrawFn) -> str:
    """Lines that look like an agenda's, in any order, some of them random Unicode."""
    return "\n".join(draw(st.lists(_TEXT_LINE, max_size=40)))


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """A text with lines deleted, duplicated, swapped, glued, edited or inserted."""
    lines = draw(base).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            lines = [""]
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "glue", "edit", "insert"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines[i:i] = [lines[i]] * draw(st.integers(1, 30))
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "glue" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + draw(st.sampled_from(["", " ", "."])) + lines[i + 1]]
        elif op == "edit":
            at = draw(st.integers(0, len(lines[i])))
            cut = draw(st.integers(0, 3))
            lines[i] = lines[i][:at] + draw(st.text(max_size=4)) + lines[i][at + cut :]
        elif op == "insert":
            lines.insert(i, draw(_TEXT_LINE))
    return "\n".join(lines)


def agenda_texts() -> st.SearchStrategy[str]:
    """Invented agendas (synth) and invented texts, mutated."""
    return mutated(st.one_of(st.sampled_from(synth_texts()), invented_text()))


@st.composite
def encoded(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    """A text as the bytes of a file in one of `ENCODINGS`."""
    return draw(texts).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


# --- First Agenda JSON -----------------------------------------------------------

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_ITEM_KEYS = st.sampled_from(
    ["Navn", "Caption", "Punktnummer", "Number", "SagsNummer", "CaseNumber", "Felter",
     "Bilag", "ExternalAgendaItemAttendees", "Html", "Name", "Reason", "Id", "Order"]
)  # fmt: skip
_ITEM = st.one_of(_JSON, st.dictionaries(_ITEM_KEYS, _JSON, max_size=6))
_MEETING_KEYS = st.sampled_from(
    ["Moede", "Udvalg", "Moededeltagere", "MeetingBeginUtc", "Dato", "Sted", "Navn"]
)


@st.composite
def first_agenda_json(draw: st.DrawFn) -> bytes:
    """A First Agenda export with items and fields of any shape, or its bytes cut short
    or nested deep."""
    raw: dict[str, Any] = draw(st.dictionaries(_MEETING_KEYS, _JSON, max_size=4))
    raw["Dagsordenpunkter"] = draw(st.lists(_ITEM, max_size=5))
    data = json.dumps(raw).encode("utf-8")
    how = draw(st.sampled_from(["whole", "whole", "cut", "deep", "bytes"]))
    if how == "cut":
        return data[: draw(st.integers(0, len(data)))]
    if how == "deep":
        depth = draw(st.integers(1, 200_000))
        return data[:-1] + b', "x": ' + b"[" * depth + b"]" * depth + b"}"
    if how == "bytes":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(max_size=8)) + data[at:]
    return data


# --- web pages and agenda-system XML ----------------------------------------------

_HTML_TAGS = st.sampled_from(["p", "h1", "h2", "h3", "b", "strong", "div", "td", "li", "span"])


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    """An agenda's lines in markup: headings, paragraphs, table cells, some tags left
    open, some nested deep, in any encoding."""
    parts = ["<html><head><title>Dagsorden</title></head><body>"]
    for line in draw(agenda_texts()).split("\n")[:60]:
        tag = draw(_HTML_TAGS)
        escaped = line.replace("&", "&amp;").replace("<", "&lt;")
        parts.append(f"<{tag}>{escaped}" + ("" if draw(st.booleans()) else f"</{tag}>"))
    if draw(st.booleans()):
        depth = draw(st.integers(1, 5_000))
        parts.append("<div>" * depth + "Beslutning" + "</div>" * depth)
    page = "".join(parts) + "</body></html>"
    if draw(st.booleans()):
        page = page[: draw(st.integers(0, len(page)))]
    return page.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


_XML_TAGS = st.sampled_from(
    ["Meeting", "MeetingAgendaItem", "AgendaItemNumber", "Caption", "Title", "Name",
     "Number", "Content", "FullText", "Attachment", "Committee", "MeetingDate",
     "Agendas", "Agenda", "Items", "Item", "Fields", "ItemField", "Enclosures",
     "Enclosure", "Members", "MeetingMember", "IsPublic", "field", "fields", "Bilag"]
)  # fmt: skip
_XML_TEXT = st.one_of(_LINES, st.text(max_size=20), st.sampled_from(["true", "False", "1"]))


def _xml_element(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, children: f"<{tag}>{''.join(children)}</{tag}>",
        _XML_TAGS,
        st.lists(inner, max_size=4),
    )


_XML_TREE = st.recursive(
    _XML_TEXT.map(lambda t: t.replace("&", "&amp;").replace("<", "&lt;")),
    _xml_element,
    max_leaves=25,
)
_ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE Meeting [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
    '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
)


@st.composite
def vendor_xml(draw: st.DrawFn) -> bytes:
    """An eDoc, SBSYS or Acadre publication of any shape: random elements under the
    right root, cut short, nested deep, or carrying entity and external-entity bombs."""
    root = draw(st.sampled_from(["Meeting", "Publication", "root"]))
    body = "".join(draw(st.lists(_XML_TREE, max_size=6)))
    how = draw(st.sampled_from(["whole", "cut", "deep", "entities"]))
    if how == "deep":
        depth = draw(st.integers(1, 20_000))
        body += "<Items>" * depth + "</Items>" * depth
    prefix = _ENTITY_BOMB if how == "entities" else '<?xml version="1.0" encoding="utf-8"?>'
    inner = "<Caption>&e;&ext;</Caption>" if how == "entities" else ""
    document = f"{prefix}<{root}>{inner}{body}</{root}>"
    if how == "cut":
        document = document[: draw(st.integers(0, len(document)))]
    return document.encode("utf-8", errors="replace")
