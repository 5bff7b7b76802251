"""Titles of another language, reported by untranslated-word: courtesy titles before a name (audit.words.honorifics)
and titles of offices (audit.words.offices)."""

from __future__ import annotations

import re

import pytest

from audit import lexicon
from audit.checks import get
from audit.errors import InputError
from audit.findings import Applicability
from audit.words import honorifics, offices
from tests.test_untranslated_word import findings, run_direct, wmt14_documents

CHECK = get("untranslated-word")


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("In Paris. M. Macron said the talks would resume.", "en", [("M.", ("fr",), "Mr")]),
        ("Mme Borne told reporters the reform was needed.", "en", [("Mme", ("fr",), "Ms")]),
        ("The leader, Sr. López, spoke.", "en", [("Sr.", ("es", "pt"), "Mr")]),
        ("Herr Scholz met Frau Baerbock.", "en", [("Herr", ("de",), "Mr"), ("Frau", ("de",), "Ms")]),
        ("Mr. Biden met Mme Lagarde.", "en", [("Mme", ("fr",), "Ms.")]),  # the text's own full stops
        ("Mr Biden a déclaré que Mrs Harris viendrait.", "fr", [("Mr", ("en",), "M."), ("Mrs", ("en",), "Mme")]),
        ("Mr. Biden sagte, Monsieur Macron schwieg.", "de", [("Mr.", ("en",), ""), ("Monsieur", ("fr",), "")]),
        ("Mr. Biden dijo que Mme Lagarde no vendría.", "es", [("Mr.", ("en",), ""), ("Mme", ("fr",), "")]),
    ],
)
def test_a_title_of_another_language_with_the_targets_own(text, target, expected):
    """The target's title, or none where its news names people without one (German, Spanish: a blind review
    found "Herr Maduro" suggested where dpa writes "Maduro")."""
    assert [(h.text, h.languages, h.suggestion) for h in honorifics.in_text(text, target)] == expected


@pytest.mark.parametrize(
    ("text", "target", "fixed"),
    [
        ("Mr Maduro sagte am Montag, Venezuela werde sich verteidigen.", "de",
         "Maduro sagte am Montag, Venezuela werde sich verteidigen."),
        ("El primer ministro, Mr.\u00a0Trudeau, respondió.", "es", "El primer ministro, Trudeau, respondió."),
        ("Mr Maduro a déclaré lundi.", "fr", "M. Maduro a déclaré lundi."),
        ("The Economy Secretary, Señor Marcelo Ebrard, spoke.", "en", "The Economy Secretary, Marcelo Ebrard, spoke."),
        ("Mr Emmanuel Macron a déclaré lundi.", "fr", "Emmanuel Macron a déclaré lundi."),  # a full name
        ("Ms Takaichi werd dinsdag gekozen.", "nl", "Takaichi werd dinsdag gekozen."),
        ("Mr Tusk powiedział w poniedziałek.", "pl", "Tusk powiedział w poniedziałek."),  # no titles of its own
    ],
)  # fmt: skip
def test_a_title_the_targets_news_does_not_write_is_deleted_with_its_space(text, target, fixed):
    """Where the target's news names people without a courtesy title, and before a full name in every language
    (a blind review: "Señor Marcelo Ebrard" was given "Mr Marcelo Ebrard")."""
    from audit.fixes import apply

    [finding] = findings(CHECK, text, target)
    assert finding.text in ("Mr", "Mr.", "Ms", "Señor") and finding.fix.applicability is Applicability.UNSAFE
    assert apply(text, [finding.fix]) == fixed


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The novel by J. M. Coetzee was adapted by M. Night Shyamalan.", "en"),  # initials
        ("George Foreman Sr. Said to be retiring, he denied it.", "en"),  # Senior after a name
        ("Jean M. Dupont was elected.", "en"),
        ("Mr Major and Mrs Thatcher and Ms Lagarde.", "en"),  # the target's own
        ("M. Macron et Mme Borne ont reçu Mlle Martin.", "fr"),
        ("Herr Scholz und Frau Baerbock.", "de"),
        ("El Sr. Sánchez y la Sra. Díaz.", "es"),
        ("The herr and frau of the house.", "en"),  # no name after them
        ("Mevrouw Ollongren sprak met de heer Rutte en mevr. Kaag.", "nl"),  # Dutch's own
        ("Mme Borne mluvila s Herr Scholzem.", "cs"),  # Czech has no titles in its data: nothing to suggest
    ],
)
def test_initials_senior_and_the_targets_own_titles_are_left(text, target):
    assert honorifics.in_text(text, target) == []


def test_the_check_reports_the_title_once_with_an_unsafe_fix():
    text = "Monsieur Macron said the talks would resume in Geneva next week."
    [finding] = findings(CHECK, text, "en")
    assert (text[finding.start : finding.end], finding.suggestion) == ("Monsieur", "Mr")
    assert finding.fix is not None and finding.fix.applicability.value == "unsafe"
    assert "courtesy title in French" in finding.message


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("Der britische Prime Minister Keir Starmer sagte es.", "de", [("Prime Minister", ("en",), "Premierminister")]),
        ("Le Secretary of State Marco Rubio a parlé.", "fr", [("Secretary of State", ("en",), "secrétaire d'État")]),
        ("President Macron a parlé.", "fr", [("President", ("en", "nl"), "président")]),
        ("El Governor Gavin Newsom habló.", "es", [("Governor", ("en",), "gobernador")]),
        ("Bundeskanzler Scholz said so.", "en", [("Bundeskanzler", ("de",), "Chancellor")]),
        ("Ministro Lula spoke.", "en", [("Ministro", ("es", "it", "pt"), "Minister")]),
        ("The premier ministre resigned.", "en", [("premier ministre", ("fr",), "Prime Minister")]),  # any case
    ],
)
def test_an_office_of_another_language_with_the_targets_own(text, target, expected):
    assert [(o.text, o.languages, o.suggestion) for o in offices.in_text(text, target)] == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Stephen King and Carole King wrote.", "en"),  # a surname, after a name
        ("The Office of the Prime Minister said.", "de"),  # inside a name of its own language, after "the"
        ("Der Premier von Quebec und General Motors.", "de"),  # German writes Premier; no name after General
        ("El mayor problema del alcalde.", "es"),  # "mayor": larger
        ("Le Premier ministre et le président.", "fr"),
        ("The President met the Mayor.", "en"),  # no name after them
        ("Minister Pistorius und Präsident Selenskyj.", "de"),
    ],
)
def test_titles_a_target_writes_or_names_are_left(text, target):
    assert offices.in_text(text, target) == []


def test_a_language_without_offices_gets_none():
    assert offices.in_text("Der Prime Minister Keir Starmer sprach.", "sv") == []


def test_the_check_names_every_language_that_writes_a_title():
    [finding] = findings(CHECK, "Presidente Milei promised to cut public spending.", "en")
    assert finding.message == "“Presidente” is a title in Spanish, Italian or Portuguese: English writes “President”"


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ('[honorifics]\nsir = ["Sr"]\n', "'honorifics' must be a table with miss, mr, mrs"),
        ('[offices]\nmayor = "Mayor"\n', "'offices' maps an office to a list of the titles that name it"),
    ],
)
def test_titles_of_a_language_file_are_checked(tmp_path, monkeypatch, table, error):
    (tmp_path / "xx.toml").write_text(f'code = "xx"\nname = "X"\nprovenance = "test"\n{table}')
    monkeypatch.setenv(lexicon.ENVIRONMENT, str(tmp_path))
    lexicon.clear_cache()
    try:
        with pytest.raises(InputError, match=error):
            lexicon.get("xx")
    finally:
        monkeypatch.delenv(lexicon.ENVIRONMENT)
        lexicon.clear_cache()


def test_rbmt4_keeps_french_titles_the_reference_never(shared_data):
    """RBMT-4 writes “M. Ströbele”, “Mme Plibersek” in English; the professional reference never does."""
    titles = re.compile(r"(?<![\w.])(?:M\.|Mme|Mlle) [A-Z]")
    for name, least in (("newstest2014.rbmt4.0.fr-en", 0.95), ("newstest2014-fren-ref.en", None)):
        documents = wmt14_documents(shared_data, name)
        written = sum(len(titles.findall(doc.text)) for doc in documents)
        found = [f for _, f in run_direct(CHECK, documents, "en") if "courtesy title" in f.message]
        print(f"\n{name}: {len(found)} courtesy titles reported of {written} written")
        if least is None:
            assert found == []
        else:
            assert written >= 50 and len(found) >= least * written
