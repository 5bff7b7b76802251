"""Spotting candidate names in English text: runs of capitalised words, possessives split off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A word: letters, digits inside, joined by apostrophes or hyphens (Mar’inka, Bilhorod-Dnistrovskyi, Kamen-na-Obi).
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’ʼ\-‐‑][^\W_]+)*")
_POSSESSIVE = ("'s", "’s", "ʼs")


@dataclass(frozen=True)
class Token:
    """A capitalised word, [start, end) in the text, possessive ending excluded."""

    start: int
    end: int
    text: str


def runs(text: str) -> Iterator[list[Token]]:
    """Runs of capitalised words separated by single spaces: the places a name can stand in."""
    run: list[Token] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            if run:
                yield run
            run = []
            continue
        start, end = match.start(), match.end()
        possessive = word.endswith(_POSSESSIVE)
        if possessive:
            end -= 2
        if run and text[run[-1].end : start] != " ":
            yield run
            run = []
        run.append(Token(start, end, text[start:end]))
        if possessive or end != match.end():
            yield run
            run = []
    if run:
        yield run
