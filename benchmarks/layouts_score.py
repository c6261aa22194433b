"""Score the parser on invented meetings printed in many templates (issue 8, unseen layouts).

For ``--n`` seeds, :func:`dagsorden_parser.synth_layouts.make_template` picks a print template
(numbering form, access marks, case numbers, section vocabulary, contents list, fonts, running
headers, body text that looks like items) and the meeting is printed as text and parsed with
``parse_text``; the first ``--pdf`` seeds are also rendered as PDFs and parsed with ``parse``.
The script prints:

* item precision, recall and F1 (an item counts when number and title both match), and the
  share of truth items found with the right access and case id (None where none is printed);
* per template feature value: how many templates had it, and the share failing on items,
  access and case id, with the first failing seed as an example;
* with ``--variants M`` (default 3), the one-change-at-a-time table: a template the parser
  reads (``BASELINE``) with one feature changed, on M meetings of each kind, so that a
  failure can be blamed on that feature alone.

``--check`` exits 1 when item F1, access or case-id accuracy is below 0.99 (the issue's bar).

    .venv/bin/python benchmarks/layouts_score.py --n 500
    .venv/bin/python benchmarks/layouts_score.py --n 500 --pdf 100 --variants 0 --check
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from dagsorden_parser.synth_layouts import Scoreboard, score_templates, score_variants

BAR = 0.99


def _variants_table(meetings: int) -> str:
    lines = [f"{'feature=value':<40} {'docs':>5} {'failed':>6}  example"]
    for name, value, board in score_variants(meetings):
        example = board.failures[0] if board.failures else None
        text = ""
        if example is not None:
            seed, _, score = example
            text = f"seed {seed}: " + "; ".join(score.problems[:2])
        lines.append(f"{name + '=' + value:<40} {board.documents:>5} {board.failed:>6}  {text}")
    return "\n".join(lines)


def _below_bar(board: Scoreboard) -> bool:
    return min(board.f1, board.access_accuracy, board.case_accuracy) < BAR


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="templates scored as text")
    parser.add_argument("--start", type=int, default=0, help="first template seed")
    parser.add_argument("--pdf", type=int, default=50, help="templates also scored as PDF")
    parser.add_argument("--variants", type=int, default=3, help="meetings per one-change row")
    parser.add_argument("--no-examples", action="store_true", help="breakdown without examples")
    parser.add_argument("--check", action="store_true", help="exit 1 below the 0.99 bar")
    args = parser.parse_args(argv)

    seeds = range(args.start, args.start + args.n)
    started = time.perf_counter()
    text = score_templates(seeds, "text")
    print(f"text ({time.perf_counter() - started:.1f} s): {text.summary()}")
    boards = [text]
    if args.pdf:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            pdf = score_templates(seeds[: args.pdf], "pdf", Path(folder))
        print(f"pdf  ({time.perf_counter() - started:.1f} s): {pdf.summary()}")
        boards.append(pdf)
    print("\nFailures per template feature value (text), worst first:")
    print(text.breakdown(examples=not args.no_examples))
    if args.variants:
        print("\nOne change from the baseline template (text):")
        print(_variants_table(args.variants))
    return 1 if args.check and any(_below_bar(b) for b in boards) else 0


if __name__ == "__main__":
    raise SystemExit(main())
