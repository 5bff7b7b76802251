"""How frequent a word is in each language: the lists of audit/data/words/<lang>.txt.gz, read lazily.

Each list holds about 100,000 words with their Zipf frequency (log10 of occurrences per billion words), compiled
from wordfreq by scripts/build_word_frequencies.py: the common words, and the rarer ones other lists share. A list
is kept as its lines, bytes, and a word found by bisection over them: some 5 MB a list, where a dictionary of
every word of ten languages would take two hundred megabytes.
"""

from __future__ import annotations

import bisect
import gzip
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from audit import unpacked
from audit.kept import kept

DATA = Path(__file__).resolve().parents[1] / "data" / "words"
SUFFIX = ".txt.gz"
# Complete knowledge from here: for a word another language's list holds at this Zipf frequency or more, a list
# gives its own frequency down to 1.0; absent, the word is rarer than that. For a rarer foreign word, absence only
# says the word is rarer than the list's floor (scripts/build_word_frequencies.py).
SHARED_ZIPF = 3.0
MAX_KNOWN = 200_000  # words remembered per list before the memory is cleared: bounded on any input


class WordList:
    """One language's words, in code-point order, each line "word<TAB>zipf", kept as the lines of its UTF-8 text:
    UTF-8 keeps code-point order and a tab sorts before any letter, so a word's line is found by bisection over
    the lines themselves, in C (the lines are read unpacked: audit.unpacked)."""

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines
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
        return len(self._lines)

    def __getitem__(self, index: int) -> str:
        line = self._lines[index]
        return line[: line.index(b"\t")].decode("utf-8")

    def _search(self, word: str) -> float:
        return self.find(word.encode("utf-8", "surrogatepass") + b"\t")

    def find_ordered(self, keys: list[bytes]) -> list[float]:
        """What `find` gives for each key, the keys in ascending order: each bisection starts where the last one
        ended, and reads lines near those read before (the memory's caches then hold them: some 2.5x faster than
        the same look-ups in a text's order)."""
        found, low = [], 0
        for key in keys:
            low = bisect.bisect_left(self._lines, key, low)
            line = self._lines[low] if low < len(self._lines) else b""
            found.append(float(line[len(key) :]) if line.startswith(key) else 0.0)
        return found

    def find(self, key: bytes) -> float:
        """The Zipf frequency on the line that starts with `key`, the word's UTF-8 and a tab; 0.0 without one."""
        index = bisect.bisect_left(self._lines, key)
        if index < len(self._lines) and self._lines[index].startswith(key):
            return float(self._lines[index][len(key) :])
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
    return kept(WordList(unpacked.read(DATA / f"{lang}{SUFFIX}", _lines)))


def _lines(packed: bytes) -> list[bytes]:
    """A list's lines of words, without its provenance lines."""
    lines = gzip.decompress(packed).split(b"\n")
    header = 0
    while header < len(lines) and lines[header].startswith(b"#"):
        header += 1
    return lines[header:-1] if lines[-1] == b"" else lines[header:]


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of a lower-case word in the language (0.0 when unknown or rarer than its list's floor)."""
    words = word_list(lang)
    return words.zipf(word) if words is not None else 0.0


_EVERYWHERE: dict[str, dict[str, float]] = {}  # words already looked up in every list (see MAX_KNOWN)


def everywhere(word: str) -> dict[str, float]:
    """The word's Zipf frequency in each language with a list, as `zipf` gives it, found in one pass: the checks
    weigh a word against every language, and a pass is a fifth of the ten look-ups through `zipf`."""
    found = _EVERYWHERE.get(word)
    if found is None:
        if len(_EVERYWHERE) >= MAX_KNOWN:
            _EVERYWHERE.clear()
        key = word.encode("utf-8", "surrogatepass") + b"\t"
        found = _EVERYWHERE[word] = {lang: words.find(key) for lang, words in _lists()}
    return found


def look_up(words: Iterable[str]) -> None:
    """Find at once, in code-point order, the words `everywhere` has not met (a document's words, before they are
    asked one by one): each list's lines are then read in order, not at random."""
    unseen = {word for word in words if word not in _EVERYWHERE}
    new = sorted((word.encode("utf-8", "surrogatepass") + b"\t", word) for word in unseen)
    new = new[:MAX_KNOWN]  # the rest, if any, are looked up one by one when asked
    if not new or not _lists():
        return
    if len(_EVERYWHERE) + len(new) > MAX_KNOWN:
        _EVERYWHERE.clear()
    keys = [key for key, _ in new]
    langs = [lang for lang, _ in _lists()]
    columns = [listed.find_ordered(keys) for _, listed in _lists()]  # each list's frequencies of the words
    rows = zip(*columns, strict=True)
    _EVERYWHERE.update((word, dict(zip(langs, row, strict=True))) for (_, word), row in zip(new, rows, strict=True))


@cache
def _lists() -> tuple[tuple[str, WordList], ...]:
    return tuple((lang, words) for lang in sorted(languages()) if (words := word_list(lang)) is not None)
