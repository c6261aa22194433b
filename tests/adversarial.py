"""Adversarial texts for the time and fuzz tests: long lines, runs of dots and digits,
repeated headings and repeated label words, at any size (invented text only)."""

from __future__ import annotations

#: Units repeated into long runs; each is something a rule looks for, or its near miss.
UNITS: dict[str, str] = {
    "words": "Per Hansen ",
    "capitalised": "Aa ",
    "names_listed": "Per Hansen (A), ",
    "dots": ".",
    "dotted_spaces": ". ",
    "digits": "1",
    "digit_dots": "1.",
    "numbered": "1. ",
    "spaces": " \t ",
    "hyphens": "kommune-\n",
    "headings": "1 (Åben) Punkt om sagen\n",
    "heading_words": "Punkt 1: Sag\n",
    "contents_lines": "Titel ........ 3\n",
    "absent_label": "Fraværende: ",
    "absent_names": "Fraværende: Per Hansen, ",
    "case_label": "Sagsnr.: ",
    "decision": "Beslutning\n",
    "decision_inline": "Beslutning i Økonomiudvalget den 1. marts 2024 ",
    "left": "Per Hansen forlod mødet ",
    "recused": "Per Hansen erklærede sig inhabil ",
    "votes": "For stemte: A, B og C ",
    "vote_verbs": "Per Hansen (A) stemte imod ",
    "minority": "V tog forbehold ",
    "approved": "godkendt ",
    "amounts": "1.000 kr. ",
    "kroner": "kr. 1.",
    "dates": "den 1. januar 2024 kl. ",
    "meeting": "mødet mandag ",
    "parens": "((",
    "contents_word": "Indhold\n",
}

_HEAD = "Referat\nØkonomiudvalget\nMødet den 3. marts 2025 kl. 16.00 i Mødelokale 1\n"


def adversarial_text(size: int, kinds: list[str] | None = None) -> str:
    """About `size` characters: the header and a contents list with runs of every unit,
    then an item whose body holds the same runs, each run on a line of its own."""
    chosen = kinds or list(UNITS)
    share = max(1, size // (2 * len(chosen)))
    runs = [UNITS[k] * max(1, share // len(UNITS[k])) for k in chosen]
    top = _HEAD + "Indhold\n" + "\n".join(runs) + "\n"
    item = "1 (Åben) Godkendelse af sagen\nSagsfremstilling\n" + "\n".join(runs)
    return top + item + "\nBeslutning\n" + "\n".join(runs) + "\n"
