"""The indexes of the exonym table that audit.names.exonyms reads: the words its names start with, and its
standard words and the world's one-word names and towns by skeleton key. Keying some 12,000 words took half a
second of each run that met a foreign-looking word, so scripts/build_exonyms.py builds them into
audit/data/exonym_index.tsv.gz, a line per target ("en<TAB>{json}") so that a run parses its target's alone.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

from audit import unpacked
from audit.kept import kept

DATA = Path(__file__).resolve().parents[1] / "data" / "exonym_index.tsv.gz"


@cache
def load(target: str) -> dict:
    """{"openers": [first words], "standards" and "others": {key: [words]}} of the target (empty if none)."""
    data = unpacked.read(DATA, _targets).get(target)
    return kept(json.loads(data)) if data is not None else {"openers": [], "standards": {}, "others": {}}


def _targets(packed: bytes) -> dict[str, str]:
    """Each target's indexes, as JSON text."""
    lines = gzip.decompress(packed).decode("utf-8").splitlines()
    return dict(line.partition("\t")[::2] for line in lines)


def openers(target: str) -> frozenset[str]:
    return frozenset(load(target)["openers"])


def by_key(kind: str, target: str) -> dict[str, tuple[str, ...]]:
    """The target's "standards" or "others", as exonyms.guess reads them."""
    return {key: tuple(words) for key, words in load(target)[kind].items()}
