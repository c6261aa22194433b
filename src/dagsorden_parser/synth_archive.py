"""A small invented archive of meeting PDFs, for the tutorial, the report and their tests.

    python -m dagsorden_parser.synth_archive archive/

writes PDFs (minutes, and two agendas) of three committees of the invented `Fjordby
Kommune` over two years, made with `synth.py` (needs reportlab: the `dev` or `samples`
extra), with what a reporter looks for: fixed members, some often absent; votes naming
parties and members; amounts granted; closed items; and one case, `EMN-2023-00042` (a new
school), followed through several meetings. Like a real archive it also holds a file that
is no meeting document (a citizen's letter, `LETTER_NAME`). The same call gives the same
files.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .synth import SynthItem, SynthMeeting, SynthSection, make_meeting, render_pdf

MUNICIPALITY = "Fjordby Kommune"
#: The case the tutorial follows across meetings.
THREAD_CASE = "EMN-2023-00042"
THREAD_TITLE = "Ny skole i Nordbyen"

#: Each committee's members; the first of each list is away most often.
ROSTERS: dict[str, tuple[str, ...]] = {
    "Børne- og Skoleudvalget": (
        "Karen Holm (A)",
        "Bo Lund (V)",
        "Ida Berg (Ø)",
        "Per Kjær (C)",
        "Lis Bro (A)",
        "Ole Dam (F)",
        "Mia Skov (V)",
    ),
    "Teknik- og Miljøudvalget": (
        "Jens Hansen (O)",
        "Anne Vang (A)",
        "Søren Krog (V)",
        "Tina Friis (Ø)",
        "Hans Bech (C)",
        "Eva Lind (B)",
        "Niels Møller (A)",
    ),
    "Økonomiudvalget": (
        "Karen Holm (A)",
        "Søren Krog (V)",
        "Ida Berg (Ø)",
        "Hans Bech (C)",
        "Anne Vang (A)",
        "Ole Dam (F)",
        "Eva Lind (B)",
    ),
}

#: (committee, year, month, day): the meetings, in order.
MEETINGS: tuple[tuple[str, int, int, int], ...] = (
    ("Børne- og Skoleudvalget", 2023, 3, 7),
    ("Teknik- og Miljøudvalget", 2023, 3, 9),
    ("Økonomiudvalget", 2023, 4, 12),
    ("Børne- og Skoleudvalget", 2024, 2, 6),
    ("Teknik- og Miljøudvalget", 2024, 2, 8),
    ("Økonomiudvalget", 2024, 3, 13),
)
#: A file that is not a meeting document, as archives have them.
LETTER_NAME = "2024/henvendelse-fra-borger.txt"
LETTER_TEXT = (
    "Kære Fjordby Kommune\n\nJeg skriver om trafikken på Skolevej, som er blevet farlig for "
    "børnene. Kan kommunen sætte farten ned?\n\nVenlig hilsen\nEn borger\n"
)
#: Meetings where the thread case is on the agenda.
THREAD_MEETINGS = {0, 2, 3, 5}


def _thread_item(item: SynthItem, n: int, kind: str) -> SynthItem:
    """The school case: its title, case id, an amount, and (in minutes) a recorded vote."""
    amount = ("4,5 mio. kr.", "12,5 mio. kr.", "18.000.000 kr.", "2,5 mio. kr.")[n % 4]
    sections = [
        SynthSection(
            "Sagsfremstilling",
            [
                "Skolen i Nordbyen er for lille. Forvaltningen har undersøgt en ny skole "
                f"med plads til 600 elever. Der søges om {amount} til projektering."
            ],
        ),
        SynthSection("Indstilling", ["Direktionen indstiller, at bevillingen gives."]),
    ]
    if kind == "minutes":
        sections.append(
            SynthSection(
                "Beslutning",
                [
                    "For stemte: A, V, C og F",
                    "Imod stemte: (Ø) og Ida Berg (Ø)" if n % 2 else "Imod stemte: Ø",
                    "Indstillingen er dermed godkendt.",
                ],
            )
        )
    return replace(item, title=THREAD_TITLE, access="open", case_id=THREAD_CASE, sections=sections)


def archive_meetings(seed: int = 2024) -> list[tuple[str, SynthMeeting]]:
    """The archive's meetings with their file names."""
    rng = random.Random(seed)
    out: list[tuple[str, SynthMeeting]] = []
    for n, (committee, year, month, day) in enumerate(MEETINGS):
        roster = list(ROSTERS[committee])
        away = [roster[0]] if rng.random() < 0.8 else []
        away += rng.sample(roster[1:], rng.randint(0, 1))
        start = datetime(year, month, day, 16, 0)
        kinds = ["minutes"] + (["agenda"] if n in (0, 3) else [])
        for kind in kinds:
            meeting = make_meeting(
                seed + n, 5, "minutes" if kind == "minutes" else "agenda",
                committee=committee, municipality=MUNICIPALITY,
            )  # fmt: skip
            items = list(meeting.items)
            if n in THREAD_MEETINGS and len(items) > 1:
                items[1] = _thread_item(items[1], n, kind)
            meeting = replace(meeting, start=start, items=items)
            if kind == "minutes":
                present = [p for p in roster if p not in away]
                meeting = replace(meeting, present=present, absent=away)
            slug = committee.split("-")[0].split()[0].lower().replace("ø", "oe")
            name = (
                f"{year}/{slug}-{start:%Y-%m-%d}-{'referat' if kind == 'minutes' else 'dagsorden'}"
            )
            out.append((f"{name}.pdf", meeting))
    return out


def write_archive(folder: str | Path, seed: int = 2024) -> list[Path]:
    """Render the archive's PDFs (and the letter) into `folder`; returns their paths."""
    root = Path(folder)
    paths = []
    for name, meeting in archive_meetings(seed):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        render_pdf(meeting, path)
        paths.append(path)
    letter = root / LETTER_NAME
    letter.parent.mkdir(parents=True, exist_ok=True)
    letter.write_text(LETTER_TEXT, encoding="utf-8")
    paths.append(letter)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0] if args else "archive")
    paths = write_archive(folder)
    print(f"wrote {len(paths)} files under {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
