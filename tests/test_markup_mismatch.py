"""markup-mismatch on the labelled pairs of corpora/markup, its examples, and the placeholder, URL, e-mail and
tag cases of pofilter and Okapi."""

from __future__ import annotations

import json

import pytest

from audit.checks.markup_mismatch import CHECK
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from audit.sources import NO_SOURCE
from tests.labelled import load_cases
from tests.paths import CORPORA
from tests.test_number_mismatch import MIN_PRECISION, MIN_RECALL, against, check_corpus, example_holds, report

CASES = load_cases(CORPORA / "markup" / "cases.jsonl")
POFILTER_CHECKS = ("printf", "pythonbraceformat", "variables", "urls", "emails", "xmltags")
# OpenOffice's checker has placeholders of its own ([file], #file#, a lone %) and lets size attributes change.
OTHER_CONVENTIONS = {"ooochecker"}
# Cases decided otherwise here, and why.
DEVIATIONS = {
    ("Downloading %1$@ at %2$@ speed", "Downloading at %2$@ speed the file %$1@"): "%$1@ is no placeholder",
}
OKAPI = {  # Okapi's cases on patterns, and whether a finding is due
    "testMISSING_PATTERN_ForURL": True,
    "testRULES_PRIORITYMEDIUM": True,
    "testRULES_PRIORITYHIGH": True,
    "testTARGET_SAME_AS_SOURCE_withoutWords": False,
}


def findings(text: str, lang: str, source: str, source_lang: str | None) -> list:
    return against(CHECK, text, lang, source, source_lang)


def audited(case: dict) -> tuple[list, str]:
    return findings(case["text"], case["lang"], case["source"], case["source_lang"]), case["text"]


def test_corpus_size_and_languages():
    check_corpus(CASES)


def test_precision_and_recall():
    precision, recall = report(CHECK.id, CASES, audited)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL


@pytest.mark.parametrize("example", CHECK.examples, ids=lambda e: e.text[:30])
def test_examples_against_their_source(example):
    example_holds(CHECK, example)


def test_messages_say_what_changed():
    [altered] = findings("{count} people in {stadt}.", "en", "{count} personnes à {ville}.", "fr")
    assert altered.message == "the source's placeholder “{ville}” is “{stadt}” in the translation"
    [missing] = findings("Write to us.", "en", "Écrivez à presse@example.fr.", "fr")
    assert missing.message == "the source's e-mail address “presse@example.fr” is missing"
    assert missing.severity == "warning" and missing.start == missing.end
    [added] = findings("<b>Alert</b><br>", "en", "<b>Alerte</b>", "fr")
    assert added.message == "the tag “<br>” is not in the source" and added.severity == "error"


def test_placeholders_may_move_and_attributes_be_translated():
    assert not findings("%2$s by %1$s", "en", "%1$s bat %2$s", "fr")
    assert not findings('<img src="a.png" alt="Map">', "en", '<img src="a.png" alt="Carte">', "fr")
    assert not findings("Prices rose 20% in 2023.", "en", "Les prix ont augmenté de 20 % en 2023.", "fr")


def test_without_a_source_the_check_is_skipped():
    [result] = run_checks([Document("d", "See https://example.org.")], RunContext(target_lang="en"), [CHECK])
    assert result.findings == [] and result.skipped == [{"check": CHECK.id, "reason": NO_SOURCE}]


def test_pofilter_and_okapi_cases(shared_data):
    """pofilter's printf, Python brace, variables, URL, e-mail and XML tag cases (but the OpenOffice checker's)
    and Okapi's pattern cases: each passes or fails as the peer says, but the deviations named above."""
    peer = shared_data / "peer-cases"
    cases = [
        (f"pofilter {c['check']}", c["source"], c["target"], c["expect"] != "passes")
        for c in map(json.loads, (peer / "pofilter_check_cases.jsonl").read_text("utf-8").splitlines())
        if c["check"] in POFILTER_CHECKS and c["checker"] not in OTHER_CONVENTIONS
    ]
    cases += [
        (f"okapi {c['test']}", c["source"], c["target"], OKAPI[c["test"]])
        for c in map(json.loads, (peer / "okapi_qualitycheck_cases.jsonl").read_text("utf-8").splitlines())
        if c["test"] in OKAPI
    ]
    failures = []
    for name, source, target, expected in cases:
        if (source, target) in DEVIATIONS:
            expected = not expected
        if bool(findings(target, "fr", source, None)) != expected:
            failures.append((name, source, target))
    passed = len(cases) - len(failures)
    print(
        f"\npofilter and Okapi markup cases: {passed}/{len(cases)} pass ({passed / len(cases):.0%}),"
        f" {len(DEVIATIONS)} decided otherwise by design"
    )
    for failure in failures:
        print("  ", failure)
    assert not failures
