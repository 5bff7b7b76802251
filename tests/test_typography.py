"""typography on its labelled cases (corpora/typography) and the clean prose, its conventions data, and the three
text checks (untranslated-word, punctuation, typography) on the WMT14 reference against eight MT systems."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import get
from audit.checks.typography import CHECK
from audit.errors import InputError
from audit.findings import Applicability, Severity
from audit.fixes import apply
from audit.typography import conventions
from tests.labelled import load_cases
from tests.paths import CORPORA
from tests.test_untranslated_word import (
    COMPANIONS,
    MT_SYSTEMS,
    REFERENCE,
    assert_corpus_size,
    assert_quality,
    clean_prose_findings,
    findings,
    run_direct,
    wmt14_documents,
)

CASES = load_cases(CORPORA / "typography" / "cases.jsonl")
TEXT_CHECKS = ("untranslated-word", "punctuation", "typography")
# Every finding of the three checks on the WMT14 reference, each read by hand against the French source: slips of
# the professional translation, found as they should be (line of newstest2014-fren-ref.en, check, text).
REFERENCE_SLIPS = {
    (25, "punctuation", ", ."),  # "on 1 November 2013, ."
    (230, "punctuation", "  "),  # "very  few"
    (490, "punctuation", ","),  # "tied,from"
    (679, "punctuation", " ."),  # "in the market ."
    (709, "punctuation", ","),  # "mediators,talks"
    (709, "punctuation", ",."),  # "on Wednesday,."
    (1132, "punctuation", '"'),  # years" worth: an apostrophe typed as a quotation mark
    (1135, "punctuation", '"'),  # banks" increasing
    (1653, "punctuation", '"'),  # a quotation closed that no line opens
    (1673, "punctuation", "scientists"),  # the source's sentence ends with a full stop, the translation's not
    (2405, "punctuation", ","),  # "loud,accompanied"
    (2566, "punctuation", '"'),  # Brussels" regulatory
    (2627, "punctuation", '"'),  # daughters" school fees
    (2636, "punctuation", '"'),  # banks" creditworthiness
    (2644, "punctuation", '"'),  # a quotation opened and never closed
    (682, "typography", "38 000"),  # "£38 000 million": French digit groups
    (1389, "typography", "4 500"),
    (1390, "typography", "11 000"),
}


def test_labelled_cases_and_the_clean_prose():
    """The labelled cases: precision and recall (other languages' quotation marks, spacing and figures); the
    clean prose and the seed: nothing."""
    assert_corpus_size(CASES)
    assert_quality(CHECK, CASES)
    assert clean_prose_findings(CHECK) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Monde ran the headline « La fin d'une époque » on Tuesday.", "en"),  # a quotation in its language
        ("The Spanish daily El País headlined: “¿Y ahora qué?”", "en"),
        ("Article 49.3 and Windows 3.1; the yield rose to 4.125 percent; the score was 3:1.", "en"),
        ("On March 3 500 protesters gathered; in 2014 500 died; call +44 20 7946 0958.", "en"),
        ("Il a parlé d'un « pas “historique” » ; le taux est passé à 3,125 %.", "fr"),
        ("Die Sitzung beginnt um 10.30 Uhr; er nannte es »historisch« und ‚nicht umsetzbar‘.", "de"),
    ],
)
def test_what_is_the_targets_own(text, lang):
    assert findings(CHECK, text, lang) == []


def test_suggestions_and_fixes():
    [quotes] = findings(CHECK, "He called it « a historic day » in Kyiv.", "en")
    assert quotes.suggestion == "“a historic day”" and quotes.fix.applicability is Applicability.SAFE
    [decimal] = findings(CHECK, "Growth was 1,5 percent.", "en")
    assert decimal.suggestion == "1.5" and decimal.fix.applicability is Applicability.SAFE
    [ambiguous] = findings(CHECK, "The ratio was 1,5 at the end.", "en")
    assert ambiguous.suggestion == "1.5" and ambiguous.fix.applicability is Applicability.UNSAFE
    [colon] = findings(CHECK, "Il a dit: non.", "fr")
    assert colon.suggestion == "\u00a0:" and colon.severity is Severity.INFO  # the text never spaces: a house style
    assert [f.severity for f in findings(CHECK, "Il a dit : oui. Elle a dit: non.", "fr")] == [Severity.WARNING]


def test_conventions_are_checked_data(tmp_path, monkeypatch):
    assert {c.code for c in conventions.every()} >= {"en", "fr", "de"}
    french = conventions.of("fr")
    assert french.quotes[0] == ("«", "»") and french.space_before["?"] == "\u202f" and french.decimal == ","
    (tmp_path / "xx.toml").write_text('code = "xx"\nname = "X"\n', "utf-8")
    monkeypatch.setattr(conventions, "DATA", tmp_path)
    conventions.of.cache_clear()
    try:
        with pytest.raises(InputError, match=r"xx\.toml: 'provenance' is missing"):
            conventions.of("xx")
    finally:
        conventions.of.cache_clear()


def test_wmt14_reference_against_the_machine_translations(shared_data):
    """The three checks on the professional reference: nothing but its own slips, read by hand (at most 2 other
    findings per 1,000 sentences); on every MT system of the same articles, more findings than on the reference."""
    checks = [get(i) for i in TEXT_CHECKS]
    companions = (*COMPANIONS, *TEXT_CHECKS)
    documents = wmt14_documents(shared_data, REFERENCE)
    starts = {doc.id: 1 + sum(d.text.count("\n") + 1 for d in documents[:i]) for i, doc in enumerate(documents)}
    found = {
        (starts[doc.id] + f.line - 1, f.check, f.text)
        for check in checks
        for doc, f in run_direct(check, documents, "en", companions)
    }
    sentences = sum(d.text.count("\n") + 1 for d in documents)
    counts = {REFERENCE: len(found)}
    for name in MT_SYSTEMS:
        counts[name] = sum(len(run_direct(c, wmt14_documents(shared_data, name), "en", companions)) for c in checks)
    print(
        f"\nWMT14 reference: {len(found)} findings ({len(found & REFERENCE_SLIPS)} of them its own slips, read by hand)"
    )
    print(
        "  "
        + ", ".join(f"{name.split('.')[1] if name != REFERENCE else 'reference'} {n}" for name, n in counts.items())
    )
    for finding in sorted(found - REFERENCE_SLIPS):
        print(f"  not among the slips: {finding}")
    assert 1000 * len(found - REFERENCE_SLIPS) / sentences <= 2
    assert all(counts[name] > counts[REFERENCE] for name in MT_SYSTEMS)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab \"«»“”‘’'„\n.", max_size=80))
def test_each_paragraphs_quotes_are_those_read_in_it_alone(text):
    """paragraph_quotes reads only the paragraphs a quotation mark stands in: the same as reading each."""
    from audit.document import Document
    from audit.typography import marks

    paragraphs = Document("d", text).paragraphs
    expected = tuple(marks.quotes(text, p.start, p.end) for p in paragraphs)
    assert marks.paragraph_quotes.__wrapped__(text, paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The vote is at 14h30 on Tuesday; the meeting ran from 9h15 to 17 h 30.", "en",
         [("14h30", "14:30"), ("9h15", "9:15"), ("17 h 30", "17:30")]),
        ("Die Sitzung beginnt um 14h30 Uhr.", "de", [("14h30", "14:30")]),
        ("Le vote est prévu à 14h30 mardi, puis à 17 h 30.", "fr", []),
        ("A 24h strike and a 48h truce; flight AF1h23; 14:30 and 2:30 p.m.", "en", []),
    ],
)  # fmt: skip
def test_an_hour_written_as_another_language_writes_it(text, lang, expected):
    """French and Portuguese write “14h30”; English, German and Spanish “14:30” (a blind review); an hour without
    its minutes (“24h”) may be a duration and is left alone."""
    assert [(f.text, f.suggestion) for f in findings(CHECK, text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "fixed"),
    [
        ("The budget was a priority。 Growth reached 5 percent，the highest in years.", "en",
         "The budget was a priority. Growth reached 5 percent, the highest in years."),
        ("The minister said：no more delays（for now）.", "en", "The minister said: no more delays (for now)."),
        ("Le ministre a déclaré que c'était une priorité。", "fr", "Le ministre a déclaré que c'était une priorité."),
        ("The sign read 经济增长了百分之三。 The talks went on.", "en", None),  # a passage left in Chinese
        ("The minister said، in a statement، that the talks would resume؟", "en",
         "The minister said, in a statement, that the talks would resume?"),
        ("The army said the border was closed। Officials said the road was open።", "en",
         "The army said the border was closed. Officials said the road was open."),
        ("El ministro dijo، en un comunicado، que seguirán.", "es",
         "El ministro dijo, en un comunicado, que seguirán."),
        ("The banner read: المفاوضات مستمرة، والحوار قائم. The talks went on.", "en", None),  # left in Arabic
        ("Japan respects the 「one China」 policy and the 『Japan is back』 slogan.", "en",
         "Japan respects the “one China” policy and the “Japan is back” slogan."),  # the target's first pair
        ("La Chine rappelle la politique d'une 「seule Chine」 lundi.", "fr",
         "La Chine rappelle la politique d'une «seule Chine» lundi."),
        ("The poster read 「一个中国」 in red.", "en", None),  # quoted Chinese: a passage left in Chinese
    ],
)  # fmt: skip
def test_marks_of_other_scripts_left_between_words(text, lang, fixed):
    """Blind reviews found ， 。 ： of a Chinese or Japanese source, and ، ؟ of an Arabic one, left in English
    unreported, and 「」『』 quotation marks (made the target's first pair); Devanagari's and Ethiopic's full stops
    are the same defect (data: typography/foreign-marks.toml)."""
    found = findings(CHECK, text, lang)
    if fixed is None:
        assert found == []
    else:
        assert apply(text, [f.fix for f in found]) == fixed
        assert {f.fix.applicability for f in found} == {Applicability.SAFE if lang == "en" else Applicability.UNSAFE}


@pytest.mark.parametrize(
    ("source", "translation", "reported"),
    [
        ("国内生产总值（GDP）增长了5%。", "Gross domestic product (GDP) grew by 5%.", False),  # full-width: the same
        ("国内生产总值（GDP）增长了5%。", "Gross domestic product GDP grew by 5%.", True),
        ("Le PIB (produit intérieur brut) a crû.", "GDP grew.", True),
    ],
)
def test_a_source_s_full_width_brackets_count_as_their_ascii_kind(source, translation, reported):
    """A blind review: “（GDP）” against “(GDP)” was reported as two brackets the source lacks."""
    from audit.typography.source import brackets

    assert bool(brackets(source, translation, 0, len(translation))) is reported


def test_the_spaces_inside_another_language_s_guillemets_are_not_reported_again():
    """A blind review: punctuation's “a space after «” beside typography's „…“ asked for two contradicting fixes."""
    from audit.context import RunContext
    from audit.document import Document
    from audit.runner import run_checks

    text = "Die Armee sprach von « einem Sieg » über die Miliz, sagte der Sprecher."
    checks = [CHECK, get("punctuation")]
    [result] = run_checks([Document("d", text)], RunContext(target_lang="de", backtranslate=False), checks)
    assert [(f.check, f.text) for f in result.findings] == [("typography", "« einem Sieg »")]
    assert apply(text, [result.findings[0].fix]) == text.replace("« einem Sieg »", "„einem Sieg“")
