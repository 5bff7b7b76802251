"""The round-trip check: scores in the JSON report, findings, reference mode, and the run without a model."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sacrebleu.metrics import BLEU, CHRF, TER

from audit import checks
from audit.checks import round_trip as round_trip_module
from audit.checks.round_trip import CHECK as round_trip
from audit.context import RunContext
from audit.document import Document
from audit.findings import Severity
from audit.runner import run_checks
from audit.translation.packages import InstalledPackage
from tests.paths import SEED
from tests.translation.conftest import audit_cli


class TableService:
    """A stand-in translation service: known sentences from a table, anything else unchanged or repeated."""

    def __init__(self, table: dict[str, str] | None = None, stutter: bool = False):
        self.table, self.stutter = table or {}, stutter

    def missing(self, from_code: str, to_code: str) -> list[str]:
        return []

    def start_chunk(self) -> None:
        """Nothing is remembered between chunks: the table answers."""

    def route(self, from_code: str, to_code: str) -> list[InstalledPackage]:
        return [InstalledPackage(from_code, to_code, "1", Path("."))]

    def translate(self, texts, from_code, to_code):
        out = [self.table.get(t, t) for t in texts]
        return [f"{t} {t} he said he said" if self.stutter else t for t in out]


def test_without_a_model_the_other_checks_run_and_the_report_says_why(tmp_path, isolated_env):
    env = {**isolated_env, "ARGOS_PACKAGES_DIR": str(tmp_path / "empty")}
    second = tmp_path / "second.txt"
    second.write_text("The minister said the talks would resume next week in Geneva.\n", "utf-8")
    report = tmp_path / "r.json"
    ran = audit_cli("check", str(SEED), str(second), "-s", "fr", "-f", "json", "-o", str(report), env=env)
    plain = audit_cli("check", str(SEED), str(second), "-s", "fr", "--no-backtranslate", "-f", "json", env=env)
    assert ran.returncode == plain.returncode == 1  # the seed's double attribution, not the missing model
    notices = [line for line in ran.stderr.splitlines() if "round trip skipped" in line]
    assert len(notices) == 1 and "audit models install fr en" in notices[0] and "en→fr, fr→en" in notices[0]
    documents = json.loads(report.read_text("utf-8"))["documents"]
    for document in documents:
        assert document["scores"]["round_trip"] is None
        reason = document["scores"]["round_trip_unavailable"]
        assert "audit models install fr en" in reason["reason"] and reason["missing"] == ["en→fr", "fr→en"]
    assert any(f["check"] == "double-attribution" for f in documents[0]["findings"])
    off = json.loads(plain.stdout)["documents"][0]["scores"]
    assert off["round_trip"] is None and "--no-backtranslate" in off["round_trip_unavailable"]["reason"]

    required = audit_cli("check", str(SEED), "-s", "fr", "--require-backtranslation", env=env)
    assert required.returncode == 2
    assert required.stderr.strip().count("\n") == 0 and "back-translation required" in required.stderr


def test_report_scores_are_sacrebleus_own(argos_home, tmp_path, isolated_env):
    report = tmp_path / "r.json"
    ran = audit_cli("check", str(SEED), "-s", "fr", "-t", "en", "-q", "-f", "json", "-o", str(report), env=isolated_env)
    assert ran.returncode == 1, ran.stderr
    document = json.loads(report.read_text("utf-8"))["documents"][0]
    text = SEED.read_text("utf-8")
    scores = document["scores"]["round_trip"]
    assert scores["route"] == ["en→fr", "fr→en"] and scores["mode"] == "round-trip"
    originals = [text[s["span"]["start"] : s["span"]["end"]] for s in scores["sentences"]]
    returned = [s["back_translation"] for s in scores["sentences"]]
    for sentence, original, back in zip(scores["sentences"], originals, returned, strict=True):
        assert sentence["chrf"] == round(CHRF().sentence_score(back, [original]).score, 2)
        assert sentence["bleu"] == round(BLEU(effective_order=True).sentence_score(back, [original]).score, 2)
        assert sentence["ter"] == round(TER().sentence_score(back, [original]).score, 2)
    for name, metric in (("chrf", CHRF()), ("bleu", BLEU()), ("ter", TER())):
        assert scores[name]["score"] == round(metric.corpus_score(returned, [originals]).score, 2)
        assert scores[name]["signature"] == str(metric.get_signature())
    flagged = [f for f in document["findings"] if f["check"] == "round-trip"]
    assert flagged and all(f["category"] == "accuracy/mistranslation" for f in flagged)
    assert all(text[f["span"]["start"] : f["span"]["end"]] == f["text"] for f in flagged)


def test_clean_text_through_a_lossless_round_trip_gives_no_finding(perfect_packages, tmp_path, monkeypatch):
    """Real packages that return their input, run through CTranslate2: every sentence comes back whole."""
    from audit.translation.service import TranslationService

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(perfect_packages))
    service = TranslationService(cache_path=tmp_path / "c.sqlite3")
    findings, result = _run(SEED.read_text("utf-8"), service)
    assert findings == []
    sentences = result.scores["round_trip"]["sentences"]
    doc = result.document
    assert len(sentences) == len(doc.sentences) and all(s["chrf"] == 100.0 for s in sentences)
    assert all(s["back_translation"] == doc.text[s["span"]["start"] : s["span"]["end"]] for s in sentences)


def _run(text: str, service, source: str | None = None, **options) -> list:
    """The round trip's findings on the text, and its result (scores, document)."""
    doc = Document(id="d", text=text)
    check_options = {round_trip.id: round_trip.Options(**options)}
    ctx = RunContext(target_lang="en", source_lang="fr", translation_service=service, check_options=check_options)
    if source is not None:
        ctx.sources = [Document(id="s", text=source, lang_hint="fr")]
    (result,) = run_checks([doc], ctx, [round_trip])
    return result.findings, result


def test_flags_follow_thresholds_and_the_documents_own_distribution():
    scores = [80, 82, 78, 81, 79, 50, 30, 10, 85]
    flags = round_trip_module._flags(scores, [True] * 8 + [False], round_trip_module.THRESHOLDS["round-trip"])
    assert flags == [None, None, None, None, None, Severity.INFO, Severity.WARNING, Severity.ERROR, None]
    assert round_trip_module._flags([50, 52], [True, True], round_trip_module.THRESHOLDS["round-trip"]) == [None, None]


def test_round_trip_findings_name_the_back_translation():
    text = "The president met the minister in Paris on Monday.\nThe talks lasted for three long hours."
    service = TableService({"The talks lasted for three long hours.": "Speeches walked a green cow."})
    findings, result = _run(text, service)
    assert len(findings) == 1
    (finding,) = findings
    assert finding.text == "The talks lasted for three long hours." and finding.severity is Severity.ERROR
    assert "Speeches walked a green cow." in finding.message
    assert result.scores["round_trip"]["sentences"][0]["chrf"] == 100.0


def test_reference_mode_flags_omissions_additions_and_mistranslations():
    source = "Le président a parlé. Les prix ont augmenté de dix pour cent. Le ministre a démissionné hier soir."
    target = "The president spoke.\nThe minister resigned last night.\nA football match was played in Lyon today."
    table = {
        "Le président a parlé.": "The president spoke.",
        "Les prix ont augmenté de dix pour cent.": "Prices rose by ten percent.",
        "Le ministre a démissionné hier soir.": "The minister resigned last night.",
    }
    findings, result = _run(target, TableService(table), source=source)
    by_category = {f.category: f for f in findings}
    assert set(by_category) == {"accuracy/omission", "accuracy/addition"}
    omission = by_category["accuracy/omission"]
    assert omission.start == omission.end == target.index("\nThe minister")
    assert omission.suggestion == "Prices rose by ten percent."
    assert by_category["accuracy/addition"].text == "A football match was played in Lyon today."
    assert result.scores["round_trip"]["mode"] == "reference" and result.scores["round_trip"]["chrf"]["score"] == 100.0

    dateline = _run("KYIV, Nov 24.\n" + target, TableService(table), source=source)[0]
    assert sorted(f.category for f in dateline) == ["accuracy/addition", "accuracy/omission"]
    assert all("KYIV" not in f.text for f in dateline)  # a dateline with no counterpart is not an addition

    wrong = {**table, "Le ministre a démissionné hier soir.": "Yesterday evening a minister went away."}
    findings, _ = _run(target, TableService(wrong), source=source)
    assert any(f.category == "accuracy/mistranslation" and f.text.startswith("The minister") for f in findings)


def test_configured_thresholds_replace_the_checks_own():
    text = "The president met the minister in Paris on Monday.\nThe talks lasted for three long hours."
    service = TableService({"The talks lasted for three long hours.": "Speeches walked a green cow."})
    assert [f.severity for f in _run(text, service)[0]] == [Severity.ERROR]
    lenient = _run(text, service, error_below=0.0, warning_below=0.0)[0]
    assert lenient == []
    strict = _run(text, service, error_below=0.0, warning_below=100.0)[0]
    assert [f.severity for f in strict] == [Severity.WARNING]


def test_the_source_an_input_carries_puts_the_document_in_reference_mode():
    table = {"Le président a parlé.": "The president spoke.", "Les prix ont augmenté.": "Prices went up."}
    doc = Document(id="d", text="The president spoke.", source="Le président a parlé. Les prix ont augmenté.")
    doc.source_lang = "fr"
    ctx = RunContext(target_lang="en", translation_service=TableService(table))
    (result,) = run_checks([doc], ctx, [round_trip])
    assert result.scores["round_trip"]["mode"] == "reference"
    assert [f.category for f in result.findings] == ["accuracy/omission"]
    assert result.findings[0].suggestion == "Prices went up."


def test_back_translation_artifacts_never_reach_other_checks():
    """A back-translator that stutters ("he said he said") changes no finding of any other check."""
    text = SEED.read_text("utf-8")

    def others(service, backtranslate: bool) -> list:
        doc = Document(id="seed", text=text)
        ctx = RunContext(source_lang="fr", translation_service=service, backtranslate=backtranslate)
        (result,) = run_checks([doc], ctx, checks.CHECKS)
        return [f for f in result.findings if f.check != round_trip.id]

    assert others(TableService(stutter=True), True) == others(None, False)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300))
def test_findings_lie_inside_the_text(text):
    findings, result = _run(text, TableService(stutter=True))
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == result.document.text[finding.start : finding.end]
    findings, result = _run(text, TableService(), source=text[::-1] or "x")
    for finding in findings:
        assert finding.text == result.document.text[finding.start : finding.end]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.text(max_size=80), st.text(max_size=80)), min_size=1, max_size=4),
    st.sampled_from(["en", "fr", "zh", "ja", None]),
)
def test_document_scores_are_sacrebleus_on_any_text(pairs, lang):
    from audit.scoring import _metrics, document_scores

    hypotheses, references = [h for h, _ in pairs], [r for _, r in pairs]
    sentences, corpus = document_scores(hypotheses, references, lang)
    chrf, bleu, ter = _metrics(lang, False)
    for name, metric in (("chrf", chrf), ("bleu", bleu), ("ter", ter)):
        assert corpus[name]["score"] == round(metric.corpus_score(hypotheses, [references]).score, 2)
    for scores in sentences:
        assert 0 <= scores.chrf <= 100 + 1e-9 and 0 <= scores.bleu <= 100 + 1e-9 and scores.ter >= 0


def test_reference_mode_end_to_end(perfect_packages, tmp_path, isolated_env):
    """`audit check --source` with real packages (ones that return their input, so the 'source' is written in
    the target's words): a sentence the translation dropped and one it added are found where they are."""
    sentences = [
        "The president met the prime minister in Kyiv on Monday.",
        "They discussed air defence and the reconstruction of the power grid.",
        "Officials said a new aid package would be announced next week.",
        "The talks lasted for more than three hours.",
    ]
    added = "A football match between the two capitals was cancelled because of the rain."
    source, published = tmp_path / "article.fr.txt", tmp_path / "article.en.txt"
    source.write_text("\n".join(sentences) + "\n", "utf-8")
    published.write_text("\n".join([sentences[0], sentences[1], sentences[3], added]) + "\n", "utf-8")
    env = {**isolated_env, "ARGOS_PACKAGES_DIR": str(perfect_packages)}
    args = ("check", str(published), "--source", str(source), "-s", "fr", "-t", "en", "-f", "json", "-q")
    ran = audit_cli(*args, env=env)
    assert ran.returncode == 0, ran.stdout  # warnings only
    document = json.loads(ran.stdout)["documents"][0]
    found = {(f["category"], f["text"]) for f in document["findings"] if f["check"] == "round-trip"}
    assert found == {("accuracy/addition", added), ("accuracy/omission", "")}
    omission = next(f for f in document["findings"] if f["category"] == "accuracy/omission")
    assert omission["suggestion"] == sentences[2] and omission["line"] == 2
    assert document["scores"]["round_trip"]["mode"] == "reference"
    assert document["scores"]["round_trip"]["chrf"]["score"] == 100.0
