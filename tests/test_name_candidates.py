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
    | st.text(alphabet="aAbß-'’_1 ,é", max_size=8),
    max_size=12,
).map(" ".join)


@given(TEXT)
def test_the_words_left_unmatched_are_no_candidates(text):
    matched = {m.start() for m in name_variant._WORD.finditer(text)}
    lower = lower_words(text)
    for match in EVERY_WORD.finditer(text):
        if match.start() not in matched:
            assert name_variant._candidate(match.group(), lower) is None
        else:
            assert name_variant._WORD.match(text, match.start()).group() == match.group()
