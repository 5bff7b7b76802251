"""The script each letter is written in, and the stretches of a text in scripts its language does not use.

Which scripts and letters a language uses, and how a script is told from a letter's Unicode name, are data
(audit/data/words/scripts.toml).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any, NamedTuple

from audit import unpacked
from audit.words.frequencies import DATA

_WIDTHS = ("HALFWIDTH ", "FULLWIDTH ")
_WORDS = re.compile(r"[^\W\d_]+")
_MAX_GAP = 3  # spaces and punctuation between two foreign letters that keep them in one run ("外交 部")
_ASCII = bytes(range(0x80))
_ASCII_LETTERS = [chr(code) for code in range(0x80) if chr(code).isalpha()]


class ScriptRun(NamedTuple):
    """text[start:end], written in scripts the target language does not use."""

    start: int
    end: int
    scripts: frozenset[str]

    @property
    def name(self) -> str:
        """How a message names the run's writing: Japanese when it holds kana, else its first script's name."""
        names = _data()["names"]
        if self.scripts & {"Hiragana", "Katakana"}:
            return names["Hiragana"]
        script = min(self.scripts)
        return names.get(script, f"{script} script")


@cache
def _data() -> dict[str, Any]:
    return unpacked.read(DATA / "scripts.toml", unpacked.toml)


@cache
def _by_first_word() -> dict[str, str]:
    return {word: script for script, words in _data()["scripts"].items() for word in words}


@lru_cache(maxsize=8192)
def script_of(char: str) -> str | None:
    """The script of a letter or combining mark, from its Unicode name; None for anything else (digits,
    punctuation, symbols, spaces) and for letters of scripts the data does not name."""
    if unicodedata.category(char)[0] not in "LM":
        return None
    name = unicodedata.name(char, "")
    for width in _WIDTHS:
        name = name.removeprefix(width)
    return _by_first_word().get(name.split(" ", 1)[0])


def scripts_of(lang: str | None) -> frozenset[str] | None:
    """The scripts a language is written in; None when the data does not say."""
    scripts = _data()["languages"].get(lang or "")
    return frozenset(scripts) if scripts else None


def _a_name(text: str, start: int, end: int, scripts: set[str]) -> bool:
    """Words of a script whose names are kept as written, none of them in lower case: names, brands, acronyms."""
    if not scripts <= set(_data()["kept_names"]):
        return False
    return not any(word.islower() and len(word) > 2 for word in _WORDS.findall(text, start, end))


def letters_of(lang: str) -> frozenset[str] | None:
    """The letters a language's words are spelled with; None when the data does not say."""
    letters = _data()["letters"].get(lang)
    return frozenset(letters) if letters else None


def own_names_letters(text: str) -> frozenset[str]:
    """The letters of the languages of [own_names] whose own letters (no other language of [letters] uses them)
    the text writes: the names spelled with them alone are that language's own ("Lâm" beside "Hải Phòng")."""
    found: set[str] = set()
    for lang, exclusive in _own_names_exclusive().items():
        if not exclusive.isdisjoint(text.casefold()):
            found |= letters_of(lang) or frozenset()
    return frozenset(found)


@cache
def _own_names_exclusive() -> dict[str, frozenset[str]]:
    """Each [own_names] language's letters that no other language of [letters] uses."""
    letters = _data()["letters"]
    return {
        lang: frozenset(letters[lang]).difference(*(set(v) for other, v in letters.items() if other != lang))
        for lang in _data().get("own_names", {}).get("languages", ())
    }


def any_foreign(text: str, lang: str) -> bool:
    """Whether the text holds a letter of a script `lang` does not use: else no stretch of it has a run (see
    foreign_runs), which its distinct characters tell at once."""
    own = scripts_of(lang) or frozenset()
    return any((script := script_of(char)) is not None and script not in own for char in _in_scripts(text))


_SHORT = 1500  # characters: at about this length set() and the letters' search each take some 18 µs


def _in_scripts(text: str) -> set[str]:
    """The text's distinct characters that may be in a script: those beyond ASCII and its ASCII letters (ASCII's
    other characters are in none). The bytes beyond ASCII are kept by bytes.translate and each letter is looked
    for in C: set(text) hashed each of a long document's characters. A short text's own set is cheaper than
    looking for 52 letters, some 18 µs whatever the length (its other ASCII characters are in no script)."""
    if len(text) <= _SHORT:
        return set(text)
    encoded = text.encode("utf-8", "surrogatepass")
    beyond = encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    return set(beyond).union(letter for letter in _ASCII_LETTERS if letter.encode() in encoded)


def foreign_runs(text: str, start: int, end: int, lang: str) -> list[ScriptRun]:
    """The runs of text[start:end] written in scripts `lang` does not use: letters of such scripts, with the
    marks, spaces and punctuation between them (at most _MAX_GAP characters); a lone letter of a script whose
    letters are symbols (Greek: α, β, μ, Ω) is not a run, nor names in a script whose names are kept as written
    (Latin: "Apple", "NATO", "iPhone" in Russian)."""
    own = scripts_of(lang) or frozenset()
    if not any_foreign(text[start:end], lang):
        return []  # no letter of another script opens a run: most sentences, told from their distinct characters
    symbols = frozenset(_data()["symbols"])
    runs: list[ScriptRun] = []
    run_start = last = -1
    scripts: set[str] = set()
    letters = 0

    def close() -> None:
        if (
            run_start >= 0
            and not (letters == 1 and scripts <= symbols)
            and not _a_name(text, run_start, last + 1, scripts)
        ):
            runs.append(ScriptRun(run_start, last + 1, frozenset(scripts)))

    for index in range(start, end):
        char = text[index]
        script = script_of(char)
        if script is None:
            if run_start >= 0 and unicodedata.category(char)[0] == "M":
                last = index  # a combining mark the data does not name stays with its letter
            continue
        if script in own:
            close()
            run_start, scripts, letters = -1, set(), 0
            continue
        if run_start >= 0 and index - last - 1 > _MAX_GAP:
            close()
            run_start, scripts, letters = -1, set(), 0
        if run_start < 0:
            run_start = index
        scripts.add(script)
        letters += unicodedata.category(char)[0] == "L"
        last = index
    close()
    return runs
