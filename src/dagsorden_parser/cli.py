"""Command line: ``dagsorden parse|schema|evaluate|samples``.

Input the parser cannot read is reported as one line on stderr,
``dagsorden: error: <file>: <problem> [<code>]``, never as a traceback; the exit
status is 0 on success, 1 if any file failed and 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import logging
import os
import secrets
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import DagsordenError

PROG = "dagsorden"

#: Loggers of the PDF libraries: their chatter about repairing a damaged file
#: would break the one-line-per-file contract on stderr.
_LIBRARY_LOGGERS = ("pdfminer", "pdfplumber")


# --- output helpers ---------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def _error(message: str, code: str) -> None:
    """The single stderr line that reports a failure."""
    print(f"{PROG}: error: {_one_line(message)} [{code}]", file=sys.stderr)


def _emit(text: str, stream: TextIO | None = None) -> None:
    """Write text to stdout as UTF-8, whatever the console's encoding (JSON is UTF-8)."""
    out = stream if stream is not None else sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text)
        out.flush()
        return
    out.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _write_atomically(target: Path, text: str) -> None:
    """Write `text` to `target` via a temporary file beside it and `os.replace`.

    The temporary file is created with mode 0o666 (less the umask), like an
    ordinary file, and removed if anything goes wrong.
    """
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


@contextlib.contextmanager
def _quiet_pdf_libraries() -> Iterator[None]:
    """Silence the PDF libraries' log records for the duration of a command."""
    loggers = [logging.getLogger(name) for name in _LIBRARY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


# --- parse ------------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .api import parse

    files: list[Path] = list(dict.fromkeys(args.files))  # a file named twice is parsed once
    indent: int | None = None if args.compact else args.indent
    outdir: Path | None = args.outdir

    if outdir is None and len(files) > 1:
        parser.error("several FILEs need -o OUTDIR (one JSON file is written per input)")
    if outdir is not None:
        claimed: dict[str, Path] = {}
        for path in files:
            name = f"{path.stem}.json"
            if name in claimed:
                parser.error(f"{claimed[name]} and {path} would both write {outdir / name}")
            claimed[name] = path
        try:
            outdir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _error(
                f"{outdir}: cannot create the output folder ({exc.strerror or exc})", "write_error"
            )
            return 1

    failed = 0
    for path in files:
        try:
            doc = parse(path, profile=args.profile)
        except DagsordenError as exc:
            _error(str(exc), exc.code)
            failed += 1
            continue
        except Exception as exc:
            if args.traceback:
                raise
            _error(f"{path}: internal error: {type(exc).__name__}: {exc}", "internal_error")
            failed += 1
            continue

        text = doc.model_dump_json(indent=indent) + "\n"
        if outdir is None:
            _emit(text)
            continue
        target = outdir / f"{path.stem}.json"
        try:
            _write_atomically(target, text)
        except OSError as exc:
            _error(f"{target}: cannot write ({exc.strerror or exc})", "write_error")
            failed += 1
            continue
        print(f"ok  {path}  {len(doc.items)} items, {len(doc.warnings)} warnings", file=sys.stderr)
    return 1 if failed else 0


# --- schema, evaluate, samples ----------------------------------------------------


def _cmd_schema(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .models import json_schema

    _emit(json.dumps(json_schema(), indent=2) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from . import evaluate

    corpus: Path = args.corpus
    if not corpus.is_dir():
        _error(f"{corpus}: no such corpus folder", "not_found")
        return 1
    argv = [str(corpus)]
    if args.family:
        argv += ["--family", args.family]
    if args.quiet:
        argv.append("--quiet")
    return evaluate.main(argv)


def _cmd_samples(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:  # imported lazily: the generator is a development tool
        synth = importlib.import_module(f"{__package__}.synth")
    except ModuleNotFoundError as exc:
        if exc.name not in (f"{__package__}.synth", "reportlab"):
            raise
        _error(
            "samples: the sample generator (dagsorden_parser.synth) is not installed", "unavailable"
        )
        return 1
    if importlib.util.find_spec("reportlab") is None:
        _error(
            "samples: writing sample PDFs needs reportlab (pip install 'dagsorden-parser[dev]')",
            "unavailable",
        )
        return 1
    outdir: Path = args.outdir
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _error(f"{outdir}: cannot create the output folder ({exc.strerror or exc})", "write_error")
        return 1
    status = synth.main([str(outdir)])
    return status if isinstance(status, int) else 0


# --- argument parser --------------------------------------------------------------


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    from .profiles import PROFILES

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn Danish municipal agendas and minutes into typed JSON.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "parse",
        help="parse PDF or text files into Document JSON",
        description="Parse PDF or text files. One file without -o prints its JSON to "
        "stdout; with -o, OUTDIR/<stem>.json is written per file.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a .pdf, .txt or .md file")
    p.add_argument(
        "-o",
        "--outdir",
        type=Path,
        metavar="OUTDIR",
        help="write OUTDIR/<stem>.json per file and a summary line to stderr",
    )
    p.add_argument(
        "--profile",
        choices=[profile.name for profile in PROFILES],
        help="layout profile (default: detected)",
    )
    layout = p.add_mutually_exclusive_group()
    layout.add_argument(
        "--indent", type=_non_negative, default=2, metavar="N", help="JSON indentation (default 2)"
    )
    layout.add_argument("--compact", action="store_true", help="JSON on one line")
    p.add_argument(
        "--traceback",
        action="store_true",
        help="show the traceback of an unexpected (internal) error",
    )
    p.set_defaults(handler=_cmd_parse, subparser=p)

    s = commands.add_parser(
        "schema",
        help="print the JSON Schema of the Document output",
        description="Print the JSON Schema of the Document output.",
    )
    s.set_defaults(handler=_cmd_schema, subparser=s)

    e = commands.add_parser(
        "evaluate",
        help="score the parser against a gold corpus",
        description="Score the parser against a gold-annotated corpus.",
    )
    e.add_argument(
        "corpus", type=Path, metavar="CORPUS", help="corpus folder with gold/ and manifest.tsv"
    )
    e.add_argument("--family", metavar="F", help="only documents of this layout family")
    e.add_argument("--quiet", action="store_true", help="leave out the list of misses")
    e.set_defaults(handler=_cmd_evaluate, subparser=e)

    m = commands.add_parser(
        "samples",
        help="regenerate the invented sample PDFs",
        description="Regenerate the invented sample PDFs (needs reportlab).",
    )
    m.add_argument(
        "outdir",
        nargs="?",
        type=Path,
        default=Path("samples"),
        metavar="OUTDIR",
        help="folder for the samples (default: ./samples)",
    )
    m.set_defaults(handler=_cmd_samples, subparser=m)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with _quiet_pdf_libraries():
            status: int = args.handler(args, args.subparser)
            return status
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of stdout went away (`dagsorden parse x.pdf | head`): stop quietly.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return 1


if __name__ == "__main__":
    sys.exit(main())
