"""Cutting a paragraph before pysbd is asked gives exactly the sentences pysbd gives on the whole paragraph: texts
drawn from what pysbd treats apart (each language's abbreviations, initials, exclamation words, numbers, list items,
roman numerals, every quotation mark and bracket, dashes, doubled marks) between plain words and sentence ends."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pysbd.between_punctuation import BetweenPunctuation
from pysbd.exclamation_words import ExclamationWords
from pysbd.languages import LANGUAGE_CODES

from audit import segmentation, sentence_cuts

PLAIN = ["said.", "ended.", "Friday.", "Monday!", "Washington?", "it.", "up.", "us.", "TV.", "NSA.", "2013.", "$50."]
PLAIN += ["al-Qaida.", "O'Malley.", "today's.", "Officials", "The", "He", "We", "Next", "word", "talks", "A", "I", "KG"]
PLAIN += ["964", "1.1%.", "$1.3517.", "v.2.", "he", "said"]
MARKS = [".", "!", "?", "?!", "!!", "...", "…", ",", ";", ":", "-", "--", "—", "/", "°", "&"]
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "（", "）", "「", "」", "\\", "{", "}", "\n"]
OTHER = ["A.", "J.", "Co.", "p.m.", "a.m.", "U.S.", "e.g.", "(iv)", "ii.", "(a)", "b)", "1.", "2.", "12.", "3.5", "1)"]
OTHER += ["2)", "a.", "b.", "x.", "Yahoo!", "Yum!", "!Kung", "ſ", "K", "İ", "'s", "ȸ", "∯", "♨", "N°.", "C°"]


def pysbd_bounds(text: str, lang: str) -> list[tuple[int, int]]:
    """The bounds of the sentences pysbd itself gives the text (its line breaks read as spaces, as segmentation
    reads them), without any cut or shortcut."""
    flat = segmentation._flat(text)
    return segmentation._located(text, 0, len(text), flat, segmentation._segmenter(lang).processor(flat).process())


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
    @example('He said "the talks ended." Officials left. It spreads." Then he left.')
    @example('\'He said "it ended." Then\' Officials left. A (b "c." D) e. “It ended.” Then more.')
    @example('"Why?" She left. "Now!" He said "no.\tHe" said. Mr. "x." A. B said.')
    @example("The. The.2013 Officials. up.  $50. 2. ) Monday! said. he said. 5 men? 6 left.")
    @example('He said "the talks ended. Officials left. Then more.')
    @example("The ship N°. 5 sank. It reached 45 C°. 3 people died.")
    def holds(text: str) -> None:
        whole = segmentation._split_piece(text, 0, len(text), lang)
        if len(whole) > 1 and segmentation._ordinal_dot(lang):  # "w 23. minucie": one sentence (see _over_ordinals)
            whole = segmentation._over_ordinals(text, whole)
        assert segmentation.split_sentences(text, 0, len(text), lang) == whole

    holds()


def test_news_sentences_are_cut_where_pysbd_has_nothing_to_decide():
    text = "Talks ended on Friday. Officials said so in 2013. The U.S. envoy, Mr. Smith, left. Rwanda denies it."
    cuts = sentence_cuts.cuts(text, "en")
    assert [text[c : c + 4] for c in cuts] == ["Offi", "The ", "Rwan"]


def test_sentences_opening_in_lower_case_or_with_a_figure_are_cut_as_pysbd_splits_them():
    """Machine translation opens sentences in lower case ("he said. he declared"), news with figures; pysbd ends a
    sentence before either, and keeps "!" before a lower-case word."""
    text = "He said. he declared. 964 people died. Ford lost 1.1%. It rose. Monday! said the man. Up? no."
    cuts = sentence_cuts.cuts(text, "en")
    assert [text[c : c + 4] for c in cuts] == ["he d", "964 ", "Ford", "It r", "Mond", "Up? ", "no."]
    assert segmentation.split_sentences(text, 0, len(text), "en") == segmentation._split_piece(text, 0, len(text), "en")


def test_an_unclosed_quotation_mark_leaves_the_sentences_after_it_cut():
    text = 'He said "the talks ended. Officials left. Then more.'
    assert [text[c : c + 4] for c in sentence_cuts.cuts(text, "en")] == ["Offi", "Then"]
    assert segmentation.split_sentences(text, 0, len(text), "en") == [(0, 25), (26, 41), (42, 52)]


def test_a_single_quotation_mark_hidden_inside_quotation_marks_closes_no_sentence():
    """pysbd's between-punctuation step hides a single quotation mark inside a pair of double ones: the one opened
    before the pair closes at the next one after it, across the cut after the pair."""
    text = "The. The.' \"The.' The.\" The ' Officials."
    assert segmentation.split_sentences(text, 0, len(text), "es") == pysbd_bounds(text, "es")
    assert segmentation.split_sentences(text, 0, len(text), "es") == [(0, 4), (5, 9), (9, 23), (24, 29), (30, 40)]


def test_a_full_stop_before_a_reference_number_is_left_to_pysbd():
    """pysbd breaks after the figures of a numbered reference ("The.2013 Officials"), where a full stop before
    figures is otherwise no sentence end."""
    text = "The. The.2013 Officials."
    assert segmentation.split_sentences(text, 0, len(text), "en") == [(0, 4), (5, 13), (14, 24)]


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_reference_number_s_break_parts_a_pair_of_quotation_marks(lang):
    """The break comes before the pair is read: the mark before the closing quotation mark ends a sentence, and
    the quotation mark opens the next."""
    text = 'The. The. "The.2013 Officials. The." The.'
    assert segmentation.split_sentences(text, 0, len(text), lang) == pysbd_bounds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("!!", "el"),
        (";TV.", "el"),
        ("Ναι; Όχι.", "el"),
        ("Kya hai| Haan.", "hi"),
        ("مرحبا، نعم.", "ar"),
        ("a: b", "hy"),
    ],
)
def test_a_language_ending_sentences_at_its_own_marks_is_split_as_pysbd_splits_it(text, lang):
    assert segmentation._split_piece(text, 0, len(text), lang) == pysbd_bounds(text, lang)


@pytest.mark.parametrize("lang", sorted(LANGUAGE_CODES))
def test_a_quotation_or_bracket_closed_after_the_last_mark_ends_a_sentence_as_pysbd_ends_it(lang):
    """pysbd keeps the mark inside the pair its between-punctuation step hides it in, where the language's step
    pairs it: German's only its own quotation marks („ “), Chinese and Japanese only their own brackets; elsewhere
    it splits the closer off ("Er sagte \"es endet." and "\"")."""
    for closed in ['"es endet."', "(it spreads.)", "“it spreads.”", "«it spreads.»", "[it spreads.]", "'it ends.'"]:
        text = f"Er sagte {closed}"
        assert segmentation._split_piece(text, 0, len(text), lang) == pysbd_bounds(text, lang), text
    text = "[ [(Capt.)"
    assert segmentation._split_piece(text, 0, len(text), lang) == pysbd_bounds(text, lang), text


def test_languages_whose_pysbd_changes_a_step_are_not_cut():
    text = "Die Gespräche endeten am Freitag. Die Beamten schwiegen."
    assert sentence_cuts.cuts(text, "de") == [] and sentence_cuts.cuts(text.replace("Die G", "Les g"), "fr") != []


QUOTED = ["said", "it's", "Officials", "The", "he", "Mr.", "U.S.", "A.", "Yahoo!", "etc.", "(he", "said)", "--"]
QUOTED += ["i.", ",", '"', "“", "”", "'", "‘", "’", "«", "»", "(", ")", "[", "]", "2013", "when", "It", "—", "Ok"]


def quoted_texts() -> st.SearchStrategy[str]:
    """Sentences, some in quotation marks or brackets (paired or not), each a few words and a mark."""
    sentence = st.tuples(
        st.sampled_from(["", "", "", '"', '"', "“", "'", "(", "‘", "«"]),
        st.sampled_from(["The", "Officials", "He", "It", "A", "Mr.", "U.S.", "I", "he", "2013", "'s", "--"]),
        st.lists(st.sampled_from(QUOTED), max_size=3).map(lambda words: "".join(" " + w for w in words)),
        st.sampled_from([".", ".", "!", "?", "...", "?!", ""]),
        st.sampled_from(["", '"', '"', '"', "”", "'", ")", "’", "»"]),
        st.sampled_from([" ", " ", " ", " ", "  ", "\t", ""]),
    ).map("".join)
    return st.lists(sentence, max_size=6).map(lambda parts: "".join(parts).strip())


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pl"])
def test_cuts_after_closing_quotation_marks_split_as_pysbd_splits_whole(lang):
    @settings(max_examples=1000, deadline=None)
    @given(quoted_texts())
    def holds(text: str) -> None:
        whole = segmentation._split_piece(text, 0, len(text), lang)
        if len(whole) > 1 and segmentation._ordinal_dot(lang):  # "w 23. minucie": one sentence (see _over_ordinals)
            whole = segmentation._over_ordinals(text, whole)
        assert segmentation.split_sentences(text, 0, len(text), lang) == whole

    holds()


WORDS = ["said", "envoy", "left", "Smith", "Census", "Officials", "The", "He", "I", "I'm", "I'll", "It", "When", "A"]
WORDS += ["11", "2013", "(1)", "(AP)", '"', "'", "“", "”", "(", ")", ",", "-", "U.S.", "L.A.", "e.g.", "a.m.", "P.M."]
WORDS += ["W.", "J.", "i.", "x.", "U.S.A.", "Co.", "KG", "Yahoo!", "{no}", "said.", "2.5", "St.", "V."]


def kept_texts(lang: str) -> st.SearchStrategy[str]:
    """Words around abbreviations with their full stop, mostly plain ones between them, a mark or none at the end."""
    module = LANGUAGE_CODES[lang].Abbreviation
    abbreviations = st.sampled_from(sorted(module.ABBREVIATIONS)) | st.sampled_from(
        sorted({*module.PREPOSITIVE_ABBREVIATIONS, *module.NUMBER_ABBREVIATIONS} or {"mr"})
    )
    abbreviation = abbreviations.flatmap(lambda a: st.sampled_from([a + ".", a.capitalize() + ".", a.upper() + "."]))
    word = st.one_of(st.sampled_from(WORDS), abbreviation)
    glue = st.sampled_from([" ", " ", " ", " ", "  ", "\t", "\u2028"])
    end = st.sampled_from(["", ".", "!", "?", '."', ".)", "...", "?!"])
    return st.tuples(st.lists(st.tuples(word, glue), max_size=12), end).map(
        lambda parts: "".join(w + g for w, g in parts[0]).strip() + parts[1]
    )


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pl"])  # the languages cut (sentence_cuts._language)
def test_sentences_given_without_asking_pysbd_are_its_own(lang):
    """A piece whose inner full stops pysbd keeps (after "Mr.", "U.S.", an initial...) is given the sentences pysbd
    gives it."""

    @settings(max_examples=1000, deadline=None)
    @given(kept_texts(lang))
    @example("The U.S. envoy, Mr. Smith, left on Jan. 11 with No. 1 and W. Kamau, etc. in L.A. Times.")
    @example("The U.S. He left. Mr. The end.")
    @example("At 10 a.m. Officials left. At 10 A.M. Officials left.")
    @example("He met i V. The end.")
    @example("It was No. (1) and No.  2, Jan. I'm Jan. I think.")
    @example("Fig. 3 shows {no} U.S. Army e.g. here.")
    @example("KG...")
    @example("It rose etc... The end etc.: x etc.\xa0and etc.\xa0A.")
    def holds(text: str) -> None:
        if not text.strip():
            return
        assert segmentation._split_piece(text, 0, len(text), lang) == pysbd_bounds(text, lang)

    holds()


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["'", "'", " ", "\t", "a", "B", "s", ".", "\u2028", "’"]), max_size=20).map("".join))
def test_single_quotes_are_found_mark_first_where_pysbd_finds_them(text):
    """The patterns looked behind after the quotation mark match where pysbd's, looked behind first, match."""
    steps = sentence_cuts._steps()
    for fast, name in (
        (steps.single_quotes, "BETWEEN_SINGLE_QUOTES_REGEX"),
        (steps.leading_apostrophe, "WORD_WITH_LEADING_APOSTROPHE"),
        (sentence_cuts._SINGLE_QUOTE, None),
    ):
        plain = re.compile(getattr(BetweenPunctuation, name) if name else r"(?<=\s)'")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("name", "lang"), [("newstest2014-fren-ref.en", "en"), ("newstest2014-fren-src.fr", "fr")])
def test_news_paragraphs_are_split_as_pysbd_splits_them(shared_data, name, lang):
    """Paragraphs of two to six WMT14 sentences, some opening in lower case (machine translation's defect) or with a
    quotation mark left open or closed: the cuts and shortcuts give pysbd's own sentences on real news."""
    sentences = [line.strip() for line in (shared_data / "wmt14-fren" / name).open(encoding="utf-8") if line.strip()]
    rng = random.Random(14)
    for _ in range(400):
        parts = []
        for sentence in rng.sample(sentences, rng.randint(2, 6)):
            draw = rng.random()
            if draw < 0.25:
                sentence = sentence[:1].lower() + sentence[1:]
            elif draw < 0.35:
                sentence = '"' + sentence
            elif draw < 0.45:
                sentence += '"'
            parts.append(sentence)
        text = " ".join(parts)
        assert segmentation.split_sentences(text, 0, len(text), lang) == pysbd_bounds(text, lang), text
