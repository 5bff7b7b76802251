"""A translated unit against its source unit (bilingual inputs): how each ends and opens, and its brackets."""

from __future__ import annotations

import re

from audit.findings import Applicability, Fix, Severity
from audit.typography.endings import final_class, open_end
from audit.typography.issue import Issue
from audit.typography.marks import BRACKETS, QUOTE_MARKS

_TAGS = re.compile(r"<[^<>]*>")
_LEADING = re.compile(r"[\s¿¡]*(?:'[^\W\d_]{1,2}\s)?")  # Spanish inverted marks; Afrikaans "'n Mens"


def endings(source: str, text: str, start: int, end: int) -> list[Issue]:
    """The unit ends with another mark than its source: a question turned into a statement, a full stop lost or
    added."""
    theirs, ours = final_class(source), final_class(text[start:end])
    if theirs == ours:
        return []
    where = open_end(text, start, end)
    stripped = text[start:end].rstrip()
    last = start + len(stripped)
    span_start = max(start, last - 1) if where is None else _last_word(text, start, last)
    marked = {"?", "!"} & {theirs, ours}
    fix = None
    if not ours and theirs in ".?!" and where is not None:
        fix = Fix.replace(where, where, theirs, Applicability.UNSAFE)
    return [
        Issue(
            span_start,
            last,
            f"the source ends with {_named(theirs)}, the translation with {_named(ours)}",
            fix,
            Severity.WARNING if marked else Severity.INFO,
        )
    ]


def openings(source: str, text: str, start: int, end: int) -> list[Issue]:
    """The unit opens with another kind of mark than its source (a quotation mark, a dash, a bracket lost)."""
    theirs, ours = _opening(source), _opening(text[start:end])
    if theirs == ours:
        return []
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    return [
        Issue(
            first,
            min(end, first + 1),
            f"the source opens with {_named(theirs)}, the translation with {_named(ours)}",
            severity=Severity.INFO,
        )
    ]


_FULL_WIDTH = str.maketrans("（）［］｛｝", "()[]{}")  # a Chinese or Japanese source's brackets are the translation's


def brackets(source: str, text: str, start: int, end: int) -> list[Issue]:
    """Brackets of a kind the source has more or fewer of than the translation (full-width ones as their ASCII
    kind: “（GDP）” is “(GDP)”)."""
    found = []
    source = source.translate(_FULL_WIDTH)
    for opening, closing in BRACKETS.items():
        theirs = source.count(opening) + source.count(closing)
        ours = text.count(opening, start, end) + text.count(closing, start, end)
        if theirs != ours:
            at = next((i for i in range(start, end) if text[i] in (opening, closing)), start)
            found.append(
                Issue(
                    at,
                    min(end, at + 1),
                    f"the source has {theirs} “{opening}{closing}” marks, the translation {ours}",
                    severity=Severity.INFO,
                )
            )
    return found


def imbalance(text: str) -> dict[str, int]:
    """Opening minus closing brackets of each kind: what a unit and its source may share."""
    return {opening: text.count(opening) - text.count(closing) for opening, closing in BRACKETS.items()}


def _opening(text: str) -> str:
    text = _TAGS.sub("", text)
    text = text[_LEADING.match(text).end() :]
    if not text:
        return ""
    if text.startswith(("...", "…")):
        return "…"
    char = text[0]
    if char in QUOTE_MARKS:
        return "“"
    if char in "-–—":
        return "—"
    if char in BRACKETS:
        return "("
    if char.isalnum():
        return ""
    return char


def _last_word(text: str, start: int, last: int) -> int:
    position = last
    while position > start and not text[position - 1].isspace():
        position -= 1
    return position


def _named(mark: str) -> str:
    return f"“{mark}”" if mark else "no mark"
