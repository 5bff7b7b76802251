"""name-variant's candidates: the words its pattern leaves unmatched (ASCII lower-case letters alone) are words no
reading would have made a candidate of."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.checks import name_variant
from audit.names.lower_words import lower_words

EVERY_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[^\W_]")  # the pattern before the lower-case words were left
TEXT = st.lists(
    st.sampled_from(["al-Assad", "straße", "said", "Said", "abc-", "x’s", "iPhone", "l'Irak"])
    | st.text(alphabet="aAbß-'’_1 ,éÉ\n(“", max_size=8),
    max_size=12,
).map(" ".join)


@given(TEXT)
def test_the_words_left_unmatched_are_no_candidates(text):
    matched = {m.start(): m.group(1) for m in name_variant._words(text)}
    lower = lower_words(text)
    every = {m.start(): m.group() for m in EVERY_WORD.finditer(text)}
    assert matched.keys() <= every.keys()
    for start, word in every.items():
        if start not in matched:
            assert name_variant._candidate(word, lower) is None
        else:
            assert matched[start] == word
