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
    ("lang", "text", "sentences"),
    [
        ("pl", "Gola strzelił w 23. minucie, a w 86. minucie dodał drugiego. Potem padł trzeci.", 2),
        ("pl", "Dla kapitana było to już 86. trafienie w barwach narodowych.", 1),
        ("de", "Er traf in der 23. Minute, am 3. März wieder.", 1),
        ("en", "The talks ended in 2023. he declared during a visit.", 2),  # English writes no such ordinal
        ("pl", "Mecz skończył się w 2023. Nowy sezon zaczął się potem.", 2),
    ],
)  # fmt: skip
def test_a_figure_s_full_stop_before_lower_case_is_an_ordinal_where_the_language_writes_them_so(lang, text, sentences):
    """pysbd's Polish ends a sentence at "23. minucie" (a blind review, session 20: three false findings and a
    safe fix capitalising "Minucie"): where the numbers data give "." as an ordinal ending, it does not."""
    doc = Document("d", text, lang_hint=lang)
    assert len(doc.sentences) == sentences
    [result] = run_checks([doc], RunContext(target_lang=lang), [sentence_case])
    assert [f.text for f in result.findings] == (["he"] if lang == "en" else [])


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
