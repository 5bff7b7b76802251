"""Whether a stretch of a text is in another language than the text's own: a French headline quoted in English
keeps its « », a Spanish question its ¿ and its French-less spacing."""

from __future__ import annotations

import re

AT_HOME = 0.5  # below this share of words at home in the target, a stretch is another language's
MIN_WORDS = 2  # one word tells no language
_OPENERS = re.compile(r"[“„«‹\"¿¡]|[.!?;:](?=\s)")


def foreign(text: str, start: int, end: int, lang: str) -> bool:
    """Most of the words of text[start:end], two at least, lean to another language than `lang` (judged by the
    word lists of untranslated-word; never for a language without one)."""
    from audit.words import frequencies
    from audit.words.runs import at_home
    from audit.words.tokens import words

    if lang not in frequencies.languages() or len(words(text, start, end)) < MIN_WORDS:
        return False
    return at_home(text, start, end, lang) < AT_HOME


def clause_before(text: str, start: int, position: int) -> int:
    """Where the clause or quotation that ends at `position` begins (after the last opening mark or mark that
    ends a clause), not before `start`."""
    found = [m.end() for m in _OPENERS.finditer(text, start, position)]
    return found[-1] if found else start
