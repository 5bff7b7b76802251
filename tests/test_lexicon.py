"""Language knowledge as data: the shipped files validate, bad files are one clear error, and a language added
as a file alone (a toy one here) works with the checks and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit import lexicon
from audit.checks.double_attribution import CHECK as double_attribution
from audit.checks.repeated_word import CHECK as repeated_word
from audit.cli import app
from audit.context import RunContext
from audit.document import Document
from audit.errors import InputError
from audit.runner import run_checks

TOY = """
code = "xx"
name = "Toy"
provenance = "Made up for the tests."
function_words = "mi e li la lon ni"
reporting_verbs = "toki sona"
subject_pronouns = "ona"
circumstantial = "lon"
emphatic_doubles = "mute"

[[grammatical_doubles]]
words = "la"
allowed = "always"
"""
TOY_TEXT = "«Mi wile e pona», ona toki. ona sona lon tomo suli.\nMi wile wile e moku. Ni la la pona. Ona li mute mute."


@pytest.fixture
def toy(tmp_path, monkeypatch):
    folder = tmp_path / "languages"
    folder.mkdir()
    (folder / "xx.toml").write_text(TOY, "utf-8")
    monkeypatch.setenv(lexicon.ENVIRONMENT, str(folder))
    lexicon.clear_cache()
    yield folder
    monkeypatch.delenv(lexicon.ENVIRONMENT)
    lexicon.clear_cache()


@pytest.mark.parametrize("code", lexicon.available())
def test_every_shipped_language_file_validates(code):
    data = lexicon.get(code)
    assert data is not None and data.code == code and data.name and data.provenance
    assert data.function_words, "a language file without function words helps no check"
    assert not data.function_words & data.reporting_verbs - data.auxiliaries - data.finite_verbs, code


def test_shipped_languages():
    assert {"en", "fr", "de", "es", "it", "pt", "nl", "pl"} <= set(lexicon.available())
    assert lexicon.SHARED not in lexicon.available()


def test_a_toy_language_added_as_a_file_works(toy):
    assert "xx" in lexicon.available() and lexicon.get("xx").name == "Toy"
    doc = Document("toy", TOY_TEXT)
    [result] = run_checks([doc], RunContext(target_lang="xx", backtranslate=False), [double_attribution, repeated_word])
    found = [(f.check, f.text, f.severity.value) for f in result.findings]
    assert found == [
        ("double-attribution", "ona sona", "error"),
        ("repeated-word", "wile", "error"),
        ("repeated-word", "mute", "info"),
    ]
    assert result.skipped == []


def test_a_toy_language_through_the_command_line(toy, tmp_path):
    article = tmp_path / "toy.txt"
    article.write_text(TOY_TEXT, "utf-8")
    command = ["check", str(article), "-t", "xx", "--check", "double-attribution", "--check", "repeated-word"]
    result = CliRunner().invoke(app, [*command, "-f", "json", "--no-backtranslate"])
    assert result.exit_code == 1, result.stderr
    [document] = json.loads(result.stdout)["documents"]
    assert document["language"]["expected"] == "xx"
    assert [f["text"] for f in document["findings"]] == ["ona sona", "wile", "mute"]


def test_a_file_outside_the_package_overrides_a_shipped_language(toy):
    (toy / "en.toml").write_text('code = "en"\nname = "English"\nprovenance = "test"\nfunction_words = "the"\n')
    lexicon.clear_cache()
    assert lexicon.get("en").reporting_verbs == frozenset()
    [result] = run_checks(
        [Document("d", "He said. he declared during a visit.")], RunContext(target_lang="en"), [double_attribution]
    )
    assert result.findings == [] and "has no reporting_verbs" in result.skipped[0]["reason"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\nverbs = "a b"\n', "unknown key 'verbs'"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\nfunction_words = 3\n', "'function_words' must be a list"),
        ('code = "xx"\nname = "Toy"\n', "'provenance' must be a non-empty string"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\nsubject_may_drop = "yes"\n', "must be true or false"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\n[[grammatical_doubles]]\nwords = "a"\nallowed = "often"\n',
         "'allowed' must be one of"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\n[quotes]\n"««" = "»"\n', "one opening mark to the marks"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\n[quotes]\n"«" = ""\n', "one opening mark to the marks"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\n[inversion]\nverbs = "a"\n', "'inversion' must be a table"),
        ("code = [", "cannot read the language data"),
        ('code = "xx"\nname = "Toy"\nprovenance = "p"\n[contractions]\n"à" = "au"\n', "'contractions' maps a"),
    ],
)  # fmt: skip
def test_a_bad_language_file_is_one_clear_error(toy, content, message):
    (toy / "xx.toml").write_text(content, "utf-8")
    lexicon.clear_cache()
    with pytest.raises(InputError, match=message) as raised:
        lexicon.get("xx")
    assert str(Path(toy / "xx.toml")) in str(raised.value) and "\n" not in str(raised.value)


def test_codes_that_are_no_file_name_are_never_looked_up(toy):
    assert lexicon.get("../languages/xx") is None and lexicon.get("") is None and lexicon.get(None) is None


def test_a_file_must_carry_its_own_code_and_a_file_name_must_be_a_code(toy):
    (toy / "yy.toml").write_text(TOY, "utf-8")  # says code = "xx"
    (toy / "a b.toml").write_text("not toml at all [", "utf-8")
    (toy / "é.toml").write_text(TOY, "utf-8")
    lexicon.clear_cache()
    assert "yy" in lexicon.available() and "a b" not in lexicon.available() and "é" not in lexicon.available()
    with pytest.raises(InputError, match="'code' is 'xx', but the file is named for 'yy'"):
        lexicon.get("yy")


def test_a_huge_language_file_is_refused(toy):
    (toy / "zz.toml").write_text('code = "zz"\nname = "Z"\nprovenance = "p"\n' + "# pad\n" * 200_000, "utf-8")
    lexicon.clear_cache()
    with pytest.raises(InputError, match="too large"):
        lexicon.get("zz")
