"""pysbd told which lines may hold a list splits every text as pysbd alone does: news text, and any text made of
list items, letters, figures, full stops, brackets and the marks pysbd's list step writes."""

from __future__ import annotations

import re

import pysbd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pysbd.languages import LANGUAGE_CODES
from pysbd.lists_item_replacer import ListItemReplacer

from audit import segmentation
from audit.list_search import BRACKET_ITEMS, FULL_STOP_ITEMS, MAY_HOLD_A_LIST, _Prefiltered, prefiltered

PIECES = ["a", "b", "c", "i", "ii", "iii", "v", "x", "A", "B", "1", "2", "3", "10", "11", "42", "word", "Next", "٣"]
PIECES += [".", ". ", ")", ") ", "(", " ", "\r", "\n", "\t", "-", "⁃", "♨", "☝", "for ", ";", "?", "'", '"']
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
# The three alternatives each opening with its own character, as MAY_HOLD_A_LIST was first written.
ALTERNATIVES = re.compile(
    r"\.(?:(?<=[a-z]\.)(?<![^\s][a-z]\.)|(?<=\d\.)(?=[\s)]))|\)(?:(?<=[a-z]\))|(?<=\d\))(?=\s))|[♨☝]"
)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
@example("a. one b. two c. three")
@example("(i) one (ii) two")
@example("1) one 2) two")
@example("1. one\r2. two")
@example("the ♨ and ☝ marks")
def test_the_list_step_leaves_what_it_leaves_alone(text):
    assert _Prefiltered(text).add_line_break() == ListItemReplacer(text).add_line_break()


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_list_marks_are_found_where_the_alternatives_find_them(text):
    """MAY_HOLD_A_LIST, one class of the marks first, and the full stops and brackets apart find what the plain
    alternatives find."""
    expected = [m.span() for m in ALTERNATIVES.finditer(text)]
    assert [m.span() for m in MAY_HOLD_A_LIST.finditer(text)] == expected
    apart = [*FULL_STOP_ITEMS.finditer(text), *BRACKET_ITEMS.finditer(text), *re.finditer("[♨☝]", text)]
    assert sorted(m.span() for m in apart) == expected


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it", "ru", "el", "ja"])
def test_any_text_of_list_items_is_split_as_pysbd_splits_it(lang):
    plain = pysbd.Segmenter(language=lang, clean=False)
    fast = segmentation._segmenter(lang)

    @settings(max_examples=150, deadline=None)
    @given(TEXTS)
    def holds(text: str) -> None:
        assert fast.processor(text).process() == plain.processor(text).process()

    holds()


@pytest.mark.parametrize(("lang", "name"), [("en", "newstest2014-fren-ref.en"), ("fr", "newstest2014-fren-src.fr")])
def test_news_is_split_as_pysbd_splits_it(shared_data, lang, name):
    plain = pysbd.Segmenter(language=lang, clean=False)
    fast = segmentation._segmenter(lang)
    lines = (shared_data / "wmt14-fren" / name).read_text("utf-8").splitlines()[:900]
    for start in range(0, len(lines), 3):
        text = " ".join(lines[start : start + 3])
        assert fast.processor(text).process() == plain.processor(text).process(), text


def test_a_language_with_its_own_processing_is_left_as_it_is():
    slovak = LANGUAGE_CODES["sk"]
    assert prefiltered(slovak) is slovak
