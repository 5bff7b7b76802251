"""pysbd's search for abbreviations, told beforehand which of them can change a line: the same sentences, less
work.

For every abbreviation of its language found anywhere in a line, pysbd runs a case-insensitive regular expression
for it after a space or at the line's start, then, for each match, substitutions that turn the period after it
into a mark of its own; on news text nearly all of this changes nothing ("a" before "about", "no" in "know") and
it was most of pysbd's time. A substitution wants the abbreviation after whitespace (or the line's start) and
before a period, so an abbreviation the lowered line never holds so is left out: nothing changes, provided
lowering and re's IGNORECASE agree on the letters involved, that is, the abbreviation is plain (no regular
expression syntax, lower case), lowering keeps the line's length (no "İ"), and neither holds a letter that re
matches beyond its lower case (re._casefix: ı, ſ, µ, Greek and Cyrillic variants). Otherwise every abbreviation
is searched, as pysbd does. The substitutions only ever replace periods, so the line as first read tells.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pysbd.abbreviation_replacer import AbbreviationReplacer

_WHITESPACE = re.compile(r"\s")
_SEARCHING = ("search_for_abbreviations_in_string", "scan_for_replacements", "replace_period_of_abbr")


@cache
def unsure_letters() -> frozenset[str] | None:
    """Letters re's IGNORECASE matches beyond their lower case (its extra cases), the ASCII ones aside; None on a
    Python whose re keeps them elsewhere, where every abbreviation is searched."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:
        return None

    letters = {chr(code) for key, codes in _EXTRA_CASES.items() for code in (key, *codes)}
    return frozenset(letter for letter in letters if not letter.isascii())


Needles = tuple[tuple[str, str | None], ...]


def needles(abbreviations: list[str]) -> Needles:
    """Each abbreviation with what a line, lowered and its whitespace made spaces, holds where the abbreviation's
    search can change it (" no."), or None for one searched always (not plain)."""
    return tuple((a, f" {a.strip()}." if _plain(a.strip()) else None) for a in abbreviations)


def may_match(table: Needles, line: str) -> list[str]:
    """The abbreviations whose search could change the line, in their order: all of them, less the plain ones the
    lowered line never holds after whitespace (or at its start) and before a period."""
    lowered, unsure = line.lower(), unsure_letters()
    if unsure is None or (not line.isascii() and (len(lowered) != len(line) or not unsure.isdisjoint(line))):
        return [abbreviation for abbreviation, _ in table]
    spaced = " " + _WHITESPACE.sub(" ", lowered)
    return [abbreviation for abbreviation, needle in table if needle is None or needle in spaced]


def _plain(abbreviation: str) -> bool:
    return (
        re.escape(abbreviation) == abbreviation
        and abbreviation == abbreviation.lower()
        and unsure_letters() is not None
        and unsure_letters().isdisjoint(abbreviation)
    )


class _Abbreviations:
    """A language's Abbreviation with some of its ABBREVIATIONS."""

    def __init__(self, abbreviation: Any, kept: list[str]) -> None:
        self._abbreviation, self.ABBREVIATIONS = abbreviation, kept

    def __getattr__(self, name: str) -> Any:
        return getattr(self._abbreviation, name)


class _Language:
    """A language module whose Abbreviation holds some of its ABBREVIATIONS."""

    def __init__(self, language: Any, kept: list[str]) -> None:
        self._language, self.Abbreviation = language, _Abbreviations(language.Abbreviation, kept)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._language, name)


class _Prefiltered:
    """Mixed before a language's AbbreviationReplacer: each line searched for the abbreviations it may hold."""

    NEEDLES: Needles = ()  # the language's, set by prefiltered

    def search_for_abbreviations_in_string(self, text: str) -> str:
        language = self.lang
        self.lang = _Language(language, may_match(self.NEEDLES, text))
        try:
            return super().search_for_abbreviations_in_string(text)
        finally:
            self.lang = language


def prefiltered(language_module: Any) -> Any:
    """The pysbd language module with its abbreviation replacer searching only the abbreviations that can change
    a line; the module itself when its replacer searches or replaces its own way (German, Russian, Arabic...:
    their substitutions do not all want the abbreviation after whitespace and before a period)."""
    replacer = getattr(language_module, "AbbreviationReplacer", AbbreviationReplacer)
    if any(getattr(replacer, name, None) is not getattr(AbbreviationReplacer, name) for name in _SEARCHING):
        return language_module
    table = needles(language_module.Abbreviation.ABBREVIATIONS)
    faster = type(replacer.__name__, (_Prefiltered, replacer), {"NEEDLES": table})
    return type(language_module.__name__, (language_module,), {"AbbreviationReplacer": faster})
