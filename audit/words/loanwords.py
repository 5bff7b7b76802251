"""Foreign words and phrases a language's news uses as its own ("Bundestag", "coup d'état", "intifada" in
English): audit/data/words/loanwords_<lang>.txt, one a line, compared without case or accents; and in every
language, the currencies' names as their own countries write them (currencies.txt: "reais", "złotych")."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import chain

from audit import unpacked
from audit.words.frequencies import DATA
from audit.words.tokens import Word, fold, words

_APART = re.compile(r"[-']")


CURRENCIES = DATA / "currencies.txt"  # every target's: a currency's own name ("reais"), built from CLDR


@cache
def _entries(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each entry as its folded pieces (split at hyphens and apostrophes: "laissez-faire" matches "laissez
    faire" too, "oblast" matches "l'oblast"), by first piece, longest first; read back unpacked (audit.unpacked):
    folding the list's words was some 5 ms of a run. The language's list, and the currencies' names."""
    own = DATA / f"loanwords_{lang}.txt"
    found = unpacked.read(own, _folded_entries) if own.is_file() else {}
    currencies = unpacked.read(CURRENCIES, _folded_entries)
    both = {first: {*found.get(first, ()), *currencies.get(first, ())} for first in found.keys() | currencies.keys()}
    return {first: tuple(sorted(entries, key=lambda entry: (-len(entry), entry))) for first, entries in both.items()}


# audit.unpacked keys the stored copy by _folded_entries' code, not by what it calls: a change to how words are
# found or folded (tokens.words, tokens.fold, _APART) wants _folded_entries changed with it.
def _folded_entries(packed: bytes) -> dict[str, tuple[tuple[str, ...], ...]]:
    """_entries' table from the list's bytes (entries of one length in code-point order: the same stored copy
    whatever the run's hash seed)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in packed.decode("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pieces = _pieces(words(line))
            found.setdefault(pieces[0], []).append(pieces)
    return {
        first: tuple(sorted(set(entries), key=lambda entry: (-len(entry), entry))) for first, entries in found.items()
    }


def _pieces(found: list[Word]) -> tuple[str, ...]:
    return tuple(piece for word in found for piece in _word_pieces(word.text))


@lru_cache(maxsize=1 << 16)  # every word of every sentence is asked: news repeats its words
def _word_pieces(text: str) -> tuple[str, ...]:
    return tuple(_APART.sub(" ", fold(text)).split())


def accepted(found: list[Word], lang: str) -> set[int]:
    """The indexes of the words that belong to one of the language's loanwords or phrases."""
    entries = _entries(lang)
    if not entries:
        return set()
    pieces = [_word_pieces(word.text) for word in found]
    if entries.keys().isdisjoint(chain.from_iterable(pieces)):  # most sentences: no entry starts at any piece
        return set()
    flat = [(index, piece) for index, word_pieces in enumerate(pieces) for piece in word_pieces]
    taken: set[int] = set()
    for position, (_, piece) in enumerate(flat):
        for entry in entries.get(piece, ()):
            window = flat[position : position + len(entry)]
            if tuple(p for _, p in window) == entry:
                taken.update(index for index, _ in window)
                break
    return taken
