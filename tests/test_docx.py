"""Word (.docx) input: a generated agenda written as a Word file parses to the same
items as the same agenda rendered as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from dagsorden_parser import parse
from dagsorden_parser.errors import EmptyFileError, UnsupportedFormatError
from dagsorden_parser.synth import SynthMeeting, make_meeting, render_pdf

docx = pytest.importorskip("docx", reason="python-docx is a runtime dependency")


def _access_word(access: str) -> str:
    return "Åben" if access == "open" else "Lukket"


def write_docx(meeting: SynthMeeting, path: Path) -> None:
    """The meeting as a Word agenda: headings in Heading styles, labels in bold runs,
    the table of contents as a table, as a secretary would write it."""
    document = docx.Document()
    document.add_paragraph(meeting.municipality)
    verb = "Dagsorden til" if meeting.kind == "agenda" else "Referat af"
    document.add_heading(f"{verb} møde i {meeting.committee}", level=1)
    for label, value in (
        ("Mødetidspunkt", meeting.start.strftime("%d-%m-%Y %H:%M")),
        ("Mødeafholdelse", meeting.location),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f" {value}")
    document.add_heading("Indholdsfortegnelse", level=2)
    table = document.add_table(rows=0, cols=2)
    for item in meeting.items:
        cells = table.add_row().cells
        cells[0].text = f"{item.number} ({_access_word(item.access)})"
        cells[1].text = item.title
    for item in meeting.items:
        document.add_page_break()
        document.add_heading(f"{item.number} ({_access_word(item.access)}) {item.title}", level=2)
        document.add_paragraph(f"Sags ID: {item.case_id}")
        sections = [(s.heading, s.paragraphs) for s in item.sections]
        sections.append(("Bilag", [a.printed(n) for n, a in enumerate(item.attachments, 1)]))
        for heading, paragraphs in sections:
            document.add_heading(heading, level=3)
            for text in paragraphs:
                document.add_paragraph(text)
    document.save(str(path))


@pytest.mark.parametrize(("seed", "n_items", "kind"), [(3, 6, "agenda"), (11, 9, "minutes")])
def test_a_docx_agenda_parses_to_the_same_items_as_its_pdf(
    tmp_path: Path, seed: int, n_items: int, kind: str
) -> None:
    meeting = make_meeting(seed, n_items, kind)  # type: ignore[arg-type]
    render_pdf(meeting, tmp_path / "agenda.pdf")
    write_docx(meeting, tmp_path / "agenda.docx")
    from_pdf = parse(tmp_path / "agenda.pdf")
    from_docx = parse(tmp_path / "agenda.docx")
    assert from_docx.source.format == "docx"
    assert len(from_docx.items) == n_items

    def key(doc: object) -> list[tuple[object, ...]]:
        return [
            (i.number, i.title, i.access, i.case_id, [s.heading for s in i.sections])
            for i in doc.items  # type: ignore[attr-defined]
        ]

    assert key(from_docx) == key(from_pdf)
    assert [len(i.attachments) for i in from_docx.items] == [
        len(i.attachments) for i in from_pdf.items
    ]
    assert from_docx.kind == from_pdf.kind == kind


def test_a_file_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "referat.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip archive")
    with pytest.raises(UnsupportedFormatError, match=r"referat\.docx: not a readable Word"):
        parse(path)


def test_an_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "tom.docx"
    docx.Document().save(str(path))
    with pytest.raises(EmptyFileError, match="holds no text"):
        parse(path)
