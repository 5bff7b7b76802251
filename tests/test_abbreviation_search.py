"""pysbd told which abbreviations can change a line splits every text as pysbd alone does: on news text in English
and French, and on any text made of a language's abbreviations, periods, spaces and the letters that lowering and
re's IGNORECASE read differently."""

from __future__ import annotations

import re

import pysbd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pysbd.languages import LANGUAGE_CODES

from audit.abbreviation_search import may_match, needles, prefiltered

LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pl", "ru", "el", "da", "bg", "sk", "ar", "fa"]


def segmenters(lang: str) -> tuple[pysbd.Segmenter, pysbd.Segmenter]:
    plain = pysbd.Segmenter(language=lang, clean=False)
    fast = pysbd.Segmenter(language=lang, clean=False)
    fast.language_module = prefiltered(fast.language_module)
    return plain, fast


def sentences(segmenter: pysbd.Segmenter, text: str) -> list[str] | str:
    """pysbd's sentences, or the error it raises (it compiles some abbreviations unescaped: "ص.ب)")."""
    try:
        return segmenter.processor(text).process()
    except re.error as exc:
        return f"re.error: {exc}"


@pytest.mark.parametrize(("lang", "name"), [("en", "newstest2014-fren-ref.en"), ("fr", "newstest2014-fren-src.fr")])
def test_news_is_split_as_pysbd_splits_it(shared_data, lang, name):
    plain, fast = segmenters(lang)
    lines = (shared_data / "wmt14-fren" / name).read_text("utf-8").splitlines()[:900]
    for start in range(0, len(lines), 3):
        text = " ".join(lines[start : start + 3])
        assert sentences(fast, text) == sentences(plain, text), text


def pieces(lang: str):
    abbreviations = [a.strip() for a in LANGUAGE_CODES[lang].Abbreviation.ABBREVIATIONS][:60]
    words = abbreviations + [a.upper() for a in abbreviations[:10]] + [a.title() for a in abbreviations[:10]]
    words += ["word", "Another", "know", "west", "1", "42", "(see", "İst", "ſt", "ıd", "µm", "Σας", "ﬅ", "I"]
    glue = [" ", ". ", ".", "  ", "\n", "\t", "\u00a0", ", ", "? ", "! ", ": ", " (", ") ", "-", "'"]
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(glue)), max_size=40).map("".join)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_any_text_of_abbreviations_is_split_as_pysbd_splits_it(lang):
    plain, fast = segmenters(lang)

    @settings(max_examples=150, deadline=None)
    @given(pieces(lang))
    def holds(text: str) -> None:
        assert sentences(fast, text) == sentences(plain, text)

    holds()


@pytest.mark.parametrize(
    "text",
    ["The first ſt. then left. It rained.", "A figure, fıg. then it. Done.", "Dr. İzmir st. no one came. Then we"
     " left.", "He said no. 5 was there. It was.", "Tel. 555 and fig. 3 show it. Mr. Lee agreed."],
)  # fmt: skip
def test_letters_lowering_and_ignorecase_read_apart_are_split_as_pysbd_splits_them(text):
    plain, fast = segmenters("en")
    assert sentences(fast, text) == sentences(plain, text)


def test_an_abbreviation_is_kept_where_it_could_end_before_a_period():
    abbreviations = needles(["no", "mr", "a.m", "st", "a"])
    assert may_match(abbreviations, "Mr. Smith didn't know.") == ["mr", "a.m"]  # a.m is not plain: kept
    assert may_match(abbreviations, "no. 5 and st. louis") == ["no", "a.m", "st"]
    assert may_match(abbreviations, "It is a. test") == ["a.m", "a"]
    every = ["no", "mr", "a.m", "st", "a"]
    assert may_match(abbreviations, "İstanbul st. a") == every  # lowering lengthens the line: all kept
    assert may_match(abbreviations, "the ſt. no") == every  # a letter re matches beyond lowering


def test_a_language_that_replaces_its_own_way_is_left_as_it_is():
    for lang in ("de", "ru", "ar", "fa", "bg", "sk"):
        module = LANGUAGE_CODES[lang]
        assert prefiltered(module) is module, lang
    assert prefiltered(LANGUAGE_CODES["en"]) is not LANGUAGE_CODES["en"]


def test_without_re_s_extra_cases_every_abbreviation_is_searched(monkeypatch):
    import audit.abbreviation_search as search

    table = needles(["no", "mr", "a"])
    assert may_match(table, "nothing here") == []
    monkeypatch.setattr(search, "unsure_letters", lambda: None)
    assert may_match(table, "nothing here") == ["no", "mr", "a"]
