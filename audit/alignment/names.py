"""Names across languages: the keys under which one person or place is known whatever the language writes it.

Pékin, Beijing and 北京, Kharkiv, Kharkov, Charkiw and Харків (also declined: Харькове), Allemagne and Germany
share a key. Keys come from the names knowledge (audit/names: the world tables and the Ukrainian and Russian
gazetteer through `skeleton.known_as`, the exonym tables of each target language), from the folded spelling, from
a Cyrillic word's romanization and from short lists of Chinese and Russian world names; `same_name` and an
inflected ending (Putins, Путина) match what the keys miss.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from audit.names.folding import fold

MIN_STEM = 4  # a Cyrillic stem shorter than this names nothing reliably
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ENDINGS = ("", "а", "я", "ь", "й", "о", "ий", "ый", "ой", "ия")  # what a stem may end with in the nominative
_TARGETS = ("en", "fr", "de", "es")  # the exonym tables


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=65536)
def keys(word: str) -> frozenset[str]:
    """Every key the name is known under: `f:` its folded spelling (and those of the names it stands for), and
    the world and gazetteer entities the tables know it for."""
    from audit.alignment.world_names import CHINESE
    from audit.names.skeleton import known_as

    found: set[str] = set()
    spellings = {word}
    if is_cyrillic(word):
        spellings |= _cyrillic_readings(word)
    if word in CHINESE:
        spellings.add(CHINESE[word])
    for spelling in list(spellings):
        spellings |= _exonym_standards(spelling)
    for spelling in spellings:
        found.add("f:" + fold(spelling))
        found |= known_as(spelling)
    return frozenset(found)


def _exonym_standards(word: str) -> set[str]:
    """The target languages' own names for a foreign spelling (Pékin: Beijing, Peking, Pekín)."""
    from audit.names.exonyms import table

    tables = table()
    return {tables[target][word][0] for target in _TARGETS if word in tables.get(target, {})}


@lru_cache(maxsize=16384)
def _cyrillic_readings(word: str) -> frozenset[str]:
    """A Cyrillic word, declined or not, as the tables and English spell it: its nominative candidates (Москве:
    Москва, Харькове: Харьков), the gazetteer's accepted spellings of them, and their romanizations."""
    from audit.alignment.world_names import RUSSIAN
    from audit.names.gazetteer import load
    from audit.names.standard import standard

    gazetteer = load()
    found: set[str] = {standard(word, "ru")}
    lower = word.casefold()
    stems = {lower[: len(lower) - cut] for cut in range(4) if len(lower) - cut >= MIN_STEM}
    for stem in stems:
        for ending in _ENDINGS:
            candidate = stem + ending
            entities = _cyrillic_index().get(candidate)
            if candidate.capitalize() in RUSSIAN:
                found.add(RUSSIAN[candidate.capitalize()])
            if entities:
                found.update(english for entity in entities for english in entity)
            romanized = standard(candidate, "ru")
            known = [*gazetteer.accepted_folded(romanized), *(v.entity for v in gazetteer.variants(romanized))]
            found.update(entity.standard for entity in known if " " not in entity.standard)
            if candidate == lower or entities:
                found.add(candidate.capitalize())
    return frozenset(found)


@cache
def _cyrillic_index() -> dict[str, list[tuple[str, ...]]]:
    """Each word of the gazetteer's Cyrillic names (lower case) and the English spellings of that word."""
    from audit.names.gazetteer import load

    index: dict[str, list[tuple[str, ...]]] = {}
    for entity in load().entities:
        words = entity.cyrillic.split()
        spellings = [english.split() for english in entity.english]
        for position, cyrillic in enumerate(words):
            english = tuple(s[position] for s in spellings if len(s) == len(words))
            if english:
                index.setdefault(cyrillic.casefold(), []).append(english)
    return index


def same(a: str, b: str) -> bool:
    """Two words name the same person or place: a key in common, the same name by its sounds, or one an inflected
    form of the other (Putins, Putina; Londons)."""
    if keys(a) & keys(b):
        return True
    left, right = _latin(a), _latin(b)
    if not left or not right:
        return False
    if _inflected(left, right):
        return True
    from audit.names.skeleton import same_name

    return same_name(left, right)


@lru_cache(maxsize=65536)
def _latin(word: str) -> str:
    """The word in Latin letters (a Cyrillic one romanized), folded; empty for other scripts."""
    if is_cyrillic(word):
        from audit.names.standard import standard

        word = standard(word, "ru")
    folded = fold(word)
    return folded if folded.isascii() else ""


def _inflected(a: str, b: str) -> bool:
    """One word is the other with a case ending (Putin / Putina, Putins, Moskvy is not reached this way)."""
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_STEM and long.startswith(short) and len(long) - len(short) <= 2
