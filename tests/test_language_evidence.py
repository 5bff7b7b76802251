"""The function-word evidence counts only the words a question needs, with the answers of counting every word."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from audit import language_evidence as evidence


def _vocabulary() -> list[str]:
    """Every language's function words (some capitalised or spelled with a capital ß, as prose may be), and words
    of none."""
    words = sorted(evidence._all_function_words())
    return words + [word.upper() for word in words[::7]] + ["talks", "capital", "ß", "Straße", "iPhone", "x"]


LANGUAGES = st.sampled_from([*sorted(evidence._function_words()), "xx"])


@st.composite
def passages(draw) -> tuple[str, str]:
    """A language and prose mostly of its function words, some of other languages' and of none."""
    lang = draw(LANGUAGES)
    own = sorted(evidence._function_words().get(lang, ())) or ["x"]
    words = st.one_of(st.sampled_from(own), st.sampled_from(own), st.sampled_from(_vocabulary()))
    return lang, " ".join(draw(st.lists(words, max_size=40)))


def _old_counted(prose: str) -> Counter[str]:
    return Counter(prose.casefold().split())


def _old_occurrences(counts: Counter[str], listed: frozenset[str]) -> int:
    return sum(counts[w] for w in listed.intersection(counts))


def _old_plainly_in(prose: str, lang: str, foreign_share: float) -> bool:
    """plainly_in as it was, each language counted over every distinct word."""
    languages = evidence._function_words()
    if lang not in languages:
        return False
    words = prose.casefold().split()
    size = len(words)
    own = sum(map(languages[lang].__contains__, words))
    if own < evidence.MIN_OWN_WORDS or own < evidence.MIN_OWN_SHARE * size:
        return False
    if evidence._any_foreign(lang).isdisjoint(words):
        return True
    counts = _old_counted(prose)
    others = (evidence._foreign(lang, other) for other in languages if other != lang)
    foreign = max((_old_occurrences(counts, listed) for listed in others), default=0)
    return foreign <= max(evidence.MAX_FOREIGN_WORDS, foreign_share * size)


def _old_leaning(prose: str) -> str | None:
    counts = _old_counted(prose)
    languages = evidence._function_words().items()
    ranked = sorted(((_old_occurrences(counts, own), code) for code, own in languages), reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


@settings(max_examples=500, deadline=None)
@given(passages(), st.sampled_from([0.0, 0.02, 0.2]))
def test_plainly_in_and_leaning_count_as_every_word_counted(passage, share):
    lang, prose = passage
    assert evidence.plainly_in(prose, lang, share) == _old_plainly_in(prose, lang, share)
    assert evidence.leaning(prose) == _old_leaning(prose)


def test_no_letter_case_folds_to_a_space():
    """A passage's words case folded are its prose's words case folded one by one (str.split finds no other):
    what lets a paragraph's function words be told by its sentences'."""
    letters = filter(str.isalnum, map(chr, range(0x110000)))  # every character of a word, and digits
    assert not [letter for letter in letters if any(char.isspace() for char in letter.casefold())]


@settings(max_examples=300, deadline=None)
@given(st.lists(passages(), max_size=5), LANGUAGES)
def test_a_passage_is_carried_as_its_parts_together_are(parts, lang):
    proses = [prose for _, prose in parts]
    met = [evidence.function_words(prose, lang) for prose in proses]
    together = " ".join(prose for prose in proses if prose)
    assert evidence.carried(together, lang) == (any(own for own, _ in met) and not any(a for _, a in met))
    assert [evidence.carried(prose, lang) for prose in proses] == [own and not a for own, a in met]
