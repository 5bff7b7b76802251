"""audit.names.lower_words: the words read from the text's distinct stretches between spaces are those a match of
every word of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.names.lower_words import lower_words

EVERY_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
TEXT = st.lists(
    st.sampled_from(["al-Assad", "straße", "said,", "(said)", "x’s", "l'Irak", "ﬁnal", "ǅemal", "1st", "don't."])
    | st.text(alphabet="aAbß-'’_1 ,.é\u0301\t\n\u00a0\u2028Ωω𐐨ª", max_size=8),
    max_size=12,
).map(" ".join)


@given(TEXT)
def test_the_lower_case_words_of_a_match_of_the_whole_text(text):
    expected = {word for word in EVERY_WORD.findall(text) if word[0].islower()}
    assert lower_words.__wrapped__(text) == expected
