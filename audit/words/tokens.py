"""The words of a text as the word lists hold them: letters, with inner apostrophes and hyphens."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

from audit.caches import on_forget
from audit.words import split

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-‐‑][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‐": "-", "‑": "-"})
_SPLIT = re.compile(r"[-']")
_PIECES = re.compile(r"[-'’ʼ‐‑]")


class Word:
    """A word with its offsets; its key and whether it is written as a name are found once, as it is made (most
    words are asked both)."""

    __slots__ = ("capitalised", "end", "key", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.key = key_of(text)
        # Capitalised, or a piece of it is ("l'Énergie", "al-Assad"): the way names are written (a word of
        # letters alone has no pieces).
        self.capitalised = text[0].isupper() or (
            not text.isalpha()
            and _PIECES.search(text) is not None
            and any(piece[:1].isupper() for piece in _PIECES.split(text))
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.text!r})"

    @property
    def parts(self) -> tuple[str, ...]:
        """The key's pieces between hyphens and apostrophes ("l'armée" -> "l", "armée")."""
        return tuple(part for part in _SPLIT.split(self.key) if part)

    @property
    def acronym(self) -> bool:
        """Written in capitals ("OTAN", "NATO"): an abbreviation, which no frequency list judges."""
        return len(self.text) > 1 and self.text.isupper()


def key_of(text: str) -> str:
    """The word as the word lists write it: lower case, typographic apostrophes and hyphens unified (an ASCII word
    has none to unify: most words, spared the translation)."""
    key = text.casefold()
    return key if key.isascii() else key.translate(_APOSTROPHES)


@lru_cache(maxsize=4096)  # the sentences of a document, read by several checks in turn
def words(text: str, start: int = 0, end: int | None = None) -> tuple[Word, ...]:
    """The words of text[start:end], with offsets into text."""
    stop = len(text) if end is None else end
    return tuple(Word(*m.span(), m.group()) for m in _WORD.finditer(text, start, stop))


on_forget(words.cache_clear)  # keyed by a document's text: a streamed run's windows would otherwise fill it


def texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words of text[start:end] as strings (the texts of words(text, start, end)): text is a document's, whose
    sentences are read from it (see split)."""
    return split.findall(_WORD, text, start, end, joiners="'-")


@lru_cache(maxsize=1 << 16)  # a document's words are asked many times each
def shape(text: str) -> Word:
    """A word read by its text alone (its key, whether it is capitalised or an acronym), offsets 0: once for each
    distinct word of a text, where words() makes a Word of every occurrence."""
    return Word(0, len(text), text)


def first_words(text: str, start: int, end: int, count: int) -> list[Word]:
    """The first `count` words of text[start:end] (words(text, start, end)[:count] without reading the rest)."""
    return [Word(m.start(), m.end(), m.group()) for m in islice(_WORD.finditer(text, start, end), count)]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without diacritics, apostrophes and hyphens unified: "Coup d’État" -> "coup d'etat"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))
