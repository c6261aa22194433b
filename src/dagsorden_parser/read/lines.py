"""The typed line: what the extractor hands to every later stage.

A `Line` is one visual line of the source with its page and typography. Nothing
after the extractor sees a PDF-library object, so every parser test can be written
with plain `Line` values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: Vertical distance given to consecutive plain-text lines, so a blank line in a
#: text file reads as a paragraph gap just as white space does on a PDF page.
TEXT_LINE_HEIGHT = 12.0


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line: its text, 1-based physical page and typography.

    `page` is None for sources without pages (plain text). `top` grows down the
    page. `size` is the font size in points (0 when unknown) and `bold` says that
    most of its glyphs are set in a bold face (or marked `**bold**` in text).
    """

    text: str
    page: int | None = None
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False
    index: int = 0

    def with_text(self, text: str) -> Line:
        return replace(self, text=text)


@dataclass(frozen=True, slots=True)
class Extracted:
    """The extractor's output: lines in reading order, and facts about the source."""

    lines: tuple[Line, ...]
    pages: int | None
    format: str
    has_typography: bool
    #: What the reader had to guess, as `code: message` (e.g. the text's encoding).
    notes: tuple[str, ...] = ()
    #: 1-based pages whose lines were read by OCR (a scan without a text layer).
    ocr_pages: tuple[int, ...] = ()
