"""audit.names.respelling: a word English never writes read as a name English writes under another convention,
from word frequencies (audit/data/name_words/); never a name English writes itself, a native name's own letters,
a doubled letter alone, or a sentence's first word."""

from __future__ import annotations

import gzip

import pytest

from audit.checks.exonym import CHECK as exonym
from audit.context import RunContext
from audit.document import Document
from audit.names import respelling
from audit.runner import run_checks
from tests.building import build_script


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Szarif", "Sharif"),  # Polish sz
        ("Jemen", "Yemen"),  # German, Polish, Dutch j
        ("Scheich", "Sheikh"),  # German sch and ch
        ("Golowkin", "Golovkin"),  # German w
        ("Sjiraz", "Shiraz"),  # Dutch sj
        ("Chorasan", "Khorasan"),  # German ch
        ("Hiroxima", "Hiroshima"),  # Portuguese x
        ("Osaca", "Osaka"),  # Spanish c
        ("Írán", "Iran"),  # Czech accents
        ("Hokkaidó", "Hokkaido"),
        ("Kagamé", "Kagame"),  # French accent
        ("Gudscharat", "Gujarat"),  # German dsch for English j
        ("Gándhíová", "Gandhi"),  # a Czech woman's ending on a foreign surname
        ("Bhuttová", "Bhutto"),
        ("Akşenerová", "Akşener"),  # a surname with its own letters, which the world tables know
        ("Rybakinová", "Rybakina"),  # the a the ending replaced, on a name the world tables know
        ("Tasmanie", "Tasmania"),  # a place's ending in French, Dutch, Portuguese
        ("Anatolië", "Anatolia"),
        ("Géorgie", "Georgia"),  # the ending's reading is written far more than Georgie
        ("Sudão", "Sudan"),
        ("Islamabade", "Islamabad"),  # Portuguese e after a final consonant
        ("Alí", "Ali"),  # three letters: accents alone on a name written very often
        ("Šikoku", "Shikoku"),  # Czech š spelled out: a transliteration's mark
        ("Módí", "Modi"),  # a transcription's accents on a name the world tables lack: two of them, or ï
        ("Ebráhím", "Ebrahim"),
        ("Naïm", "Naim"),
        ("Kohlí", "Kohli"),  # one acute on a name English writes as often as a public figure's
        ("Tbilissi", "Tbilisi"),  # French ss between vowels for one s
        ("Szymkent", "Shymkent"),  # names English seldom writes, known to the world tables, by strong letters
        ("Chorog", "Khorog"),
    ],
)
def test_a_name_under_another_convention_is_read_as_the_english_name(word, name):
    assert respelling.read_as(word, "en") == name


@pytest.mark.parametrize(
    "word",
    [
        "López",  # English writes these with their accents
        "Erdoğan",
        "Sebastián",
        "Szymański",  # a Polish name's own letters
        "Dvořák",
        "Samvel",  # v / w and y / j are English spellings too
        "Nayib",
        "Hafiz",
        "Glading",  # a doubled letter alone
        "Munnich",
        "Katherine",  # English writes it
        "Cremation",
        "Bacqué",  # a French name: French c and qu are its own letters, no transliteration's
        "Riccò",  # an Italian name: Italian c is its own letter
        "Nováková",  # Czech women's names: Novák is Czech, much is a word
        "Muchová",
        "Dvořáková",
        "Kvitová",
        "Navrátilová",  # Czech letters: a Czech surname
        "Lattaquie",  # an ending, but other letters too: a translator's choice, left alone
        "Alberte",  # a final e is a name's own
        "Noé",  # three letters: a name written too little for its accents to tell
        "Lukáš",  # accents on a name the world tables do not know: a Czech, Slovak, Hungarian person's own
        "Lívia",
        "Létourneau",
        "Őri",
        "İstanbul",  # Turkish and Romanian letters are the place's own
        "Chișinău",
        "Jerí",  # one Spanish accent on a name the tables lack: a Spanish name's own (José Jerí)
        "Ádám",  # accents a language writes its own people's names with (Hungarian)
        "Héma",  # French é is a French name's own
        "Cassese",  # seldom-written names are read by a transliteration's letters only (Kasese is a town)
        "Kiliç",  # and in plain letters (Kilis is a town)
    ],
)
def test_names_english_writes_and_native_names_are_left_alone(word):
    assert respelling.read_as(word, "en") is None


def test_pairs_read_only_what_a_convention_writes():
    assert respelling.respelled("szarif", "sharif")
    assert respelling.respelled("bagdad", "baghdad")  # English h after a consonant
    assert respelling.respelled("munnich", "munich") is False  # a doubled letter alone
    assert respelling.respelled("mossul", "mosul")  # but ss between vowels is one s sound (German, French)
    assert respelling.respelled("qaani", "kanji") is False
    assert respelling.respelled("samvel", "samwell") is False  # German w is v, but v is no w


def test_no_list_no_reading():
    assert respelling.read_as("Szarif", "xx") is None


def test_the_exonym_check_reports_them_with_the_english_name_but_not_first_words():
    text = "Officials in Szarif and Jemen said so. Equipé of wings, he flew over Hokkaidó to meet Tell-Chalil."
    [result] = run_checks([Document("d", text)], RunContext(target_lang="en", backtranslate=False), [exonym])
    found = {text[f.start : f.end]: f.suggestion for f in result.findings}
    assert found == {"Szarif": "Sharif", "Jemen": "Yemen", "Hokkaidó": "Hokkaido", "Chalil": "Khalil"}


def test_a_first_word_a_name_or_possessive_follows_is_read():
    text = "Hokkaidó's farms are cold. Szarif Khan spoke. Equipé of wings, it flew."
    [result] = run_checks([Document("d", text)], RunContext(target_lang="en", backtranslate=False), [exonym])
    found = {text[f.start : f.end]: f.suggestion for f in result.findings}
    assert found == {"Hokkaidó": "Hokkaido", "Szarif": "Sharif"}


def test_every_name_of_a_list_is_found_under_its_sound():
    listed = respelling.names("en")
    text = gzip.decompress((respelling.DATA / "en.txt.gz").read_bytes()).decode("utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(listed) == len(lines) > 100_000
    beyond_ascii = [line for line in lines if not (line[0] + line[1]).isascii()]  # UTF-8 sorts them as code points
    for sound, word, zipf in [*lines[:: len(lines) // 5000], *beyond_ascii]:
        assert (word, float(zipf)) in listed.sounding(sound)
    assert listed.sounding("\ud800") == listed.sounding("zzzzzzzz") == ()


def test_a_sound_whose_lines_cross_blocks_is_found_with_all_of_them():
    listed = respelling.names("en")
    text = gzip.decompress((respelling.DATA / "en.txt.gz").read_bytes()).decode("utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    by_sound: dict[str, list[tuple[str, float]]] = {}
    for sound, word, zipf in lines:
        by_sound.setdefault(sound, []).append((word, float(zipf)))
    at_edges = {lines[i + step][0] for i in range(0, len(lines), respelling.BLOCK) for step in (-1, 0) if i + step >= 0}
    assert any(len(by_sound[sound]) > 1 for sound in at_edges)
    for sound in at_edges:
        assert listed.sounding(sound) == tuple(by_sound[sound])
    assert listed.sounding(f"{lines[0][0]}\t{lines[0][1]}") == listed.sounding("\n") == ()


def test_the_shipped_lists_are_what_the_build_script_makes():
    build = build_script("build_name_words", ("wordfreq", "english_words"))
    shipped = gzip.decompress((respelling.DATA / "en.txt.gz").read_bytes()).decode("utf-8")
    assert build.build() == shipped
    own = gzip.decompress((respelling.DATA / "accented_own.txt.gz").read_bytes()).decode("utf-8")
    assert build.render_own(build.accented_own(build.names())) == own
