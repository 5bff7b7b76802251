"""Figures written by another language's conventions: a decimal comma or point ("3,5 percent" in English, "3.5 %"
in French), digits grouped by a dot, a comma or a space the target does not use ("1.000 soldiers", "1 000",
"10,000 soldats"), and the space before % ("50 %" in English, "50%" in French)."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.findings import Severity
from audit.typography.conventions import Conventions
from audit.typography.issue import Issue

# A figure's first digit, then what stands before it (no word character, point or comma): the engine skips to the
# digits, where a look-behind first is tried at every character (the same matches, in a third of the time).
_DECIMAL = re.compile(r"(\d(?<![\w.,]\d)\d*)([.,])(\d{1,2})(?![\d]|[.,]\d)")
_GROUPED = re.compile(r"(\d(?<![\w.,]\d)\d{0,2})([.,\u00a0\u202f\u2009 ])(\d{3})((?:\2\d{3})*)(?![\d]|[.,]\d)")
_PERCENT = re.compile(r"(?<=\d)([ \u00a0\u202f\u2009]?)%")
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]*(%|[^\W\d_]+)")
_SPACES = "\u00a0\u202f\u2009 "
_DIGIT = re.compile(r"\d")  # what every figure holds: a paragraph without one is left at once
_MARK_NAMES = {",": "comma", ".": "point"}


def figures(
    text: str, start: int, end: int, target: Conventions, named: Callable[..., str], spaced_elsewhere: bool = True
) -> list[Issue]:
    """The figures of text[start:end] written otherwise than the target writes them; `named(test)` names the
    language a convention comes from; a missing space before % is a warning only where the text writes one
    elsewhere (`spaced_elsewhere`)."""
    if not _DIGIT.search(text, start, end):
        return []
    decimals, groups = _decimals(text, start, end, target, named), _groups(text, start, end, target, named)
    return [*decimals, *groups, *_percents(text, start, end, target, spaced_elsewhere)]


def _decimals(text: str, start: int, end: int, target: Conventions, named) -> list[Issue]:
    found = []
    for match in _DECIMAL.finditer(text, start, end):
        mark = match.group(2)
        if mark == target.decimal or _in_list(text, match):
            continue
        unit = _unit(text, match.end(), target)
        if target.decimal == "," and not unit:
            continue  # "49.3", "Windows 3.1", "18.30 Uhr": a point without a unit is not plainly a decimal
        suggestion = match.group(1) + target.decimal + match.group(3)
        where = named(lambda c, m=mark: c.decimal == m)
        found.append(
            Issue.replacing(
                match.start(),
                match.end(),
                suggestion,
                f"“{match.group()}”: a decimal {_MARK_NAMES[mark]} as in {where}; {target.name} writes “{suggestion}”",
                safe=bool(unit),
            )
        )
    return found


def _groups(text: str, start: int, end: int, target: Conventions, named) -> list[Issue]:
    found = []
    for match in _GROUPED.finditer(text, start, end):
        separator = match.group(2)
        if separator in target.thousands or not _plainly_grouped(text, match, target):
            continue
        suggested = target.thousands[0]
        digits = match.group().replace(separator, "")
        grouped = _group(digits, suggested)
        where = named(lambda c, s=separator: s in c.thousands)
        found.append(
            Issue.replacing(
                match.start(),
                match.end(),
                grouped,
                f"“{match.group()}”: digits grouped as in {where}; {target.name} writes “{grouped}”",
                safe=separator not in ".,",
            )
        )
    return found


def _plainly_grouped(text: str, match: re.Match, target: Conventions) -> bool:
    """A figure grouped in thousands, not a decimal or two numbers side by side: grouped by the target's own
    decimal mark ("1.000" in English, "2,500" in French), only when two groups or more, or no unit of decimals
    follows ("3.125 percent", "1,799 euro" are decimals); by a space, only when no figure or capitalised word
    inside a sentence (a date: "on March 3 500 people") stands before it."""
    separator, groups = match.group(2), 1 + len(match.group(4)) // 4
    if separator == target.decimal:
        return groups > 1 or not _unit(text, match.end(), target)
    if separator in ".,":
        return True
    before = text[: match.start()].rstrip()
    word = before.rsplit(maxsplit=1)[-1] if before else ""
    opens_sentence = not before.rstrip(word).rstrip() or before.rstrip(word).rstrip()[-1] in ".!?\n"
    return not ((word[:1].isupper() and not opens_sentence) or word[-1:].isdigit())


def _percents(text: str, start: int, end: int, target: Conventions, spaced_elsewhere: bool) -> list[Issue]:
    found: list[Issue] = []
    if text.find("%", start, end) < 0:
        return found  # the pattern's look-behind would be tried at every character
    for match in _PERCENT.finditer(text, start, end):
        if match.group(1) in target.percent_spaces:
            continue
        wanted = target.percent_spaces[0]
        what = "a space before “%”" if match.group(1) else "no space before “%”"
        mild = not match.group(1) and not spaced_elsewhere
        found.append(
            Issue.replacing(
                match.start(),
                match.end(),
                wanted + "%",
                f"{what}: {target.name} writes “50{wanted.replace(chr(0xA0), ' ')}%”",
                severity=Severity.INFO if mild else None,
            )
        )
    return found


def spaced_percents(text: str) -> bool:
    """Whether the text writes, somewhere, a space between a figure and %: read at each % (a look-behind first
    would be tried at every character of the text)."""
    at = text.find("%")
    while at >= 0:
        if at >= 2 and text[at - 1] in _SPACES and text[at - 2].isdecimal():  # what \d matches
            return True
        at = text.find("%", at + 1)
    return False


def _unit(text: str, end: int, target: Conventions) -> bool:
    """A word after the figure that makes it a quantity with decimals ("percent", "%", "million")."""
    following = _NEXT_WORD.match(text, end)
    return bool(following) and following.group(1) in target.decimal_units


def _in_list(text: str, match: re.Match) -> bool:
    """Figures listed with commas and no space ("1,2,3")."""
    return text[max(0, match.start() - 1) : match.start()] == "," or text[match.end() : match.end() + 2][:1] == ","


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    return separator.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])
