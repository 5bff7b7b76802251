"""The indexes of the exonym table that audit.names.exonyms reads: the words its names start with, its
standard words and the world's one-word names and towns by skeleton key, and its one-word spellings and names by
folded form. Keying some 12,000 words took half a second of each run that met a foreign-looking word (folding the
table's 9,000 spellings, another 30 ms), so scripts/build_exonyms.py builds them into audit/data/exonym_index.tsv.gz,
a line per target ("en<TAB>{json}") so that a run reads its target's alone.
"""

from __future__ import annotations

import gzip
import json
import marshal
from functools import cache
from pathlib import Path

from audit import unpacked
from audit.kept import kept

DATA = Path(__file__).resolve().parents[1] / "data" / "exonym_index.tsv.gz"


@cache
def load(target: str) -> dict:
    """{"openers": [first words], "standards" and "others": {key: (words)}, "folded": {key: spelling},
    "folded_names": {key: name}} of the target (empty if none)."""
    data = unpacked.read(DATA, _targets).get(target)
    empty = {"openers": [], "standards": {}, "others": {}, "folded": {}, "folded_names": {}}
    return kept(marshal.loads(data)) if data is not None else empty


def _targets(packed: bytes) -> dict[str, bytes]:
    """Each target's indexes, their words as tuples, marshalled apart: a run reads its target's alone."""
    lines = gzip.decompress(packed).decode("utf-8").splitlines()
    found = {}
    for line in lines:
        target, indexes = line.split("\t", 1)
        parsed = json.loads(indexes)
        for kind in ("standards", "others"):
            parsed[kind] = {key: tuple(words) for key, words in parsed[kind].items()}
        found[target] = marshal.dumps(parsed)
    return found


def openers(target: str) -> frozenset[str]:
    return frozenset(load(target)["openers"])


def index(kind: str, target: str) -> dict:
    """One of the target's indexes: "standards" or "others" ({skeleton key: words}), "folded" or "folded_names"
    ({folded form: the table's spelling, or the name})."""
    return load(target)[kind]
