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
    assert [len(split.spaced(text, "")), len(split.spaced(text, "'-"))] == [len(text)] * 2
    assert split.spaced(text, "") == "Zoë’s “test”     l été—\udcff 会议 "


@st.composite
def tiles(draw):
    """A text of parts with what lies between and around them, and the parts' spans."""
    gaps = st.sampled_from(["", " ", "  ", "\n", ". ", "’ ", "-", "\u00a0", "x"])
    text, spans = draw(gaps), []
    for part in draw(st.lists(TEXTS, min_size=1, max_size=4)):
        spans.append((len(text), len(text) + len(part)))
        text += part + draw(gaps)
    return text, spans


@settings(max_examples=1000, deadline=None)
@given(tiles())
@example(("Il a dit. Kyiv's well-known l’Élysée ok. Zoë", [(0, 9), (10, 38), (39, 42)]))
def test_tiled_parts_hold_the_whole_s_words(tiling):
    text, spans = tiling
    split.spaced.cache_clear()
    parts = [language.words_of(text, start, end) for start, end in spans]
    if language.tiled(text, 0, len(text), spans):
        assert language.joined(parts) == language.words_of(text, 0, len(text))


def test_parts_joined_without_a_space_are_not_tiled():
    assert language.tiled("Il a dit. Zoë", 0, 13, [(0, 9), (10, 13)])
    assert not language.tiled("Il a ditZoë", 0, 11, [(0, 8), (8, 11)])
    assert not language.tiled("Il a dit x Zoë", 0, 14, [(0, 8), (11, 14)])


LINES = st.lists(st.one_of(TEXTS, st.sampled_from(["\n", "\n\n", " \n ", "\r\n", "\t\n", "\u2028", "\n\u00a0"])))


@settings(max_examples=1000, deadline=None)
@given(LINES.map("".join))
@example("Zoë’s test\n\n  Il a dit.  \n\u00a0x\r\nok")
def test_a_text_s_words_are_its_lines_words_and_a_paragraph_s_its_own(text):
    """The text's words read line by line are its words (its language is judged on them), and a paragraph's are
    its own whether or not it is a line."""
    from audit.segmentation import split_paragraphs

    split.spaced.cache_clear()
    language._lines_words.cache_clear()
    assert language.text_words(text) == language.words_of(text)
    for paragraph in split_paragraphs(text, "en"):
        found = language.paragraph_words(text, paragraph.start, paragraph.end)
        assert found == language.words_of(text, paragraph.start, paragraph.end)
