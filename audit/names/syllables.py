"""Names of syllables written with a hyphen in one place and apart in another (Kim Jong-un / Kim Jong Un, Moon Jae-in
/ Moon Jae In, Mao Tse-tung / Mao Tse Tung): Korean and Chinese given names, which house styles join differently
and machine translation copies from each source as it was written. The skeleton of a single word cannot link them:
one spelling is one word, the other two."""

from __future__ import annotations

import re

# a capitalised syllable, a hyphen and a syllable in lower case, not inside a longer hyphened word (Jong-un, not
# Anti-war-movement); a syllable is at most six letters
_HYPHENED = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,5})-([a-z]{1,6})(?![\w-])")


def spellings(text: str) -> list[list[tuple[int, int, str]]]:
    """For each name of syllables the text writes with a hyphen and also otherwise (Jong-un and Jong Un or Jong-Un),
    every place it is written, as (start, end, text) in order of the text; names written one way only left out."""
    if "-" not in text:
        return []
    found = []
    for first, second in dict.fromkeys(match.groups() for match in _HYPHENED.finditer(text)):
        ways = re.compile(rf"(?<![\w'’-]){first}(?:-{second}|-{second.capitalize()}| {second.capitalize()})(?![\w-])")
        places = [(m.start(), m.end(), m.group()) for m in ways.finditer(text)]
        if len({written for _, _, written in places}) > 1:
            found.append(places)
    return found
