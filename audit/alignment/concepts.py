"""Content words across languages without a model: the concepts of a hand-written table of frequent news words
(audit/data/concepts/news.tsv), so that "école", "Schulen", "школах" and "学校" all read as one concept.

Cognates tie président to Präsident but not gouvernement to Regierung, nor any word of Chinese to English; a
clause whose content words have no counterpart is what a dropped clause looks like, and with the table the words
that are not cognates count too. A table entry is a word's beginning (a stem), "word$" a whole word, "*stem" a
stem also inside a compound; entries in ideographs are found as written anywhere in the text, longest first.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "concepts" / "news.tsv"
MIN_STEM = 2  # letters: a stem of one letter would match half the words of a language
Concepts = frozenset[int]
NONE: Concepts = frozenset()


@dataclass(frozen=True)
class Language:
    """One language's entries: stems, whole words, stems inside compounds, and ideographic terms."""

    stems: dict[str, Concepts]
    words: dict[str, Concepts]
    inside: dict[str, Concepts]
    ideographic: dict[str, Concepts]


@cache
def table(path: Path = TABLE) -> dict[str, Language]:
    """The table by language, read once: one concept a line, a column a language (the header names them)."""
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    entries: dict[str, tuple[dict, dict, dict, dict]] = {lang: ({}, {}, {}, {}) for lang in header}
    for concept, row in enumerate(rows):
        for lang, cell in zip(header, row, strict=True):
            stems, words, inside, ideographic = entries[lang]
            for entry in cell.casefold().split():
                if _ideographic(entry):
                    kind, key = ideographic, entry
                elif entry.endswith("$"):
                    kind, key = words, entry[:-1]
                elif entry.startswith("*"):
                    kind, key = inside, entry.strip("*")
                else:
                    kind, key = stems, entry.rstrip("*")
                if len(key) >= MIN_STEM or kind is ideographic or kind is words:
                    kind[key] = kind.get(key, NONE) | {concept}
    return {lang: Language(*parts) for lang, parts in entries.items()}


@lru_cache(maxsize=65536)
def of_word(word: str, lang: str | None) -> Concepts:
    """The concepts a word of `lang` renders (none if the table has no such language or word)."""
    language = table().get(lang or "")
    if language is None:
        return NONE
    key = word.casefold()
    found = set(language.words.get(key, NONE))
    for end in range(MIN_STEM, len(key) + 1):
        found |= language.stems.get(key[:end], NONE)
    if language.inside:
        for start in range(1, len(key) - MIN_STEM + 1):
            for end in range(start + MIN_STEM, len(key) + 1):
                found |= language.inside.get(key[start:end], NONE)
    return frozenset(found)


def of_ideographs(text: str, lang: str | None) -> list[Concepts]:
    """The concepts of the table's ideographic terms in `text`, each stretch read once, longest term first."""
    language = table().get(lang or "")
    if language is None or not language.ideographic:
        return []
    return [language.ideographic[term] for term in longest_terms(text, language.ideographic)]


def longest_terms(text: str, terms: Collection[str], shortest: int = 1) -> list[str]:
    """The terms written in `text` (ideographs, without spaces between words), read left to right, the longest
    term at each place first, none overlapping."""
    longest = max(map(len, terms), default=0)
    found, index = [], 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), shortest - 1, -1):
            if text[index : index + size] in terms:
                found.append(text[index : index + size])
                index += size
                break
        else:
            index += 1
    return found


def _ideographic(entry: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in entry)
