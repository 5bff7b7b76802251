"""langdetect as the audit runs it: seeded, its 55 profiles read back unpacked (audit.unpacked) and each n-gram's
row of probabilities made when a text first has it. The answers are langdetect's own: the same profiles in the same
order, the same probabilities, the same random draws."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY

from audit import sorted_lines, unpacked
from audit.kept import kept

SEED = 0


@lru_cache(maxsize=1)
def factory() -> DetectorFactory:
    """langdetect's detector factory with its profiles, in DetectorFactory.load_profile's order (the languages'
    order), each n-gram's row of probabilities made when a text first has it (`_Rows`)."""
    DetectorFactory.seed = SEED
    made = DetectorFactory()
    paths = [  # os.listdir's order, each file told from its directory entry without a stat
        Path(entry.path)
        for entry in os.scandir(PROFILES_DIRECTORY)
        if not entry.name.startswith(".") and entry.is_file()
    ]
    names, totals, *counts = unpacked.read_together(paths, "langdetect", _profiles)
    made.langlist.extend(names)
    made.word_lang_prob_map = _Rows(totals, *counts)
    return kept(made)


def detector() -> Detector:
    """A detector for one text, seeded as every run's."""
    return factory().create()


def _profiles(packed: list[bytes]) -> tuple[list[str], list[list[int]], str, list[str], list[int]]:
    """The profiles' languages and n-gram totals (by length), then _Rows' table: each n-gram's counts as a
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
    return names, totals, *sorted_lines.joined([f"\n{ngram}\t{counts[ngram]}" for ngram in sorted(counts)], "\t")


class _Rows:
    """langdetect's map of each n-gram to its probability in each language, as DetectorFactory.add_profile makes
    it, a row when a text first has the n-gram: made whole, 87,000 rows of 55 took a third of a second of each
    run that asks langdetect, which reads the rows of a few thousand n-grams. The n-grams' counts are the lines
    of one string (see _profiles), an n-gram's found by a bisection over the first n-gram of each block of lines
    then a search of the block, in C, and remembered ("" for an n-gram no profile holds)."""

    def __init__(self, totals: list[list[int]], lines: str, firsts: list[str], starts: list[int]) -> None:
        self._totals = totals
        self._lines, self._firsts, self._starts = lines, firsts, starts
        self._counts: dict[str, str] = {}
        self._rows: dict[str, list[float]] = {}

    def __contains__(self, ngram: str) -> bool:
        counts = self._counts.get(ngram)
        return bool(self._find(ngram) if counts is None else counts)

    def __getitem__(self, ngram: str) -> list[float]:
        row = self._rows.get(ngram)
        if row is None:
            row = self._rows[ngram] = [0.0] * len(self._totals)
            size = len(ngram)
            counts = self._counts.get(ngram)
            if 1 <= size <= 3:
                for pair in (self._find(ngram) if counts is None else counts).split():
                    index, count = pair.split(":")
                    row[int(index)] = 1.0 * int(count) / self._totals[int(index)][size - 1]
        return row

    def _find(self, ngram: str) -> str:
        """The n-gram's "profile:count" pairs, "" when no profile holds it; remembered."""
        found = ""
        at = sorted_lines.find(self._lines, self._firsts, self._starts, f"\n{ngram}\t")
        if at >= 0:
            end = self._lines.find("\n", at)
            found = self._lines[at : end if end >= 0 else len(self._lines)]
        self._counts[ngram] = found
        return found
