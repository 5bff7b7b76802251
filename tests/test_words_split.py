"""Words found by str.split are the regular expression's own, in order, in any stretch of any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from audit import language
from audit.words import split, tokens

PIECES = ["a", "I", "word", "Zoë", "François", "ǅ", "ß", "Σας", "会议", "١٢", "²", "42", "_", "'", "’", "ʼ", "-", "‐"]
PIECES += ["‑", "–", " ", "\n", "\t", "\u00a0", "\u2028", "\x00", ".", ",", "“", "”", "é", "e\u0301", "\udcff", "Ⅻ"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def bounds(text: str, start: int, end: int) -> tuple[int, int]:
    start = min(start, len(text))
    return start, min(max(start, end), len(text))


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.integers(0, 60), st.integers(0, 60))
@example("Kyiv's well-known l’Élysée ok", 0, 60)
@example("don't", 2, 4)
def test_words_are_the_patterns_matches(text, start, end):
    start, end = bounds(text, start, end)
    split.spaced.cache_clear()
    assert language._words(text, start, end) == language._WORD.findall(text, start, end)
    assert tokens.texts(text, start, end) == tokens._WORD.findall(text, start, end)


def test_spacing_keeps_every_offset():
    text = "Zoë’s “test”, 42 l'été—\udcff\n会议."
    assert [len(split.spaced(text)), len(split.spaced(text, "'-"))] == [len(text)] * 2
    assert split.spaced(text) == "Zoë’s “test”     l été—\udcff 会议 "
