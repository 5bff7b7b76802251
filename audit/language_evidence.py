"""A fast first look at a passage's language: function words that only one of the languages with data uses.

langdetect takes about 9 ms a passage; most passages of a translated article plainly are in the language they
should be in ("the", "of", "was" and no word only French, German or Spanish use), and need no more than this.
"""

from __future__ import annotations

from functools import cache

from audit import lexicon

MIN_OWN_WORDS = 3  # at least this many of the language's own function words...
MIN_OWN_SHARE = 0.2  # ...making at least this share of the passage's lower-case words
MAX_FOREIGN_WORDS = 1  # and at most this many of any other language's own function words


@cache
def _function_words() -> dict[str, frozenset[str]]:
    found = {code: lexicon.get(code) for code in lexicon.available()}
    return {code: data.function_words for code, data in found.items() if data and data.function_words}


@cache
def _own(lang: str) -> frozenset[str]:
    """The language's function words that none of the other languages with data has."""
    words = _function_words()
    others = set().union(*(own for other, own in words.items() if other != lang))
    return words[lang] - others


def plainly_in(prose: str, lang: str) -> bool:
    """Whether lower-case prose (see language.prose) is unmistakably in `lang`; False when it cannot tell."""
    languages = _function_words()
    if lang not in languages:
        return False
    words = prose.casefold().split()
    own = sum(1 for w in words if w in _own(lang))
    foreign = max((sum(1 for w in words if w in _own(other)) for other in languages if other != lang), default=0)
    return own >= MIN_OWN_WORDS and own >= MIN_OWN_SHARE * len(words) and foreign <= MAX_FOREIGN_WORDS
