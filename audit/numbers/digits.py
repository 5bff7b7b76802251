"""Figures written with digits, of any script, read by value under the conventions of the language.

A figure with one separator and three digits after it (1,500 or 1.500) is read as the language's conventions
read it, and both ways where they allow both (a language without conventions of its own). Separators that
cannot group thousands (12.34.56) leave a literal, compared as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from audit.numbers.conventions import Conventions

SPACES = " \u00a0\u202f\u2009"
_SIGNS = {"٫": ".", "٬": ",", "．": ".", "，": ",", "％": "%", "٪": "%", "−": "-", "\u200f": " ", "\u200e": " "}
CJK = re.compile(r"[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]")  # CJK, kana, Hangul: against figures
_TOKEN = re.compile(r"\d+(?:[.,'’\u00a0\u202f\u2009 ]\d+)*")


@dataclass(frozen=True)
class Figure:
    """A figure at [start, end): its readings (the conventions' first), or a literal when it is no number."""

    start: int
    end: int
    values: tuple[float, ...]
    literal: str | None = None


def normalized(text: str) -> str:
    """The text with every decimal digit as an ASCII digit and Arabic and full-width separators as ASCII, one
    character for one, so that offsets stay the same."""
    out = []
    for char in text:
        if char.isdigit() and not char.isascii():
            digit = unicodedata.decimal(char, None)
            out.append(str(digit) if digit is not None else char)
        else:
            out.append(_SIGNS.get(char, char))
    return "".join(out)


def figures(norm: str, conv: Conventions, skip: list[tuple[int, int]]) -> list[Figure]:
    """The figures of a normalized text outside the `skip` spans."""
    found = []
    for match in _TOKEN.finditer(norm):
        before = norm[match.start() - 1 : match.start()]
        if before.isdigit() or (before.isalpha() and not CJK.match(before)):
            continue  # inside a word or a code (Chinese writes figures against its characters)
        groups = re.split(r"[^\d]", match.group())
        if len(groups) >= 4 and all(len(group) <= 2 for group in groups):  # a telephone number: 08 11 00 06 95
            if not any(s <= match.start() < e for s, e in skip):
                found.append(Figure(match.start(), match.end(), (), ".".join(groups)))
            continue
        for start, end in _split(match.group()):
            start, end = match.start() + start, match.start() + end
            if not any(s <= start < e for s, e in skip):
                found.append(read(norm[start:end], start, end, conv))
    return found


def _split(token: str) -> list[tuple[int, int]]:
    """The token cut at spaces that do not group thousands ("3 4" is two figures, "1 500" one, in English
    news too when a French figure is quoted)."""
    pieces, start = [], 0
    for match in re.finditer(f"[{SPACES}]", token):
        after = token[match.end() :]
        group = re.match(r"\d{3}(?!\d)", after)
        head = token[start : match.start()]
        leading = re.split(f"[{SPACES}]", head)[0]
        if not (group and re.fullmatch(r"\d{1,3}", leading) and not re.search(r"[.,]", head)):
            pieces.append((start, match.start()))
            start = match.end()
    pieces.append((start, len(token)))
    return pieces


def read(text: str, start: int, end: int, conv: Conventions) -> Figure:
    """One figure's readings."""
    bare = "".join(ch for ch in text if ch not in SPACES)
    marks = [ch for ch in bare if not ch.isdigit()]
    groups = re.split(r"[^\d]", bare)
    if not marks:
        return Figure(start, end, (float(bare),))
    kinds = list(dict.fromkeys(marks))
    if len(kinds) == 1 and len(marks) > 1:
        if _grouped(groups):
            return Figure(start, end, (float("".join(groups)),))
        return Figure(start, end, (), ".".join(groups))
    if len(kinds) == 2:
        decimal = marks[-1]
        if marks.count(decimal) == 1 and _grouped(groups[:-1]):
            return Figure(start, end, (float("".join(groups[:-1]) + "." + groups[-1]),))
        return Figure(start, end, (), ".".join(groups))
    mark, (left, right) = marks[0], groups
    as_decimal = float(f"{left}.{right}")
    if mark in "'’":
        return (
            Figure(start, end, (float(left + right),)) if len(right) == 3 else Figure(start, end, (), f"{left}.{right}")
        )
    if len(right) == 3 and left != "0" and len(left) <= 3:
        as_group = float(left + right)
        if (mark in conv.decimal) != (mark in conv.group):  # the language's own convention decides
            return Figure(start, end, (as_decimal,) if mark in conv.decimal else (as_group,))
        return Figure(start, end, (as_group, as_decimal))
    return Figure(start, end, (as_decimal,))


def _grouped(groups: list[str]) -> bool:
    """Digits grouped by thousands: a head of one to three digits, then groups of three."""
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])
