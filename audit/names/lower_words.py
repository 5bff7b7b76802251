"""The words a text writes in lower case somewhere, never a name elsewhere in it: found once per document for the
checks that ask (name-variant, exonym)."""

from __future__ import annotations

import re

from audit.caches import per_document

_WORD_START = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")  # a word; those in lower case are kept


@per_document
def lower_words(text: str) -> frozenset[str]:
    """The words of the text that start with a lower-case letter, as written (each distinct word asked once)."""
    return frozenset(word for word in set(_WORD_START.findall(text)) if word[0].islower())


@per_document
def lower_words_folded(text: str) -> frozenset[str]:
    """The same words without case."""
    return frozenset(word.casefold() for word in lower_words(text))
