"""One name spelled two ways, whatever the name: the key that folds away what romanization conventions change.

French, German, Spanish, Polish and Dutch write the sounds of Arabic, Persian, Russian or Chinese names with
their own letters (Bachar / Bashar, Chamenei / Khamenei, Younès / Younis, Kobakhidzé / Kobakhidze, Netanyahou /
Netanyahu). `sounds` maps each such set of letters to one symbol (the table is data: audit/data/romanization.toml)
and drops accents, doubled letters, hyphens and an Arabic article; `key` keeps of that the first letter, the
inner consonants and the ending, to find candidates. Two spellings are one name when their sounds are the same,
or differ by one vowel, as Arabic names vary, where one of them shows another language's marks (Younès /
Younis). Names shorter than MIN_LETTERS are never grouped ("Ali" / "Alia").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path

from audit.names.folding import fold

MIN_LETTERS = 5
MIN_VOWEL_CHANGE_LETTERS = 5
DATA = Path(__file__).resolve().parents[1] / "data" / "romanization.toml"
_SILENT_H = re.compile(r"(?<=[bdfgkmnprstvzXJ])h")
_DOUBLED = re.compile(r"(.)\1+")
_OU_BEFORE_VOWEL = re.compile(r"ou(?=[aeiy])")  # French "Anouar", "Sinouar": the w of Anwar, Sinwar
_VOWELS = set("aeiou")


@dataclass(frozen=True)
class _Conventions:
    """audit/data/romanization.toml, compiled."""

    marked: dict[int, str]
    classes: re.Pattern[str]
    symbols: dict[str, str]
    article: re.Pattern[str]
    vowel_swaps: frozenset[frozenset[str]]
    foreign: re.Pattern[str]
    readings: tuple[tuple[tuple[re.Pattern[str], str], ...], ...]  # each language's own reading of letters


@cache
def _conventions() -> _Conventions:
    data = tomllib.loads(DATA.read_text("utf-8"))
    classes = data["classes"]
    rules = data["rules"]
    return _Conventions(
        str.maketrans(data["marked"]),
        re.compile("|".join(re.escape(group) for group in sorted(classes, key=len, reverse=True))),
        classes,
        re.compile(r"^(?:" + "|".join(map(re.escape, rules["articles"])) + r")[- ]"),
        frozenset(frozenset(pair) for pair in rules["vowel_swaps"]),
        re.compile(r"[^\x00-\x7f]|" + "|".join(map(re.escape, rules["foreign_groups"]))),
        tuple(
            tuple((re.compile(pattern), replacement) for pattern, replacement in reading.items())
            for reading in data.get("readings", {}).values()
        ),
    )


@lru_cache(maxsize=65536)
def sounds(name: str) -> str:
    """The name with each convention's letters for one sound made one symbol, accents and doubles gone."""
    return _sounds(_letters(name))


@lru_cache(maxsize=65536)
def readings(name: str) -> frozenset[str]:
    """The name's sounds under the common reading and under each language's own (Spanish j, Italian gi)."""
    letters = _letters(name)
    found = {_sounds(letters)}
    for reading in _conventions().readings:
        read = letters
        for pattern, replacement in reading:
            read = pattern.sub(replacement, read)
        if read != letters:
            found.add(_sounds(read))
    return frozenset(found)


def _letters(name: str) -> str:
    """The name in lower case, its marked letters spelled out, accents, hyphens, spaces and article gone."""
    rules = _conventions()
    return rules.article.sub("", fold(name.casefold().translate(rules.marked))).replace("-", "").replace(" ", "")


def _sounds(text: str) -> str:
    rules = _conventions()
    text = _OU_BEFORE_VOWEL.sub("w", text)
    text = _SILENT_H.sub("", rules.classes.sub(lambda match: rules.symbols[match.group()], text))
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=65536)
def key(name: str) -> str | None:
    """The first letter, inner consonants and ending of the name's sounds: spellings of one name share it; None
    for a name too short to tell."""
    if sum(ch.isalpha() for ch in fold(name)) < MIN_LETTERS:
        return None
    return _key(sounds(name))


@lru_cache(maxsize=65536)
def keys(name: str) -> frozenset[str]:
    """The key under every reading of the name (see `readings`)."""
    if sum(ch.isalpha() for ch in fold(name)) < MIN_LETTERS:
        return frozenset()
    return frozenset(_key(text) for text in readings(name) if text)


def _key(text: str) -> str:
    inner = "".join(ch for ch in text[1:-1] if ch not in _VOWELS)
    return text[0] + inner + (text[-1] if text[-1] in _VOWELS else "-" + text[-1])


def same_name(a: str, b: str, vowel: bool = True) -> bool:
    """Two spellings of one name: the same sounds under some reading of each, or (when `vowel`) one vowel apart
    where one is marked."""
    if not keys(a) & keys(b):
        return False
    if readings(a) & readings(b):
        return True
    x, y = sounds(a), sounds(b)
    if key(a) != key(b):
        return False
    opcodes = SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
    changes = [frozenset((x[i1:i2], y[j1:j2])) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    rules = _conventions()
    marked = any(rules.foreign.search(name.casefold()) for name in (a, b))  # Younès: another language's marks
    return (
        vowel
        and marked
        and len(changes) == 1
        and min(len(x), len(y)) >= MIN_VOWEL_CHANGE_LETTERS
        and changes[0] in rules.vowel_swaps
    )
