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

import gzip
import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from audit import unpacked
from audit.kept import kept
from audit.names.folding import fold, foreign_marks

if TYPE_CHECKING:
    from audit.names.exonym_index import KeyedWords

MIN_LETTERS = 5
MIN_TWO_CHANGES_LETTERS = 8
MUTE_E_AFTER = "ntd"  # consonants after which French and Portuguese add a mute e (Sadate, Jénine, Riade)
DATA = Path(__file__).resolve().parents[1] / "data" / "romanization.toml"
ENTITIES = DATA.with_name("name_entities.json.gz")
_SILENT_H = re.compile(r"(?<=[bdfgkmnprstvzXJ])h")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = set("aeiou")
_VOWEL_RUN = re.compile("[aeiou]+")
_NOTHING: frozenset = frozenset()


class _Conventions(NamedTuple):
    """audit/data/romanization.toml, compiled."""

    marked: dict[int, str]
    classes: re.Pattern[str]
    symbols: dict[str, str]
    article: re.Pattern[str]
    vowel_swaps: frozenset[frozenset[str]]
    foreign: re.Pattern[str]
    readings: dict[str, tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]]  # each language's own
    # reading of letters, with one pattern of all its rules that says whether it changes a name at all
    any_reading: re.Pattern[str]  # the rules of every language's reading: whether any changes a name
    merged: dict[int, str]  # sounds compared alike in a loose match
    transliterated: re.Pattern[str]  # marks of a transliteration, never of English or a French name


@cache
def romanization() -> dict:
    """audit/data/romanization.toml, read once for every module that compiles a part of it."""
    return unpacked.read(DATA, unpacked.toml)


@cache
def _conventions() -> _Conventions:
    data = romanization()
    classes = data["classes"]
    rules = data["rules"]
    return _Conventions(
        str.maketrans(data["marked"]),
        re.compile("|".join(re.escape(group) for group in sorted(classes, key=len, reverse=True))),
        classes,
        re.compile(r"^(?:" + "|".join(map(re.escape, rules["articles"])) + r")[- ]"),
        frozenset(frozenset(pair) for pair in rules["vowel_swaps"]),
        re.compile(r"[^\x00-\x7f]|" + "|".join(map(re.escape, rules["foreign_groups"]))),
        {
            lang: (
                re.compile("|".join(f"(?:{pattern})" for pattern in reading)),
                tuple((re.compile(pattern), replacement) for pattern, replacement in reading.items()),
            )
            for lang, reading in data.get("readings", {}).items()
        },
        re.compile("|".join(f"(?:{pattern})" for reading in data.get("readings", {}).values() for pattern in reading)),
        str.maketrans(data["loose"]["merged"]),
        re.compile(
            f"[{re.escape(rules['transliteration_marks'])}]|"
            + "|".join(map(re.escape, rules["transliteration_groups"]))
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
    sounds = _sounds(letters)
    rules = _conventions()
    if not rules.any_reading.search(letters):  # no language reads these letters otherwise (asked once, not each)
        return frozenset({sounds})
    return frozenset({sounds, *(_read(letters, reading, sounds) for reading in rules.readings.values())})


def readings_in(name: str, lang: str) -> frozenset[str]:
    """The name's sounds under the common reading and under one language's own (English Jinnah: dj)."""
    letters = _letters(name)
    sounds = _sounds(letters)
    reading = _conventions().readings.get(lang)
    return frozenset({sounds, _read(letters, reading, sounds) if reading else sounds})


def _read(letters: str, reading: tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]], sounds: str) -> str:
    """The sounds of the letters as a language reads them (`reading`: whether it reads them otherwise, and its
    rules), `sounds`, the common reading, where it reads none of them otherwise."""
    applies, rules = reading
    if not applies.search(letters):
        return sounds
    read = letters
    for pattern, replacement in rules:
        read = pattern.sub(replacement, read)
    return _sounds(read)


def spelled_out(name: str) -> str:
    """The name in lower case with its marked letters spelled out (š: sh, č: ch) and other accents folded away."""
    return fold(name.casefold().translate(_conventions().marked))


@lru_cache(maxsize=65536)  # asked of both names at each comparison
def _letters(name: str) -> str:
    """The name in lower case, its marked letters spelled out, accents, hyphens, spaces and article gone."""
    rules = _conventions()
    return rules.article.sub("", fold(name.casefold().translate(rules.marked))).replace("-", "").replace(" ", "")


def _sounds(text: str) -> str:
    rules = _conventions()
    text = _SILENT_H.sub("", rules.classes.sub(lambda match: rules.symbols[match.group()], text))
    return _once(text)


def _once(text: str) -> str:
    """The text with each doubled letter written once; most names have none, and asking is a fifth of the cost of
    the substitution, whose template Python reads back at each call."""
    return _DOUBLED.sub(r"\1", text) if _DOUBLED.search(text) else text


@lru_cache(maxsize=65536)
def keys(name: str) -> frozenset[str]:
    """Keys that spellings of one name share: the name without accents, the entities the tables know it for, and
    (for a name long enough to tell) its consonant frame under every reading (see `readings` and `_loose`)."""
    found = {"=" + fold(name), *known_as(name)}
    if len(_letters(name)) >= MIN_LETTERS:
        found.update(_loose(text)[0] for text in readings(name) if text)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _loose(text: str, merged: bool = True) -> tuple[str, tuple[str, ...]]:
    """The sounds as a consonant frame and its vowel groups, with what conventions write either way set aside: a
    mute final e (Sadate, Riade), h after the first letter (Teheran, Jeddah), and where `merged` the voice of s,
    k and sh (Sarif, Kadhafi, Sersch)."""
    rules = _conventions()
    if len(text) > 2 and text[-1] == "e" and text[-2] in MUTE_E_AFTER:
        text = text[:-1]
    text = text[0] + text[1:].replace("h", "")
    text = _once(text.translate(rules.merged) if merged else text)
    return _VOWEL_RUN.sub("_", text), tuple(_VOWEL_RUN.findall(text))


def same_name(a: str, b: str, known_alike: bool = True) -> bool:
    """Two spellings of one name. Where a table knows both, it decides: the world's places and people
    (Kazajistán and Kazakhstan name one country; Samara and Samarra two cities), then the Ukrainian and Russian
    names (Gorbatschow and Gorbachev); else `alike` does. Without `known_alike`, two names a table knows for one
    must still be alike (Suisse in "Credit Suisse" is no spelling of Switzerland; exonyms are another check's)."""
    if not keys(a) & keys(b):
        return False
    for known, other in zip(_known(a), _known(b), strict=True):
        if known & other:
            return known_alike or alike(a, b)
    for known, other in zip(_known(a), _known(b), strict=True):
        if known and other:
            return False
    return alike(a, b) and not _both_written(a, b)


BOTH_WRITTEN = 2.5  # the Zipf frequency in English from which two look-alike names are taken for two


def _both_written(a: str, b: str) -> bool:
    """Two spellings English writes often, each, are two names no table knows for one (Frank / Franc, Major /
    Mayor, Kamal / Gamal, Granada / Grenada, Peres / Perez); a spelling under another convention is seldom
    written in English (Mahmud, Chalil). Accents alone never tell two names (Lopez / López)."""
    from audit.names.respelling import written

    if fold(a) == fold(b) or len(a.split()) != len(b.split()):
        return False
    words = [(x, y) for x, y in zip(a.split(), b.split(), strict=True) if fold(x) != fold(y)]
    return bool(words) and all(
        min(written(x.casefold(), "en"), written(y.casefold(), "en")) >= BOTH_WRITTEN for x, y in words
    )


@lru_cache(maxsize=65536)
def looks_foreign(name: str) -> bool:
    """Whether the name shows another language's marks or letter groups (Younès, Netanyahou, Baschar)."""
    return bool(_conventions().foreign.search(name.casefold()))


@lru_cache(maxsize=65536)
def foreign_to(name: str, target: str) -> bool:
    """Whether the name shows marks or letter groups of another romanization than the target's own: French writes
    Mohamoud and Tebboune itself, German Schoigu (romanization.toml's own_groups, and the target's letters)."""
    from audit.words.scripts import letters_of

    own = set(romanization()["rules"].get("own_groups", {}).get(target, ())) | (letters_of(target) or set())
    return bool(_foreign_signs(name) - own)


def _foreign_signs(name: str) -> set[str]:
    """The marks and letter groups of another language's romanization in the name (Hánún: á, ú; Hanoun: ou)."""
    return set(_conventions().foreign.findall(name.casefold()))


@lru_cache(maxsize=65536)
def _native_letters(name: str) -> bool:
    return any(letter in native_marks() for letter in name.casefold())


@cache
def native_marks() -> frozenset[str]:
    """Letters only a language's own spelling uses (Szymański, Dvořák, Đoković), never a transliteration."""
    return frozenset(romanization()["rules"]["native_marks"])


@lru_cache(maxsize=65536)
def looks_transliterated(name: str) -> bool:
    """Whether the name shows the marks of a transliteration under another language's conventions (Kermánšáh,
    Peszawar, Aschkelon), which English words and French names do not (South, Hélène)."""
    return bool(_conventions().transliterated.search(name.casefold()))


@lru_cache(maxsize=65536)
def known_as(name: str) -> frozenset[str]:
    """The entities the world tables and the Ukrainian and Russian names gazetteer know the one-word name for."""
    world, gazetteer = _known(name)
    if not world and not gazetteer:  # most names
        return _NOTHING
    return frozenset({*(f"w{n}" for n in world), *(f"g{n}" for n in gazetteer)})


@lru_cache(maxsize=65536)
def known(name: str) -> bool:
    """Whether a world table or the names gazetteer knows the one-word name."""
    return any(_known(name))


def _known(name: str) -> tuple[frozenset[int], frozenset[int]]:
    """The entities a one-word name names in the world tables (audit/data/name_entities.json.gz, built by
    scripts/build_name_entities.py) and in the Ukrainian and Russian names gazetteer."""
    from audit.names.gazetteer import load

    gazetteer = load()
    found = (*gazetteer.accepted_folded(name), *(variant.entity for variant in gazetteer.variants(name)))
    key = fold(name)
    numbers = _world().get(key) if key.isprintable() else ()  # no tab or line break: a line of the table
    world = frozenset(map(int, numbers)) if numbers else _NOTHING
    return world, frozenset(map(_gazetteer_numbers().__getitem__, found)) if found else _NOTHING


@cache
def _world() -> KeyedWords:
    """The world tables' one-word names, each with its entities' numbers as text, kept as lines in name order
    (audit.names.exonym_index.KeyedWords): read back, one string; a dictionary of 16,700 names and their sets took
    15 ms of the first name a run asked of."""
    from audit.names.exonym_index import KeyedWords

    return kept(KeyedWords(*unpacked.read(ENTITIES, _world_entities)))


def _world_entities(packed: bytes) -> tuple[str, list[str], list[int]]:
    from audit.names.exonym_index import KeyedWords

    names = json.loads(gzip.decompress(packed))["names"]
    return KeyedWords.of({name: list(map(str, numbers)) for name, numbers in names.items()})


@cache
def _gazetteer_numbers() -> dict:
    from audit.names.gazetteer import load

    return {entity: number for number, entity in enumerate(load().entities)}


def alike(a: str, b: str) -> bool:
    """The same letters but for accents (Kılıçdaroğlu / Kilicdaroglu), the same sounds under some reading of each,
    or the same consonant frame with a vowel group changed as romanizations change it, where a spelling shows
    another language's marks or the two write a consonant differently (Mursi / Moersi, Jasir / Yasser; never
    Murat / Marat): one change, two in a long name."""
    if fold(a) == fold(b):
        return True
    if len(_letters(a)) < MIN_LETTERS or len(_letters(b)) < MIN_LETTERS or _doubled_only(a, b):
        return False
    if _native_letters(a) and _native_letters(b):
        return False  # each written in its own language's letters, differently: two names (Babiš / Babić)
    if readings(a) & readings(b):
        return True
    rules = _conventions()
    marked = looks_foreign(a) or looks_foreign(b) or _consonants(a) != _consonants(b)
    if not marked:
        return False
    allowed = 2 if min(len(a), len(b)) >= MIN_TWO_CHANGES_LETTERS else 1
    for x in readings(a):
        frame, groups = _loose(x)
        for y in readings(b):
            other_frame, other_groups = _loose(y)
            if frame != other_frame:
                continue
            changed = [index for index, (g, h) in enumerate(zip(groups, other_groups, strict=True)) if g != h]
            if changed and _loose(x, merged=False)[0] != _loose(y, merged=False)[0]:
                continue  # a consonant's voice and a vowel changed: two names (Ashoura / Adjara)
            if len(changed) <= allowed and all(
                _vowels_vary(groups[i], other_groups[i], rules.vowel_swaps, initial=i == 0 and frame[0] == "_")
                for i in changed
            ):
                return True
    return False


def respelled(word: str, standard: str) -> bool:
    """Whether `word` is `standard` written under another language's conventions: alike, with marks or letter
    groups of another language the standard lacks (Shanghaï, Netanyahou, Baschar); an English-looking word that
    is merely alike is no evidence (Church / Kharj, Chirac / Shiraz)."""
    if word == standard or not alike(word, standard):
        return False
    marks = foreign_marks(word)
    if fold(word) == fold(standard):
        return bool(marks) and marks != foreign_marks(standard)
    return bool(_foreign_signs(word) - _foreign_signs(standard))


def _doubled_only(a: str, b: str) -> bool:
    """Two plain spellings, no other language's marks in either, that differ by a doubled letter alone: as often
    two names as one (Paris / Parris, Harris / Haris, Canon / Cannon); a table that knows them decides."""
    plain = a.isascii() and b.isascii() and not looks_foreign(a) and not looks_foreign(b)
    return plain and undoubled(a) == undoubled(b)


@lru_cache(maxsize=65536)
def undoubled(name: str) -> str:
    """The name in lower case, each doubled letter written once."""
    return _once(name.casefold())


@lru_cache(maxsize=65536)
def _consonants(name: str) -> str:
    """The name's letters but its vowels, y and h, doubles collapsed: where two spellings write a consonant
    differently (French / France and Thierry / There do not: an h or a y alone is no other convention)."""
    return _once("".join(ch for ch in _letters(name) if ch not in _VOWELS and ch not in "hy"))


def _vowels_vary(a: str, b: str, swaps: frozenset[frozenset[str]], initial: bool) -> bool:
    """Whether one vowel group is another as romanizations vary it: one letter swapped for its usual
    alternative (o / u, e / i), an e more or less (Incheon / Inčchon), or at the start an i (the y of Yerevan)."""
    if len(a) == len(b):
        different = [frozenset(pair) for pair in zip(a, b, strict=True) if pair[0] != pair[1]]
        return len(different) == 1 and different[0] in swaps
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short and (long[i] == "e" or (initial and i == 0 and long[i] == "i"))
        for i in range(len(long))
    )
