"""Korean names romanized two ways in one text (Lee Jae-myung / Lee Jae-myeong, Yoon Suk Yeol / Yun Suk-yeol, Moon
Jae-in / Mun Jae-in): the Revised Romanization, McCune-Reischauer and the spellings people chose write one syllable
with different letters, which the skeleton of a word (audit.names.skeleton) does not join (its vowels differ, and a
family name of three letters has no skeleton). A name is a family name of audit/data/korean_names.toml and a given
name of two syllables, joined by a hyphen or apart; two spellings are one name when their family names are spellings
of one and their syllables read alike (each syllable's first consonant, vowel and last consonant, as the systems
write one sound)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from audit import unpacked
from audit.caches import per_document

_JOINED = "_'’-"
_BREVES = str.maketrans("ŏŭŎŬ", "ouOU")  # McCune-Reischauer's marks (Sŏk-yŏl), read as its plain letters: one each
DATA = Path(__file__).resolve().parent.parent / "data" / "korean_names.toml"
# a capitalised word, then a given name of two syllables: hyphened (Jae-myung, Jae-In) or apart (Suk Yeol)
_SYLLABLE = re.compile(r"(tch|kk|tt|pp|jj|ss|ch|sh|[gkdtbpjsrlhmn]?)(y?[aeiou]{1,3}|w[aeiou]{1,2})(ng|[nmkglrpbtd]?)")


class Place(NamedTuple):
    """Where a name is written, and how."""

    start: int
    end: int
    text: str


@cache
def _name_pattern() -> re.Pattern[str]:
    """A family name of the data, then a given name of two syllables: hyphened (Jae-myung, Jae-In) or apart (Suk
    Yeol); the family names spelled out, so that the engine tries a name only where one of them stands (a generic
    capitalised word first was tried at every capital of a text; the character before, told apart after a match:
    a look-behind first would be tried at every character)."""
    families = "|".join(sorted(_family_groups(), key=len, reverse=True))
    return re.compile(
        rf"({families}) ([A-Z][a-z]{{0,6}})(?:-([A-Za-z][a-z]{{0,6}})| ([A-Z][a-z]{{0,6}}))(?=(?:['’]s)?(?![\w'’-]))"
    )  # a possessive after it is no other word (Yun Sok-yol's lawyers)


@cache
def _data() -> dict:
    return unpacked.read(DATA, unpacked.toml)


@cache
def _family_groups() -> dict[str, frozenset[int]]:
    """Each family name's spelling, with the families it may spell (Yoo: 유 and 류)."""
    groups: dict[str, set[int]] = {}
    for index, (_, *spellings) in enumerate(_data()["family_names"]):
        for spelling in spellings:
            groups.setdefault(spelling, set()).add(index)
    return {spelling: frozenset(found) for spelling, found in groups.items()}


def _syllable_key(syllable: str) -> str | None:
    """The sounds of one syllable as the systems write them alike; None when the letters are no Korean syllable."""
    found = _SYLLABLE.fullmatch(syllable.casefold())
    if found is None:
        return None
    data = _data()
    initial, vowel, final = found.groups()
    sounds = (data["initials"].get(initial), data["vowels"].get(vowel), data["finals"].get(final))
    return None if None in sounds else "".join(sounds)


def _given_key(first: str, second: str) -> str | None:
    keys = (_syllable_key(first), _syllable_key(second))
    return None if None in keys else "-".join(keys)


class Name(NamedTuple):
    """A Korean name written in a text: the families its family name may spell, its given name's sounds, where."""

    families: frozenset[int]
    key: str
    place: Place


@per_document
def names(text: str) -> list[Name]:
    """The Korean names the text writes, in order (read once per document: the feed's comparison asks too)."""
    families = _family_groups()
    found = []
    for match in _name_pattern().finditer(text.translate(_BREVES)):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in _JOINED):
            continue  # inside a longer word (OKim, al-Lee)
        family, first, second = match.group(1), match.group(2), match.group(3) or match.group(4)
        groups = families.get(family)
        key = _given_key(first, second) if groups else None
        if key is not None:
            found.append(Name(groups, key, Place(match.start(), match.end(), text[match.start() : match.end()])))
    return found


def same(names_: list[Name]) -> list[list[int]]:
    """The indexes of `names_` grouped by name: one given name's sounds, a family name of one family."""
    grouped: list[list[int]] = []
    by_key: dict[str, list[int]] = {}
    for index, name in enumerate(names_):
        group = next(
            (g for g in by_key.get(name.key, ()) if any(name.families & names_[i].families for i in grouped[g])), None
        )
        if group is None:
            by_key.setdefault(name.key, []).append(len(grouped))
            grouped.append([index])
        else:
            grouped[group].append(index)
    return grouped


def letters(name: str) -> str:
    """A spelling's letters, without its hyphens, spaces and capitals: two spellings that differ in those alone
    are audit.names.syllables'."""
    return "".join(ch for ch in name.casefold() if ch.isalpha())


def spellings(text: str) -> list[list[Place]]:
    """For each Korean name the text writes in two ways or more (letters, not a hyphen or capital alone: those are
    audit.names.syllables'), every place it is written, in order of the text."""
    found = names(text)
    if len(found) < 2:
        return []
    return [
        [found[i].place for i in group]
        for group in same(found)
        if len({letters(found[i].place.text) for i in group}) > 1
    ]
