"""Punctuation of another script left between the words of a text in a Latin-script language ("a priority。 The",
"percent，the", "said، in a statement"): a translation that kept its source's marks. The marks and their scripts
are data (audit/data/typography/foreign-marks.toml). A mark beside a letter of its own script belongs to a passage
left in that script, which untranslated-word reports."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from audit import unpacked
from audit.typography.conventions import Conventions
from audit.typography.issue import Issue

DATA = Path(__file__).resolve().parents[1] / "data" / "typography" / "foreign-marks.toml"
_SAFE_IN = "en"  # the plain mark is all English needs; another language may want a space before it (French " :")


class _Script(NamedTuple):
    described: str
    letters: re.Pattern[str]
    marks: dict[str, str]
    opening: frozenset[str]
    quotation_described: str  # how a message names its quotation marks


class _Marks(NamedTuple):
    any_mark: re.Pattern[str]
    script_of: dict[str, _Script]


@cache
def _marks() -> _Marks:
    scripts = [
        _Script(
            entry["described"],
            re.compile(f"[{entry['letters']}]"),
            {**entry["marks"], **entry.get("quotation", {})},
            frozenset([*entry["opening"], *(m for m, side in entry.get("quotation", {}).items() if side == "opening")]),
            entry.get("quotation_described", entry["described"]),
        )
        for entry in unpacked.read(DATA, unpacked.toml)["script"]
    ]
    script_of = {mark: script for script in scripts for mark in script.marks}
    return _Marks(re.compile(f"[{re.escape(''.join(script_of))}]"), script_of)


def marks(text: str, start: int, end: int, target: Conventions) -> list[Issue]:
    """The marks of other scripts in text[start:end] with no letter of their script beside them, each made the
    target's plain mark, a space added after one that ends a clause where a word follows at once."""
    table = _marks()
    if table.any_mark.search(text, start, end) is None:
        return []  # most paragraphs
    found = []
    for match in table.any_mark.finditer(text, start, end):
        at, mark = match.start(), match.group()
        script = table.script_of[mark]
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if script.letters.match(before) or script.letters.match(after):
            continue
        plain = script.marks[mark]
        quoting = plain in ("opening", "closing")  # 「one China」 is “one China” in English, «one China» in French
        if quoting:
            plain = target.quotes[0][plain == "closing"]
        described = script.quotation_described if quoting else script.described
        said = "{}…{}".format(*target.quotes[0]) if quoting else f"“{plain}”"
        if mark in script.opening and before.isalnum():
            plain = " " + plain  # "delays（for now）": "delays (for now)"
        elif mark not in script.opening and after.isalnum():
            plain += " "  # "percent，the": "percent, the"
        found.append(
            Issue.replacing(
                at,
                at + 1,
                plain,
                f"“{mark}”: {described}; {target.name} writes {said}",
                safe=target.code == _SAFE_IN,
            )
        )
    return found
