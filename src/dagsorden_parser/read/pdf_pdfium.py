"""The PDFium engine: a PDF's glyphs through pypdfium2, grouped into lines by `layout`.

PDFium parses a page's text about ten times faster than pdfminer. For each glyph we
ask PDFium two things, its loose box (the font's ascent to descent at the glyph's
size: the box pdfminer gives, so sizes and positions agree) and the text object it
belongs to; font name, fill colour and direction are read once per text object.
Characters PDFium generates itself (spaces and line breaks it infers) have no text
object and are left out, so line assembly sees what pdfplumber sees.
"""

from __future__ import annotations

import ctypes
import functools
import math
import re
from itertools import repeat
from operator import ne
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pypdfium2_raw.bindings as _bindings

from ..errors import DamagedPdfError, EncryptedPdfError
from .layout import MIN_GLYPH_SIZE, Glyphs, assemble_page
from .lines import Line

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_LIB: Any = _bindings._libs["pdfium"]


def _fn(name: str, restype: Any, *argtypes: Any) -> Any:
    """A private prototype of a PDFium function (handles as plain integers)."""
    function = _LIB[name]  # item access gives a fresh function object, not the shared one
    function.restype = restype
    if argtypes:
        function.argtypes = argtypes
    return function


_P = ctypes.c_void_p
_RECT = pdfium_c.FS_RECTF
_RECT_SIZE = ctypes.sizeof(_RECT)
_MATRIX = pdfium_c.FS_MATRIX
_count_chars = _fn("FPDFText_CountChars", ctypes.c_int, _P)
_get_text = _fn("FPDFText_GetText", ctypes.c_int, _P, ctypes.c_int, ctypes.c_int, _P)
_get_unicode = _fn("FPDFText_GetUnicode", ctypes.c_uint, _P, ctypes.c_int)
_loose_box = _fn("FPDFText_GetLooseCharBox", ctypes.c_int, _P, ctypes.c_int, _P)
_text_object = _fn("FPDFText_GetTextObject", _P, _P, ctypes.c_int)
# The same two, called per character through `map`: no argument types to convert (the
# text page goes in as a `c_void_p`, the box as a prepared pointer), and the text object
# comes back as an integer (0 for a character PDFium generated).
_text_object_id = _fn("FPDFText_GetTextObject", ctypes.c_size_t)
_loose_box_at = _fn("FPDFText_GetLooseCharBox", ctypes.c_int)
_char_matrix = _fn("FPDFText_GetMatrix", ctypes.c_int, _P, ctypes.c_int, ctypes.POINTER(_MATRIX))
_object_font = _fn("FPDFTextObj_GetFont", _P, _P)
_object_font_size = _fn("FPDFTextObj_GetFontSize", ctypes.c_int, _P, ctypes.POINTER(ctypes.c_float))
_base_font_name = _fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, _P, ctypes.c_size_t)
_fill_colour = _fn(
    "FPDFPageObj_GetFillColor",
    ctypes.c_int,
    _P,
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
)


class PdfiumOpenError(Exception):
    """PDFium cannot open the file (the caller may try the other engine)."""


@functools.lru_cache(maxsize=512)
def _is_bold(fontname: str) -> bool:
    return _BOLD_FONT.search(fontname) is not None


def _font_name(font: int) -> str:
    size = _base_font_name(font, None, 0)
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    _base_font_name(font, buffer, size)
    return buffer.value.decode("utf-8", errors="replace")


class _Objects:
    """Per-document cache of what a text object says about its glyphs."""

    def __init__(self) -> None:
        self.fonts: dict[int, bool] = {}
        self.r, self.g, self.b, self.a = (ctypes.c_uint() for _ in range(4))
        self.matrix = _MATRIX()
        self.font_size = ctypes.c_float()
        self._boxes = (_RECT * 0)()
        #: `c_void_p`s to each box of `_boxes`, made once per size of buffer.
        self.pointers: list[_P] = []

    def boxes(self, count: int) -> Any:
        """A buffer of at least `count` boxes, kept for the next pages."""
        if len(self.pointers) < count:
            size = max(count, 2 * len(self.pointers), 4096)
            self._boxes = (_RECT * size)()
            base = ctypes.addressof(self._boxes)
            self.pointers = [_P(base + i * _RECT_SIZE) for i in range(size)]
        return self._boxes

    def describe(self, obj: int, textpage: int, index: int) -> tuple[bool, bool, bool, float]:
        """(bold, white, upright, size) of the text object drawing glyph `index`.

        The size is pdfminer's: the font size scaled by the glyph's matrix."""
        font = _object_font(obj)
        bold = False
        if font:
            known = self.fonts.get(font)
            if known is None:
                known = self.fonts[font] = _is_bold(_font_name(font))
            bold = known
        white = False
        if _fill_colour(obj, self.r, self.g, self.b, self.a):
            white = self.r.value == 255 and self.g.value == 255 and self.b.value == 255
        upright = True
        scale = 1.0
        if _char_matrix(textpage, index, self.matrix):
            m = self.matrix
            upright = m.a * m.d > 0 and m.b * m.c <= 0
            scale = math.hypot(m.c, m.d)
        size = 0.0
        if _object_font_size(obj, self.font_size):
            size = self.font_size.value * scale
        return bold, white, upright, size


def _page_text(textpage: int, count: int) -> str:
    """The page's characters, one per char index (PDFium's own text, checked)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = _get_text(textpage, 0, count, buffer)
    raw = bytes(memoryview(buffer).cast("B")[: max(0, written - 1) * 2])
    text = raw.decode("utf-16-le", errors="surrogatepass")
    if len(text) != count:
        text = "".join(chr(_get_unicode(textpage, i)) for i in range(count))
    # PDFium marks a hyphen that ends a line as U+FFFE; the page shows a hyphen.
    return text.replace("\ufffe", "-")


def page_glyphs(page: Any, objects: _Objects) -> Glyphs:
    """The glyphs of a pypdfium2 page, in PDFium's reading of the content order."""
    textpage = page.get_textpage()
    try:
        handle = int(ctypes.cast(textpage.raw, _P).value or 0)
        count = _count_chars(handle)
        if count <= 0:
            return Glyphs()
        return _glyphs(handle, count, page.get_mediabox()[3], objects)
    finally:
        textpage.close()


def _glyphs(handle: int, count: int, page_top: float, objects: _Objects) -> Glyphs:
    """A text page's glyphs: two PDFium calls per character (its text object and its
    loose box, each made over the whole page by `map`), the rest per text object."""
    text = _page_text(handle, count)
    page_handle = _P(handle)
    owners = list(map(_text_object_id, repeat(page_handle, count), range(count)))
    boxes = objects.boxes(count)
    ok = list(map(_loose_box_at, repeat(page_handle, count), range(count), objects.pointers))
    del ok
    flat = memoryview(boxes).cast("B")[: count * _RECT_SIZE].cast("f")  # left, top, right, bottom
    lefts, rights, lows = flat[0::4].tolist(), flat[2::4].tolist(), flat[3::4].tolist()
    described: dict[int, tuple[bool, bool, bool, float]] = {}
    spans: list[tuple[int, int, int]] = []  # (first, last, text object) of each run
    changes = list(map(ne, owners[1:], owners))
    start = 0
    k = -1
    while True:
        try:
            k = changes.index(True, k + 1)
        except ValueError:
            break
        spans.append((start, k + 1, owners[start]))
        start = k + 1
    spans.append((start, count, owners[start]))
    glyphs = Glyphs()
    g_text, g_x0, g_x1, g_low = glyphs.text, glyphs.x0, glyphs.x1, glyphs.bottom
    g_size, g_bold, g_hidden, g_upright = glyphs.size, glyphs.bold, glyphs.hidden, glyphs.upright
    last = -1  # the last glyph drawn by a text object
    for first, end, obj in spans:
        if obj:
            info = described.get(obj)
            if info is None:
                info = described[obj] = objects.describe(obj, handle, first)
            length = end - first
            g_text += text[first:end]
            g_x0 += lefts[first:end]
            g_x1 += rights[first:end]
            g_low += lows[first:end]
            g_size += [info[3]] * length
            g_bold += [info[0]] * length
            g_hidden += [info[1] or info[3] < MIN_GLYPH_SIZE] * length
            g_upright += [info[2]] * length
            last = end - 1
        elif last >= 0:
            # A space PDFium inferred (a word gap, where a real space is often folded
            # in) takes the glyph before it as its source, as pdfplumber sees it.
            info = described[owners[last]]
            for i in range(first, end):
                if text[i] == " ":
                    g_text.append(" ")
                    g_x0.append(rights[last])
                    g_x1.append(rights[last])
                    g_low.append(lows[last])
                    g_size.append(info[3])
                    g_bold.append(info[0])
                    g_hidden.append(info[1] or info[3] < MIN_GLYPH_SIZE)
                    g_upright.append(info[2])
    glyphs.bottom = [page_top - low for low in g_low]
    glyphs.top = [b - size for b, size in zip(glyphs.bottom, g_size, strict=True)]
    return glyphs


def _open(path: Path) -> Any:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdfError(path, "the PDF is password-protected") from None
        raise PdfiumOpenError(str(exc)) from None


def page_count(path: Path) -> int:
    """The number of pages, or `PdfiumOpenError` / a typed error."""
    pdf = _open(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def pdf_lines(path: Path, first: int = 0, last: int | None = None) -> tuple[list[Line], int]:
    """Lines of pages `first` to `last` (0-based, exclusive; all by default) and the
    document's page count. Raises `PdfiumOpenError` if PDFium cannot open the file."""
    pdf = _open(path)
    try:
        total = len(pdf)
        if total == 0:
            raise DamagedPdfError(path, "the PDF has no pages")
        return _lines(path, pdf, first, total if last is None else min(last, total)), total
    finally:
        pdf.close()


def _lines(path: Path, pdf: Any, first: int, last: int) -> list[Line]:
    """Lines of pages `first` to `last`, numbered from 0."""
    objects = _Objects()
    lines: list[Line] = []
    for index in range(first, last):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            detail = f"page {index + 1} cannot be read ({exc})"
            raise DamagedPdfError(path, f"damaged PDF that cannot be read ({detail})") from None
        try:
            glyphs = page_glyphs(page, objects)
        finally:
            page.close()
        lines += assemble_page(glyphs, index + 1, len(lines))
    return lines
