"""How frequent a word is in each language: the lists of audit/data/words/<lang>.txt.gz, read lazily.

Each list holds about 100,000 words with their Zipf frequency (log10 of occurrences per billion words), compiled
from wordfreq by scripts/build_word_frequencies.py: the common words, and the rarer ones other lists share. A list
stays one string in memory and a word is found by bisection over its lines: a dictionary of every word of ten
languages would take a hundred megabytes.
"""

from __future__ import annotations

import bisect
import gzip
import re
from array import array
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "words"
SUFFIX = ".txt.gz"
# Complete knowledge from here: for a word another language's list holds at this Zipf frequency or more, a list
# gives its own frequency down to 1.0; absent, the word is rarer than that. For a rarer foreign word, absence only
# says the word is rarer than the list's floor (scripts/build_word_frequencies.py).
SHARED_ZIPF = 3.0
PREFIX = 2  # letters of the index that narrows a search
MAX_KNOWN = 200_000  # words remembered per list before the memory is cleared: bounded on any input
_LAST = chr(0x10FFFF)
_TAB, _NEWLINE = re.compile("\t"), re.compile("\n")


class WordList:
    """One language's words, in code-point order, each line "word<TAB>zipf"; a word is looked for only among
    the words that share its first two letters."""

    def __init__(self, text: str) -> None:
        header = 0
        while text.startswith("#", header):  # the provenance lines
            header = text.index("\n", header) + 1
        body = self._text = text[header:]
        self._tabs = array("I", [m.start() for m in _TAB.finditer(body)])
        self._starts = array("I", [0])
        self._starts.extend(m.end() for m in _NEWLINE.finditer(body, 0, len(body) - 1))
        self._ranges: dict[str, tuple[int, int]] = {}
        self._known: dict[str, float] = {}  # words already looked up: news repeats its words

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency; 0.0 when the list does not hold it (it is rarer than the list's floor)."""
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= MAX_KNOWN:
                self._known.clear()
            found = self._known[word] = self._search(word)
        return found

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> str:
        return self._text[self._starts[index] : self._tabs[index]]

    def _search(self, word: str) -> float:
        prefix = word[:PREFIX]
        if prefix not in self._ranges:
            self._ranges[prefix] = (bisect.bisect_left(self, prefix), bisect.bisect_left(self, prefix + _LAST))
        low, high = self._ranges[prefix]
        index = bisect.bisect_left(self, word, low, high)
        if index < high and self[index] == word:
            value = self._tabs[index] + 1
            return float(self._text[value : value + 3])
        return 0.0


@cache
def languages() -> frozenset[str]:
    """The codes of the languages with a word list."""
    return frozenset(path.name.removesuffix(SUFFIX) for path in DATA.glob(f"*{SUFFIX}"))


@cache
def word_list(lang: str) -> WordList | None:
    """The language's word list, or None when there is none."""
    if lang not in languages():
        return None
    return WordList(gzip.decompress((DATA / f"{lang}{SUFFIX}").read_bytes()).decode("utf-8"))


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of a lower-case word in the language (0.0 when unknown or rarer than its list's floor)."""
    words = word_list(lang)
    return words.zipf(word) if words is not None else 0.0
