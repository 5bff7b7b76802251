"""The indexes of the exonym table that audit.names.exonyms reads: the words its names start with, its
standard words and the world's one-word names and towns by skeleton key, and its one-word spellings and names by
folded form. Keying some 12,000 words took half a second of each run that met a foreign-looking word (folding the
table's 9,000 spellings, another 30 ms), so scripts/build_exonyms.py builds them into audit/data/exonym_index.tsv.gz,
a line per target ("en<TAB>{json}") so that a run reads its target's alone. The two indexes by skeleton key are
kept as their lines in key order (audit.sorted_lines, see KeyedWords): read back, each is one string, not some
26,000 keys and tuples to make (14 ms of each run's first foreign-looking name).
"""

from __future__ import annotations

import gzip
import json
import marshal
from functools import cache
from pathlib import Path
from typing import NamedTuple

from audit import sorted_lines, unpacked
from audit.kept import kept

DATA = Path(__file__).resolve().parents[1] / "data" / "exonym_index.tsv.gz"


class KeyedWords(NamedTuple):
    """An index {key: words} as sorted_lines keeps it, each line "\\n<key>\\t<word>\\t<word>…"."""

    lines: str
    firsts: list[str]
    starts: list[int]

    def get(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        at = sorted_lines.find(self.lines, self.firsts, self.starts, f"\n{key}\t")
        if at < 0:
            return default
        end = self.lines.find("\n", at)
        words = self.lines[at : end if end >= 0 else len(self.lines)]
        return tuple(words.split("\t")) if words else ()

    def one(self, key: str) -> str | None:
        """The word of an index that gives a key one ("folded", "folded_names"), or None."""
        words = self.get(key)
        return words[0] if words else None

    @classmethod
    def of(cls, index: dict[str, list[str]]) -> tuple[str, list[str], list[int]]:
        """The fields of the index's KeyedWords, as marshal writes them."""
        return sorted_lines.joined([f"\n{key}\t" + "\t".join(index[key]) for key in sorted(index)], "\t")


_EMPTY = KeyedWords("", [], [0])
_KEYED = ("standards", "others", "folded", "folded_names")
_ONE_WORD = ("folded", "folded_names")  # a word a key, not a list


@cache
def load(target: str) -> dict:
    """{"openers": [first words], and "standards", "others", "folded", "folded_names": KeyedWords} of the target
    (empty if none)."""
    data = unpacked.read(DATA, _targets).get(target)
    if data is None:
        return {"openers": [], **dict.fromkeys(_KEYED, _EMPTY)}
    indexes = marshal.loads(data)
    for kind in _KEYED:
        indexes[kind] = KeyedWords(*indexes[kind])
    return kept(indexes)


def _targets(packed: bytes) -> dict[str, bytes]:
    """Each target's indexes, all but its openers as KeyedWords' fields, marshalled apart: a run reads its target's
    alone (the two by folded form were some 10,000 keys a dictionary to make, for the few foreign-looking words
    that ask them)."""
    lines = gzip.decompress(packed).decode("utf-8").splitlines()
    found = {}
    for line in lines:
        target, indexes = line.split("\t", 1)
        parsed = json.loads(indexes)
        for kind in _ONE_WORD:
            parsed[kind] = {key: [word] for key, word in parsed[kind].items()}
        for kind in _KEYED:
            parsed[kind] = KeyedWords.of(parsed[kind])
        found[target] = marshal.dumps(parsed)
    return found


def openers(target: str) -> frozenset[str]:
    return frozenset(load(target)["openers"])


def index(kind: str, target: str) -> KeyedWords:
    """One of the target's indexes: "standards" or "others" (words by skeleton key), "folded" or "folded_names"
    (by folded form, the table's spelling or the name: KeyedWords.one)."""
    return load(target)[kind]
