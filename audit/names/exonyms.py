"""The exonym table: a place as another language writes it, and the target language's own name for it.

Built by scripts/build_exonyms.py from CLDR (through Babel), Natural Earth and a hand-curated list
(corpora/names/world/); compiled to audit/data/exonyms.json.gz and read once per process.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from audit.duplication.tokens import tokens

DATA = Path(__file__).resolve().parents[1] / "data" / "exonyms.json.gz"
MAX_WORDS = 6
PEOPLE = "people"  # the source of people_hand.tsv's rows  # the longest name looked up ("mar de la China Meridional")


@dataclass(frozen=True)
class Exonym:
    """A span of the text that is another language's name of a place."""

    start: int
    end: int
    text: str
    standard: str  # the target language's name
    languages: tuple[str, ...]  # the languages that write the place so
    source: str  # cldr-territory, cldr-city, naturalearth, hand


@cache
def _data() -> dict:
    return json.loads(gzip.decompress(DATA.read_bytes()))


@cache
def table() -> dict[str, dict[str, tuple[str, tuple[str, ...], str]]]:
    """target -> {foreign spelling: (standard, languages, source)}."""
    rows = _data()["names"]
    return {target: {k: (v[0], tuple(v[1]), v[2]) for k, v in names.items()} for target, names in rows.items()}


@cache
def phrases(target: str) -> tuple[str, ...]:
    """Phrases of the target that begin with a foreign name but are the target's own ("Peking duck")."""
    return tuple(_data()["phrases"].get(target, ()))


@cache
def _first_words(target: str) -> frozenset[str]:
    """The words the table's names start with, as the text's tokens read them."""
    return frozenset(tokens(name)[0].text for name in table().get(target, {}) if tokens(name))


def find(text: str, target: str) -> list[Exonym]:
    """Foreign names of places in the text, longest first; never one inside a longer name."""
    from audit import lexicon

    names = table().get(target, {})
    openers = _first_words(target)
    lang = lexicon.of(target)
    words = tokens(text)
    found: list[Exonym] = []
    index = 0
    while index < len(words):
        if words[index].text not in openers:  # no name of the table starts here
            index += 1
            continue
        match = None
        for length in range(min(MAX_WORDS, len(words) - index), 0, -1):
            start, end = words[index].start, words[index + length - 1].end
            entry = names.get(text[start:end])
            if entry is not None:
                match = (length, start, end, entry)
                break
        if match is None:
            index += 1
            continue
        length, start, end, (standard, languages, source) = match
        after = index + length
        if any(text.startswith(phrase, start) for phrase in phrases(target)):
            index = after
            continue
        if (source == PEOPLE and length == 1) or not _part_of_a_longer_name(text, words, index, after, lang):
            # one word of a person's name has others beside it (Benyamin Netanyahou); a place inside a longer
            # name is that name's (Peking University), and so are several (Khaled Abou Bakr is not Abu Bakr)
            found.append(Exonym(start, end, text[start:end], standard, languages, source))
        index = after
    return found


def _part_of_a_longer_name(text: str, words, first: int, after: int, lang) -> bool:
    """The match goes on with another capitalised word, or a name particle and one ("Peking University",
    "Dominique de Villepin"), or follows one that is no function word, or one and a particle ("Albert Londres",
    "Le Chemin de Damas"): a name of its own."""

    def joined(left: int, right: int) -> bool:
        return text[words[left].end : words[right].start] == " "

    def name(index: int) -> bool:
        return words[index].text[0].isupper() and words[index].key not in lang.function_words

    def particle(index: int) -> bool:
        return words[index].key in lang.name_particles and not words[index].text[0].isupper()

    if after < len(words) and joined(after - 1, after):
        if words[after].text[0].isupper():
            return True
        if particle(after) and after + 1 < len(words) and joined(after, after + 1) and name(after + 1):
            return True
    if first > 0 and joined(first - 1, first):
        if name(first - 1):
            return True
        if particle(first - 1) and first > 1 and joined(first - 2, first - 1) and name(first - 2):
            return True
    return False
