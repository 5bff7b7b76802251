"""Abbreviations and the full names they stand for (audit/data/abbreviations.tsv): US is États-Unis, FMI is IMF.

Cognates and the exonym table tie names that are spelled alike or that CLDR lists; an abbreviation is neither,
and a translation writes it where its source spells the name out (or the other way round) as often as not.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "abbreviations.tsv"


@cache
def table(path: Path = TABLE) -> dict[str, frozenset[str]]:
    """Each form of the table and every form of the lines it is on: an abbreviation as written ("US", not "us"),
    a name of several words in lower case (a text may capitalise "Nations unies" or not)."""
    lines = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    found: dict[str, set[str]] = {}
    for cells in lines[1:]:
        forms = {form.strip() for cell in cells for form in cell.split(";") if form.strip()}
        for form in forms:
            found.setdefault(form.casefold() if " " in form else form, set()).update(forms)
    return {form: frozenset(spellings) for form, spellings in found.items()}


def spellings(name: str) -> frozenset[str]:
    """The forms naming what `name` names, itself included; none if the table lacks it."""
    return table().get(name.casefold() if " " in name else name, frozenset())


@cache
def phrases() -> re.Pattern:
    """The table's names of several words, as a text writes them (any case), longest first."""
    forms = sorted((form for form in table() if " " in form), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))})(?!\w)", re.IGNORECASE)


def chinese() -> frozenset[str]:
    """The table's forms in ideographs, which a Chinese text writes without spaces around them."""
    return frozenset(form for form in table() if any("\u3400" <= ch <= "\u9fff" for ch in form))
