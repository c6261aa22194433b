"""Typed errors for input the parser cannot read.

Every error names the file and says what is wrong in one line, and carries a
stable `code` that batch tools record.
"""

from __future__ import annotations

from pathlib import Path


class DagsordenError(Exception):
    """Base class: a source that cannot be parsed at all."""

    code = "error"

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnsupportedFormatError(DagsordenError):
    """The file's extension is not one the parser reads."""

    code = "unsupported_format"


class EmptyFileError(DagsordenError):
    """The file has no bytes (or only white space)."""

    code = "empty_file"


class NotAPdfError(DagsordenError):
    """A `.pdf` file that does not start with a PDF header."""

    code = "not_a_pdf"


class DamagedPdfError(DagsordenError):
    """A PDF the PDF library cannot open or read."""

    code = "damaged_pdf"


class EncryptedPdfError(DagsordenError):
    """A password-protected PDF."""

    code = "encrypted_pdf"


class NoTextLayerError(DagsordenError):
    """A PDF with pages but no extractable text: a scan that needs OCR first."""

    code = "no_text_layer"


class SourceNotFoundError(DagsordenError):
    """The path does not exist or is not a file."""

    code = "not_found"


class NotAFileError(DagsordenError):
    """The path exists but is no regular file: a folder, a symbolic link that loops, a pipe."""

    code = "not_a_file"


class MalformedInputError(DagsordenError):
    """A structured export (First Agenda JSON) whose content is not of the expected shape."""

    code = "malformed_input"


class ParseTimeoutError(DagsordenError):
    """Parsing took longer than the time limit the caller gave."""

    code = "timeout"
