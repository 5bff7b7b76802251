"""Marks doubled or left astray: ",,", "said ..", "?.", ",.", ", ,", a paragraph that opens with a comma, empty
brackets. "!?", "?!", "!!", "??", "..." and "…." are styles, not slips; ".," after an abbreviation ("U.S.,
Inc.,") is right."""

from __future__ import annotations

import re
from functools import cache

from audit.typography.issue import Issue

_SAME = re.compile(r"(?<![.…])([,;:.])\1(?![.…])")  # ",,", ";;", "::", ".." (not "...")
_END_AND_STOP = re.compile(r"([?!])\.(?![.…])")  # "?." "!."
_COMMA_STOP = re.compile(r",\.(?![.…])")
_MIXED = re.compile(r"(?<![.…])[,;:.][,;:](?![.…])|[;:]\.(?![.…])")  # ",;" ";," ":," ".;" ";." ...
_SPACED = re.compile(r"([,;.])[ \u00a0]+([,;.])(?![.…])")  # ", ," ". ." "; ,"
_EMPTY = re.compile(r"[ \u00a0]?(\(\s*\)|\[\s*\])")
# A mark then another, spaces between them or not: what each pattern above holds, searched for once (with no
# assertion before it, the engine skips to the marks), so that a paragraph with none is left at once.
_CLASH = re.compile(r"[,;:.?!][ \u00a0]*[,;:.]")
_STRAY_START = re.compile(r"[“„«\"']?\s*([,;.:])\s")
# "U.S.", "D.C.", "Calif.", "Inc.", "D-Mo.", "usw.", "etc.": a full stop a comma may follow
_ABBREVIATION = re.compile(r"(?:\b\w\.)+$|(?:^|[\s(-])(?:[A-Z][a-z]{0,4}|[a-z]{1,4})\.$")


def doubled(text: str, start: int, end: int, abbreviations: frozenset[str] = frozenset()) -> list[Issue]:
    """Doubled and clashing marks in text[start:end]; `abbreviations` (lower case, with their full stop: "etc.")
    end in a full stop that a comma or colon may follow."""
    found: list[Issue] = []
    if not _CLASH.search(text, start, end):
        return found
    for match in _SAME.finditer(text, start, end):
        mark = match.group(1)
        found.append(Issue.replacing(match.start(), match.end(), mark, f"“{match.group()}”: the mark is doubled"))
    for match in _END_AND_STOP.finditer(text, start, end):
        # which mark is astray only the sense tells: "Why?." lost its full stop's reason, "late?." its question's
        # (a blind review): the fix that keeps the first is offered, never made unasked
        message = f"“{match.group()}”: a full stop after “{match.group(1)}”"
        found.append(Issue.replacing(match.start(), match.end(), match.group(1), message, safe=False))
    for match in _COMMA_STOP.finditer(text, start, end):
        after = match.end()  # the paragraph's next character that is not white space, read up to it only
        while after < end and text[after].isspace():
            after += 1
        at_end = after == end or text[after].isupper()
        found.append(
            Issue.replacing(
                match.start(), match.end(), "." if at_end else ",", "“,.”: a comma and a full stop", safe=at_end
            )
        )
    for match in _MIXED.finditer(text, start, end):
        if match.group()[0] == "." and _abbreviated(text, start, match.start() + 1, abbreviations):
            continue  # "U.S.,", "Inc.:", "Calif.,", "etc.,"
        found.append(Issue(match.start(), match.end(), f"“{match.group()}”: two marks where one belongs"))
    for match in _SPACED.finditer(text, start, end):
        doubled_mark = match.group(1) == match.group(2)
        found.append(
            Issue.replacing(match.start(), match.end(), match.group(1), f"“{match.group()}”: the mark is doubled")
            if doubled_mark
            else Issue(match.start(), match.end(), f"“{match.group()}”: two marks where one belongs")
        )
    return found


def _abbreviated(text: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """Whether text[start:end] ends in an abbreviation. Only its last characters are read: a match of the
    pattern ends a unit ("U.S.") or a short word after a space or a bracket, and an abbreviation of the list is
    no longer than its longest; searching the paragraph from its start at each mark is quadratic."""
    if _ABBREVIATION.search(text, max(start, end - _ABBREVIATION_REACH), end):
        return True
    longest = _longest(abbreviations)
    near = max(start, end - longest - 1)
    word_start = max(text.rfind(" ", near, end), text.rfind("\n", near, end)) + 1
    if word_start == 0 and near > start:
        return False  # the word runs on past the longest abbreviation
    return text[word_start:end].lower() in abbreviations


_ABBREVIATION_REACH = 8  # the longest match of _ABBREVIATION that ends a text: "(Calif." (the units repeat)


@cache
def _longest(abbreviations: frozenset[str]) -> int:
    return max(map(len, abbreviations), default=0)


def stray(text: str, start: int, end: int) -> list[Issue]:
    """A paragraph that opens with a comma, a semicolon, a colon or a full stop, and empty brackets."""
    found = []
    opening = _STRAY_START.match(text, start, end)
    if opening:
        mark_at = opening.start(1)
        found.append(
            Issue.replacing(mark_at, opening.end(), "", f"the paragraph opens with “{opening.group(1)}”", safe=False)
        )
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:
        return found  # no bracket to be empty
    for match in _EMPTY.finditer(text, start, end):
        found.append(Issue.replacing(match.start(), match.end(), "", f"“{match.group(1)}”: empty brackets", safe=False))
    return found
