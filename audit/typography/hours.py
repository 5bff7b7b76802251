"""An hour written as another language writes it: French and Portuguese "14h30" (or "14 h 30") in an English,
German or Spanish text, which write "14:30" (or "14.30"). Only an hour with its minutes is read: "20h" alone is as
often a duration ("24h", "48h") as a time."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.typography.conventions import Conventions
from audit.typography.issue import Issue

_HOUR = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])( ?h ?)([0-5]\d)(?![\w.,:]\d|\w)")
_ANY = re.compile(r"\d ?h ?\d")  # what every such hour holds: most documents have none


def any_in(text: str) -> bool:
    """Whether the text may hold an hour written with an h: asked once of a document, not of each paragraph."""
    return _ANY.search(text) is not None


def hours(text: str, start: int, end: int, target: Conventions, named: Callable[..., str]) -> list[Issue]:
    """The hours of text[start:end] whose mark between hour and minutes the target does not write, each made the
    target's first."""
    found = []
    for match in _HOUR.finditer(text, start, end):
        mark = match.group(2)
        if mark in target.hour_marks or mark.strip() in target.hour_marks:
            continue
        suggestion = f"{match.group(1)}{target.hour_marks[0]}{match.group(3)}"
        where = named(lambda c, m=mark: m in c.hour_marks or m.strip() in c.hour_marks)
        found.append(
            Issue.replacing(
                match.start(),
                match.end(),
                suggestion,
                f"“{match.group()}”: the hour as in {where}; {target.name} writes “{suggestion}”",
                safe=False,
            )
        )
    return found
