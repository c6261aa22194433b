"""dagsorden_parser: Danish municipal agendas and minutes as typed, validated data.

>>> import dagsorden_parser as dp
>>> doc = dp.parse("dagsorden.pdf")          # doctest: +SKIP
>>> doc.items[0].title                       # doctest: +SKIP
"""

from .api import parse, parse_text
from .batch import FileResult, convert
from .errors import (
    DagsordenError,
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    MalformedInputError,
    NotAFileError,
    NotAPdfError,
    NoTextLayerError,
    ParseTimeoutError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from .facts.attendance import present_for
from .models import (
    SCHEMA_VERSION,
    Attachment,
    ContentsEntry,
    Document,
    Item,
    Person,
    Section,
    SectionKind,
    Source,
    Warning,
    json_schema,
)
from .output.tables import to_dataframe, to_dataframes
from .version import __version__

__all__ = [
    "SCHEMA_VERSION",
    "Attachment",
    "ContentsEntry",
    "DagsordenError",
    "DamagedPdfError",
    "Document",
    "EmptyFileError",
    "EncryptedPdfError",
    "FileResult",
    "Item",
    "MalformedInputError",
    "NoTextLayerError",
    "NotAFileError",
    "NotAPdfError",
    "ParseTimeoutError",
    "Person",
    "Section",
    "SectionKind",
    "Source",
    "SourceNotFoundError",
    "UnsupportedFormatError",
    "Warning",
    "__version__",
    "convert",
    "json_schema",
    "parse",
    "parse_text",
    "present_for",
    "to_dataframe",
    "to_dataframes",
]
