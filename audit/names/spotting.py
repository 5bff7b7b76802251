"""Spotting candidate names in English text: runs of capitalised words, possessives split off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A word: letters, digits inside, joined by apostrophes or hyphens (Mar’inka, Bilhorod-Dnistrovskyi, Kamen-na-Obi).
# Combining marks count as part of the word, so that decomposed text (NFD: "e" + U+0301) spots "Kurakhové" whole.
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|[\u0300-\u036f])*(?:['’ʼ\-‐‑](?:[^\W_]|[\u0300-\u036f])+)*")
_POSSESSIVE = ("'s", "’s", "ʼs")
# Small words inside foreign place names (Rostow am Don, Rostov del Don, Rostów nad Donem).
PARTICLES = frozenset({"am", "an", "de", "del", "der", "di", "la", "le", "na", "nad", "sur", "sul"})


@dataclass(frozen=True)
class Token:
    """A capitalised word, [start, end) in the text, possessive ending excluded."""

    start: int
    end: int
    text: str

    @property
    def particle(self) -> bool:
        return self.text in PARTICLES


def runs(text: str) -> Iterator[list[Token]]:
    """Runs of capitalised words separated by single spaces (particles between them kept): where names stand."""
    run: list[Token] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() and not (word in PARTICLES and run and text[run[-1].end : match.start()] == " "):
            if run:
                yield _trimmed(run)
            run = []
            continue
        start, end = match.start(), match.end()
        possessive = word.endswith(_POSSESSIVE)
        if possessive:
            end -= 2
        if run and text[run[-1].end : start] != " ":
            yield _trimmed(run)
            run = []
        run.append(Token(start, end, text[start:end]))
        if possessive:
            yield _trimmed(run)
            run = []
    if run:
        yield _trimmed(run)


def _trimmed(run: list[Token]) -> list[Token]:
    while run and run[-1].particle:
        run = run[:-1]
    return run
