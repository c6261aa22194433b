"""Limits checked on a PDF's bytes before any PDF engine opens it.

A PDF engine trusts the file: a flate stream of 1 MiB that inflates to gigabytes (a
"flate bomb") or 200,000 nested arrays make it use gigabytes of memory or recurse
without end. `check_pdf` reads the file once, in linear time and bounded memory:

* every Flate stream long enough to pass the limit (Deflate expands at most 1032-fold)
  and not an image is inflated in chunks that are thrown away, counting the bytes; a
  stream over `MAX_STREAM_BYTES`, or such streams together over `MAX_TOTAL_BYTES`,
  fail with `DamagedPdfError` naming the stream (`read/guard.py`, called by the PDF
  engines, checks bombs too, with a lower limit);
* arrays and dictionaries are counted as they open and close (outside strings,
  comments and streams, and inside compressed object streams); nesting deeper than
  `MAX_NESTING` fails with `DamagedPdfError`.

Every PDF engine in `read/` calls it first (through `extract`), so the limits hold
whichever engine reads the file.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from ..errors import DamagedPdfError

#: The most one stream may inflate to (a page image at print resolution is far less).
MAX_STREAM_BYTES = 64 * 1024 * 1024
#: The most all streams of one file may inflate to together.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
#: The deepest nesting of arrays and dictionaries (real documents stay below 20).
MAX_NESTING = 100
#: Compressed object streams are scanned for nesting when they inflate to at most this.
MAX_OBJECT_STREAM_BYTES = 64 * 1024 * 1024

_CHUNK = 1 << 20
#: Deflate's largest expansion: output bytes per input byte.
_MAX_RATIO = 1032
_TOKEN = re.compile(rb"<<|>>|\[|\]|\(|<|%|(?<![A-Za-z])stream(?:\r\n|\n|\r)|endobj")
_STRING_PART = re.compile(rb"\\.|\(|\)", re.S)


class _Limits:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0

    def fail(self, reason: str) -> DamagedPdfError:
        return DamagedPdfError(self.path, f"damaged or hostile PDF: {reason}")


def check_pdf(path: Path) -> None:
    """Raise `DamagedPdfError` if the PDF at `path` breaks a limit (see the module
    docstring); a file without a PDF header is left to the caller."""
    data = path.read_bytes()
    if b"%PDF-" not in data[:1024]:
        return
    _scan(data, _Limits(path), inflate=True)


def _scan(data: bytes, limits: _Limits, *, inflate: bool) -> None:
    depth = 0
    at = 0
    while True:
        m = _TOKEN.search(data, at)
        if m is None:
            return
        token = m.group()
        at = m.end()
        if token in (b"<<", b"["):
            depth += 1
            if depth > MAX_NESTING:
                raise limits.fail(f"arrays or dictionaries nested deeper than {MAX_NESTING}")
        elif token in (b">>", b"]"):
            depth = max(0, depth - 1)
        elif token == b"endobj":
            depth = 0
        elif token == b"(":
            at = _string_end(data, at)
        elif token == b"<":
            close = data.find(b">", at)
            at = len(data) if close < 0 else close + 1
        elif token == b"%":
            ends = [i for i in (data.find(b"\n", at), data.find(b"\r", at)) if i >= 0]
            at = min(ends) if ends else len(data)
        else:  # stream
            end = data.find(b"endstream", at)
            end = len(data) if end < 0 else end
            if inflate:
                _check_stream(data, m.start(), at, end, limits)
            at = end + len(b"endstream")
            depth = max(0, depth - 1)  # the stream's dictionary has closed


def _string_end(data: bytes, at: int) -> int:
    """The position after the literal string that opened before `at`."""
    level = 1
    for m in _STRING_PART.finditer(data, at):
        part = m.group()
        if part == b"(":
            level += 1
        elif part == b")":
            level -= 1
            if level == 0:
                return m.end()
    return len(data)


def _check_stream(data: bytes, keyword: int, start: int, end: int, limits: _Limits) -> None:
    """Inflate a Flate stream in bounded chunks; scan an object stream for nesting."""
    window = max(0, keyword - 4096)
    opened = data.rfind(b"obj", window, keyword)  # `12 0 obj <<...>> stream`
    opened = window if opened < 0 else opened
    head = data[opened:keyword]
    if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl/" not in head:
        return
    keep = b"/ObjStm" in head
    if not keep and (b"/Image" in head or (end - start) * _MAX_RATIO <= MAX_STREAM_BYTES):
        return  # an image (not decoded to read text), or too short to pass the limit
    kept: list[bytes] = []
    size = 0
    inflater = zlib.decompressobj()
    pending = data[start:end]
    try:
        while pending:
            chunk = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            size += len(chunk)
            limits.total += len(chunk)
            if size > MAX_STREAM_BYTES:
                raise limits.fail(
                    f"a stream at byte {keyword} inflates to more than "
                    f"{MAX_STREAM_BYTES // (1024 * 1024)} MiB (a decompression bomb)"
                )
            if limits.total > MAX_TOTAL_BYTES:
                raise limits.fail(
                    f"its streams inflate to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MiB"
                )
            if keep and size <= MAX_OBJECT_STREAM_BYTES:
                kept.append(chunk)
            if not chunk:
                break
    except zlib.error:
        return  # a broken stream: the engine reports it as it reads the page
    if keep and size <= MAX_OBJECT_STREAM_BYTES:
        _scan(b"".join(kept), limits, inflate=False)
