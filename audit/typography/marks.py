"""Marks that come in pairs, brackets and quotation marks, and the ones a paragraph leaves without their other half.

Brackets pair by kind. Quotation marks pair by what is open: a mark closes the innermost open quotation when it is
one of that quotation's closing marks, else opens one when any language opens with it, else it closes nothing ("“"
closes „ in German and opens in English; "»" closes « in French and opens in German); a straight double quote
left alone closes when it follows a word and precedes a space or a mark, and opens otherwise. Apostrophes are not
quotation marks: ’ only closes an open ‘ or ‚, and ‘ only opens before a letter at a word's start. Left out:
list markers ("1)", "a)"), emoticons (":)"), and inch marks after figures (a 55" screen).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from audit.caches import per_document
from audit.document import Paragraph

BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSING_BRACKETS = {closing: opening for opening, closing in BRACKETS.items()}
QUOTES = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‚": "‘’",
    "‘": "’",
    '"': '"',
}  # opening mark -> the marks that close it, in any language
QUOTE_MARKS = frozenset('“”„«»‹›‚‘’"')
_LIST_MARKER = re.compile(r"(?:^|(?<=[\s(:;,]))(?:\d{1,2}|[A-Za-z]|[ivxIVX]{2,4})\)")
_EMOTICON = re.compile(r"[:;=8][-']?[()\[\]]|[()\[\]][-']?[:;=]")
_WORD_START = re.compile(r"(?:^|(?<=[\s(\[{“„«‹\"—–-]))‘(?=[^\W\d_])")
_BRACKET = re.compile(r"[()\[\]{}]")  # the marks the loops below read, found by the engine, not char by char
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")


class Mark(NamedTuple):
    """A mark left without its other half: `opening` when it opens and nothing closes it."""

    position: int
    char: str
    opening: bool


def brackets(text: str, start: int, end: int) -> list[Mark]:
    """The brackets of text[start:end] without their other half; a closing bracket left alone that ends a list
    marker ("a)", "2)") or an emoticon is neither."""
    stack: list[tuple[int, str]] = []
    unmatched: list[Mark] = []
    for found in _BRACKET.finditer(text, start, end):
        index, char = found.start(), found.group()
        if char in BRACKETS:
            stack.append((index, char))
        elif char in _CLOSING_BRACKETS:
            if stack and stack[-1][1] == _CLOSING_BRACKETS[char]:
                stack.pop()
            else:
                unmatched.append(Mark(index, char, False))
    if not unmatched and not stack:
        return []  # nothing to excuse: the patterns below scan the whole paragraph
    excused = {m.end() - 1 for m in _LIST_MARKER.finditer(text, start, end)}
    excused |= {i for m in _EMOTICON.finditer(text, start, end) for i in range(*m.span())}
    found = [m for m in unmatched if m.position not in excused] + [
        Mark(i, c, True) for i, c in stack if i not in excused
    ]
    return sorted(found, key=lambda m: m.position)


def paragraph_brackets(text: str, paragraphs: tuple[Paragraph, ...]) -> list[list[Mark]]:
    """brackets() of each paragraph; a paragraph without a bracket has none to read (the brackets' places found
    once in the whole text: most paragraphs have none)."""
    placed = list(map(re.Match.start, _BRACKET.finditer(text)))
    return [
        brackets(text, p.start, p.end) if bisect_left(placed, p.start) < bisect_left(placed, p.end) else []
        for p in paragraphs
    ]


def quotes(text: str, start: int, end: int) -> tuple[list[Mark], list[tuple[int, int]]]:
    """The quotation marks of text[start:end] without their other half, and the quotations it closes (the
    positions of each pair's opening and closing marks)."""
    openings: set[int] | None = None  # where ‘ opens a word: found at the paragraph's first ‘, if it has one
    stack: list[tuple[int, str]] = []
    unmatched: list[Mark] = []
    pairs: list[tuple[int, int]] = []
    for found in _QUOTE_MARK.finditer(text, start, end):
        index, char = found.start(), found.group()
        if _inch(text, index, char) and not (stack and stack[-1][1] == '"'):
            continue
        if char == "‘" and openings is None:
            openings = _word_starts(text, start, end)
        if stack and char in QUOTES[stack[-1][1]]:
            pairs.append((stack.pop()[0], index))
        elif char == "’" or (char == "‘" and index not in (openings or ())):
            continue  # an apostrophe
        elif char in QUOTES and not (char == '"' and _closing(text, index, start, end)):
            stack.append((index, char))
        else:
            unmatched.append(Mark(index, char, False))
    unmatched += [Mark(i, c, True) for i, c in stack]
    return sorted(unmatched, key=lambda m: m.position), sorted(pairs)


@per_document  # read by punctuation and typography in turn; the lists are not to be changed
def paragraph_quotes(
    text: str, paragraphs: tuple[Paragraph, ...]
) -> tuple[tuple[list[Mark], list[tuple[int, int]]], ...]:
    """quotes() of each paragraph; a paragraph without a quotation mark has none to read (the marks' places found
    once in the whole text: most paragraphs of a text of short lines have none)."""
    marked = [m.start() for m in _QUOTE_MARK.finditer(text)]
    return tuple(
        quotes(text, p.start, p.end) if bisect_left(marked, p.start) < bisect_left(marked, p.end) else ([], [])
        for p in paragraphs
    )


def _word_starts(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _WORD_START.finditer(text, start, end)}


def opens(text: str, start: int) -> str | None:
    """The quotation mark that opens text[start:] (after spaces), if it opens with one: a quotation carried on
    from the paragraph before."""
    while start < len(text) and text[start].isspace():  # not text[start:]: a copy of the rest for each paragraph
        start += 1
    return text[start] if start < len(text) and text[start] in QUOTES else None


def _closing(text: str, index: int, start: int, end: int) -> bool:
    """A straight double quote placed as a closing one: after a word or a mark, before a space, a mark or the
    end ("…said." or banks" as a misplaced apostrophe)."""
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    return not before.isspace() and before not in "([{—–-" and (after.isspace() or not after.isalnum())


def _inch(text: str, index: int, char: str) -> bool:
    """A straight double quote straight after a figure (when no straight quotation is open): inches (a 55"
    screen)."""
    return (
        char == '"' and index > 0 and text[index - 1].isdigit() and (index + 1 == len(text) or text[index + 1] == " ")
    )
