"""How other languages romanize Ukrainian and Russian: the tables of audit/data/cyrillic_romanization.toml, applied.

`romanize(cyrillic, lang, convention)` gives the spellings a convention produces for a Cyrillic name (a few
alternatives where practice varies, e.g. French й as "ï" or "i"). What each language writes is data, one table
per convention (plain letters, contextual rules, endings); this module only reads it and spells by it. These
spellings generate the variant index; the reverse direction (foreign spelling back to Cyrillic) is in
`audit.names.signals`.
"""

from __future__ import annotations

import itertools
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from audit import unpacked

DATA = Path(__file__).resolve().parents[1] / "data" / "cyrillic_romanization.toml"
MAX_SPELLINGS = 24
LANGS = ("uk", "ru")
_CONVENTION_KEYS = {"label", "source_language", "rules", "endings", "letters"}
_RULE_KEYS = {"letter", "spell", "lang", "previous", "next"}
_EDGES = {"previous": "start", "next": "end"}  # the word's edge on each side, matched as the empty letter

Spellings = tuple[str, ...]


class TableError(ValueError):
    """The romanization data says something outside the vocabulary this module reads."""


class Rule(NamedTuple):
    """Spellings of a letter where the name's language and the letter's neighbours match (None: any)."""

    spellings: Spellings
    lang: str | None = None
    previous: frozenset[str] | None = None  # "" is the word start
    following: frozenset[str] | None = None  # "" is the word end

    def matches(self, previous: str, following: str, lang: str) -> bool:
        return (
            (self.lang is None or self.lang == lang)
            and (self.previous is None or previous in self.previous)
            and (self.following is None or following in self.following)
        )


class Convention(NamedTuple):
    """One convention's table, compiled."""

    label: str
    source_language: str | None
    letters: dict[str, Spellings]
    rules: dict[str, tuple[Rule, ...]]  # by letter, in the order written
    endings: dict[str, tuple[tuple[str, Spellings], ...]]  # by the name's language, in the order written

    def spell(self, letter: str, previous: str, following: str, lang: str) -> Spellings:
        """The first matching rule's spellings, else the plain table's, else the letter as it is."""
        for rule in self.rules.get(letter, ()):
            if rule.matches(previous, following, lang):
                return rule.spellings
        return self.letters.get(letter, (letter,))


def load(path: Path = DATA) -> dict[str, Convention]:
    """Every convention of the data file, checked: a key or class it does not know is refused, not ignored."""
    return _conventions(tomllib.loads(path.read_text("utf-8")), path.name)


def _conventions(data: dict[str, Any], file_name: str) -> dict[str, Convention]:
    classes = data.get("classes", {})
    return {
        name: _convention(table, classes, f"{file_name}: conventions.{name}")
        for name, table in data.get("conventions", {}).items()
    }


def _convention(table: dict[str, Any], classes: dict[str, Any], where: str) -> Convention:
    _known_keys(table, _CONVENTION_KEYS, where)
    if "label" not in table or "letters" not in table:
        raise TableError(f"{where}: a convention needs a label and letters")
    endings = table.get("endings", {})
    _known_keys(endings, set(LANGS), f"{where}.endings")
    rules: dict[str, list[Rule]] = {}
    for number, entry in enumerate(table.get("rules", []), 1):
        rule = _rule(entry, classes, f"{where} rule {number}")
        for letter in entry["letter"]:
            rules.setdefault(letter, []).append(rule)
    return Convention(
        label=table["label"],
        source_language=table.get("source_language"),
        letters={letter: _spellings(value, f"{where}.letters") for letter, value in table["letters"].items()},
        rules={letter: tuple(found) for letter, found in rules.items()},
        endings={
            lang: tuple((suffix, _spellings(v, f"{where}.endings")) for suffix, v in endings.get(lang, {}).items())
            for lang in LANGS
        },
    )


def _rule(entry: dict[str, Any], classes: dict[str, Any], where: str) -> Rule:
    _known_keys(entry, _RULE_KEYS, where)
    if not entry.get("letter") or "spell" not in entry:
        raise TableError(f"{where}: a rule needs a letter and what to spell")
    if entry.get("lang", LANGS[0]) not in LANGS:
        raise TableError(f"{where}: lang must be one of {', '.join(LANGS)}, not {entry['lang']!r}")
    contexts = {key: _context(entry[key], key, classes, where) if key in entry else None for key in _EDGES}
    return Rule(_spellings(entry["spell"], where), entry.get("lang"), contexts["previous"], contexts["next"])


def _context(value: str | list[str], key: str, classes: dict[str, Any], where: str) -> frozenset[str]:
    """The letters a `previous` or `next` value names: letters, classes, and the word's edge ("" when met)."""
    letters: set[str] = set()
    for item in [value] if isinstance(value, str) else value:
        if item in _EDGES.values():
            if item != _EDGES[key]:
                raise TableError(f"{where}: {key} cannot be {item!r}")
            letters.add("")
        elif item.isascii() and item.isalpha():
            if item not in classes:
                raise TableError(f"{where}: unknown class {item!r} in {key} (classes: {', '.join(classes)})")
            letters |= _context(classes[item], key, classes, f"{where} (class {item})")
        else:
            letters.update(item)
    return frozenset(letters)


def _spellings(value: str | list[str], where: str) -> Spellings:
    spellings = (value,) if isinstance(value, str) else tuple(value) if isinstance(value, list) else ()
    if not spellings or not all(isinstance(spelling, str) for spelling in spellings):
        raise TableError(f"{where}: spellings must be a string or a list of strings, not {value!r}")
    return spellings


def _known_keys(table: dict[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise TableError(f"{where}: unknown key {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})")


# The shipped tables, their parsing kept in the cache folder for every run; their names and labels read at once,
# the tables compiled when a name is first romanized (a run's text never is: the gazetteer is built with them).
_SHIPPED = unpacked.read(DATA, unpacked.toml)["conventions"]
CONVENTIONS = tuple(_SHIPPED)
LABELS = {name: table["label"] for name, table in _SHIPPED.items()}
SOURCE_LANGUAGE = {name: table["source_language"] for name, table in _SHIPPED.items() if table.get("source_language")}


@cache
def _tables() -> dict[str, Convention]:
    return _conventions(unpacked.read(DATA, unpacked.toml), DATA.name)


def romanize(cyrillic: str, lang: str, convention: str) -> list[str]:
    """The spellings `convention` gives the Cyrillic name (words and hyphenated parts romanized one by one)."""
    words = [_romanize_word(word, lang, _tables()[convention]) for word in _split(cyrillic)]
    return ["".join(combination) for combination in itertools.islice(itertools.product(*words), MAX_SPELLINGS)]


def _split(text: str) -> list[str]:
    """Words and the separators between them, separators kept as one-spelling parts."""
    parts, current = [], ""
    for ch in text:
        if ch in " -":
            if current:
                parts.append(current)
            parts.append(ch)
            current = ""
        else:
            current += ch
    if current:
        parts.append(current)
    return parts


def _romanize_word(word: str, lang: str, convention: Convention) -> list[str]:
    if word in (" ", "-"):
        return [word]
    full = lower = word.lower()
    ending: Spellings = ("",)
    for suffix, spellings in convention.endings[lang]:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            lower, ending = lower[: -len(suffix)], spellings
            break
    options: list[Spellings] = []
    for index, ch in enumerate(lower):
        previous = lower[index - 1] if index else ""
        following = full[index + 1] if index + 1 < len(full) else ""  # the letter after, even inside the ending
        options.append(convention.spell(ch, previous, following, lang))
    options.append(ending)
    spellings = ["".join(combination) for combination in itertools.islice(itertools.product(*options), MAX_SPELLINGS)]
    return [_capitalise(spelling) if word[:1].isupper() else spelling for spelling in spellings]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
