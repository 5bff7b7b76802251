import pytest

from audit.checks.sentence_case import CHECK as sentence_case
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from tests.labelled import load_cases, precision_recall, span_of
from tests.paths import CORPORA, SEED


def _findings(text: str) -> list:
    [result] = run_checks([Document("d", text)], RunContext(target_lang="en"), [sentence_case])
    return result.findings


def test_precision_and_recall_on_labelled_cases():
    cases = load_cases(CORPORA / "sentence_case" / "cases.jsonl")
    true_positive = found_total = expected_total = 0
    for case in cases:
        expected = {span_of(case["text"], e["flag"], e["occurrence"]) for e in case["expect"]}
        found = {(f.start, f.end) for f in _findings(case["text"])}
        true_positive += len(found & expected)
        found_total += len(found)
        expected_total += len(expected)
    precision, recall = precision_recall(true_positive, found_total, expected_total)
    print(f"sentence-case: precision {precision:.3f} recall {recall:.3f} on {len(cases)} cases")
    assert precision >= 0.95
    assert recall >= 0.9


def test_seed_article_he_declared():
    text = SEED.read_text("utf-8")
    [finding] = _findings(text)
    assert text[finding.start :].startswith("he declared")
    assert (finding.text, finding.suggestion, finding.line) == ("he", "He", 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das vereinbarten Präsident Ferdinand Marcos Jr. und Vietnams Parteichef To Lam in Manila."),
        ("fr", "Le président Ferdinand Marcos Jr. et le dirigeant vietnamien To Lam se sont rencontrés à Manille."),
        ("es", "El presidente Ferdinand Marcos Jr. y el líder vietnamita To Lam se reunieron en Manila."),
        ("de", "Die Kosten steigen bzw. sinken je nach Region, sagte der Minister."),
    ],
)
def test_a_name_s_suffix_or_an_abbreviation_of_the_target_ends_no_sentence(lang, text):
    """pysbd's lists of some languages lack "Jr." or "bzw.": the word after them opens no sentence."""
    [result] = run_checks([Document("d", text)], RunContext(target_lang=lang), [sentence_case])
    assert result.findings == []
