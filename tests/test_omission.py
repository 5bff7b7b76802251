"""omission and addition: their examples against the source, the labelled corpora (corpora/omission/), the peer
tools' untranslated and length cases, and the professional WMT14 reference against its source."""

from __future__ import annotations

import json

import pytest

from audit.checks.addition import CHECK as addition
from audit.checks.omission import CHECK as omission
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from tests.bilingual_cases import score
from tests.labelled import load_cases
from tests.paths import CORPORA

CHECKS = {"omission": omission, "addition": addition}
MIN_PRECISION, MIN_RECALL = 0.95, 0.9


def audited(text: str, source: str, lang: str, source_lang: str, check) -> list:
    doc = Document("d", text, lang_hint=lang, source=source, source_lang=source_lang)
    [result] = run_checks([doc], RunContext(backtranslate=False), [check])
    return result.findings


@pytest.mark.parametrize("check", CHECKS.values(), ids=CHECKS)
def test_examples_against_their_source(check):
    for example in check.examples:
        found = audited(example.text, example.source, example.lang, example.source_lang, check)
        assert tuple(f.text for f in found) == example.found, [f.message for f in found]


def test_without_a_source_nothing_is_reported():
    for check in CHECKS.values():
        [result] = run_checks([Document("d", "A sentence.", lang_hint="en")], RunContext(), [check])
        assert result.findings == []


@pytest.mark.parametrize("name", CHECKS)
def test_labelled_corpus(name):
    cases = load_cases(CORPORA / "omission" / f"{name}_cases.jsonl")
    result = score(CHECKS[name], cases)
    print("\n" + result.report(name))
    for line in result.false_alarms:
        print("  false alarm:", line)
    assert result.precision >= MIN_PRECISION
    assert result.recall >= RECALL_FLOOR[name]


# Recall as measured, over the 0.9; still missed: a clause whose words neither the concepts table nor
# cognates tie to the other side, or with one such word only, and a clause hidden in free wording (see the README).
RECALL_FLOOR = {"omission": 0.91, "addition": 0.91}


@pytest.mark.parametrize("name", CHECKS)
def test_held_out_cases(name):
    """Cases written after the thresholds were set and never used to set them (corpora/omission/held_out.jsonl):
    each check scored on its own cases and on the complete translations."""
    cases = [c for c in load_cases(CORPORA / "omission" / "held_out.jsonl") if c["check"] in (name, "both")]
    result = score(CHECKS[name], cases)
    print("\nheld out, " + result.report(name))
    assert result.precision >= MIN_PRECISION
    assert result.recall >= HELD_OUT_RECALL_FLOOR[name]


HELD_OUT_RECALL_FLOOR = {"omission": 0.8, "addition": 0.88}


def test_an_omitted_sentence_is_reported_where_it_belongs():
    source = "Le train est arrivé à Genève. Il avait 45 minutes de retard à cause d'une panne près de Lausanne. Les"
    source += " voyageurs ont été indemnisés."
    text = "The train arrived in Geneva. The passengers were compensated."
    [finding] = audited(text, source, "en", "fr", omission)
    assert finding.start == finding.end == len("The train arrived in Geneva.")
    assert "Lausanne" in finding.message and finding.category == "accuracy/omission"


PEER_CASES = {"untranslated": "omission", "blank": "omission", "short": "omission", "long": "addition"}


def test_peer_untranslated_and_length_cases(shared_data):
    """pofilter's untranslated, blank, short and long cases and Okapi's empty target: a target with nothing, or
    a fraction, of a source of some words is an omission; a single word or letter is too short to tell."""
    lines = (shared_data / "peer-cases" / "pofilter_check_cases.jsonl").read_text("utf-8").splitlines()
    cases = [
        (c["source"], c["target"], c["expect"] == "fails", PEER_CASES[c["check"]])
        for c in map(json.loads, lines)
        if c["check"] in PEER_CASES and not c["source"].startswith("_: KDE")  # KDE's comments are not news
    ]
    lines = (shared_data / "peer-cases" / "okapi_qualitycheck_cases.jsonl").read_text("utf-8").splitlines()
    cases += [
        (c["source"], c["target"], "EMPTY_TARGETSEG" in c["expected_issues"], "omission")
        for c in map(json.loads, lines)
        if c["test"].startswith(("testEMPTY", "testNoIssues", "testTARGET_SAME_AS_SOURCE"))
    ]
    passed = []
    for source, target, expected, name in cases:
        found = bool(audited(target or " ", source, "af", "en", CHECKS[name]))
        passed.append(found == expected or (expected and _too_short(source)))
    failed = [case for case, ok in zip(cases, passed, strict=True) if not ok]
    print(f"\npofilter/Okapi untranslated, blank, short, long: {sum(passed)}/{len(cases)} pass; failing: {failed}")
    assert not failed


def _too_short(source: str) -> bool:
    """Trivially short sources ("abcde" -> "c", "a" -> "bc"), which the checks leave alone by design."""
    return len(source.split()) < 2


def test_with_translation_packages_sentences_are_aligned_on_a_fresh_translation():
    from tests.translation.test_round_trip_check import TableService

    sources = [
        "Le train est arrivé à Genève.",
        "Il avait du retard à cause d'une panne de signalisation.",
        "Les voyageurs ont été indemnisés.",
    ]
    fresh = ["The train arrived in Geneva.", "It was late because of a signal failure.", "Travellers were paid back."]
    text = "The train arrived in Geneva.\n\nThe travellers were compensated."
    doc = Document("d", text, lang_hint="en", source=" ".join(sources), source_lang="fr")
    service = TableService(dict(zip(sources, fresh, strict=True)))
    [result] = run_checks([doc], RunContext(translation_service=service), [omission])
    [finding] = result.findings
    assert "panne de signalisation" in finding.message
    assert len("The train arrived in Geneva.") <= finding.start == finding.end <= text.index("The travellers")


def test_the_wmt14_reference_against_its_source(shared_data):
    from tests.wmt14 import findings_per_thousand

    rates = findings_per_thousand(shared_data, [omission, addition])
    print("\nomission and addition per 1,000 sentences: " + ", ".join(f"{k} {v:.2f}" for k, v in rates.items()))
    assert rates["reference"] <= 0.67  # 2 findings in 3,003 sentences, under the 2 (see the README)
