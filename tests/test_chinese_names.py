"""audit.names.chinese: Chinese names under Wade-Giles or the Czech transcription read as the pinyin name English
writes; pinyin, Taiwan's Wade-Giles names English writes, and names of other languages are left alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.checks.exonym import CHECK as exonym
from audit.context import RunContext
from audit.document import Document
from audit.names import capitals, chinese
from audit.runner import run_checks
from tests.building import build_script


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("Kuang-tung", "Guangdong"),  # Wade-Giles
        ("Tse-tung", "Zedong"),
        ("Hsiao-ping", "Xiaoping"),
        ("Tchien-ťin", "Tianjin"),  # Czech
        ("Ťin-pching", "Jinping"),
        ("Čchung-čching", "Chongqing"),
    ],
)
def test_older_and_other_romanizations_read_as_pinyin(name, pinyin):
    assert chinese.read_as(name, "en") == pinyin


@pytest.mark.parametrize("name", ["Kai-shek", "Ing-wen", "Si-an", "Jean-Pierre", "Ho-Chi-Minh", "Xiao-ping"])
def test_pinyin_taiwan_and_other_names_are_left_alone(name):
    assert chinese.read_as(name, "en") is None


def test_only_english_texts_are_read():
    assert chinese.read_as("Kuang-tung", "fr") is None


def test_the_exonym_check_reports_the_whole_name():
    text = "Factories in Kuang-tung reopened, Mao Tse-tung's portrait was hung and Tsai Ing-wen spoke."
    [result] = run_checks([Document("d", text)], RunContext(target_lang="en", backtranslate=False), [exonym])
    assert {text[f.start : f.end]: f.suggestion for f in result.findings} == {
        "Kuang-tung": "Guangdong",
        "Tse-tung": "Zedong",
    }


def test_a_wade_giles_surname_before_the_name_is_read_with_it():
    """ "Hsi Chin-p'ing" is Xi Jinping: the fix of the given name alone made "Hsi Jinping" (a blind review, session
    20); a surname pinyin writes too (Mao, Chou) is left as it is."""
    text = "President Hsi Chin-p'ing met Mao Tse-tung's heirs; Chiang Ching-kuo was absent."
    [result] = run_checks([Document("d", text)], RunContext(target_lang="en", backtranslate=False), [exonym])
    found = {text[f.start : f.end]: f.suggestion for f in result.findings}
    assert found["Hsi Chin-p'ing"] == "Xi Jinping" and found["Tse-tung"] == "Zedong"
    assert chinese.surname_as("Hsi", "en") == "Xi" and chinese.surname_as("Mao", "en") is None
    assert chinese.surname_as("hsi", "en") is None and chinese.surname_as("Hsi", "fr") is None


def test_the_shipped_table_is_what_the_build_script_makes():
    build = build_script("build_chinese_syllables", ("pypinyin",))
    assert build.build() == chinese.DATA.read_text("utf-8")


_BACKTRACKING = r"[^\W\d_'’ʼ]*(?:['’ʼ][^\W\d_]+)?(?:-[^\W\d_]+(?:['’ʼ][^\W\d_]+)?)+"  # SYLLABLES as first written


@given(st.text(alphabet="aAéÉŤť-'’ʼ1 _Ts", max_size=24))
def test_the_possessive_syllables_find_what_the_backtracking_pattern_finds(text):
    before, after = chinese.SYLLABLES
    found = capitals.capitalised(before, after).finditer(text)
    expected = capitals.capitalised(before, _BACKTRACKING).finditer(text)
    assert [m.span() for m in found] == [m.span() for m in expected]
    assert [m.span() for m in re.finditer(before + capitals.LETTER + after, text)] == [
        m.span() for m in re.finditer(before + capitals.LETTER + _BACKTRACKING, text)
    ]
