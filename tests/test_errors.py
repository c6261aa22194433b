"""Unreadable input raises the right typed error, naming the file, with a stable code."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import traceback
import warnings
from pathlib import Path

import pytest

import dagsorden_parser
from badfiles import (
    BAD_FILES,
    USER_PASSWORD,
    BadFile,
    write_good_pdf,
    write_good_text,
    write_owner_only_encrypted_pdf,
)
from dagsorden_parser import DagsordenError, DamagedPdfError, EncryptedPdfError, parse

PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2")


@pytest.fixture(autouse=True, params=["pdfium", "pdfplumber"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test here runs with each PDF engine as the default."""
    name = str(request.param)
    monkeypatch.setenv("DAGSORDEN_PDF_ENGINE", name)
    return name


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad")


def _raise(bad: BadFile, directory: Path) -> tuple[Path, DagsordenError]:
    path = bad.write(directory)
    with pytest.raises(DagsordenError) as info:
        parse(path)
    return path, info.value


def _from_pdf_library(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in PDF_LIBRARIES


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_right_error_class(bad: BadFile, bad_dir: Path) -> None:
    _, exc = _raise(bad, bad_dir)
    assert type(exc) is bad.error


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_message_names_the_file_on_one_line(bad: BadFile, bad_dir: Path) -> None:
    path, exc = _raise(bad, bad_dir)
    assert path.name in str(exc)
    assert str(exc).startswith(f"{path}: ")
    assert exc.path == str(path)
    assert exc.problem.strip()
    assert "\n" not in str(exc)


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_stable_code(bad: BadFile, bad_dir: Path) -> None:
    _, exc = _raise(bad, bad_dir)
    assert exc.code == bad.code
    assert type(exc).code == bad.code  # a class attribute, not set per instance


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_no_pdf_library_exception_leaks(bad: BadFile, bad_dir: Path) -> None:
    _, exc = _raise(bad, bad_dir)
    assert all(c.__module__.split(".")[0] not in PDF_LIBRARIES for c in type(exc).__mro__)
    # The chain a user sees: explicit causes, and contexts unless suppressed.
    shown: BaseException | None = exc
    while shown is not None:
        assert not _from_pdf_library(shown), type(shown)
        shown = shown.__cause__ or (None if shown.__suppress_context__ else shown.__context__)
    printed = "".join(traceback.format_exception(exc))
    for library in PDF_LIBRARIES:
        assert f"{library}/" not in printed  # no frame of the library in the traceback


def test_every_code_is_distinct_per_class() -> None:
    codes = {bad.error: bad.code for bad in BAD_FILES}
    assert len(set(codes.values())) == len(codes)


def test_errors_are_exported_from_the_package() -> None:
    for bad in BAD_FILES:
        assert getattr(dagsorden_parser, bad.error.__name__) is bad.error
        assert issubclass(bad.error, DagsordenError)


# --- inputs that must NOT fail ------------------------------------------------------


def test_owner_password_only_pdf_parses_normally(tmp_path: Path) -> None:
    """Encrypted with an empty user password: opens without one, like most municipal PDFs."""
    path = write_owner_only_encrypted_pdf(tmp_path)
    assert b"/Encrypt" in path.read_bytes()
    doc = parse(path)
    plain = parse(write_good_pdf(tmp_path))
    assert [item.title for item in doc.items] == [item.title for item in plain.items]
    assert [item.title for item in doc.items] == [
        "Godkendelse af dagsorden",
        "Orientering om ny cykelsti ved Tornekrogen",
    ]


def test_good_text_and_pdf_parse(tmp_path: Path) -> None:
    for path in (write_good_text(tmp_path), write_good_pdf(tmp_path)):
        doc = parse(path)
        assert doc.committee == "Prøveudvalget"
        assert [item.case_id for item in doc.items] == ["EMN-2024-01234", "EMN-2024-05678"]


@pytest.mark.parametrize("aes256", [False, True], ids=["aes128", "aes256"])
def test_pikepdf_encryption(tmp_path: Path, aes256: bool) -> None:
    """AES encryption: a user password is reported, an owner password alone is not."""
    pikepdf = pytest.importorskip("pikepdf")
    revision = 6 if aes256 else 4
    plain = write_good_pdf(tmp_path)
    locked, open_ = tmp_path / "locked.pdf", tmp_path / "open.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user=USER_PASSWORD, owner="o", R=revision))
        pdf.save(
            open_,
            encryption=pikepdf.Encryption(
                user="", owner="o", R=revision, allow=pikepdf.Permissions(extract=False)
            ),
        )
    with pytest.raises(EncryptedPdfError, match="password-protected"):
        parse(locked)
    assert len(parse(open_).items) == 2


# --- regression: damaged page tree ------------------------------------------------


def test_damaged_page_tree_is_typed_and_closes_the_file(tmp_path: Path) -> None:
    """pdfplumber's `close()` re-reads a broken page tree and raises again; that second
    error must not escape, and the file handle must still be closed."""
    data = write_good_pdf(tmp_path).read_bytes()
    box = b"/MediaBox [ 0 0 595.2756 841.8898 ]"
    assert box in data
    path = tmp_path / "bad-mediabox.pdf"
    path.write_bytes(data.replace(box, b"/MediaBox [ 0 0 595.2756 /Oops ]"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(DamagedPdfError) as info:
            parse(path, engine="pdfplumber")
        del info
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
    # PDFium falls back to a letter-size page and reads the text.
    assert len(parse(path, engine="pdfium").items) == 2


def test_damaged_detail_is_not_repeated(tmp_path: Path) -> None:
    """pdfplumber wraps pdfminer's exception with the same message: say it once."""
    path = tmp_path / "cut.pdf"
    path.write_bytes(write_good_pdf(tmp_path).read_bytes()[:300])
    with pytest.raises(DamagedPdfError) as info:
        parse(path)
    detail = info.value.problem
    words = detail[detail.index("(") + 1 : detail.rindex(")")].split()
    half = len(words) // 2
    assert words
    assert not (len(words) % 2 == 0 and words[:half] == words[half:]), detail


# --- hostile files: bounded time and memory -------------------------------------------

_MEASURE = """
import json, resource, sys, time
import dagsorden_parser as dp
start = time.perf_counter()
try:
    dp.parse(sys.argv[1])
    code = None
except dp.DagsordenError as exc:
    code = exc.code
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"code": code, "seconds": seconds, "peak": peak}))
"""


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.id for b in BAD_FILES])
def test_hostile_files_end_quickly_in_little_memory(bad: BadFile, bad_dir: Path) -> None:
    """Each bad file ends with its typed error in under 5 s and 500 MB, whichever engine
    (the `engine` fixture sets it for the child through the environment)."""
    path = bad.write(bad_dir)
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(dagsorden_parser.__file__).parents[1])},
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == bad.code
    assert result["seconds"] < 5.0
    assert result["peak"] < 500 * 1024 * 1024
