"""A PDF's compressed streams checked before a PDF library opens it.

A 1 MiB Flate stream can expand to a gigabyte, and both PDF libraries inflate a
page's content stream whole: a decompression bomb takes gigabytes of memory and many
seconds before any text comes out. `check_streams` inflates, in bounded chunks and
keeping nothing, each Flate stream that is not an image and is long enough to exceed
the limit (Deflate expands at most 1032-fold, so a shorter one cannot), and raises
`DamagedPdfError` as soon as one expands beyond what a meeting document needs. Images
are left alone: PDF engines do not decode them to read text. Many streams each under
the limit cost time rather than memory (one page's stream is inflated at a time); the
`timeout=` of `parse` bounds that.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

from ..errors import DamagedPdfError

#: A single content, font or object stream larger than this is not a meeting page.
MAX_STREAM_BYTES = 64 * 1024 * 1024
#: Deflate's largest expansion: output bytes per input byte.
MAX_RATIO = 1032
#: Inflate this much at a time, so memory stays small whatever the stream holds.
CHUNK = 1 << 20

# The keyword that opens a stream's data, or the `endstream` that closes one (told
# apart by the three bytes before it: a look-behind in the pattern is far slower).
_STREAM = re.compile(rb"stream\r?\n")
# How far back the stream's dictionary is looked for.
_DICT_WINDOW = 2048


def _inflated_size(data: mmap.mmap, start: int, budget: int) -> int:
    """Bytes a Flate stream starting at `start` inflates to, counted up to `budget`
    (+1 when it would be more); 0 for data that is not a valid Flate stream."""
    inflater = zlib.decompressobj()
    total = 0
    position = start
    end = len(data)
    try:
        while position < end and not inflater.eof:
            chunk = data[position : position + CHUNK]
            position += len(chunk)
            out = inflater.decompress(chunk, CHUNK)
            total += len(out)
            while inflater.unconsumed_tail and total <= budget:
                out = inflater.decompress(inflater.unconsumed_tail, CHUNK)
                total += len(out)
            if total > budget:
                return budget + 1
    except zlib.error:
        return total
    return total


def check_streams(path: Path) -> None:
    """Raise `DamagedPdfError` if a stream of the PDF is a decompression bomb."""
    with path.open("rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file: nothing to inflate
            return
        with data:
            for match in _STREAM.finditer(data):
                if data[max(0, match.start() - 3) : match.start()] == b"end":
                    continue
                start = match.end()
                end = data.find(b"endstream", start)
                if (len(data) if end < 0 else end) - start <= MAX_STREAM_BYTES // MAX_RATIO:
                    continue  # too short to expand beyond the limit
                head = data[max(0, match.start() - _DICT_WINDOW) : match.start()]
                head = head[head.rfind(b"obj") + 1 :] if b"obj" in head else head
                if b"/Image" in head or b"/Fl" not in head:
                    continue  # an image, or not Flate-compressed
                if _inflated_size(data, start, MAX_STREAM_BYTES) > MAX_STREAM_BYTES:
                    raise DamagedPdfError(
                        path,
                        f"a compressed stream expands to more than "
                        f"{MAX_STREAM_BYTES // (1 << 20)} MB (a decompression bomb?); "
                        "refusing to read it",
                    )
