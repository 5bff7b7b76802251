"""langdetect as the audit runs it: seeded, its 55 profiles read back unpacked (audit.unpacked) and each n-gram's
row of probabilities made when a text first has it. The answers are langdetect's own: the same profiles in the same
order, the same probabilities, the same random draws."""

from __future__ import annotations

import bisect
import os
from functools import lru_cache
from pathlib import Path

from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY

from audit import unpacked
from audit.kept import kept

SEED = 0


@lru_cache(maxsize=1)
def factory() -> DetectorFactory:
    """langdetect's detector factory with its profiles, in DetectorFactory.load_profile's order (the languages'
    order), each n-gram's row of probabilities made when a text first has it (`_Rows`)."""
    DetectorFactory.seed = SEED
    made = DetectorFactory()
    paths = [
        path
        for name in os.listdir(PROFILES_DIRECTORY)
        if not name.startswith(".") and (path := Path(PROFILES_DIRECTORY, name)).is_file()
    ]
    names, totals, *counts = unpacked.read_together(paths, "langdetect", _profiles)
    made.langlist.extend(names)
    made.word_lang_prob_map = _Rows(totals, _Counts(*counts))
    return kept(made)


def detector() -> Detector:
    """A detector for one text, seeded as every run's."""
    return factory().create()


def _profiles(packed: list[bytes]) -> tuple[list[str], list[list[int]], str, list[str], list[int]]:
    """The profiles' languages and n-gram totals (by length), then _Counts' fields: each n-gram's counts as a
    line "\\n<n-gram>\\t<profile>:<count> ...", in code-point order, in blocks of 64 lines (no n-gram holds a
    tab or a line break: langdetect reads them as spaces)."""
    import json

    names, totals, counts = [], [], {}
    for index, one in enumerate(packed):
        profile = json.loads(one.decode("utf-8"))
        names.append(profile["name"])
        totals.append(profile["n_words"])
        for ngram, count in profile["freq"].items():
            counts[ngram] = f"{counts[ngram]} {index}:{count}" if ngram in counts else f"{index}:{count}"
    lines = [f"\n{ngram}\t{counts[ngram]}" for ngram in sorted(counts)]
    firsts, starts, offset = [], [], 0
    for index, line in enumerate(lines):
        if index % 64 == 0:
            firsts.append(line[1 : line.index("\t")])
            starts.append(offset)
        offset += len(line)
    return names, totals, "".join(lines), firsts, [*starts, offset]


class _Counts:
    """The n-grams' counts in the profiles as lines of one string, an n-gram found by a bisection over the first
    n-gram of each block of lines, then a search of the block, in C: read back in a tenth of the time a
    dictionary of 87,000 n-grams took, and asked only of the few thousand n-grams a run's texts hold (each
    answer remembered)."""

    def __init__(self, lines: str, firsts: list[str], starts: list[int]) -> None:
        self._lines, self._firsts, self._starts = lines, firsts, starts
        self._known: dict[str, str | None] = {}

    def get(self, ngram: str) -> str | None:
        """The n-gram's "profile:count" pairs, or None when no profile holds it."""
        if ngram in self._known:
            return self._known[ngram]
        found = None
        block = bisect.bisect_right(self._firsts, ngram) - 1
        key = f"\n{ngram}\t"
        at = self._lines.find(key, self._starts[block], self._starts[block + 1]) if block >= 0 else -1
        if at >= 0:
            at += len(key)
            end = self._lines.find("\n", at)
            found = self._lines[at : end if end >= 0 else len(self._lines)]
        self._known[ngram] = found
        return found


class _Rows:
    """langdetect's map of each n-gram to its probability in each language, as DetectorFactory.add_profile makes
    it, a row at a time: made whole, 87,000 rows of 55 took a third of a second of each run that asks langdetect,
    which reads the rows of a few thousand n-grams."""

    def __init__(self, totals: list[list[int]], counts: _Counts) -> None:
        self._totals = totals
        self._counts = counts
        self._rows: dict[str, list[float]] = {}

    def __contains__(self, ngram: str) -> bool:
        return ngram in self._rows or self._counts.get(ngram) is not None

    def __getitem__(self, ngram: str) -> list[float]:
        row = self._rows.get(ngram)
        if row is None:
            row = self._rows[ngram] = [0.0] * len(self._totals)
            size = len(ngram)
            if 1 <= size <= 3:
                for pair in (self._counts.get(ngram) or "").split():
                    index, count = pair.split(":")
                    row[int(index)] = 1.0 * int(count) / self._totals[int(index)][size - 1]
        return row
