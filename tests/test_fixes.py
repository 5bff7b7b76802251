"""Fixes a tool can apply: they never contradict each other, never drop content the finding does not report as
duplicated or misspelled, and reach the user through --diff, --fix and SARIF."""

from __future__ import annotations

import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from audit.checks import get
from audit.cli import app
from audit.context import RunContext
from audit.document import Document
from audit.duplication.tokens import tokens
from audit.findings import Applicability, Edit, Finding, Fix, Severity
from audit.fixes import apply, reconcile
from audit.reports import ReportOptions, sarif_report
from audit.runner import run_checks
from tests.labelled import load_cases
from tests.paths import CORPORA, SEED

runner = CliRunner()
TEXT_IDS = ("sentence-case", "repeated-word", "double-attribution", "duplicate-phrase", "duplicate-sentence")
TEXT_CHECKS = [get(i) for i in (*TEXT_IDS, "transliteration", "name-variant")]


def _corpus() -> list[tuple[str, str]]:
    texts = [(c["text"], c["lang"]) for p in sorted((CORPORA / "duplication").glob("*.jsonl")) for c in load_cases(p)]
    texts += [(c["text"], c.get("lang", "en")) for c in load_cases(CORPORA / "sentence_case" / "cases.jsonl")]
    texts += [(p.read_text("utf-8"), "en") for p in sorted((CORPORA / "clean").glob("*.txt"))]
    return [*texts, (SEED.read_text("utf-8"), "en")]


def _words(text: str) -> Counter[str]:
    return Counter(t.key for t in tokens(text))


def assert_fixes_keep_content(text: str, findings: list[Finding]) -> None:
    """Each fix removes only words of its finding's span; the fixes never overlap; applying them all keeps every
    word outside the findings' spans."""
    fixes = [f for f in findings if f.fix is not None and f.fix.applicability is not Applicability.DISPLAY]
    edits = sorted((e for f in fixes for e in f.fix.edits), key=lambda e: (e.start, e.end))
    for left, right in pairwise(edits):
        assert left.end <= right.start, (left, right)
    for finding in fixes:
        for edit in finding.fix.edits:
            assert 0 <= edit.start <= edit.end <= len(text)
            removed = _words(text[edit.start : edit.end]) - _words(edit.replacement)
            assert not removed - _words(finding.text), (finding.check, finding.text, text[edit.start : edit.end])
    fixed = apply(text, [f.fix for f in fixes])
    covered = [(f.start, f.end) for f in fixes]
    outside = Counter(
        t.key for t in tokens(text) if not any(start <= t.start and t.end <= end for start, end in covered)
    )
    assert not outside - _words(fixed), outside - _words(fixed)


def test_every_corpus_text_keeps_its_content_when_fixed():
    fixed = 0
    for text, lang in _corpus():
        [result] = run_checks([Document("d", text)], RunContext(target_lang=lang, backtranslate=False), TEXT_CHECKS)
        assert_fixes_keep_content(text, result.findings)
        fixed += sum(1 for f in result.findings if f.fix is not None)
    print(f"\n{fixed} fixes checked over {len(_corpus())} corpus texts")
    assert fixed >= 200


_PIECES = st.sampled_from(
    ["he", "said", "said.", "he said,", "declared", "the", "the", "to", "to", "Kyiv", "Orechnik", "(OSCE)", "«",
     "»", "“", "”", ",", ".", "\n", "she added", "according to officials,", "Kurakhové", "clocks", "2016"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join), st.sampled_from(["en", "fr", "de", "es", "it", "pl"]))
def test_any_text_gets_fixes_that_keep_content(text, lang):
    [result] = run_checks([Document("d", text)], RunContext(target_lang=lang, backtranslate=False), TEXT_CHECKS)
    assert_fixes_keep_content(text, result.findings)


def _finding(check: str, severity: Severity, start: int, end: int, fix: Fix | None) -> Finding:
    return Finding(check, severity, "c/c", "m", "x" * (end - start), start, end, 1, start + 1, None, 1.0, fix)


def test_reconcile_keeps_the_stronger_fix_of_two_that_overlap():
    deletion = Fix.delete(10, 25, Applicability.UNSAFE)
    capital = Fix.replace(12, 13, "H", Applicability.SAFE)
    apart = Fix.replace(30, 31, "K", Applicability.SAFE)
    findings = [
        _finding("sentence-case", Severity.WARNING, 12, 14, capital),
        _finding("double-attribution", Severity.ERROR, 12, 25, deletion),
        _finding("glossary", Severity.ERROR, 30, 31, apart),
    ]
    kept = reconcile(findings)
    assert [f.fix for f in kept] == [None, deletion, apart]
    assert kept[0].check == "sentence-case"  # the finding stays, without its fix


def test_insertions_at_one_place_contradict():
    first = Fix((Edit(5, 5, "a"),), Applicability.SAFE)
    second = Fix((Edit(5, 5, "b"),), Applicability.SAFE)
    kept = reconcile([_finding("a", Severity.ERROR, 5, 5, first), _finding("b", Severity.WARNING, 5, 5, second)])
    assert [f.fix for f in kept] == [first, None]


def test_seed_fixes():
    text = SEED.read_text("utf-8")
    [result] = run_checks([Document("seed", text)], RunContext(target_lang="en", backtranslate=False), TEXT_CHECKS)
    fixes = {f.check: f.fix for f in result.findings}
    assert fixes["sentence-case"] is None  # inside the deletion of “. he declared”, which wins
    assert fixes["double-attribution"].applicability is Applicability.UNSAFE
    fixed = apply(text, [f.fix for f in result.findings if f.fix])
    assert "our country,” he said during an official ceremony while commenting on Saturday's strike" in fixed
    assert "Oreshnik" in fixed and "Orechnik" not in fixed and "Kurakhové" not in fixed


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = Path("article.txt")
    path.write_text("Officials met in Kiev to to discuss the grid. the talks ended, he said, he added.\n", "utf-8")
    return path


def test_diff_shows_the_safe_fixes_and_changes_nothing(article):
    before = article.read_text("utf-8")
    result = runner.invoke(app, ["check", str(article), "-t", "en", "--no-backtranslate", "--diff"])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- a/{article}\n+++ b/{article}\n@@")
    assert "+Officials met in Kyiv to discuss the grid. The talks ended, he said, he added." in result.stdout
    assert article.read_text("utf-8") == before
    unsafe = runner.invoke(app, ["check", str(article), "-t", "en", "--no-backtranslate", "--diff", "--unsafe-fixes"])
    assert "+Officials met in Kyiv to discuss the grid. The talks ended, he said." in unsafe.stdout


def test_fix_writes_the_safe_fixes_back_and_reports_the_rest(article):
    result = runner.invoke(app, ["check", str(article), "-t", "en", "--no-backtranslate", "--fix", "-f", "json"])
    assert (
        article.read_text("utf-8") == "Officials met in Kyiv to discuss the grid. The talks ended, he said, he added.\n"
    )
    assert "3 fixes applied to 1 file" in result.stderr
    remaining = [f["check"] for d in json.loads(result.stdout)["documents"] for f in d["findings"]]
    assert remaining == ["double-attribution"] and result.exit_code == 1
    runner.invoke(app, ["check", str(article), "-t", "en", "--no-backtranslate", "--fix", "--unsafe-fixes"])
    assert article.read_text("utf-8") == "Officials met in Kyiv to discuss the grid. The talks ended, he said.\n"


def test_fix_never_writes_to_a_feed(tmp_path):
    feed = tmp_path / "feed.jsonl"
    content = json.dumps({"id": "a", "text": "The talks ended to to nothing.", "target_lang": "en"}) + "\n"
    feed.write_text(content, "utf-8")
    result = runner.invoke(app, ["check", str(feed), "--no-backtranslate", "--fix"])
    assert feed.read_text("utf-8") == content
    assert "1 fix not applied: fixes go to plain-text and Markdown files only" in result.stderr
    second = json.dumps({"id": "b", "text": "The talks ended to to nothing.", "target_lang": "en"}) + "\n"
    feed.write_text(content + second, "utf-8")
    result = runner.invoke(app, ["check", str(feed), "--no-backtranslate", "--diff"])
    warnings = [line for line in result.stderr.splitlines() if "not applied" in line]  # one line for the file
    assert len(warnings) == 1 and "2 fixes of 2 documents not applied" in warnings[0]


def test_diff_and_fix_and_unsafe_alone_are_refused(article):
    both = runner.invoke(app, ["check", str(article), "--diff", "--fix"])
    alone = runner.invoke(app, ["check", str(article), "--unsafe-fixes"])
    assert both.exit_code == alone.exit_code == 2
    assert "give one" in both.stderr and "goes with --fix or --diff" in alone.stderr


def test_sarif_carries_fixes_as_artifact_changes():
    from tests.test_reports import sarif_validator

    text = "Officials met in Kiev to to discuss the grid. the talks ended."
    doc = Document("d", text, path="article.txt")
    results = run_checks([doc], RunContext(target_lang="en", backtranslate=False), TEXT_CHECKS)
    log = json.loads(sarif_report.render(results, ReportOptions()))
    sarif_validator().validate(log)
    fixed = text
    changes = []
    for result in log["runs"][0]["results"]:
        [fix] = result["fixes"]
        assert fix["properties"]["applicability"] in ("safe", "unsafe")
        [change] = fix["artifactChanges"]
        assert change["artifactLocation"]["uri"] == "article.txt"
        changes += change["replacements"]
    for replacement in sorted(changes, key=lambda r: r["deletedRegion"]["charOffset"], reverse=True):
        start = replacement["deletedRegion"]["charOffset"]
        end = start + replacement["deletedRegion"]["charLength"]
        fixed = fixed[:start] + replacement["insertedContent"]["text"] + fixed[end:]
    assert fixed == "Officials met in Kyiv to discuss the grid. The talks ended."


def _fixed_file(tmp_path, name: str, text: str, *options: str) -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    runner.invoke(app, ["check", str(path), "-t", "en", "--no-backtranslate", "--fix", *options])
    return path.read_text("utf-8")


def test_fix_leaves_markdown_code_markup_and_addresses_alone(tmp_path):
    text = (
        "---\ntitle: the the talks\n---\n\n"
        "## The talks ended without agreement.\n\n"
        "- The talks ended without agreement.\n\n"
        "**The talks ended without agreement.** The talks ended without agreement.\n\n"
        "```\nfor x in in range(3): pass\n```\n\n"
        "Officials met in in Geneva, see `in in` and <https://example.org/in/in>.\n"
    )
    fixed = _fixed_file(tmp_path, "doc.md", text, "--unsafe-fixes")
    for kept in ("title: the the talks", "## The talks", "- The talks", "**The talks ended without agreement.**",
                 "for x in in range", "`in in`", "<https://example.org/in/in>"):  # fmt: skip
        assert kept in fixed, kept
    assert "Officials met in Geneva" in fixed


def test_fix_keeps_numbers_and_addresses(tmp_path):
    text = "Call 06 12 12 34 56 for details. https://example.org/a is open. The flat is at 45 45 Baker Street.\n"
    assert _fixed_file(tmp_path, "a.txt", text) == text  # a doubled number is never a safe fix
    unsafe = _fixed_file(tmp_path, "b.txt", text, "--unsafe-fixes")
    assert "06 12 12 34 56" in unsafe and "https://example.org/a" in unsafe and "at 45 Baker Street" in unsafe


def test_fix_refuses_read_only_files_and_hard_links(tmp_path):
    read_only = tmp_path / "ro.txt"
    read_only.write_text("The talks ended to to nothing.\n", "utf-8")
    read_only.chmod(0o444)
    result = runner.invoke(app, ["check", str(read_only), "-t", "en", "--no-backtranslate", "--fix"])
    assert "the file is read-only" in result.stderr and read_only.read_text("utf-8").count("to to") == 1
    linked = tmp_path / "linked.txt"
    linked.write_text("The talks ended to to nothing.\n", "utf-8")
    (tmp_path / "other-name.txt").hardlink_to(linked)
    result = runner.invoke(app, ["check", str(linked), "-t", "en", "--no-backtranslate", "--fix"])
    assert "other hard links" in result.stderr and "to to" in (tmp_path / "other-name.txt").read_text("utf-8")


def test_fix_checks_the_report_options_before_writing(article):
    before = article.read_text("utf-8")
    result = runner.invoke(app, ["check", str(article), "--fix", "-f", "json", "-f", "sarif", "-o", "a.json"])
    assert result.exit_code == 2 and article.read_text("utf-8") == before
    result = runner.invoke(app, ["check", str(article), "--fix", "--baseline", "missing.json"])
    assert result.exit_code == 2 and article.read_text("utf-8") == before
    diff = runner.invoke(app, ["check", str(article), "--diff", "-o", "x.diff"])
    assert diff.exit_code == 2 and "takes no --format, -o or --report-dir" in diff.stderr


def test_safe_fixes_alone_keep_the_safe_fix_an_unsafe_one_displaced(tmp_path):
    fixed = _fixed_file(tmp_path, "seed.txt", SEED.read_text("utf-8"))
    assert "he said. He declared during an official ceremony" in fixed and "Oreshnik" in fixed


def test_suggestions_are_the_fixed_text():
    texts = {
        "Kallas said the sanctions would hit the shadow fleet hard, she said.": (
            "Kallas said the sanctions would hit the shadow fleet hard."
        ),
        "Peskov told reporters at the Kremlin. He said to journalists in Moscow.": None,  # no sentence would be left
        "Trump said he wanted a quick deal to end the war, he declared on Sunday.": None,  # Sunday would move
        "Observers of the OSCE (OSCE) (OSCE) left the city.": "Observers of the OSCE (OSCE) left the city.",
    }
    for text, expected in texts.items():
        [result] = run_checks([Document("d", text)], RunContext(target_lang="en", backtranslate=False), TEXT_CHECKS)
        [finding] = [f for f in result.findings if f.check in ("double-attribution", "repeated-word")]
        assert finding.suggestion == expected, text
        assert (finding.fix is None) == (expected is None)


def test_a_repeated_sentence_that_opens_a_paragraph_leaves_the_paragraph_in_place():
    text = "The talks ended without agreement.\nThe talks ended without agreement. Both sides left Geneva."
    [result] = run_checks([Document("d", text)], RunContext(target_lang="en", backtranslate=False), TEXT_CHECKS)
    assert apply(text, [f.fix for f in result.findings if f.fix]) == (
        "The talks ended without agreement.\nBoth sides left Geneva."
    )


def _dropped_by_comparing_every_pair(findings: list[Finding]) -> set[int]:
    """The findings whose fix reconcile took away, as it did before its kept edits were filed: each edit compared
    with every kept one (the oracle of the filed version)."""
    from audit.fixes import _overlap

    kept: list[Edit] = []
    dropped = set()
    order = sorted(
        (i for i, f in enumerate(findings) if f.fix is not None),
        key=lambda i: (-findings[i].severity.rank, -(findings[i].fix.end - findings[i].fix.start), i),
    )
    for i in order:
        edits = findings[i].fix.edits
        if any(_overlap(edit, other) for edit in edits for other in kept):
            dropped.add(i)
        else:
            kept.extend(edits)
    return dropped


_edit = st.builds(
    lambda start, length, text: Edit(start, start + length, text),
    st.integers(0, 2000),
    st.sampled_from([0, 0, 1, 2, 5, 40, 300, 900]),
    st.sampled_from(["", "x"]),
)
_fix = st.builds(lambda edits: Fix(tuple(edits), Applicability.SAFE), st.lists(_edit, min_size=1, max_size=3))


@given(st.lists(st.tuples(st.sampled_from(list(Severity)), st.none() | _fix), max_size=40))
@settings(max_examples=300, deadline=None)
def test_reconcile_drops_what_comparing_every_pair_drops(drawn):
    findings = [_finding("c", severity, 0, 1, fix) for severity, fix in drawn]
    kept = reconcile(findings)
    assert [k.fix is None and f.fix is not None for k, f in zip(kept, findings, strict=True)] == [
        i in _dropped_by_comparing_every_pair(findings) for i in range(len(findings))
    ]
    assert all(k.fix in (None, f.fix) for k, f in zip(kept, findings, strict=True))
