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
    function.argtypes = argtypes
    return function


_P = ctypes.c_void_p
_RECT = pdfium_c.FS_RECTF
_MATRIX = pdfium_c.FS_MATRIX
_count_chars = _fn("FPDFText_CountChars", ctypes.c_int, _P)
_get_text = _fn("FPDFText_GetText", ctypes.c_int, _P, ctypes.c_int, ctypes.c_int, _P)
_get_unicode = _fn("FPDFText_GetUnicode", ctypes.c_uint, _P, ctypes.c_int)
_loose_box = _fn("FPDFText_GetLooseCharBox", ctypes.c_int, _P, ctypes.c_int, _P)
_text_object = _fn("FPDFText_GetTextObject", _P, _P, ctypes.c_int)
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
        glyphs = Glyphs()
        if count <= 0:
            return glyphs
        text = _page_text(handle, count)
        page_top = page.get_mediabox()[3]
        owners = [_text_object(handle, i) for i in range(count)]
        boxes = (_RECT * count)()
        base, step = ctypes.addressof(boxes), ctypes.sizeof(_RECT)
        for i in range(count):
            _loose_box(handle, i, base + i * step)
        flat = memoryview(boxes).cast("B").cast("f").tolist()  # left, top, right, bottom
        described: dict[int, tuple[bool, bool, bool, float]] = {}
        for i, obj in enumerate(owners):
            if obj and obj not in described:
                described[obj] = objects.describe(obj, handle, i)
        # Each glyph's source: itself, or for a space PDFium inferred (a word gap, where
        # a real space is often folded in) the glyph before it, as pdfplumber sees it.
        source: list[int] = []
        spaces: list[int] = []  # positions (in `source`) of inferred spaces
        last = -1
        for i, obj in enumerate(owners):
            if obj:
                source.append(i)
                last = i
            elif last >= 0 and text[i] == " ":
                spaces.append(len(source))
                source.append(last)
        infos = [described[owners[i]] for i in source]
        glyphs.text = [text[i] for i in source]
        glyphs.x0 = [flat[4 * i] for i in source]
        glyphs.x1 = [flat[4 * i + 2] for i in source]
        glyphs.bottom = [page_top - flat[4 * i + 3] for i in source]
        glyphs.size = [info[3] for info in infos]
        glyphs.top = [b - size for b, size in zip(glyphs.bottom, glyphs.size, strict=True)]
        glyphs.bold = [info[0] for info in infos]
        glyphs.hidden = [info[1] or info[3] < MIN_GLYPH_SIZE for info in infos]
        glyphs.upright = [info[2] for info in infos]
        for k in spaces:
            glyphs.text[k] = " "
            glyphs.x0[k] = glyphs.x1[k]
        return glyphs
    finally:
        textpage.close()


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
