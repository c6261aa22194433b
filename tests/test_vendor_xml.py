"""The agenda systems' publication XML (eDoc, SBSYS, Acadre) read straight into a Document.

Safety and error tests use invented XML; the agreement tests read the real exports
in `../shared/corpus/vendor/xml` in place and hold them against the gold annotation
of the PDF of the same meeting (they skip, saying so, where the corpus is absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dagsorden_parser import parse
from dagsorden_parser.compare import compare
from dagsorden_parser.errors import DagsordenError, EmptyFileError, UnsupportedFormatError

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
VENDOR = CORPUS / "vendor" / "xml"

#: XML export -> the PDF of the same meeting (corpus/manifest.tsv says which).
SAME_MEETING = {
    "ballerup_sundhed_forebyggelse_2012-12-04_eDocAgendaPublishing.xml": (
        "pdf/ballerup_sundhed_forebyggelse_referat_2012-12-04.pdf"
    ),
    "syddjurs_puk_2013-06-20_acadre_3687981.xml": (
        "pdf/syddjurs_puk_ekstraordinaer_referat_2013-06-20.pdf"
    ),
    "aarhus_sbsys_moedesystemgruppen_2016-10-06_publication.xml": (
        "pdf/aarhus_sbsys_moedesystemgruppen_referat_2016-10-06.pdf"
    ),
}

needs_corpus = pytest.mark.skipif(
    not VENDOR.is_dir(), reason=f"corpus not found at {VENDOR}: vendor XML tests skipped"
)


def _gold(relative_pdf: str) -> dict[str, object]:
    name = Path(relative_pdf).with_suffix(".json").name
    data: dict[str, object] = json.loads((CORPUS / "gold" / name).read_text(encoding="utf-8"))
    return data


@needs_corpus
def test_every_vendor_xml_file_parses() -> None:
    files = sorted(VENDOR.glob("*.xml"))
    assert len(files) == 6
    for path in files:
        doc = parse(path)
        assert doc.source.format == "xml"
        assert doc.committee, path.name
        assert doc.start is not None, path.name
        # the one meeting manifest lists no items; every full export does
        assert doc.items or "XML_" in path.name, path.name


@needs_corpus
@pytest.mark.parametrize("xml_name", sorted(SAME_MEETING))
def test_xml_agrees_with_the_gold_of_the_same_meetings_pdf(xml_name: str) -> None:
    gold = _gold(SAME_MEETING[xml_name])
    doc = parse(VENDOR / xml_name)
    gold_items = gold["items"]
    assert isinstance(gold_items, list)
    assert [i.number for i in doc.items] == [g["number"] for g in gold_items]
    for item, g in zip(doc.items, gold_items, strict=True):
        assert item.title == g["title"], item.number
        assert item.case_id == g["case_id"], item.number
        if g["access"] is not None:  # the XML also says where the print is silent
            assert item.access == g["access"], item.number
    assert doc.kind == gold["kind"]
    assert doc.committee == gold["committee"]
    assert doc.start is not None and doc.start.isoformat()[:16] == gold["start"]


@needs_corpus
def test_compare_pairs_an_xml_export_with_a_pdf_of_the_same_meeting() -> None:
    xml = parse(VENDOR / "ballerup_sundhed_forebyggelse_2012-12-04_eDocAgendaPublishing.xml")
    pdf = parse(CORPUS / SAME_MEETING[xml.source.path.rsplit("/", 1)[-1]])
    result = compare(xml, pdf)
    assert len(result.items) == len(xml.items) == 8
    assert [pair.change for pair in result.items] == ["unchanged"] * 8


@needs_corpus
def test_xml_sections_feed_the_decisions() -> None:
    doc = parse(VENDOR / "syddjurs_puk_2013-06-20_acadre_3687981.xml")
    (item,) = doc.items
    assert item.number == "715"
    assert item.sections[0].heading == "Resumé"
    assert len(item.decisions) == 3
    assert item.attachments and item.attachments[0].printed.startswith("1 Åben ")


_SBSYS = """<?xml version="1.0" encoding="utf-8"?>
<Publication><Agendas><Agenda ID="1">
  <Meeting><When>03-02-2021 16:00:00</When><Where>Byrådssalen</Where></Meeting>
  <Committee><Name>Teknik- og Miljøudvalget</Name></Committee>
  <Items>
    <Item><Number>1</Number><Caption>Godkendelse af dagsorden</Caption><IsPublic>True</IsPublic>
      <Case><Number>00.01.00-A00-1-21</Number></Case>
      <Fields><ItemField><Caption>Indstilling</Caption><HasContent>True</HasContent>
        <Content>&lt;p&gt;Forvaltningen indstiller, at dagsordenen godkendes.&lt;/p&gt;</Content>
      </ItemField></Fields>
    </Item>
    <Item><Number>2</Number><Caption>Salg af grund</Caption><IsPublic>False</IsPublic></Item>
  </Items>
</Agenda></Agendas></Publication>
"""


def test_an_invented_sbsys_publication(tmp_path: Path) -> None:
    path = tmp_path / "publication.xml"
    path.write_text(_SBSYS, encoding="utf-8")
    doc = parse(path)
    assert doc.committee == "Teknik- og Miljøudvalget"
    assert doc.location == "Byrådssalen"
    assert [(i.number, i.access, i.case_id) for i in doc.items] == [
        ("1", "open", "00.01.00-A00-1-21"),
        ("2", "closed", None),
    ]
    assert doc.items[0].sections[0].text == "Forvaltningen indstiller, at dagsordenen godkendes."
    assert doc.items[0].recommendation is not None


@pytest.mark.parametrize(
    "text",
    [
        "<Publication><Agendas>",  # cut short
        "<Meeting><Committee>Udvalg</Meeting>",  # tags that do not match
        "not xml at all",
    ],
)
def test_malformed_xml_is_a_typed_error_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UnsupportedFormatError, match=r"broken\.xml: malformed XML"):
        parse(path)


def test_xml_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError, match="not an agenda system's publication"):
        parse(path)


def test_an_empty_xml_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xml"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        parse(path)


def test_entities_are_never_expanded(tmp_path: Path) -> None:
    """An external entity (a local file) and an entity bomb: neither is expanded."""
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMMELIGT", encoding="utf-8")
    bomb = "".join(f'<!ENTITY e{n + 1} "&e{n};&e{n};&e{n};&e{n};&e{n};">' for n in range(12))
    path = tmp_path / "hostile.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE Meeting [<!ENTITY ext SYSTEM "file://{secret}">'
        f'<!ENTITY e0 "ha">{bomb}]>'
        "<Meeting><Committee>&ext;&e12;</Committee><MeetingDate>04-12-2012 13:00:00</MeetingDate>"
        "</Meeting>",
        encoding="utf-8",
    )
    try:
        doc = parse(path)
    except DagsordenError:
        return  # refusing the file is as safe as reading it without the entities
    assert "HEMMELIGT" not in (doc.committee or "")
    assert len(doc.committee or "") < 1000


def test_convert_takes_every_format_from_a_folder_and_says_what_it_passed_over(
    tmp_path: Path,
) -> None:
    from dagsorden_parser.batch import SKIPPED_NAME, convert

    folder = tmp_path / "arkiv"
    folder.mkdir()
    (folder / "publication.xml").write_text(_SBSYS, encoding="utf-8")
    (folder / "feed.xml").write_text("<rss><channel/></rss>", encoding="utf-8")
    (folder / "noter.json").write_text('{"note": "ikke et møde"}', encoding="utf-8")
    (folder / "billede.png").write_bytes(b"\x89PNG\r\n")
    out = tmp_path / "out"
    results = list(convert([folder], out, jobs=1))
    assert [(Path(r.path).name, r.status) for r in results] == [("publication.xml", "converted")]
    skipped = {
        Path(record["path"]).name: record["reason"]
        for record in map(json.loads, (out / SKIPPED_NAME).read_text("utf-8").splitlines())
    }
    assert skipped == {
        "billede.png": skipped["billede.png"],
        "feed.xml": "XML that is not an eDoc, SBSYS or Acadre publication",
        "noter.json": "JSON that is not a First Agenda publishing export",
    }
    assert "not a meeting document type (.png)" in skipped["billede.png"]
