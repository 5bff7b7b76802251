"""Conformance with peer tools' doubled-word tests (LanguageTool's English rule, translate-toolkit's pofilter)."""

from __future__ import annotations

import json

from audit.checks.repeated_word import CHECK as repeated_word
from audit.context import RunContext
from audit.document import Document
from audit.findings import Severity
from audit.runner import run_checks


def _flags(text: str, lang: str | None) -> int:
    [result] = run_checks([Document("d", text)], RunContext(target_lang=lang), [repeated_word])
    return sum(1 for f in result.findings if f.severity is not Severity.INFO)


def _rate(cases: list[tuple[str, bool]], lang: str | None, name: str) -> float:
    failures = [(text, expected) for text, expected in cases if (_flags(text, lang) > 0) != expected]
    rate = 1 - len(failures) / len(cases)
    print(f"\n{name}: {len(cases) - len(failures)}/{len(cases)} cases pass ({rate:.0%})")
    for text, expected in failures:
        print(f"  expected {'a finding' if expected else 'none'}: {text}")
    return rate


def test_languagetool_english_word_repeat_cases(shared_data):
    lines = (shared_data / "peer-cases" / "english_word_repeat_cases.jsonl").read_text("utf-8").splitlines()
    cases = [(c["sentence"], c["expected_matches"] > 0) for c in map(json.loads, lines)]
    assert _rate(cases, "en", "LanguageTool ENGLISH_WORD_REPEAT_RULE") == 1.0


def test_pofilter_doublewords_cases(shared_data):
    lines = (shared_data / "peer-cases" / "pofilter_check_cases.jsonl").read_text("utf-8").splitlines()
    cases = [
        (c["target"], c["expect"] == "fails")
        for c in map(json.loads, lines)
        if c["check"] == "doublewords" and c["checker"] != "st_checker"  # Sesotho's own exceptions are not ours
    ]
    assert _rate(cases, None, "pofilter doublewords") == 1.0
