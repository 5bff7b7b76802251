"""The words a text writes in lower case somewhere, never a name elsewhere in it: found once per document for the
checks that ask (name-variant, exonym)."""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

from audit.caches import per_document

_WORD_START = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")  # a word; those in lower case are kept
_FIRST = itemgetter(0)  # a word's first letter


@per_document
def lower_words(text: str) -> frozenset[str]:
    """The words of the text that start with a lower-case letter, as written. No word spans a space, so each
    distinct stretch between spaces is read once: one of letters alone is a word by itself (most of them), the
    others are matched together. Matching every word of the text took half as long again."""
    stretches = set(text.split())
    plain = set(compress(stretches, map(str.isalpha, stretches)))
    found = list(plain.union(_WORD_START.findall(" ".join(stretches - plain))))
    return frozenset(compress(found, map(str.islower, map(_FIRST, found))))  # tested in C, not a loop of Python


@per_document
def lower_words_folded(text: str) -> frozenset[str]:
    """The same words without case."""
    return frozenset(map(str.casefold, lower_words(text)))
