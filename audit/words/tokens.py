"""The words of a text as the word lists hold them: letters, with inner apostrophes and hyphens."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-‐‑][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‐": "-", "‑": "-"})
_SPLIT = re.compile(r"[-']")
_PIECES = re.compile(r"[-'’ʼ‐‑]")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @cached_property
    def key(self) -> str:
        """Lower case with typographic apostrophes and hyphens unified, as the word lists write words."""
        return self.text.casefold().translate(_APOSTROPHES)

    @cached_property
    def parts(self) -> tuple[str, ...]:
        """The key's pieces between hyphens and apostrophes ("l'armée" -> "l", "armée")."""
        return tuple(part for part in _SPLIT.split(self.key) if part)

    @cached_property
    def capitalised(self) -> bool:
        """Capitalised, or a piece of it is ("l'Énergie", "al-Assad"): the way names are written."""
        if self.text[0].isupper():
            return True
        return _PIECES.search(self.text) is not None and any(piece[:1].isupper() for piece in _PIECES.split(self.text))

    @property
    def acronym(self) -> bool:
        """Written in capitals ("OTAN", "NATO"): an abbreviation, which no frequency list judges."""
        return len(self.text) > 1 and self.text.isupper()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of text[start:end], with offsets into text."""
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, len(text) if end is None else end)]


def first_words(text: str, start: int, end: int, count: int) -> list[Word]:
    """The first `count` words of text[start:end] (words(text, start, end)[:count] without reading the rest)."""
    return [Word(m.start(), m.end(), m.group()) for m in islice(_WORD.finditer(text, start, end), count)]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without diacritics, apostrophes and hyphens unified: "Coup d’État" -> "coup d'etat"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))
