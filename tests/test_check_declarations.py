"""Every check is a declared unit: its attributes, its examples (run here as tests), `audit explain`, and the
documents it skips because their language lacks the data it needs."""

from __future__ import annotations

import dataclasses
import json

import pytest
from typer.testing import CliRunner

from audit.checks import CHECKS, REGISTRY, get
from audit.checks.base import Check, Scope
from audit.cli import app
from audit.context import RunContext
from audit.document import Document
from audit.findings import Applicability, Severity
from audit.fixes import apply
from audit.runner import run_checks

runner = CliRunner()
EXAMPLES = [(check, example) for check in CHECKS for example in check.examples]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.id)
def test_every_check_is_declared(check: Check):
    assert check.id and check.id == check.id.lower() and " " not in check.id
    assert check.category.count("/") == 1
    assert isinstance(check.severity, Severity) and isinstance(check.scope, Scope)
    assert check.summary.strip() and len(check.rationale) > len(check.summary) / 2
    assert check.examples, f"{check.id} has no examples"
    assert dataclasses.is_dataclass(check.Options) and check.Options.__dataclass_params__.frozen
    for option in dataclasses.fields(check.Options):
        assert option.metadata.get("help"), f"{check.id}.{option.name} has no help"
    assert REGISTRY[check.id] is check


@pytest.mark.parametrize(("check", "example"), EXAMPLES, ids=[f"{c.id}-{i}" for i, (c, _) in enumerate(EXAMPLES)])
def test_examples_run_as_documented(check: Check, example):
    """The example's flagged spans are what the check finds (info included), and its fixes give the fixed text."""
    doc = Document("example", example.text)
    [result] = run_checks([doc], RunContext(target_lang=example.lang, backtranslate=False), [check])
    assert tuple(f.text for f in result.findings) == example.flagged, [f.message for f in result.findings]
    fixes = [f.fix for f in result.findings if f.fix and f.fix.applicability is not Applicability.DISPLAY]
    if example.fixed is not None:
        assert apply(example.text, fixes) == example.fixed
    else:
        assert not fixes


def test_the_checks_of_every_scope_and_language_need_are_exercised():
    assert {c.scope for c in CHECKS} == set(Scope)
    assert any(c.needs for c in CHECKS) and any(c.languages for c in CHECKS)


def test_explain_prints_the_declaration():
    result = runner.invoke(app, ["explain", "duplicate-phrase"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("duplicate-phrase (accuracy/addition, warning)")
    assert "Why it matters" in out and "[tool.audit.checks.duplicate-phrase]" in out
    assert "min-words = 4" in out and "in-quotations = false" in out
    assert "deny the Iranian authorities" in out and "fixed: " in out
    for check in CHECKS:
        assert runner.invoke(app, ["explain", check.id]).exit_code == 0


def test_explain_an_unknown_check_is_one_line():
    result = runner.invoke(app, ["explain", "no-such-check"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "unknown check 'no-such-check'" in result.stderr


def test_a_check_whose_language_data_is_missing_is_skipped_and_says_so(tmp_path):
    text = "Президент сказал. Он заявил на церемонии в Москве, что ответ будет."
    [result] = run_checks([Document("ru", text)], RunContext(target_lang="ru", backtranslate=False), CHECKS)
    skipped = {s["check"]: s["reason"] for s in result.skipped}
    assert "no language data for Russian" in skipped["double-attribution"]
    assert "knows German, English, Spanish, French only" in skipped["transliteration"] and "name-variant" not in skipped
    assert "repeated-word" not in skipped  # works, less well, on any language
    (tmp_path / "ru.txt").write_text(text, "utf-8")
    report = runner.invoke(app, ["check", str(tmp_path / "ru.txt"), "-t", "ru", "-f", "json", "--no-backtranslate"])
    [document] = json.loads(report.stdout)["documents"]
    assert {"check": "double-attribution", "reason": skipped["double-attribution"]} in document["skipped"]


def test_get_names_the_checks_there_are():
    assert get("repeated-word") is REGISTRY["repeated-word"]
    with pytest.raises(Exception, match="choose from wrong-language"):
        get("repeated-words")


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.id)
def test_unmet_each_says_what_unmet_says_for_each_language(check: Check):
    """A chunk's documents are asked about once per language; each gets what unmet() says of its own."""
    languages = ["en", None, "xx", "fr", "en", "de", None, "uk"]
    assert check.unmet_each(languages) == [check.unmet(lang) for lang in languages]
