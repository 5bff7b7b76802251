"""A fast first look at a passage's language: its function words, against those of the other languages with data.

langdetect takes about 9 ms a passage; most passages of a translated article plainly are in the language they
should be in ("the", "of", "was" and no word only French, German or Spanish use), and need no more than this.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

from audit import lexicon

MIN_OWN_WORDS = 3  # at least this many of the language's own function words...
MIN_OWN_SHARE = 0.2  # ...making at least this share of the passage's lower-case words
MAX_FOREIGN_WORDS = 1  # and at most this many function words of any other language that this one lacks
MIN_WORD_ZIPF = 2.0  # a word this frequent in a language's list is one of its words
FOREIGN_MARGIN = 1.0  # Zipf points by which another language uses a function word more, to count against this one


@cache
def _function_words() -> dict[str, frozenset[str]]:
    found = {code: lexicon.get(code) for code in lexicon.available()}
    return {code: data.function_words for code, data in found.items() if data and data.function_words}


@cache
def _foreign(lang: str, other: str) -> frozenset[str]:
    """Function words of `other` that `lang` does not have and uses far less (by FOREIGN_MARGIN, where both have
    word frequencies): evidence against `lang`. Italian "come" and German "man" are English words too."""
    from audit.words.frequencies import languages, zipf

    words = _function_words()
    candidates = words[other] - words[lang]
    if not {lang, other} <= languages():
        return candidates
    return frozenset(w for w in candidates if zipf(w, other) - zipf(w, lang) >= FOREIGN_MARGIN)


@cache
def _any_foreign(lang: str) -> frozenset[str]:
    """The function words of every other language that count against `lang` (see _foreign)."""
    return frozenset().union(*(_foreign(lang, other) for other in _function_words() if other != lang))


@cache
def _all_function_words() -> frozenset[str]:
    """Every language's function words: all that leaning counts."""
    return frozenset().union(*_function_words().values())


@cache
def name_particles(lang: str) -> frozenset[str]:
    """The words that may stand inside a name in a text in `lang` (see language.name_free_prose): every language's
    function words ("Parti de la Banlieue", "La Belle et la Bête") and `lang`'s name particles ("bin", "ibn")."""
    return _all_function_words() | lexicon.of(lang).name_particles


def plainly_in(prose: str, lang: str, foreign_share: float = 0.0) -> bool:
    """Whether lower-case prose (see language.prose) is unmistakably in `lang`: many of its function words and
    almost none that only another language with data uses (at most one, or `foreign_share` of a long text's words:
    an article quotes a French "de" or "la" and uses English words that are Italian function words, "come",
    "state"); False when it cannot tell."""
    languages = _function_words()
    if lang not in languages:
        return False
    words = _words(prose)
    size = len(words)
    own = sum(map(languages[lang].__contains__, words))
    if own < MIN_OWN_WORDS or own < MIN_OWN_SHARE * size:
        return False
    present = _any_foreign(lang).intersection(words)
    if not present:
        return True  # no other language's word at all (most passages): each language need not be counted
    counts = _counted(words, present)
    foreign = max((_occurrences(counts, _foreign(lang, other)) for other in languages if other != lang), default=0)
    return foreign <= max(MAX_FOREIGN_WORDS, foreign_share * size)


def worded_in(prose: str, lang: str) -> bool:
    """Whether every word of lower-case prose is a word of `lang` (Zipf MIN_WORD_ZIPF or more in its list) that no
    other language with a list uses far more (FOREIGN_MARGIN): a short headline without function words ("tobacco
    vaccines failed because they contained antibodies"), plainly English, that langdetect need not be asked about.
    False when `lang` has no word list."""
    from audit.words.frequencies import languages, rival

    if lang not in languages():
        return False
    for word in dict.fromkeys(_words(prose)):
        own, _, most = rival(word, lang)  # the other language that uses the word most, and how much
        if own < MIN_WORD_ZIPF or most - own >= FOREIGN_MARGIN:
            return False
    return bool(prose.strip())


def carried_by(prose: str, lang: str, other: str) -> bool:
    """Whether lower-case prose leans on `lang` rather than `other`: some function word of `lang` and none that
    only `other` uses (when there are data for it). A short English sentence langdetect takes for Norwegian
    ("had undergone liver transplant last") is carried by its English "had"."""
    languages = _function_words()
    if lang not in languages:
        return False
    words = _words(prose)
    against = _foreign(lang, other) if other in languages else frozenset()
    return not languages[lang].isdisjoint(words) and against.isdisjoint(words)


def carried(prose: str, lang: str) -> bool:
    """Whether lower-case prose leans on `lang` against any other language (carried_by holds whatever the other):
    some function word of `lang`, and none that counts against it. A passage langdetect could only take for
    another language its own words carry is not asked of langdetect."""
    own, against = function_words(prose, lang)
    return own and not against


def function_words(prose: str, lang: str) -> tuple[bool, bool]:
    """Whether lower-case prose holds a function word of `lang`, and one that counts against it (see carried);
    both False when `lang` has no data. The answers for passages one after another are those for the passages
    read together (the prose's words are each passage's in turn): a paragraph is carried if its sentences are."""
    languages = _function_words()
    if lang not in languages:
        return False, False
    words = _words(prose)
    return not languages[lang].isdisjoint(words), not _any_foreign(lang).isdisjoint(words)


def plainly_another(prose: str, lang: str) -> bool:
    """Whether lower-case prose is plainly in a language with data other than `lang`, and not carried by `lang`'s
    own function words: an English sentence left in a German text ("as long as Israeli troops remain"), whose
    names are that sentence's, not the target's to respell."""
    other = leaning(prose)
    return other is not None and other != lang and plainly_in(prose, other) and not carried(prose, lang)


def leaning(prose: str) -> str | None:
    """The one language with data whose function words the prose holds most of, or None (none, or a tie: Dutch
    and English share "had")."""
    counts = _counted(_words(prose), _all_function_words())
    ranked = sorted(((_occurrences(counts, own), code) for code, own in _function_words().items()), reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


@lru_cache(maxsize=16)
def _words(prose: str) -> tuple[str, ...]:
    """The prose's words, case folded, read once for the questions a passage is asked in turn: most passages are
    told by counting their words in two sets, which needs no count of each word (see _counted)."""
    return tuple(prose.casefold().split())


def _counted(words: tuple[str, ...], listed: frozenset[str]) -> Counter[str]:
    """How many times each of the words that are `listed` is met: the few a question counts, not every word (a
    long text has thousands of distinct words, each of which every language's count would look up)."""
    return Counter(filter(listed.__contains__, words))


def _occurrences(counts: Counter[str], listed: frozenset[str]) -> int:
    """How many of the counted words are listed: the words met once each, not every word against every list."""
    return sum(counts[w] for w in listed.intersection(counts))
