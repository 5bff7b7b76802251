"""langdetect as the audit runs it: seeded, its 55 profiles read back unpacked (audit.unpacked), each n-gram's
row of probabilities made when a text first has it, and its loops over characters and languages done by regular
expressions and comprehensions (_Detector). The answers are langdetect's own: the same profiles in the same order,
the same n-grams, the same random draws and the same arithmetic in the same order, so the same probabilities."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from operator import add, mul
from pathlib import Path

from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from audit import sorted_lines, unpacked
from audit.kept import kept

SEED = 0
MAX_NORMALISED = 1 << 16  # characters whose normalisation is remembered before the memory is cleared
_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # what Detector.cleaning_text counts as Latin: "A" to "z", "[", "^" and "_" among them
_PAST_LATIN = re.compile("[\u0300-\U0010ffff]")  # and as not Latin: every character from U+0300 (see cleaning_text)


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
    return _Detector(factory())


class _Detector(Detector):
    """langdetect's Detector with its loops in C where CPython allows: a passage's n-grams and the 5,000 updates
    of 55 probabilities that judging it takes were a dozen milliseconds of Python loops. Each step gives what
    Detector's own gives (tests/test_wrong_language.py compares them on drawn texts)."""

    def append(self, text: str) -> None:
        """As Detector.append: URLs and e-mail addresses made spaces, Vietnamese normalised, the text cut at
        max_text_length, runs of spaces made one."""
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        """As Detector.cleaning_text: a text with more than twice as many characters from U+0300 (its test of the
        Latin Extended Additional block compares the block's number with its name, so never holds) as from "A" to
        "z" loses the latter."""
        latin = len(_LATIN.findall(self.text))
        if latin * 2 < len(_PAST_LATIN.findall(self.text)):
            self.text = _LATIN.sub("", self.text)

    def _extract_ngrams(self) -> list[str]:
        """As Detector._extract_ngrams: NGram.add_char's window of the last three normalised characters, whose
        last one, two and three characters are taken where a profile holds them, except inside a word in
        capitals."""
        normal = _normalised()
        if len(normal) > MAX_NORMALISED:
            normal.clear()  # bounded on any input: texts of every script's characters
        grams, capitals, found = " ", False, []
        for ch in self.text:
            ch = normal.get(ch) or normal.setdefault(ch, NGram.normalize(ch))
            last = grams[-1]
            if last == " ":
                grams, capitals = " ", False
                if ch == " ":
                    continue
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                capitals = capitals or last.isupper()
                if capitals:
                    continue
            else:
                capitals = False
            size = len(grams)
            if ch != " ":
                found.append(ch)
            if size >= 2:
                found.append(grams[-2:])
                if size >= 3:
                    found.append(grams)
        return self.word_lang_prob_map.held(found)

    def _detect_block(self) -> None:
        """As Detector._detect_block, with _update_lang_prob and _normalize_prob as comprehensions: each
        probability multiplied by (weight + the n-gram's), then divided by their sum, in the same order."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows, draw, trials = self.word_lang_prob_map, self.random, self.n_trial
        self.langprob = [0.0] * len(self.langlist)
        draw.seed(self.seed)
        for _ in range(trials):
            prob = self._init_probability()
            shifted = ((self.alpha + draw.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ).__add__
            i = 0
            while True:
                prob = list(map(mul, prob, map(shifted, rows[draw.choice(ngrams)])))  # each p * (weight + q)
                if i % 5 == 0:
                    prob = list(map(sum(prob).__rtruediv__, prob))  # each p / their sum
                    if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            self.langprob = list(map(add, self.langprob, map(float(trials).__rtruediv__, prob)))


@lru_cache(maxsize=1)
def _normalised() -> dict[str, str]:
    """NGram.normalize's answer for each character met, remembered (it depends on the character alone)."""
    return {}


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

    def held(self, ngrams: list[str]) -> list[str]:
        """The n-grams some profile holds, in order (`ngram in self` for each)."""
        counts, find = self._counts, self._find
        return [ngram for ngram in ngrams if (counts.get(ngram) if ngram in counts else find(ngram))]

    def _find(self, ngram: str) -> str:
        """The n-gram's "profile:count" pairs, "" when no profile holds it; remembered."""
        found = ""
        at = sorted_lines.find(self._lines, self._firsts, self._starts, f"\n{ngram}\t")
        if at >= 0:
            end = self._lines.find("\n", at)
            found = self._lines[at : end if end >= 0 else len(self._lines)]
        self._counts[ngram] = found
        return found
