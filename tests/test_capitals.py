"""audit.names.capitals: a capitalised word's pattern finds what the word's pattern finds where the word starts
with a capital (and, beyond the first plane, any letter, whose case the caller asks)."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from audit.names import capitals
from audit.names.chinese import SYLLABLES
from audit.names.exonyms import _NAME, _words_guessed, _worth_guessing

# the pattern of the words exonyms.guess reads, before they were picked out of _NAME's
_GUESSED_WORD = (r"(?<![\w'’-])", r"[^\W\d_]{4,}(?=['’]s\b|(?![\w'’-]))")
WORDS = st.lists(
    st.sampled_from(
        ["Tse-tung", "mao", "Mao", "Kōmeitō", "ÉTAT", "Ürümqi", "abc-Def", "x’s", "Kim's", "l'Irak", "1990"]
    )
    | st.text(alphabet="aAéÉ-'’ʼ1 Ωω𐐀𐐨", max_size=8),
    max_size=12,
)


@given(WORDS)
def test_the_same_capitalised_matches_as_the_word_pattern(words):
    text = " ".join(words)
    for before, after in (_GUESSED_WORD, _NAME, SYLLABLES):
        pattern = re.compile(before + capitals.LETTER + after)
        expected = [(m.start(), m.end()) for m in pattern.finditer(text) if m.group()[0].isupper()]
        found = capitals.capitalised(before, after).finditer(text)
        assert [(m.start(), m.end()) for m in found if m.group()[0].isupper()] == expected


@given(WORDS)
@example(["Kōmeitō", "said", "Ürümqi", "Tse-tung"])
def test_the_words_guessed_are_those_of_their_own_pattern(words):
    """Those of the pattern worth guessing (capitalised, not all capitals, with another language's marks or letter
    groups), each word judged once whatever its matches."""
    text = " ".join(words)
    pattern = capitals.capitalised(*_GUESSED_WORD)
    expected = [m.span() for m in pattern.finditer(text) if _worth_guessing(m.group(), "en")]
    assert [m.span() for m in _words_guessed(text, "en")] == expected


def test_the_stored_capitals_are_those_of_a_scan():
    assert capitals._capitals() == capitals._scanned([])


def test_the_class_of_ranges_holds_the_first_planes_capitals_and_nothing_else():
    capital = re.compile(f"[{capitals._capitals()}]")
    assert [code for code in range(0x10000) if capital.match(chr(code))] == [
        code for code in range(0x10000) if chr(code).isupper()
    ]
