"""Spotting candidate names in English text: runs of capitalised words, possessives split off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from audit.names.capitals import LETTER, capitalised

# A word: letters, digits inside, joined by apostrophes or hyphens (Mar’inka, Bilhorod-Dnistrovskyi, Kamen-na-Obi).
# Combining marks count as part of the word, so that decomposed text (NFD: "e" + U+0301) spots "Kurakhové" whole:
# letters and marks, none or more, each class repeated in C rather than a branch between the two tried at each
# letter (the scan of a text's capitalised words a fifth faster; the classes are disjoint, the words the same).
_LETTERS = r"[^\W_]*+(?:[\u0300-\u036f]+[^\W_]*+)*+"
_REST = _LETTERS + r"(?:['’ʼ\-‐‑](?=[^\W_]|[\u0300-\u036f])" + _LETTERS + ")*"  # past the first letter
_WORD = re.compile(LETTER + _REST)
_GOES_ON = re.compile(r"[^\W_]|[\u0300-\u036f]|['’ʼ\-‐‑]")  # what a word may go on through
_POSSESSIVE = ("'s", "’s", "ʼs")
# Small words inside foreign place names (Rostow am Don, Rostov del Don, Rostów nad Donem).
PARTICLES = frozenset({"am", "an", "de", "del", "der", "di", "la", "le", "na", "nad", "sur", "sul"})
# What joins two capitalised words into one run: a single space, or particles each after one (Rostow am Don), not
# anything else (a lower-case word, a comma, two spaces); matched in C, the text between not copied out.
_JOINED = re.compile(" (?:(?:" + "|".join(sorted(PARTICLES)) + ") )*")


class Token(NamedTuple):
    """A capitalised word, [start, end) in the text, possessive ending excluded; a named tuple, as one is made for
    every capitalised word."""

    start: int
    end: int
    text: str

    @property
    def particle(self) -> bool:
        return self.text in PARTICLES


def runs(text: str) -> Iterator[list[Token]]:
    """Runs of capitalised words separated by single spaces (particles between them kept): where names stand."""
    for start, end in spans(text):
        yield words_of(text, start, end)


def words_of(text: str, start: int, end: int) -> list[Token]:
    """The words of the run text[start:end] (one of `spans`), a single space between each and the next."""
    words = []
    for word in text[start:end].split(" "):
        words.append(Token(start, start + len(word), word))
        start += len(word) + 1
    return words


def spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each run of `runs` starts and ends, its words not made: a run is read once for all the places it stands
    (audit.names.mentions). Only the capitalised words are matched, the words between two of them read from the text
    between: most words are in lower case, and matching each for Python to drop was most of the time spent here."""
    first = last = -1  # where the run being read starts and ends; -1 before one starts
    for match in capitalised("", _REST).finditer(text):
        start, end = match.span()
        if not text[start].isupper() or (start and not text[start - 1].isspace() and not _starts_a_word(text, start)):
            continue  # a letter beyond the first plane that is no capital, or the inside of a word (iPhone)
        # a single space, the most common join, is told without the pattern (a call of it costs more)
        if first >= 0 and not ((start - last == 1 and text[last] == " ") or _JOINED.fullmatch(text, last, start)):
            yield first, last
            first = -1
        if first < 0:
            first = start
        last = end
        if text[end - 1] == "s" and text.endswith(_POSSESSIVE, start, end):  # most words: no s, nothing to ask
            yield first, end - 2
            first = -1
    if first >= 0:
        yield first, last


def _starts_a_word(text: str, start: int) -> bool:
    """Whether a word of the text starts at `start` (a letter), as matching every word from the start finds them:
    not inside one (iPhone, l'Europe, al-Assad), though after a digit or a mark that begins none it does (3D)."""
    if not start or not _GOES_ON.match(text, start - 1):
        return True
    before = start - 1
    while before and _GOES_ON.match(text, before - 1):
        before -= 1  # back to where no word goes on through: the words from there are the words of the text
    for match in _WORD.finditer(text, before, start + 1):
        if match.end() > start:
            return match.start() == start
    return False
