"""Names of syllables written with a hyphen in one place and apart in another (Kim Jong-un / Kim Jong Un, Moon Jae-in
/ Moon Jae In, Mao Tse-tung / Mao Tse Tung): Korean and Chinese given names, which house styles join differently
and machine translation copies from each source as it was written. The skeleton of a single word cannot link them:
one spelling is one word, the other two."""

from __future__ import annotations

import re
from collections.abc import Iterator

# a capitalised syllable, a hyphen and a syllable in lower case (Jong-un); a syllable is at most six letters. What
# stands before is told apart from a match (_JOINED), as a pattern opening with a look-behind is searched 4x slower.
_HYPHENED = re.compile(r"([A-Z][a-z]{1,5})-([a-z]{1,6})(?![\w-])")
# any spelling of such a name: the syllables joined by a hyphen or apart, the second capitalised or not; matched
# without consuming, so that "Kim Jong Un" is read at "Jong" too
_WRITTEN = re.compile(r"([A-Z][a-z]{1,5})(?=(-[A-Za-z][a-z]{0,5}| [A-Z][a-z]{0,5})(?![\w-]))")
_JOINED = frozenset("'’-")  # before a syllable: it is inside a longer word (Anti-war-movement)


def spellings(text: str) -> list[list[tuple[int, int, str]]]:
    """For each name of syllables the text writes with a hyphen and also otherwise (Jong-un and Jong Un or Jong-Un),
    every place it is written, as (start, end, text) in order of the text; names written one way only left out.
    Two scans of the text whatever the number of names (a scan for each name was quadratic in hostile text)."""
    if "-" not in text:
        return []
    names = {m.groups() for m in _HYPHENED.finditer(text) if not _inside_a_word(text, m.start())}
    if not names:
        return []
    places: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for match in _WRITTEN.finditer(text):
        start, rest = match.start(), match.group(2)
        name = (match.group(1), rest[1:].lower())
        if name in names and not _inside_a_word(text, start) and (rest[0] == "-" or rest[1].isupper()):
            end = match.end() + len(rest)
            places.setdefault(name, []).append((start, end, text[start:end]))
    return [found for found in places.values() if len({written for _, _, written in found}) > 1]


def _inside_a_word(text: str, start: int) -> bool:
    before = text[start - 1 : start]
    return bool(before) and (before.isalnum() or before == "_" or before in _JOINED)


# two capitalised words joined by a hyphen (Díaz-Canel, Jean-Pierre, Saint-Denis), not inside a longer hyphened word
_NAME_GOES_ON = re.compile(r" [^\W\d_a-z]")  # a capitalised word after: the name goes on
_DOUBLE = re.compile(r"(?<![\w'’-])([^\W\d_a-z][^\W\d_]+)-([^\W\d_a-z][^\W\d_]+)(?![\w'’-])")


def double_names(text: str) -> list[list[tuple[int, int, str]]]:
    """For each name of two capitalised words the text writes with a hyphen and also apart (Díaz-Canel / Díaz
    Canel), every place it is written, in order of the text: one scan for the hyphened names, one for each of the
    few found."""
    if "-" not in text:
        return []
    found = []
    hyphened = (  # the stretches between spaces that hold a hyphen, matched alone: few words hold one
        found
        for start, end in hyphened_stretches(text)
        for found in _DOUBLE.finditer(text, start, end)
        if not _NAME_GOES_ON.match(text, found.end())
    )
    for first, second in dict.fromkeys(m.groups() for m in hyphened):  # a surname: Jean-Pierre Raffarin's is a
        # given name, and Jean Pierre another person's
        places = sorted(place for joiner in "- " for place in _written(text, f"{first}{joiner}{second}"))
        if len({written for _, _, written in places}) > 1:
            found.append(places)
    return found


def _written(text: str, name: str) -> list[tuple[int, int, str]]:
    """Where the text writes the name as a word of its own (str.find, not a pattern compiled for each name)."""
    places, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _inside_a_word(text, at) and not (text[end : end + 1].isalnum() or text[end : end + 1] in _JOINED):
            places.append((at, end, name))
        at = text.find(name, end)
    return places


def hyphened_stretches(text: str) -> Iterator[tuple[int, int]]:
    """The stretches between spaces that hold a hyphen, found from each hyphen (str.find, in C): a name joined by
    hyphens lies inside one (it holds no white space), and a scan of them alone finds what a scan of the text
    finds, where most capitalised words, read to their end for a hyphen, hold none (the scan of every one was a
    tenth of the exonym check)."""
    at = text.find("-")
    while at >= 0:
        end = text.find(" ", at)
        end = len(text) if end < 0 else end
        yield text.rfind(" ", 0, at) + 1, end
        at = text.find("-", end)
