"""inconsistent-translation: examples against their source, the labelled cases (corpora/consistency/), a feed
of several documents, and the WMT14 reference against its source."""

from __future__ import annotations

from audit.checks.inconsistent_translation import CHECK as inconsistent
from audit.checks.inconsistent_translation import normal
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from tests.bilingual_cases import score
from tests.labelled import load_cases
from tests.paths import CORPORA
from tests.wmt14 import findings_per_thousand

MIN_PRECISION, MIN_RECALL = 0.95, 0.9


def feed(*documents: tuple[str, str, str, str]) -> list:
    docs = [
        Document(f"d{i}", text, lang_hint=lang, source=source, source_lang=source_lang)
        for i, (text, source, lang, source_lang) in enumerate(documents)
    ]
    return run_checks(docs, RunContext(backtranslate=False), [inconsistent])


def test_examples_against_their_source():
    for example in inconsistent.examples:
        [result] = feed((example.text, example.source, example.lang, example.source_lang))
        assert tuple(f.text for f in result.findings) == example.found, [f.message for f in result.findings]


def test_whitespace_first_letter_and_final_punctuation_are_no_difference():
    assert normal("  The  ministry did not comment. ") == normal("the ministry did not comment") != normal("X")


def test_across_the_documents_of_a_feed_both_directions():
    source = "Le ministère de la Défense n'a pas souhaité commenter ces informations."
    other = "Les prix de l'énergie ont encore augmenté au mois de mars."
    first = ("The Defence Ministry declined to comment on the reports.", source, "en", "fr")
    second = ("The Ministry of Defence did not wish to comment on this information.", source, "en", "fr")
    copied = ("The Defence Ministry declined to comment on the reports.", other, "en", "fr")
    results = feed(first, second, copied)
    assert [len(r.findings) for r in results] == [0, 1, 1]
    assert "translated otherwise on line 1 of d0" in results[1].findings[0].message
    assert "given on line 1 of d0 to another source" in results[2].findings[0].message


def test_short_segments_and_other_languages_are_left_alone():
    short = feed(("Yes.", "Oui.", "en", "fr"), ("Indeed.", "Oui.", "en", "fr"))
    assert not any(r.findings for r in short)
    source = "Le ministère de la Défense n'a pas souhaité commenter ces informations."
    english = ("The Defence Ministry declined to comment on the reports.", source, "en", "fr")
    german = ("Das Verteidigungsministerium wollte die Berichte nicht kommentieren.", source, "de", "fr")
    assert not any(r.findings for r in feed(english, german))


def test_labelled_cases():
    result = score(inconsistent, load_cases(CORPORA / "consistency" / "cases.jsonl"))
    print("\n" + result.report("inconsistent-translation"))
    assert result.precision >= MIN_PRECISION and result.recall >= MIN_RECALL


def test_the_wmt14_reference(shared_data):
    rates = findings_per_thousand(shared_data, [inconsistent])
    print("\ninconsistent-translation per 1,000 sentences: " + ", ".join(f"{k} {v:.2f}" for k, v in rates.items()))
    assert rates["reference"] <= 2.0
