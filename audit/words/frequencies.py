"""How frequent a word is in each language: the table of audit/data/words/frequencies.txt.gz, read lazily.

Each language's list holds about 100,000 words with their Zipf frequency (log10 of occurrences per billion words,
one decimal), compiled from wordfreq by scripts/build_word_frequencies.py: the common words, and the rarer ones
other lists share. They are shipped as one table of the 515,000 words any of them holds, after the languages'
codes: a line a word in code-point order, "\\n", the word's UTF-8, a tab, and a byte a language, "0" plus ten times
its frequency there ("0": not in its list). The table is one bytes object, and a word is found in C: a bisection
over the first word of each block of lines, then a search of that block. One look-up gives a word's frequencies in
every language, where one list a language took ten, and the table is read back unpacked (audit.unpacked) in a
tenth of the time a million lines took: a list of them, or a dictionary of every word, would be as many objects to
make at each run. Shipped built, a first run only indexes its blocks (0.14 s, where building it from ten lists
took 1.2 s).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from audit import sorted_lines, unpacked
from audit.kept import kept

DATA = Path(__file__).resolve().parents[1] / "data" / "words"
PACKED = DATA / "frequencies.txt.gz"
# Complete knowledge from here: for a word another language's list holds at this Zipf frequency or more, a list
# gives its own frequency down to 1.0; absent, the word is rarer than that. For a rarer foreign word, absence only
# says the word is rarer than the list's floor (scripts/build_word_frequencies.py).
SHARED_ZIPF = 3.0
MAX_KNOWN = 200_000  # words remembered before the memory is cleared: bounded on any input
_ZIPF = {code: (code - ord("0")) / 10 for code in range(ord("0"), 256)}  # a byte's frequency: 34 / 10 == 3.4


class Table(NamedTuple):
    """The languages' codes in the order of a line's bytes, the table's lines (see the module's docstring), the
    first word of each block of lines (its UTF-8 and a tab) and where each block starts, the end of the lines
    last."""

    codes: tuple[str, ...]
    lines: bytes
    firsts: list[bytes]
    starts: list[int]


@cache
def languages() -> frozenset[str]:
    """The codes of the languages with a word list."""
    return frozenset(_codes())


def _codes() -> tuple[str, ...]:
    """The languages in the order of a line's bytes."""
    return table().codes


@cache
def _columns() -> dict[str, int]:
    """Each language's place in a line's bytes."""
    return {lang: column for column, lang in enumerate(_codes())}


@cache
def table() -> Table:
    """The shipped table, read unpacked."""
    codes, lines, firsts, starts = unpacked.read(PACKED, _table)
    return kept(Table(tuple(codes), lines, firsts, starts))


def _table(packed: bytes) -> tuple[list[str], bytes, list[bytes], list[int]]:
    """Table's fields from the gzip'd file: its provenance lines (#), a line of the languages' codes, then the
    table's lines, each ended by a line break; a block is 64 lines, some 1,400 bytes to search."""
    text = gzip.decompress(packed)
    start = 0
    while text.startswith(b"#", start):
        start = text.index(b"\n", start) + 1
    end = text.index(b"\n", start)
    lines = text[end:-1]  # each line after its line break, as sorted_lines keeps them
    return text[start:end].decode("ascii").split(), lines, *sorted_lines.indexed(lines, b"\t")


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of a lower-case word in the language (0.0 when unknown or rarer than its list's floor)."""
    column = _columns().get(lang)
    return 0.0 if column is None else _ZIPF[_row(word)[column]]


def rival(word: str, target: str) -> tuple[float, str | None, float]:
    """The word's frequency in `target`, the other language with a list that uses it most (the greatest code of
    those that tie; None without another list) and its frequency there."""
    row = _row(word)
    column = _columns().get(target)
    here = 0.0 if column is None else _ZIPF[row[column]]
    others = _others(target)
    if not others:
        return here, None, 0.0
    best = max(others, key=row.__getitem__)
    return here, _codes()[best], _ZIPF[row[best]]


def leads(words: Iterable[str], target: str) -> dict[str, float | None]:
    """How far above its frequency in `target` each word's greatest frequency in any language is (0.0 when the
    target uses it most): no other language uses it more than that; None when no list holds the word. Asked of a
    document's distinct words at once (ten thousand in a long one), in one loop, in the table's order (code points
    sort as UTF-8 does): a look-up's bisection and block then lie near the last one's in memory."""
    column = _columns().get(target)
    absent = _absent()
    ordered = sorted(words)
    found: dict[str, float | None] = {}
    for word, row in zip(ordered, _rows(ordered), strict=True):
        found[word] = None if row == absent else _ZIPF[max(row)] - (0.0 if column is None else _ZIPF[row[column]])
    return found


@cache
def _absent() -> bytes:
    """The row of a word no list holds."""
    return b"0" * len(_columns())


@cache
def _others(target: str) -> tuple[int, ...]:
    """The other languages' columns, the greatest code first (max() keeps the first of a tie)."""
    return tuple(column for column, lang in reversed(tuple(enumerate(_codes()))) if lang != target)


_KNOWN: dict[str, bytes] = {}  # the rows of the words already looked up (see MAX_KNOWN)


def _row(word: str) -> bytes:
    """The bytes of the word's frequencies, a language's byte at its column."""
    found = _KNOWN.get(word)
    if found is None:
        if len(_KNOWN) >= MAX_KNOWN:
            _KNOWN.clear()
        found = _KNOWN[word] = _find(table(), word.encode("utf-8", "surrogatepass") + b"\t")
    return found


def _rows(ordered: list[str]) -> list[bytes]:
    """The row of each word (see _row), the words in code-point order: those not yet looked up are found in one
    loop over the table (sorted_lines.find_in_order), as a first run asks of every word of a document."""
    missing = [word for word in ordered if word not in _KNOWN]
    if missing:
        if len(_KNOWN) + len(missing) > MAX_KNOWN:
            _KNOWN.clear()
        found, width, absent = table(), len(_columns()), _absent()
        keys = [b"\n" + word.encode("utf-8", "surrogatepass") + b"\t" for word in missing]
        places = sorted_lines.find_in_order(found.lines, found.firsts, found.starts, keys)
        for word, at in zip(missing, places, strict=True):
            _KNOWN[word] = found.lines[at : at + width] if at >= 0 else absent
    return [_KNOWN[word] for word in ordered]


def _find(found: Table, key: bytes) -> bytes:
    """The frequencies' bytes on the line of the word `key` (its UTF-8 and a tab); "0" each without one."""
    at = sorted_lines.find(found.lines, found.firsts, found.starts, b"\n" + key)
    return found.lines[at : at + len(_columns())] if at >= 0 else _absent()
