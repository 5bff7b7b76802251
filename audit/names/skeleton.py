"""One name spelled two ways, whatever the name: the key that folds away what romanization conventions change.

French, German, Spanish, Polish and Dutch write the sounds of Arabic, Persian, Russian or Chinese names with
their own letters (Bachar / Bashar, Chamenei / Khamenei, Younès / Younis, Kobakhidzé / Kobakhidze, Netanyahou /
Netanyahu). `sounds` maps each such set of letters to one symbol and drops accents, doubled letters, hyphens and
an Arabic article; `key` keeps of that the first letter, the inner consonants and the ending, to find candidates.
Two spellings are one name when their sounds are the same, or differ by one vowel, as Arabic names vary, where
one of them shows another language's marks (Younès / Younis). Names shorter than MIN_LETTERS are never grouped
("Ali" / "Alia").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from audit.names.folding import fold

MIN_LETTERS = 5
MIN_VOWEL_CHANGE_LETTERS = 5
_VOWEL_SWAPS = {frozenset(pair) for pair in ("ei", "ae", "au", "ou")}  # the vowels romanizations of Arabic vary
# Ordered: longest spellings first. Each maps the letters conventions use for one sound to one symbol.
_CLASSES = (
    ("tsch", "X"), ("tch", "X"), ("tsh", "X"), ("sch", "X"), ("dzh", "J"), ("dsch", "J"), ("dj", "J"),
    ("kh", "X"), ("ch", "X"), ("sh", "X"), ("zh", "J"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"),
    ("ck", "k"), ("qu", "k"), ("q", "k"), ("c", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("x", "ks"),
    ("sz", "X"), ("cz", "X"), ("rz", "J"), ("ou", "u"), ("oe", "u"), ("ee", "i"), ("ie", "i"),
)  # fmt: skip
# Letters whose marks carry the sound (Czech, Polish, Turkish), spelled out before the marks are folded away.
_MARKED = str.maketrans(
    {"š": "sh", "č": "ch", "ž": "zh", "ś": "sh", "ć": "ch", "ź": "zh", "ż": "zh", "ç": "s", "ş": "sh"}
)
_OU_BEFORE_VOWEL = re.compile(r"ou(?=[aeiy])")
_CLASS = re.compile("|".join(re.escape(letters) for letters, _ in _CLASSES))
_SYMBOL = dict(_CLASSES)
_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|er|es)[- ]")
_SILENT_H = re.compile(r"(?<=[bdfgkmnprstvzXJ])h")
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = set("aeiou")
_FOREIGN_MARK = re.compile(r"[^\x00-\x7f]|ou|dj|tch|sch")  # a letter English does not use, or French/German groups


@lru_cache(maxsize=65536)
def sounds(name: str) -> str:
    """The name with each convention's letters for one sound made one symbol, accents and doubles gone."""
    text = _ARTICLE.sub("", fold(name.casefold().translate(_MARKED))).replace("-", "").replace(" ", "")
    text = _OU_BEFORE_VOWEL.sub("w", text)  # French "Anouar", "Sinouar": the w of Anwar, Sinwar
    text = _SILENT_H.sub("", _CLASS.sub(lambda match: _SYMBOL[match.group()], text))
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=65536)
def key(name: str) -> str | None:
    """The first letter, inner consonants and ending of the name's sounds: spellings of one name share it; None
    for a name too short to tell."""
    if sum(ch.isalpha() for ch in fold(name)) < MIN_LETTERS:
        return None
    text = sounds(name)
    inner = "".join(ch for ch in text[1:-1] if ch not in _VOWELS)
    return text[0] + inner + (text[-1] if text[-1] in _VOWELS else "-" + text[-1])


def same_name(a: str, b: str, vowel: bool = True) -> bool:
    """Two spellings of one name: the same sounds, or (when `vowel`) one vowel apart where one is marked."""
    if key(a) is None or key(a) != key(b):
        return False
    x, y = sounds(a), sounds(b)
    if x == y:
        return True
    opcodes = SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
    changes = [frozenset((x[i1:i2], y[j1:j2])) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]
    marked = any(_FOREIGN_MARK.search(name.casefold()) for name in (a, b))  # Younès: another language's marks
    return (
        vowel
        and marked
        and len(changes) == 1
        and min(len(x), len(y)) >= MIN_VOWEL_CHANGE_LETTERS
        and changes[0] in _VOWEL_SWAPS
    )
