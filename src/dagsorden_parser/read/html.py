"""Agenda and minutes web pages (`.html`, `.htm`) as typed `Line`s.

The page is parsed with lxml (never with patterns over markup) and walked in
document order. Block elements end a line; the markup gives the typography a PDF
gives through fonts: `h1`-`h6` are larger and bold, `strong`/`b` make a line bold.
A table row whose cells hold only running text becomes one line, its cells joined;
a row whose later cell opens with a heading (a number badge beside the item's
title) carries the earlier cells into that heading's line. What a reader of the
meeting does not read is left out: scripts, styles, forms, navigation, dialogs,
menus, cookie banners and hidden elements.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import EmptyFileError, UnsupportedFormatError
from .decoding import decode
from .lines import TEXT_LINE_HEIGHT, Extracted, Line

HTML_SUFFIXES = frozenset({".html", ".htm"})

#: Body text size given to lines without a heading, and the sizes of h1-h6.
BODY_SIZE = 10.0
_HEADING_SIZES = {"h1": 20.0, "h2": 16.0, "h3": 13.0, "h4": 12.0, "h5": 11.0, "h6": 10.5}

#: Elements whose content is never meeting text.
_NEVER = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "form",
        "input",
        "select",
        "option",
        "textarea",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "head",
        "title",
        "meta",
        "link",
        "dialog",
    }
)
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        *_HEADING_SIZES,
    }
)
_BOLD = frozenset({"b", "strong"})
_CELLS = frozenset({"td", "th"})
#: Roles and class or id words of page furniture: menus, dialogs, banners.
_FURNITURE_ROLES = frozenset(
    {"navigation", "dialog", "alertdialog", "menu", "menubar", "banner", "search", "tooltip"}
)
_FURNITURE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:cookie\w*|consent\w*|gdpr|modal|dropdown-menu|breadcrumbs?|navbar|"
    r"skip-link|sr-only|visually-hidden|badge)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]{1,40})""", re.I)


def decode_html(data: bytes) -> str:
    """The page's text: a BOM, else UTF-8 if it decodes, else its declared charset, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] == b"\x00\x00\xfe\xff":
        return decode(data).text  # UTF-16 or UTF-32, by its byte-order mark
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def _is_furniture(element: Any) -> bool:
    """Page furniture: an element a reader of the meeting does not read."""
    get = getattr(element, "get", None)
    if get is None:
        return False
    if get("hidden") is not None or (get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(get("style") or ""):
        return True
    if (get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    names = f"{get('class') or ''} {get('id') or ''}"
    return _FURNITURE_WORDS.search(names) is not None


def _has_heading(element: Any) -> bool:
    iterdescendants = getattr(element, "iterdescendants", None)
    if iterdescendants is None:
        return False
    return any(getattr(e, "tag", None) in _HEADING_SIZES for e in iterdescendants())


class _Walker:
    """Collects lines from an lxml tree in document order."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[tuple[str, bool]] = []
        self._size = BODY_SIZE
        self._top = 0.0
        self._gap = False
        self._carry = False  # the pending text is earlier cells of the current row

    def text(self, text: str | None, bold: bool) -> None:
        if text:
            self._parts.append((text, bold))

    def flush(self, *, gap: bool = False) -> None:
        words = " ".join("".join(t for t, _ in self._parts).split())
        if words:
            bold_chars = sum(len(t.strip()) for t, b in self._parts if b)
            total = sum(len(t.strip()) for t, _ in self._parts) or 1
            heading = self._size > BODY_SIZE
            self._top += TEXT_LINE_HEIGHT * (2.0 if self._gap or heading else 1.0)
            self.lines.append(
                Line(
                    text=words,
                    top=self._top,
                    bottom=self._top + self._size,
                    size=self._size,
                    bold=heading or bold_chars * 2 > total,
                    index=len(self.lines),
                )
            )
            self._gap = False
        self._parts = []
        self._size = BODY_SIZE
        self._carry = False
        self._gap = self._gap or gap

    def _row(self, row: Any, bold: bool) -> None:
        """A simple table row as one line: its cells' text joined by spaces."""
        self.flush(gap=True)
        cells: list[tuple[str, bool]] = []
        walkers: list[_Walker] = []
        size = BODY_SIZE
        for cell in row:
            if getattr(cell, "tag", None) not in _CELLS or _is_furniture(cell):
                continue
            inner = _Walker()
            inner._inside(cell, "td", bold or cell.tag == "th")
            inner.flush()
            walkers.append(inner)
            text = " ".join(line.text for line in inner.lines)
            if text:
                cells.append((text, all(line.bold for line in inner.lines)))
                size = max(size, *(line.size for line in inner.lines))
        filled = [w for w in walkers if w.lines]
        if len(filled) == 1:  # a layout table's single cell: its own lines stay lines
            for line in filled[0].lines:
                self.text(line.text, line.bold)
                self._size = line.size
                self.flush()
            return
        for n, (text, cell_bold) in enumerate(cells):
            self.text(("" if n == 0 else " ") + text, cell_bold)
        self._size = size
        self.flush(gap=True)

    def walk(self, element: Any, bold: bool = False) -> None:
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str):  # comments and processing instructions
            self.text(getattr(element, "tail", None), bold)
            return
        tag = tag.lower()
        skip = tag in _NEVER or _is_furniture(element)
        if not skip and (tag == "button" or (element.get("role") or "") == "button"):
            skip = not _has_heading(element)  # a control's label, unless it holds a title
        if not skip:
            self._inside(element, tag, bold or tag in _BOLD)
        self.text(getattr(element, "tail", None), bold)

    def _inside(self, element: Any, tag: str, bold: bool) -> None:
        if tag == "br":
            self.flush()
            return
        if tag == "tr" and _simple_row(element):
            self._row(element, bold)
            return
        if tag in _HEADING_SIZES:
            if not self._carry:
                self.flush(gap=True)
            self._size = _HEADING_SIZES[tag]
        elif tag in _BLOCKS:
            if not (self._carry and tag in {"div", "p", "span"}):
                self.flush(gap=True)
            if _styled_heading(element, tag):
                self._size = _CLASS_HEADING_SIZE
        self.text(getattr(element, "text", None), bold)
        children = list(element)
        for child in children:
            self.walk(child, bold)
        if tag in _HEADING_SIZES:
            self.flush(gap=True)
        elif tag in _CELLS:
            # the next cell of this row continues the line; a heading in it takes the text
            self._parts.append((" ", False))
            self._carry = any(t.strip() for t, _ in self._parts)
        elif tag in _BLOCKS:
            self.flush(gap=True)


def _styled_heading(element: Any, tag: str) -> bool:
    """A block whose class names it a heading (`xsltHeader`, `overskrift`): the page's
    style sheet sets it apart, as `h1`-`h6` would be."""
    if tag not in {"div", "p", "td", "th", "dt"}:
        return False
    get = getattr(element, "get", None)
    classes = (get("class") or "") if get is not None else ""
    return any(_HEADING_CLASS.search(token) for token in classes.split())


_HEADING_CLASS = re.compile(r"^(?!.*sub).*(?:header|heading|title|overskrift|rubrik)$", re.I)
_CLASS_HEADING_SIZE = 12.0


def _simple_row(row: Any) -> bool:
    """A row of running text only: no heading, list or table inside it."""
    iterdescendants = getattr(row, "iterdescendants", None)
    if iterdescendants is None:
        return False
    return not any(getattr(e, "tag", None) in _NESTED for e in iterdescendants())


_NESTED = frozenset({"table", "ul", "ol", "dl", *_HEADING_SIZES})


def html_lines(markup: str) -> tuple[Line, ...]:
    """The meeting text of a web page as lines with typography from its markup."""
    from lxml import html as lxml_html  # deferred: only web pages need it

    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    root = lxml_html.document_fromstring(markup, parser=parser)
    walker = _Walker()
    body = root.find("body")
    walker.walk(body if body is not None else root)
    walker.flush()
    return tuple(walker.lines)


def extract_html(path: Path) -> Extracted:
    """A web page becomes lines, or a typed error naming the file."""
    data = path.read_bytes()
    if not data.strip():
        raise EmptyFileError(path, "the file is empty")
    from lxml.etree import LxmlError

    try:
        lines = html_lines(decode_html(data))
    except (ValueError, TypeError, LxmlError) as exc:  # `Document is empty` is a LxmlError
        raise UnsupportedFormatError(path, f"not a readable HTML page ({exc})") from None
    if not lines:
        raise EmptyFileError(path, "the web page holds no meeting text")
    return Extracted(lines=lines, pages=None, format="html", has_typography=True)
