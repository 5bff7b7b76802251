"""Names of syllables written with a hyphen in one place and apart in another (Kim Jong-un / Kim Jong Un, Moon Jae-in
/ Moon Jae In, Mao Tse-tung / Mao Tse Tung): Korean and Chinese given names, which house styles join differently
and machine translation copies from each source as it was written. The skeleton of a single word cannot link them:
one spelling is one word, the other two."""

from __future__ import annotations

import re

# a capitalised syllable, a hyphen and a syllable in lower case (Jong-un); a syllable is at most six letters. What
# stands before is told apart from a match (_JOINED), as a pattern opening with a look-behind is searched 4x slower.
_HYPHENED = re.compile(r"([A-Z][a-z]{1,5})-([a-z]{1,6})(?![\w-])")
_JOINED = frozenset("'’-")  # before a syllable: it is inside a longer word (Anti-war-movement)


def spellings(text: str) -> list[list[tuple[int, int, str]]]:
    """For each name of syllables the text writes with a hyphen and also otherwise (Jong-un and Jong Un or Jong-Un),
    every place it is written, as (start, end, text) in order of the text; names written one way only left out."""
    if "-" not in text:
        return []
    found = []
    hyphened = (m.groups() for m in _HYPHENED.finditer(text) if not _inside_a_word(text, m.start()))
    for first, second in dict.fromkeys(hyphened):
        ways = re.compile(rf"(?<![\w'’-]){first}(?:-{second}|-{second.capitalize()}| {second.capitalize()})(?![\w-])")
        places = [(m.start(), m.end(), m.group()) for m in ways.finditer(text)]
        if len({written for _, _, written in places}) > 1:
            found.append(places)
    return found


def _inside_a_word(text: str, start: int) -> bool:
    before = text[start - 1 : start]
    return bool(before) and (before.isalnum() or before == "_" or before in _JOINED)
