"""Generators of bad (and a few good) input files for the error-handling tests.

Every `write_*` function writes one file into the given directory and returns its
path. `BAD_FILES` pairs each bad input with the typed error and the stable code that
`dagsorden_parser.parse` must raise for it. All content is invented here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dagsorden_parser.errors import (
    DagsordenError,
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NotAPdfError,
    NoTextLayerError,
    SourceNotFoundError,
    UnsupportedFormatError,
)

#: A tiny invented agenda in the First Agenda layout, as plain text.
AGENDA_TEXT = (
    "Dagsorden til møde i Prøveudvalget\n"
    "Mødetidspunkt 14-03-2024 16:30\n"
    "Mødeafholdelse Mødelokale Grønnegade\n"
    "\n"
    "1 (Åben) Godkendelse af dagsorden\n"
    "\n"
    "Sags ID: EMN-2024-01234\n"
    "\n"
    "Beslutning\n"
    "\n"
    "Godkendt.\n"
    "\n"
    "2 (Åben) Orientering om ny cykelsti ved Tornekrogen\n"
    "\n"
    "Sags ID: EMN-2024-05678\n"
    "\n"
    "Indstilling\n"
    "\n"
    "Forvaltningen indstiller, at orienteringen tages til efterretning.\n"
    "\n"
    "Beslutning\n"
    "\n"
    "Taget til efterretning.\n"
)

#: Lines of `AGENDA_TEXT` drawn in bold in the PDF rendering, like item headings.
_SECTION_HEADINGS = frozenset({"Indstilling", "Beslutning"})

#: The user password of `write_encrypted_pdf`.
USER_PASSWORD = "hemmelig"


# --- good inputs ----------------------------------------------------------------


def write_good_text(directory: Path, name: str = "dagsorden.txt") -> Path:
    """The invented agenda as a UTF-8 text file."""
    path = directory / name
    path.write_text(AGENDA_TEXT, encoding="utf-8")
    return path


def _draw_agenda(path: Path, **canvas_options: object) -> Path:
    """The invented agenda drawn as a one-page PDF (reportlab's standard fonts)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, **canvas_options)
    y = 800.0
    for line in AGENDA_TEXT.splitlines():
        if line:
            item = "(Åben)" in line
            bold = item or line in _SECTION_HEADINGS
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 13 if item else 11)
            pdf.drawString(60, y, line)
        y -= 16
    pdf.showPage()
    pdf.save()
    return path


def write_good_pdf(directory: Path, name: str = "dagsorden.pdf") -> Path:
    """The invented agenda as an ordinary PDF with a text layer."""
    return _draw_agenda(directory / name)


def write_owner_only_encrypted_pdf(directory: Path, name: str = "owner-only.pdf") -> Path:
    """Encrypted with an owner password and an EMPTY user password (copying not allowed).

    Such a PDF opens without a password, as most published municipal PDFs do, and
    must parse normally.
    """
    from reportlab.lib.pdfencrypt import StandardEncryption

    encryption = StandardEncryption("", ownerPassword="ejer-kodeord", canModify=0, canCopy=0)
    return _draw_agenda(directory / name, encrypt=encryption)


# --- bad inputs -----------------------------------------------------------------


def _write(directory: Path, name: str, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8) to `directory / name`."""
    path = directory / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def write_empty_pdf(directory: Path) -> Path:
    """A `.pdf` of 0 bytes."""
    return _write(directory, "empty.pdf", b"")


def write_not_a_pdf(directory: Path) -> Path:
    """A `.pdf` that holds plain text, no PDF header."""
    return _write(directory, "not-a-pdf.pdf", "Dette er ikke en PDF, bare almindelig tekst.\n")


def write_truncated_pdf(directory: Path) -> Path:
    """The first 40% of a valid PDF (a download cut short)."""
    whole = write_good_pdf(directory, "whole.pdf")
    data = whole.read_bytes()
    whole.unlink()
    return _write(directory, "truncated.pdf", data[: len(data) * 40 // 100])


def write_garbage_pdf(directory: Path) -> Path:
    """A PDF header followed by random bytes."""
    return _write(directory, "garbage.pdf", b"%PDF-1.4\n" + random.Random(2024).randbytes(4096))


def write_encrypted_pdf(directory: Path) -> Path:
    """A PDF that needs a user password to open."""
    return _draw_agenda(directory / "encrypted.pdf", encrypt=USER_PASSWORD)


def write_scanned_pdf(directory: Path) -> Path:
    """Two pages of drawn shapes and a bitmap image, no text: what a scanner produces."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pixels = bytes((x * y) % 256 for y in range(64) for x in range(64))
    image = _grey_image(64, 64, pixels)
    path = directory / "scanned.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        pdf.setFillGray(0.9)
        pdf.rect(40, 40, 515, 760, stroke=0, fill=1)
        pdf.setStrokeGray(0.2)
        for i in range(20):  # "lines of text" as strokes
            pdf.line(70, 760 - 24 * i, 520 - 7 * (i % 5), 760 - 24 * i)
        pdf.drawImage(ImageReader(image), 70, 100, width=200, height=200)
        pdf.showPage()
    pdf.save()
    return path


def _grey_image(width: int, height: int, pixels: bytes) -> object:
    from PIL import Image  # reportlab depends on Pillow

    return Image.frombytes("L", (width, height), pixels)


def write_unsupported_extension(directory: Path) -> Path:
    """A Word document name (content irrelevant: the extension decides)."""
    return _write(directory, "agenda.docx", b"PK\x03\x04 not really a docx")


def write_whitespace_text(directory: Path) -> Path:
    """A `.txt` of spaces, tabs and newlines only."""
    return _write(directory, "blank.txt", "  \n\t\n   \r\n\n")


def write_flate_bomb(directory: Path) -> Path:
    """A one-page PDF whose 1 MiB content stream inflates to about 1 GiB of spaces."""
    import zlib

    deflate = zlib.compressobj(9)
    parts = [deflate.compress(b"BT /F1 12 Tf 72 720 Td (Dagsorden) Tj ET\n")]
    block = b" " * (1 << 22)
    size = len(parts[0])
    while size < (1 << 20):
        part = deflate.compress(block)
        parts.append(part)
        size += len(part)
    parts.append(deflate.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return _write(directory, "flate-bomb.pdf", body)


def missing_path(directory: Path) -> Path:
    """A path that does not exist (nothing is written)."""
    return directory / "does-not-exist.pdf"


# --- the table ------------------------------------------------------------------


@dataclass(frozen=True)
class BadFile:
    """One bad input: how to write it and what `parse` must raise."""

    id: str
    write: Callable[[Path], Path]
    error: type[DagsordenError]
    code: str


BAD_FILES: tuple[BadFile, ...] = (
    BadFile("empty", write_empty_pdf, EmptyFileError, "empty_file"),
    BadFile("not-a-pdf", write_not_a_pdf, NotAPdfError, "not_a_pdf"),
    BadFile("truncated", write_truncated_pdf, DamagedPdfError, "damaged_pdf"),
    BadFile("garbage", write_garbage_pdf, DamagedPdfError, "damaged_pdf"),
    BadFile("encrypted", write_encrypted_pdf, EncryptedPdfError, "encrypted_pdf"),
    BadFile("scanned", write_scanned_pdf, NoTextLayerError, "no_text_layer"),
    BadFile("docx", write_unsupported_extension, UnsupportedFormatError, "unsupported_format"),
    BadFile("whitespace", write_whitespace_text, EmptyFileError, "empty_file"),
    BadFile("missing", missing_path, SourceNotFoundError, "not_found"),
    BadFile("flate-bomb", write_flate_bomb, DamagedPdfError, "damaged_pdf"),
)


def write_all(directory: Path) -> dict[str, Path]:
    """Write every bad input into `directory`; their paths by id."""
    directory.mkdir(parents=True, exist_ok=True)
    return {bad.id: bad.write(directory) for bad in BAD_FILES}
