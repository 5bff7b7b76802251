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

from audit.kept import kept

DATA = Path(__file__).resolve().parents[1] / "data" / "exonym_index.tsv.gz"


@cache
def load(target: str) -> dict:
    """{"openers": [first words], "standards" and "others": {key: [words]}} of the target (empty if none)."""
    for line in gzip.decompress(DATA.read_bytes()).decode("utf-8").splitlines():
        lang, _, data = line.partition("\t")
        if lang == target:
            return kept(json.loads(data))
    return {"openers": [], "standards": {}, "others": {}}


def openers(target: str) -> frozenset[str]:
    return frozenset(load(target)["openers"])


def by_key(kind: str, target: str) -> dict[str, tuple[str, ...]]:
    """The target's "standards" or "others", as exonyms.guess reads them."""
    return {key: tuple(words) for key, words in load(target)[kind].items()}
