"""Cutting a paragraph before pysbd is asked gives exactly the sentences pysbd gives on the whole paragraph: texts
drawn from what pysbd treats apart (each language's abbreviations, initials, exclamation words, numbers, list items,
roman numerals, every quotation mark and bracket, dashes, doubled marks) between plain words and sentence ends."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pysbd.exclamation_words import ExclamationWords
from pysbd.languages import LANGUAGE_CODES

from audit import segmentation, sentence_cuts

PLAIN = ["said.", "ended.", "Friday.", "Monday!", "Washington?", "it.", "up.", "us.", "TV.", "NSA.", "2013.", "$50."]
PLAIN += ["al-Qaida.", "O'Malley.", "today's.", "Officials", "The", "He", "We", "Next", "word", "talks", "A", "I", "KG"]
MARKS = [".", "!", "?", "?!", "!!", "...", "…", ",", ";", ":", "-", "--", "—", "/", "°", "&"]
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "（", "）", "「", "」", "\\", "{", "}", "\n"]
OTHER = ["A.", "J.", "Co.", "p.m.", "a.m.", "U.S.", "e.g.", "(iv)", "ii.", "(a)", "b)", "1.", "2.", "12.", "3.5", "1)"]
OTHER += ["2)", "a.", "b.", "x.", "Yahoo!", "Yum!", "!Kung", "ſ", "K", "İ", "'s", "ȸ", "∯", "♨"]


def texts(lang: str) -> st.SearchStrategy[str]:
    module = LANGUAGE_CODES[lang].Abbreviation
    abbreviations = sorted({*module.ABBREVIATIONS, *module.PREPOSITIVE_ABBREVIATIONS, *module.NUMBER_ABBREVIATIONS})
    abbreviation = st.sampled_from(abbreviations).flatmap(
        lambda a: st.sampled_from([a + ".", a.capitalize() + ".", a.upper() + ".", a, a.capitalize()])
    )
    token = st.one_of(
        st.sampled_from(PLAIN),
        st.sampled_from(PLAIN),
        abbreviation,
        st.sampled_from(MARKS + QUOTES + OTHER + ExclamationWords.EXCLAMATION_WORDS),
    )
    glue = st.sampled_from([" ", " ", " ", "", "  ", "\t"])
    return st.lists(st.tuples(token, glue), max_size=24).map(lambda parts: "".join(t + g for t, g in parts).strip())


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it", "ru", "nl", "pl", "el"])
def test_cut_paragraphs_split_as_pysbd_splits_them_whole(lang):
    @settings(max_examples=600, deadline=None)
    @given(texts(lang))
    @example("He said (the talks ended. Officials left) and went.")
    @example('Officials left. He said -" The end.')
    @example('Officials left. It spreads." Then')
    @example("BS. AS. said.")
    @example("it. TV. said.")
    @example("1. Friday.")
    @example("said. Friday.$50.")
    @example('A "b" c word." Next one is here. Then more.')
    @example("Talks ended on Friday. Officials said so. The U.S. envoy left. Mr. Smith stayed in 2013. Next one.")
    def holds(text: str) -> None:
        assert segmentation.split_sentences(text, 0, len(text), lang) == segmentation._split_piece(
            text, 0, len(text), lang
        )

    holds()


def test_news_sentences_are_cut_where_pysbd_has_nothing_to_decide():
    text = "Talks ended on Friday. Officials said so in 2013. The U.S. envoy, Mr. Smith, left. Rwanda denies it."
    cuts = sentence_cuts.cuts(text, "en")
    assert [text[c : c + 4] for c in cuts] == ["Offi", "The ", "Rwan"]


def test_languages_whose_pysbd_changes_a_step_are_not_cut():
    text = "Die Gespräche endeten am Freitag. Die Beamten schwiegen."
    assert sentence_cuts.cuts(text, "de") == [] and sentence_cuts.cuts(text.replace("Die G", "Les g"), "fr") != []
