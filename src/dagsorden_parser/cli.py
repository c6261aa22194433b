"""Command line: ``dagsorden parse|convert|compare|report|schema|evaluate|samples``.

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
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .errors import DagsordenError
from .outfolder import OutputBusyError, OutputFolderError
from .output.export import write_atomically
from .version import __version__

PROG = "dagsorden"

#: Loggers of the PDF libraries: their chatter about repairing a damaged file
#: would break the one-line-per-file contract on stderr.
_LIBRARY_LOGGERS = ("pdfminer", "pdfplumber")


# --- output helpers ---------------------------------------------------------------


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`1 file`, `2 files`: a count with its noun."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


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
        parser.error("several FILEs need -o OUT (one JSON file is written per input)")
    if args.timeout is not None and args.timeout <= 0:
        parser.error("--timeout must be more than 0")
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
            doc = parse(
                path,
                profile=args.profile,
                ocr=args.ocr,
                timeout=args.timeout,
                engine=args.engine,
                jobs=args.jobs,
            )
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
            write_atomically(target, text.encode("utf-8"))
        except OSError as exc:
            _error(f"{target}: cannot write ({exc.strerror or exc})", "write_error")
            failed += 1
            continue
        if not args.quiet:
            counts = f"{plural(len(doc.items), 'item')}, {plural(len(doc.warnings), 'warning')}"
            print(f"ok  {path}  {counts}", file=sys.stderr)
    return 1 if failed else 0


# --- convert ----------------------------------------------------------------------


def _progress_bar(total: int) -> Any:
    """A rich progress bar on stderr (counts, rate, ETA), or None without rich or a TTY."""
    if not sys.stderr.isatty():
        return None
    try:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
    except ModuleNotFoundError:
        return None
    return Progress(
        TextColumn("[bold]converting"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[failed]}"),
        console=Console(stderr=True),
        transient=False,
    )


def _cmd_convert(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import time

    from .batch import (
        ERRORS_NAME,
        INPUT_TYPES,
        SKIPPED_NAME,
        Summary,
        check_formats,
        convert,
        discover,
    )

    try:
        formats = check_formats(args.format.split(","))
    except ValueError as exc:
        parser.error(str(exc))
    if args.timeout <= 0:
        parser.error("--timeout must be more than 0")
    if args.outdir is None:
        parser.error("the following arguments are required: -o/--out")
    outdir: Path = args.outdir
    ignored: list[Path] = []
    sources = discover(args.sources, outdir, ignored=ignored)
    if ignored and not args.quiet:
        names = ", ".join(str(p) for p in ignored[:5]) + (", ..." if len(ignored) > 5 else "")
        verb = "is" if len(ignored) == 1 else "are"
        print(
            f"{PROG} convert: skipped {plural(len(ignored), 'file')} that {verb} "
            f"not {INPUT_TYPES}: {names} (why: {outdir / SKIPPED_NAME})",
            file=sys.stderr,
        )
    if not sources:
        _error(f"{' '.join(args.sources)}: no {INPUT_TYPES} found", "not_found")
        return 1

    summary = Summary()
    started = time.perf_counter()
    progress = None if args.quiet else _progress_bar(len(sources))
    task: Any = None

    def report(line: str) -> None:
        if progress is not None:
            progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr)

    results = convert(
        sources,
        outdir,
        formats=formats,
        jobs=args.jobs,
        timeout=args.timeout,
        max_tasks_per_child=args.max_tasks_per_child,
        retry_failed=args.retry_failed,
        profile=args.profile,
        engine=args.engine,
        ocr=args.ocr,
        ignored=ignored,
        wait=args.wait,
        fresh=args.fresh,
    )
    client: Any = None
    if args.dask:
        from dask.distributed import Client

        from .cluster import convert_on_dask

        client = Client(args.dask)  # type: ignore[no-untyped-call]
        results = convert_on_dask(
            sources,
            outdir,
            client,
            formats=formats,
            retry_failed=args.retry_failed,
            engine=args.engine,
        )
    with (
        contextlib.closing(client) if client is not None else contextlib.nullcontext(),
        progress if progress is not None else contextlib.nullcontext(),
    ):
        if progress is not None:
            task = progress.add_task("convert", total=len(sources), rate="", failed="")
        for result in results:
            summary.add(result)
            if result.status == "failed" and result.message is not None:
                report(f"{PROG}: error: {_one_line(result.message)} [{result.code}]")
            if progress is not None:
                elapsed = max(time.perf_counter() - started, 1e-9)
                done = summary.converted + summary.skipped + summary.failed
                rate = f"{done / elapsed:.1f} files/s"
                failed = f"{summary.failed} failed" if summary.failed else ""
                progress.update(task, advance=1, rate=rate, failed=failed)

    elapsed = time.perf_counter() - started
    if args.quiet:
        return 1 if summary.failed else 0
    print(
        f"{PROG} convert: {plural(len(sources), 'file')} in {elapsed:.1f} s: "
        f"{summary.converted} converted, {summary.skipped} skipped (done before), "
        f"{summary.failed} failed",
        file=sys.stderr,
    )
    if summary.failed:
        codes = ", ".join(f"{code} {n}" for code, n in summary.failed_by_code.most_common())
        print(f"  failed by code: {codes} (see {outdir / ERRORS_NAME})", file=sys.stderr)
    if summary.warnings_by_code:
        codes = ", ".join(f"{code} {n}" for code, n in summary.warnings_by_code.most_common())
        print(f"  warnings by code: {codes}", file=sys.stderr)
    if ignored:
        kinds = Counter(path.suffix.lower() or "(no extension)" for path in ignored)
        listed = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common())
        print(
            f"  not converted: {plural(len(ignored), 'file')} that are not meeting documents "
            f"({listed}; why: {outdir / SKIPPED_NAME})",
            file=sys.stderr,
        )
    print(f"  outputs in {outdir}: {', '.join(formats)}", file=sys.stderr)
    return 1 if summary.failed else 0


# --- schema, evaluate, samples ----------------------------------------------------


def _cmd_compare(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .api import parse
    from .compare import compare

    try:
        result = compare(parse(args.agenda, ocr=args.ocr), parse(args.minutes, ocr=args.ocr))
    except DagsordenError as exc:
        _error(str(exc), exc.code)
        return 1
    for warning in result.warnings:
        if args.force:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
        else:
            _error(f"{args.agenda} / {args.minutes}: {warning}", "not_the_same_meeting")
    if result.warnings and not args.force:
        print(f"{PROG}: compare them anyway with --force", file=sys.stderr)
        return 1
    if args.json:
        _emit(result.model_dump_json(indent=2) + "\n")
        return 0
    for item in result.items:
        line = f"{item.number or '-':>5}  {item.change:<13} {item.title}"
        extras = []
        if item.change == "title_changed":
            extras.append(f"agenda: {item.agenda_title!r}")
        if item.decisions:
            extras.append("decided: " + ", ".join(d.value for d in item.decisions))
        if item.votes:
            extras.append(f"{item.votes} vote record(s)")
        if item.absences:
            extras.append("away: " + ", ".join(a.name for a in item.absences))
        _emit(line + ("  [" + "; ".join(extras) + "]" if extras else "") + "\n")
    return 0


def _cmd_report(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .report import ReportError, write_report

    try:
        path = write_report(args.archive, args.out)
    except ReportError as exc:
        _error(str(exc), "not_found")
        return 1
    except OSError as exc:
        _error(f"{args.out or args.archive}: cannot write ({exc.strerror or exc})", "write_error")
        return 1
    if not args.quiet:
        print(f"{PROG} report: wrote {path}", file=sys.stderr)
    return 0


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
    if args.gold:
        argv += ["--gold", args.gold]
    if args.quiet:
        argv.append("--quiet")
    if args.profile:
        argv += ["--profile", args.profile]
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
    outdir: Path = args.out or args.outdir
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


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return value


#: Every input type the commands accept, named in their help.
INPUTS = (
    ".pdf, .txt, .md, .html/.htm, .docx, a First Agenda .json or an eDoc/SBSYS/Acadre .xml export"
)
_OCR_HELP = (
    "read scanned PDF pages by OCR (Tesseract with Danish): auto = pages without a "
    "text layer (default), never, always"
)

_EXAMPLES = {
    "parse": "dagsorden parse agenda.pdf > agenda.json\n  "
    "dagsorden parse archive/*.pdf meeting.json -o out/",
    "convert": "dagsorden convert archive/ -o out --format json,csv,sqlite\n  "
    "dagsorden convert archive/ -o out --format jsonl   "
    "# later: writes the stored documents, no parsing",
    "compare": "dagsorden compare dagsorden.pdf referat.pdf\n  "
    "dagsorden compare dagsorden.pdf referat.pdf --json",
    "schema": "dagsorden schema > document.schema.json",
    "evaluate": "dagsorden evaluate ../shared/corpus --quiet",
    "samples": "dagsorden samples -o samples/",
    "report": "dagsorden convert archive/ -o out --format sqlite && dagsorden report out\n  "
    "dagsorden report out -o archive-report.html",
}


class _HelpFormatter(argparse.HelpFormatter):
    """Descriptions wrapped as usual; the examples after them kept line by line."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("example:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def _command(commands: Any, name: str, *, help: str, description: str) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=f"example:\n  {_EXAMPLES[name]}",
        formatter_class=_HelpFormatter,
    )
    return parser


def _out_alias(parser: argparse.ArgumentParser, dest: str) -> None:
    """`--outdir`, the older spelling of `-o/--out`, still accepted (not shown in help)."""
    parser.add_argument("--outdir", dest=dest, type=Path, help=argparse.SUPPRESS)


def _engine_option(command: argparse.ArgumentParser) -> None:
    from .read.pdf import DEFAULT_ENGINE, ENGINES

    command.add_argument(
        "--engine",
        choices=ENGINES,
        default=None,
        help=f"PDF library (default {DEFAULT_ENGINE}; pdfplumber reads what PDFium cannot open)",
    )


def build_parser() -> argparse.ArgumentParser:
    from .profiles import PROFILES

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn Danish municipal agendas and minutes into typed JSON.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = _command(
        commands,
        "parse",
        help=f"parse files ({INPUTS}) into Document JSON",
        description=f"Parse files ({INPUTS}). One file without -o prints its JSON to "
        "stdout; with -o, OUT/<stem>.json is written per file. For folders use convert.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=f"a {INPUTS} file")
    p.add_argument(
        "-o",
        "--out",
        dest="outdir",
        type=Path,
        metavar="OUT",
        help="write OUT/<stem>.json per file and a summary line to stderr",
    )
    _out_alias(p, "outdir")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary lines, only errors")
    p.add_argument(
        "--profile",
        choices=[profile.name for profile in PROFILES],
        help="layout profile (default: detected)",
    )
    _engine_option(p)
    p.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="read a long PDF's pages in N processes (default 1; same output)",
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
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time limit per file; a file over it fails with code timeout (default: none)",
    )
    p.add_argument("--ocr", choices=("auto", "never", "always"), default="auto", help=_OCR_HELP)
    p.set_defaults(handler=_cmd_parse, subparser=p)

    c = _command(
        commands,
        "convert",
        help="convert whole archives (files, folders, globs) in parallel",
        description="Convert files, folders (recursively: .pdf, .txt, .md, .html, .htm, .docx, "
        "First Agenda .json and eDoc/SBSYS/Acadre .xml exports; other files are reported as "
        "skipped, with why, in OUT/skipped.jsonl) and glob patterns "
        "into OUT: one JSON file per document and, with --format, documents.jsonl, csv/, "
        "dagsorden.sqlite and parquet/. Each file is parsed in a worker process with a time "
        "limit; failures go to OUT/errors.jsonl and the batch goes on. A re-run skips what "
        "this parser version has already converted (OUT/manifest.sqlite), and writes a "
        "format asked for later from the stored documents, without parsing again. Exit "
        "status 1 if any file failed.",
    )
    c.add_argument("sources", nargs="+", metavar="SRC", help="a file, a folder or a glob")
    c.add_argument("-o", "--out", dest="outdir", type=Path, metavar="OUT", help="output folder")
    _out_alias(c, "outdir")
    c.add_argument(
        "--format",
        default="json",
        metavar="F[,F...]",
        help="json, jsonl, csv, sqlite, parquet (comma-separated; default json)",
    )
    c.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help=f"worker processes (default: one per CPU core; {os.cpu_count()} here)",
    )
    c.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="time limit per document (default 300)",
    )
    c.add_argument(
        "--max-tasks-per-child",
        type=_positive,
        default=100,
        metavar="N",
        help="replace a worker after N documents (default 100)",
    )
    c.add_argument("--retry-failed", action="store_true", help="try files that failed before again")
    c.add_argument(
        "--profile",
        choices=[profile.name for profile in PROFILES],
        help="layout profile for every file (default: detected per file)",
    )
    c.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar or summary, only errors"
    )
    _engine_option(c)
    c.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="parse on a Dask cluster (scheduler address, e.g. tcp://host:8786; "
        "needs dagsorden-parser[dask]); the manifest and outputs stay here",
    )
    c.add_argument("--ocr", choices=("auto", "never", "always"), default="auto", help=_OCR_HELP)
    c.add_argument(
        "--wait",
        action="store_true",
        help="if another convert is writing into OUT, wait for it (default: refuse)",
    )
    c.add_argument(
        "--fresh",
        action="store_true",
        help="start over: remove OUT's manifest and the outputs it lists first",
    )
    c.set_defaults(handler=_cmd_convert, subparser=c)

    k = _command(
        commands,
        "compare",
        help="what the minutes added to the agenda of the same meeting",
        description="Pair the items of an agenda and the minutes of the same meeting: "
        "decisions, votes and absences the minutes add, titles changed, items added or removed. "
        f"Either may be any accepted type ({INPUTS}): a PDF against the agenda system's XML.",
    )
    k.add_argument("--ocr", choices=("auto", "never", "always"), default="auto", help=_OCR_HELP)
    k.add_argument("agenda", type=Path, metavar="AGENDA", help="the agenda (dagsorden)")
    k.add_argument("minutes", type=Path, metavar="MINUTES", help="the minutes (referat)")
    k.add_argument("--json", action="store_true", help="print the comparison as JSON")
    k.add_argument(
        "--force",
        action="store_true",
        help="compare even when the two look like different meetings (dates, committees) "
        "or are given the wrong way round",
    )
    k.set_defaults(handler=_cmd_compare, subparser=k)

    r = _command(
        commands,
        "report",
        help="one HTML page about a converted archive",
        description="Write one self-contained HTML page about an archive that `dagsorden "
        "convert` wrote into OUT: meetings per body and year, items and the share closed, "
        "decisions by outcome, votes by party, and the documents that need attention, each "
        "linked to its JSON. Charts are inline SVG; the page needs no network.",
    )
    r.add_argument("archive", type=Path, metavar="OUT", help="the folder `convert -o` wrote")
    r.add_argument(
        "-o", "--out", type=Path, metavar="FILE", help="where to write (default: OUT/report.html)"
    )
    r.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    r.set_defaults(handler=_cmd_report, subparser=r)

    s = _command(
        commands,
        "schema",
        help="print the JSON Schema of the Document output",
        description="Print the JSON Schema of the Document output.",
    )
    s.set_defaults(handler=_cmd_schema, subparser=s)

    e = _command(
        commands,
        "evaluate",
        help="score the parser against a gold corpus",
        description="Score the parser against a gold-annotated corpus.",
    )
    e.add_argument(
        "corpus", type=Path, metavar="CORPUS", help="corpus folder with gold/ and manifest.tsv"
    )
    e.add_argument("--family", metavar="F", help="only documents of this layout family")
    e.add_argument(
        "--gold",
        metavar="DIR",
        help="the annotations' folder under the corpus (default gold; vendor/gold scores "
        "the agenda systems' web pages)",
    )
    e.add_argument("-q", "--quiet", action="store_true", help="leave out the list of misses")
    e.add_argument(
        "--profile", metavar="NAME", help="force a layout profile (generic: inference alone)"
    )
    e.set_defaults(handler=_cmd_evaluate, subparser=e)

    m = _command(
        commands,
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
    m.add_argument("-o", "--out", type=Path, metavar="OUT", help="the same as OUTDIR")
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
    except OutputFolderError as exc:  # convert: OUT busy, or holding files not its own
        code = "output_busy" if isinstance(exc, OutputBusyError) else "output_folder"
        _error(str(exc), code)
        return 2
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
