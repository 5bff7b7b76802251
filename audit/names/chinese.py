"""Chinese names under a romanization older than pinyin or another language's own: Wade-Giles ("Mao Tse-tung",
"Kuang-tung") and the Czech transcription ("Tchien-ťin", "Ťin-pching"), read syllable by syllable as pinyin and
kept where English writes the pinyin name often (Zedong, Guangdong, Tianjin, Jinping).

The syllable tables are data (audit/data/chinese_syllables.tsv, built by scripts/build_chinese_syllables.py from
pypinyin and corpora/names/chinese_czech.toml). Only names of two syllables or more joined by hyphens are read: a
lone syllable is too often a word or a name of its own. A spelling English writes itself is left alone
(Taiwan's Wade-Giles names: Kaohsiung, Chiang Kai-shek).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import product
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "chinese_syllables.tsv"
MIN_ZIPF = 2.0  # how often English must write the pinyin name (Zedong 2.6, Guangdong 3.3)
MAX_READINGS = 64  # pinyin spellings tried for one name
_APOSTROPHES = re.compile("['’ʼ‘]")
# Syllables joined by hyphens: what may not stand before them, and their letters after the first (as
# audit.names.capitals asks them). Each run of letters is taken whole (possessive: no letter can stand where an
# apostrophe or a hyphen is wanted), so the engine gives a word without a hyphen up at once, not letter by letter.
SYLLABLES = (r"(?<![\w'’-])", r"[^\W\d_'’ʼ]*+(?:['’ʼ][^\W\d_]++)?(?:-[^\W\d_]++(?:['’ʼ][^\W\d_]++)?)+")


@cache
def _tables() -> dict[str, dict[str, tuple[str, ...]]]:
    """scheme -> {syllable as compared: the pinyin syllables it writes}."""
    found: dict[str, dict[str, list[str]]] = {}
    for line in DATA.read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        scheme, syllable, pinyin = line.split("\t")
        found.setdefault(scheme, {}).setdefault(_compared(syllable), []).append(pinyin)
    return {scheme: {s: tuple(p) for s, p in table.items()} for scheme, table in found.items()}


@cache
def _pinyin() -> frozenset[str]:
    """Every pinyin syllable of the tables."""
    return frozenset(p for table in _tables().values() for options in table.values() for p in options)


def _compared(syllable: str) -> str:
    """A syllable as written and as compared: lower case, apostrophes and the umlaut's dots dropped (English
    writes Tientsin and Tien-tsin), the Czech carons kept (č is no c)."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFC", syllable.casefold()))
    return text.replace("ü", "u")


@lru_cache(maxsize=16384)
def read_as(name: str, target: str) -> str | None:
    """The pinyin name English writes that a hyphenated name spells under Wade-Giles or the Czech transcription,
    capitalised; None when it is pinyin already, English writes it as it is, or no reading is written often."""
    from audit.names.respelling import WRITTEN, written

    if target != "en":
        return None
    syllables = [_compared(part) for part in name.split("-")]
    joined = "".join(syllables)
    if written(joined, target) >= WRITTEN:
        return None
    if all(syllable in _pinyin() for syllable in syllables):
        return None  # pinyin already, or a name whose syllables pinyin writes too (Si-an)
    best: tuple[float, str] | None = None
    for table in _tables().values():
        options = [table.get(syllable) for syllable in syllables]
        if not all(options):
            continue
        for count, reading in enumerate(product(*options)):  # type: ignore[arg-type]
            if count >= MAX_READINGS:
                break
            spelled = "".join(reading)
            zipf = written(spelled, target)
            if zipf >= MIN_ZIPF and spelled != joined and (best is None or zipf > best[0]):
                best = (zipf, spelled)
    return best[1].capitalize() if best else None


def surname_as(word: str, target: str) -> str | None:
    """The pinyin a one-syllable word before a Wade-Giles name spells, capitalised, when it is no pinyin syllable
    itself ("Hsi" before "Chin-p'ing" is Xi; "Mao" is pinyin already, "Chou" may be either): the reading English
    writes most, MIN_ZIPF or more; None otherwise."""
    from audit.names.respelling import written

    syllable = _compared(word)
    if target != "en" or not word[:1].isupper() or not syllable.isalpha() or syllable in _pinyin():
        return None
    readings = {reading for table in _tables().values() for reading in table.get(syllable, ())}
    best = max(readings, key=lambda reading: (written(reading, target), reading), default=None)
    return best.capitalize() if best is not None and written(best, target) >= MIN_ZIPF else None
