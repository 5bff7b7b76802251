"""The parts of audit.names: folding, conventions, standards, signals, spotting, the gazetteer and its build."""

from __future__ import annotations

import gzip
import json
import tomllib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import unpacked
from audit.checks.name_variant import CHECK as name_variant
from audit.checks.transliteration import CHECK as transliteration
from audit.context import RunContext
from audit.document import Document
from audit.names import conventions, folding, signals, skeleton, spotting
from audit.names.folding import fold, foreign_marks, normal
from audit.names.gazetteer import load
from audit.names.mentions import mentions, resolve
from audit.names.standard import accepted, of_gazetteer, standard
from audit.runner import run_checks
from tests.building import build_script
from tests.paths import ROOT, SHARED_DATA


def test_fold_and_normal():
    assert fold("Kyïv’s-Sviatoshyn") == "kyivs sviatoshyn"
    assert fold("Łuck") == fold("Luck") == "luck"
    assert normal("Mar’inka") == normal("Mar'inka") == "mar'inka"
    assert normal("Kurakhové") != normal("Kurakhove")
    assert foreign_marks("Sergueï Choïgou") == "ïï"


@given(st.text(max_size=40))
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def _fold_every_step(name: str) -> str:
    """fold as it was first written: every name decomposed, its marks and separators replaced."""
    text = unicodedata.normalize("NFKD", name.translate(folding._SPECIAL)).translate(folding._DROPPED).lower()
    return folding._SEPARATOR_RUN.sub(" ", folding._COMBINING.sub("", text)).strip()


@given(st.text(alphabet="aAzZéÉłŁßıİﬁ²-‐‑–— \t'’ʼ‘`\u0301\u0307ǅ1", max_size=12) | st.text(max_size=12))
def test_fold_of_plain_names_as_of_any(name):
    assert fold.__wrapped__(name) == _fold_every_step(name)
    assert foreign_marks.__wrapped__(name) == "".join(
        ch for ch in unicodedata.normalize("NFC", name) if ch.isalpha() and not ch.isascii()
    )


def test_the_romanization_tables_read_through_the_cache_as_parsed():
    for path in (conventions.DATA, skeleton.DATA):
        first, second = unpacked.read(path, unpacked.toml), unpacked.read(path, unpacked.toml)
        assert first == second == tomllib.loads(path.read_text("utf-8"))


@pytest.mark.parametrize(
    ("cyrillic", "lang", "convention", "attested"),
    [
        ("Орешник", "ru", "fr", "Orechnik"),
        ("Курахове", "uk", "fr", "Kourakhové"),
        ("Сергей Шойгу", "ru", "fr", "Sergueï Choïgou"),
        ("Харків", "uk", "de", "Charkiw"),
        ("Запоріжжя", "uk", "de", "Saporischschja"),
        ("Зеленський", "uk", "de", "Selenskyj"),
        ("Тихвин", "ru", "es", "Tijvin"),
        ("Белгород", "ru", "pl", "Biełgorod"),
        ("Валерій Залужний", "uk", "pl", "Wałerij Załużny"),
        ("Орешник", "ru", "iso9", "Orešnik"),
    ],
)
def test_conventions_give_attested_spellings(cyrillic, lang, convention, attested):
    assert attested in conventions.romanize(cyrillic, lang, convention)


def test_standards():
    assert standard("Харків", "uk") == "Kharkiv"
    assert standard("Запоріжжя", "uk") == "Zaporizhzhia"
    assert standard("Орешник", "ru") == "Oreshnik"
    assert standard("Нижний Новгород", "ru") == "Nizhny Novgorod"
    assert "Nizhniy Novgorod" in accepted("Нижний Новгород", "ru")
    assert standard("Казань", "ru") == "Kazan"


def test_the_gazetteers_standards_kept_are_its_names_standards():
    entities = load().entities
    assert sum(entity.lang == "uk" for entity in entities) > 100
    for entity in entities:
        assert of_gazetteer(entity.cyrillic, entity.lang) == standard(entity.cyrillic, entity.lang)


@pytest.mark.parametrize(
    "word", ["Trump", "Kremlin", "Donetsk", "Washington", "Macron", "Klitschko", "Scholz", "Touch", "Below", "Andrew"]
)
def test_signals_leave_other_names_alone(word):
    assert signals.suspect(word, load().english_words) is None


@pytest.mark.parametrize(
    ("word", "convention", "english"),
    [
        ("Koursk", "fr", "Kursk"),
        ("Tichorezk", "de", "Tikhoretsk"),
        ("Pieskow", "pl", "Peskov"),
        ("Noguinsk", "fr", "Noginsk"),
    ],
)
def test_signals_read_back_through_cyrillic(word, convention, english):
    suspicion = signals.suspect(word, load().english_words)
    assert suspicion is not None
    assert (suspicion.convention, suspicion.english) == (convention, english)


def test_spotting_runs_possessives_and_particles():
    text = "Kyiv's mayor met Sergei Shoigu in Rostow am Don. Then Chasiv Yar."
    runs = [[token.text for token in run] for run in spotting.runs(text)]
    assert runs == [["Kyiv"], ["Sergei", "Shoigu"], ["Rostow", "am", "Don"], ["Then", "Chasiv", "Yar"]]


def test_mentions_prefer_the_longest_gazetteer_match():
    found = {m.text: m for m in mentions("Then Chasiv Yar fell. Vladimir Poutine spoke. Rostov del Don was calm.")}
    assert found["Chasiv Yar"].entity is not None and found["Chasiv Yar"].convention is None
    assert (found["Vladimir Poutine"].suggestion, found["Vladimir Poutine"].convention) == ("Vladimir Putin", "fr")
    assert found["Rostov del Don"].suggestion == "Rostov-on-Don"
    assert found["Then"].entity is None and not found["Then"].known
    compounds = {m.text: m for m in mentions("Kyiv-backed forces left the Charkiw-based unit.")}
    assert compounds["Kyiv"].convention is None and compounds["Charkiw"].suggestion == "Kharkiv"


def test_message_names_the_convention_and_prefers_the_source_language():
    doc = Document(id="d", text="Troops left Kiev and Charkow.")
    plain = {f.text: f.message for f in transliteration.run(doc, RunContext(target_lang="en"))}
    assert plain["Kiev"].startswith("“Kiev” (the Russian-based spelling of a Ukrainian name)")
    assert "“Kyiv”" in plain["Kiev"]
    german = {f.text: f.message for f in transliteration.run(doc, RunContext(target_lang="en", source_lang="de"))}
    assert german["Kiev"].startswith("“Kiev” (the Russian-based")
    assert german["Charkow"].startswith("“Charkow” (German romanization")
    both = Document(id="d", text="He travelled to Moskwa on Monday.")  # German and Polish alike (a blind review)
    [plain_both] = transliteration.run(both, RunContext(target_lang="en"))
    assert plain_both.message.startswith("“Moskwa” (German or Polish romanization)")
    [turkish] = transliteration.run(both, RunContext(target_lang="en", source_lang="tr"))
    assert turkish.message == plain_both.message
    [polish] = transliteration.run(both, RunContext(target_lang="en", source_lang="pl"))
    assert polish.message.startswith("“Moskwa” (Polish romanization)")


def test_a_french_text_is_judged_by_french_spellings():
    doc = Document(id="d", text="Les troupes ont quitté Koursk et Kharkiv. Kursk est calme.")
    [french] = run_checks([doc], RunContext(target_lang="fr"), [transliteration, name_variant])
    assert [(f.check, f.text, f.suggestion) for f in french.findings] == [("transliteration", "Kursk", "Koursk")]
    assert french.skipped == []  # name-variant runs, on unknown names only
    assert len(run_checks([doc], RunContext(target_lang="en"), [name_variant])[0].findings) == 1


def test_gazetteer_size_and_contents():
    gazetteer = load()
    assert len(gazetteer) >= 400
    assert {e.lang for e in gazetteer.entities} == {"uk", "ru"}
    assert all(e.cyrillic and e.english for e in gazetteer.entities)
    assert gazetteer.accepted("Kyiv")[0].cyrillic == "Київ"
    assert gazetteer.variants("Charkiw")[0].entity.standard == "Kharkiv"


def test_every_name_of_several_words_is_opened_by_its_first_word():
    gazetteer = load()
    names = [*gazetteer._accepted, *gazetteer._accepted_folds, *gazetteer._variant_rows, *gazetteer._marked_variants]
    several = [name for name in names if " " in fold(name)]
    assert len(several) > 1000
    for name in several:
        first = name.split(" ")[0]
        assert gazetteer.may_open(first) and gazetteer.may_open(first.upper())
    assert not gazetteer.may_open("Parliament") and not gazetteer.may_open("Monday")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_mentions_are_spans_of_any_text(text):
    for mention in mentions(text):
        assert text[mention.start : mention.end] == mention.text


def test_build_reproduces_the_shipped_index():
    """The committed gazetteer and index are what the build script makes from the register and the lists."""
    katotth = SHARED_DATA / "katotth" / "kodifikator-16-05-2025.csv"
    if not katotth.is_file():
        pytest.skip(f"the katotth register is not beside the project ({katotth})")
    build = build_script("build_names_gazetteer", ("translitua", "wordfreq"))
    index = build.compile_index(build.build(katotth))
    shipped = json.loads(gzip.decompress((ROOT / "audit" / "data" / "names.json.gz").read_bytes()))
    assert index == shipped


def test_a_surface_read_once_is_placed_where_each_mention_stands():
    gazetteer = load()
    for surface in ("Kyiv", "Kiev", "Orechnik", "Nobody Knows"):
        here, there = resolve(surface, 3, gazetteer), resolve(surface, 40, gazetteer)
        assert (here is None) == (there is None)
        if here is not None:
            assert (here.start, here.end, there.start, there.end) == (3, 3 + len(surface), 40, 40 + len(surface))
            assert here[2:] == there[2:] and here.text == surface
    assert resolve("Kiev", 3, gazetteer).suggestion == "Kyiv" and resolve("Nobody Knows", 3, gazetteer) is None
