"""`dagsorden report`: one self-contained HTML page about a converted archive, opened in
headless Chromium (Debian package `chromium`, installed by `.ci/run`)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dagsorden_parser import cli
from dagsorden_parser.batch import convert
from dagsorden_parser.report import write_report
from dagsorden_parser.synth_archive import write_archive

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
)  # fmt: skip


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    write_archive(root / "archive")
    (root / "archive" / "2024" / "kaput.pdf").write_bytes(b"%PDF-1.4\n% truncated")
    target = root / "out"
    results = list(convert([root / "archive"], target, formats=["json", "sqlite"], jobs=2))
    assert sorted(r.status for r in results).count("converted") == 9
    return target


def test_report_shows_the_archive(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    page = (out / "report.html").read_text("utf-8")
    assert page.count("<svg") == 4
    for figure in ("meetings", "closed", "outcomes", "votes", "attention"):
        assert f'id="{figure}"' in page
    assert "<b>6</b>meetings" in page  # 8 documents, an agenda and its minutes one meeting
    assert "Børne- og Skoleudvalget" in page and ">Ø<" in page
    attention = page.split('id="attention"', 1)[1]
    assert "kaput.pdf" in attention and "failed: damaged_pdf" in attention
    assert "henvendelse-fra-borger.txt" in attention and "no_items" in attention
    href = re.search(r'<a href="([^"]+)">[^<]*henvendelse-fra-borger\.txt</a>', attention)
    assert href is not None and (out / href.group(1)).is_file()
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<script" not in page


def test_report_of_a_folder_that_is_no_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["report", str(tmp_path)]) == 1
    assert "not a converted archive" in capsys.readouterr().err


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "the report test needs Chromium: apt-get install chromium (see .ci/run)"
    return found


def test_report_renders_in_headless_chromium(out: Path, tmp_path: Path) -> None:
    from PIL import Image

    page = write_report(out, tmp_path / "report.html")
    shutil.copytree(out / "json", tmp_path / "json")
    base = [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [*base, "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert dom.returncode == 0, dom.stderr[-2000:]
    for problem in ("Refused to", "Uncaught", "net::ERR", "CONSOLE"):
        assert problem not in dom.stderr, dom.stderr[-2000:]
    rendered = dom.stdout
    assert rendered.count("<svg") == 4 and rendered.count('class="bar"') >= 10
    assert "Votes by party" in rendered and "Documents that need attention (2)" in rendered
    shot = tmp_path / "report.png"
    subprocess.run(
        [*base, "--window-size=1100,1800", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    image = Image.open(shot).convert("RGB")
    assert image.size == (1100, 1800)
    colours = {colour for _, colour in image.getcolors(1 << 20) or []}
    # The bars are drawn: the chart colours (Okabe-Ito blue, orange, green) are on screen.
    for colour in ((0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73)):
        assert colour in colours
