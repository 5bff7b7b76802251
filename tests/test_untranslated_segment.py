"""untranslated-segment on the labelled units of corpora/untranslated_segment (read as XLIFF, as a translation
tool writes them), its examples, and pofilter's and Okapi's untranslated, unchanged and blank cases."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

import pytest

from audit.checks.untranslated_segment import CHECK
from audit.context import RunContext
from audit.document import Document
from audit.inputs import xliff
from audit.runner import run_checks
from audit.sources import NO_SOURCE
from tests.labelled import load_cases
from tests.paths import CORPORA
from tests.test_number_mismatch import MIN_PRECISION, MIN_RECALL, against, check_corpus, example_holds, report

CASES = load_cases(CORPORA / "untranslated_segment" / "cases.jsonl")
POFILTER_CHECKS = ("untranslated", "unchanged", "blank")
OKAPI = {
    "testTARGET_SAME_AS_SOURCE",
    "testTARGET_SAME_AS_SOURCE_withoutWords",
    "testTARGET_SAME_AS_SOURCE_NoIssue",
    "testEMPTY_TARGETSEG",
}
# Cases decided otherwise here, and why: the Mozilla checker lets CSS stay unchanged, KDE writes comments in
# the source ("_: comment\n"), which this audit does not know.
DEVIATIONS = {
    ("mozillachecker", "width: 12em;", "width: 12em;"): "CSS",
    ("mozillachecker", "7em", "7em"): "CSS",
    ("stdchecker", "_: KDE comment\\n\nI am untranslated", "_: KDE comment\\n\n"): "KDE comment",
}


def units(case: dict) -> bytes:
    """The case as an XLIFF 1.2 file, one unit per paragraph, a unit with an empty target without <target>."""
    body = "".join(
        f'<trans-unit id="{i}"><source>{escape(s)}</source>'
        + (f"<target>{escape(t)}</target>" if t else "")
        + "</trans-unit>"
        for i, (s, t) in enumerate(zip(case["source"].split("\n\n"), case["text"].split("\n\n"), strict=True))
    )
    return (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="case" datatype="plaintext"'
        f' source-language="{case["source_lang"]}" target-language="{case["lang"]}"><body>{body}</body></file></xliff>'
    ).encode()


def audited(case: dict) -> tuple[list, str]:
    [doc] = xliff.read(units(case), "case.xlf", [])
    return list(CHECK.run(doc, RunContext())), doc.text


def test_corpus_size_and_languages():
    check_corpus(CASES, frozenset({"fr", "de", "es", "ru", "zh", "ar"}))  # the translated pairs of number_pairs.py


def test_precision_and_recall():
    precision, recall = report(CHECK.id, CASES, audited)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL


@pytest.mark.parametrize("example", CHECK.examples, ids=lambda e: e.text[:30])
def test_examples_against_their_source(example):
    example_holds(CHECK, example)


def test_a_unit_without_target_is_reported_where_its_translation_would_stand():
    case = {"source": "Un.\n\nDeux.\n\nTrois.", "text": "One.\n\n\n\nThree.", "source_lang": "fr", "lang": "en"}
    [found], text = audited(case)
    assert found.message == "unit 1 has no translation: “Deux.”"  # the units' ids count from 0 here
    assert found.start == found.end == text.index("Three.")
    assert found.location.unit == "1" and found.location.line == 1  # the unit's own place, not the next one's
    assert found.location.column == units(case).decode().index('<trans-unit id="1"') + 1


def test_names_codes_and_figures_stay_the_same():
    for same in ("Emmanuel Macron", "NATO", "G20", "https://example.org", "12:30", "{count}", "iPhone 15"):
        assert not against(CHECK, same, "en", same, "fr"), same


def test_without_a_source_the_check_is_skipped():
    [result] = run_checks([Document("d", "Un texte.")], RunContext(target_lang="en"), [CHECK])
    assert result.findings == [] and result.skipped == [{"check": CHECK.id, "reason": NO_SOURCE}]


def test_a_segment_copied_is_one_finding_not_also_its_language_s_and_its_words():
    """untranslated-segment supersedes wrong-language and untranslated-word inside its findings (a blind review:
    one copied sentence, two errors); without it, the others still report the segment."""
    from audit.checks.untranslated_word import CHECK as untranslated_word
    from audit.checks.wrong_language import CHECK as wrong_language

    copied = "Los sindicatos convocaron una marcha para el 20 de noviembre."
    source = f"El gobierno anunció nuevas medidas el lunes.\n\n{copied}"
    text = f"The government announced new measures on Monday.\n\n{copied}"
    ctx = RunContext(target_lang="en", source_lang="es")

    def checked(*checks) -> list[str]:
        [result] = run_checks([Document("d", text, source=source, source_lang="es")], ctx, list(checks))
        return [f.check for f in result.findings]

    assert checked(CHECK, wrong_language, untranslated_word) == ["untranslated-segment"]
    assert checked(wrong_language, untranslated_word) == ["wrong-language"]


def peer_findings(source: str, target: str) -> list:
    """A blank target as a unit without a target (a file with no target at all is refused when read, so the
    unit stands beside a translated one); any other as a document with its source."""
    if target.strip():
        doc = Document("d", target, source=source, source_lang="en", lang_hint="fr")
    else:
        case = {"source": f"{source}\n\nYes.", "text": "\n\nOui.", "source_lang": "en", "lang": "fr"}
        doc = xliff.read(units(case), "case.xlf", [])[0]
    return list(CHECK.run(doc, RunContext(target_lang="fr")))


def test_pofilter_and_okapi_cases(shared_data):
    """pofilter's untranslated, unchanged and blank cases and Okapi's same-as-source and empty-target cases
    (English to a language that does not use English words, as the peers' test targets)."""
    peer = shared_data / "peer-cases"
    cases = [
        (c["checker"], c["source"], c["target"], c["expect"] != "passes")
        for c in map(json.loads, (peer / "pofilter_check_cases.jsonl").read_text("utf-8").splitlines())
        if c["check"] in POFILTER_CHECKS
    ]
    cases += [
        (f"okapi {c['test']}", c["source"], c["target"], bool(c["expected_issues"]))
        for c in map(json.loads, (peer / "okapi_qualitycheck_cases.jsonl").read_text("utf-8").splitlines())
        if c["test"] in OKAPI
    ]
    failures = []
    for name, source, target, expected in cases:
        if (name, source, target) in DEVIATIONS:
            expected = not expected
        if bool(peer_findings(source, target)) != expected:
            failures.append((name, source, target))
    passed = len(cases) - len(failures)
    print(
        f"\npofilter and Okapi untranslated cases: {passed}/{len(cases)} pass ({passed / len(cases):.0%}),"
        f" {len(DEVIATIONS)} decided otherwise by design"
    )
    for failure in failures:
        print("  ", failure)
    assert not failures
