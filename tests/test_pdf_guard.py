"""PDF limits before any PDF engine opens a file: a flate bomb and deep nesting end in
`damaged_pdf`, fast and in bounded memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

import dagsorden_parser as dp
from dagsorden_parser.read.pdf_guard import MAX_NESTING, check_pdf

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF with the given objects (1: catalog, 2: pages, 3: page, 4: its content)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def _page(content: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        content,
    ]


def _flate_stream(data: bytes, extra: bytes = b"") -> bytes:
    head = b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(data), extra)
    return head + data + b"\nendstream"


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 1 MiB flate stream of zeros that inflates to about 1 GiB."""
    deflater = zlib.compressobj(9)
    zeros = b"\0" * (16 << 20)
    parts: list[bytes] = []
    while sum(map(len, parts)) < (1 << 20) - 4096:
        parts.append(deflater.compress(zeros))
    parts.append(deflater.flush())
    path = tmp_path_factory.mktemp("bomb") / "bomb.pdf"
    path.write_bytes(_pdf(_page(_flate_stream(b"".join(parts)))))
    return path


def test_a_flate_bomb_fails_fast_in_bounded_memory(bomb: Path) -> None:
    assert 1 << 20 <= bomb.stat().st_size < 2 << 20
    script = (
        "import json, resource, sys, time\n"
        "import dagsorden_parser as dp\n"
        "start = time.perf_counter()\n"
        "try:\n"
        "    dp.parse(sys.argv[1]); code = None\n"
        "except dp.DagsordenError as exc:\n"
        "    code = [exc.code, str(exc)]\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "print(json.dumps([code, time.perf_counter() - start, peak]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run(
        [sys.executable, "-c", script, str(bomb)], capture_output=True, text=True, env=env
    )
    code, seconds, peak = json.loads(run.stdout)
    assert code[0] == "damaged_pdf" and "bomb" in code[1]
    assert seconds < 5
    assert peak < 500 * 1024 * 1024


def test_deep_nesting_fails_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "nested.pdf"
    path.write_bytes(_pdf(_page(b"[" * 200_000 + b"]" * 200_000)))
    started = time.perf_counter()
    with pytest.raises(dp.DamagedPdfError, match="nested deeper"):
        dp.parse(path)
    assert time.perf_counter() - started < 5


def test_deep_nesting_inside_a_compressed_object_stream(tmp_path: Path) -> None:
    hidden = zlib.compress(b"5 0 " + b"<<" * 5000 + b">>" * 5000)
    stream = _flate_stream(hidden, b"/Type /ObjStm /N 1 /First 4 ")
    path = tmp_path / "objstm.pdf"
    path.write_bytes(_pdf([*_page(b"<< /Length 0 >>\nstream\n\nendstream"), stream]))
    with pytest.raises(dp.DamagedPdfError, match="nested deeper"):
        check_pdf(path)


def test_brackets_in_strings_and_ordinary_pdfs_pass(tmp_path: Path) -> None:
    path = tmp_path / "strings.pdf"
    text = b"(" + b"[" * (MAX_NESTING * 3) + b"\\) ( nested ) ) <5b5b5b>"
    path.write_bytes(_pdf(_page(b"<< /Title " + text + b" >>")))
    check_pdf(path)
    for sample in SAMPLES.glob("*.pdf"):
        check_pdf(sample)
        assert dp.parse(sample).items
