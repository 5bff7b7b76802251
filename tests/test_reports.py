"""Report formats: Markdown (expected file), GitHub annotations (escaping), JUnit (junit-10.xsd), SARIF (the
official 2.1.0 schema), and every format at once through the CLI."""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from audit import baseline, checks
from audit.cli import app
from audit.context import RunContext
from audit.document import Document, Language
from audit.findings import Severity
from audit.reports import (
    FORMATS,
    ReportOptions,
    github_report,
    junit_report,
    markdown_report,
    render,
    sarif_report,
    suffix,
)
from audit.reports.summary import by_importance, json_text, visible
from audit.runner import DocumentResult, run_checks
from tests.paths import CORPORA, SEED

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
SCHEMAS = HERE / "schemas"
CHECKS = ("sentence-case", "repeated-word", "double-attribution", "transliteration")
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")  # what a terminal or CI log would obey
CATEGORIES = {module.id: module.category for module in checks.CHECKS}

KYIV = (
    "Russia launched a wave of drones at Kyiv overnight, the the air force said.\n"
    "“We will respond,” he said. he declared that the strike on Kurakhové had failed.\n"
)
ODESA = "Odesa was quiet on Sunday. Officials said the port would reopen on Monday."
KHARKIV = (
    "The governor of Charkiw said three people were hurt | two of them seriously.\n"
    "Rescuers worked through the night near the *central* market, the <b>governor</b> said.\n"
)


def feed_results() -> list[DocumentResult]:
    """Three feed items with findings as the checks report them (built here, so that the expected files do not
    follow every change of a check's wording), one message carrying markup, and round-trip scores as the
    round-trip check leaves them: a dict on one item, null with a reason on another."""
    documents = [
        Document(
            id="kyiv-strike",
            text=KYIV,
            path="feed/kyiv-strike.txt",
            title="Drones over Kyiv | air force",
            url="https://news.example/kyiv (live)",
        ),
        Document(id="odesa", text=ODESA, path="feed/odesa.txt", title="Odesa port"),
        Document(id="kharkiv", text=KHARKIV, path="feed/kharkiv.txt", title="Charkiw: <i>@desk</i> *update*"),
    ]
    for doc in documents:
        doc.language = Language(expected="en", detected="en", confidence=0.9999)
    kyiv, _, kharkiv = documents

    def at(doc: Document, needle: str, check: str, severity: Severity, message: str, suggestion: str | None):
        start = doc.text.index(needle)
        length = 2 if check == "sentence-case" else len(needle)  # the first word only
        return doc.finding(
            check, start, start + length, severity=severity, category=CATEGORIES[check], message=message,
            suggestion=suggestion,
        )  # fmt: skip

    said = "“We will respond,” he said. The strike on Kurakhové had failed."
    results = [
        DocumentResult(kyiv, [
            at(kyiv, "the the", "repeated-word", Severity.ERROR, "“the the”: the word is repeated", "the"),
            at(kyiv, "he declared", "double-attribution", Severity.ERROR,
               "statement attributed twice: “he said” then “he declared”; keep one attribution", said),
            at(kyiv, "he declared", "sentence-case", Severity.WARNING, "sentence starts in lower case", "He"),
            at(kyiv, "Kurakhové", "transliteration", Severity.WARNING,
               "French romanization: English news writes “Kurakhove”", "Kurakhove"),
        ]),
        DocumentResult(documents[1], []),
        DocumentResult(kharkiv, [
            at(kharkiv, "Charkiw", "transliteration", Severity.WARNING,
               "German romanization: English news writes “Kharkiv”", "Kharkiv"),
            at(kharkiv, "hurt | two", "round-trip", Severity.INFO,
               "round trip en→fr→en keeps little of this: “hurt | two *of* [them](x)”", None),
        ]),
    ]  # fmt: skip
    for result in results:
        result.findings.sort(key=lambda f: (f.start, f.end, f.check))
    results[0].scores["round_trip"] = {
        "mode": "round-trip",
        "source_lang": "fr",
        "target_lang": "en",
        "route": ["en→fr", "fr→en"],
        "chrf": {"score": 61.25, "signature": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0"},
        "bleu": {"score": 38.4, "signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"},
        "ter": {"score": 45.0, "signature": "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0"},
        "sentences": [
            {"span": {"start": 0, "end": 75}, "back_translation": "Russia sent drones to Kyiv.", "chrf": 55.1},
        ],
    }
    results[1].scores["round_trip"] = None
    results[1].scores["round_trip_unavailable"] = {"reason": "no translation package for en→fr", "missing": ["en→fr"]}
    return results


# Markdown


def test_markdown_matches_expected_file():
    """After a deliberate change of the report, regenerate the file and read its diff:
    python -c "from tests.test_reports import *; (EXPECTED / 'feed.md').write_text(
    markdown_report.build(feed_results(), ReportOptions(), 'TEST'))"."""
    rendered = markdown_report.build(feed_results(), ReportOptions(fail_on=Severity.ERROR), tool_version="TEST")
    expected = (EXPECTED / "feed.md").read_text("utf-8")
    assert rendered == expected


def test_markdown_escapes_markup_and_caps_findings():
    text = "The the a. " * 20  # twenty repeated words, one per sentence
    doc = Document(id="long", text=text, path="long|name.txt", title="<script>x</script> [a](b) @team")
    results = run_checks([doc], RunContext(backtranslate=False), checks.select(["repeated-word"]))
    assert len(results[0].findings) == 20
    report = markdown_report.render(results, ReportOptions())
    assert "<script>" not in report and "[a](b)" not in report
    assert r"\<script\>" in report and r"\[a\]" in report
    assert "@team" not in report and "@\u2060team" in report
    assert r"long\|name.txt" in report
    assert report.count("`repeated-word` |") == 1 + markdown_report.MAX_FINDINGS  # the checks table, then the rows
    assert "… and 10 more findings in this document" in report
    for line in report.splitlines():
        if line.startswith("|"):  # every row keeps its columns: no unescaped pipe from the input
            assert len(re.findall(r"(?<!\\)\|", line)) in {5, 6}, line


def test_markdown_fits_a_pull_request_comment_however_large_the_feed():
    text = "Kyiv said the the talks would resume. " * 15
    documents = [Document(id=f"item-{i}", text=text, path=f"feed/item-{i}.txt") for i in range(300)]
    results = run_checks(documents, RunContext(backtranslate=False), checks.select(["repeated-word"]))
    results.append(DocumentResult(Document(id="clean", text="Kyiv was quiet.", path="feed/clean.txt"), []))
    report = markdown_report.render(results, ReportOptions())
    assert len(report) <= markdown_report.MAX_CHARS
    sections = report.count("\n### ")
    assert 0 < sections < 300
    assert f"… and {300 - sections} more documents with findings" in report
    assert f"| … and {301 - markdown_report.MAX_DOCUMENT_ROWS} more documents (1 without findings) |" in report
    assert "**301 documents, 4500 findings** (4500 errors)" in report


def test_markdown_without_findings_passes():
    doc = Document(id="clean", text="Kyiv was quiet on Sunday.", path="clean.txt")
    results = run_checks([doc], RunContext(backtranslate=False), checks.select(CHECKS))
    report = markdown_report.render(results, ReportOptions())
    assert "**1 document, 0 findings**. ✅ **Passed**" in report
    assert "| check |" not in report and "###" not in report


# GitHub annotations


def test_github_annotations_one_per_finding_with_levels_and_positions():
    results = feed_results()
    lines = github_report.render(results, ReportOptions()).splitlines()
    findings = [(r.document, f) for r in results for f in r.findings]
    assert len(lines) == len(findings)
    pattern = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")
    for line, (doc, finding) in zip(lines, findings, strict=True):
        match = pattern.match(line)
        assert match, line
        level, fields, message = match.groups()
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
        properties = dict(field.split("=", 1) for field in fields.split(","))
        assert properties["file"] == doc.path
        assert properties["line"] == str(finding.line) and properties["col"] == str(finding.column)
        end_line, end_column = doc.position(finding.end - 1)
        assert properties["endLine"] == str(end_line) and properties["endColumn"] == str(end_column)
        assert properties["title"] == finding.check
        assert "\n" not in message and "\r" not in message


def test_github_escaping():
    text = "50% of it\r\nsaid: a, b"
    doc = Document(id="x", text=text, path="dir,with:odd%name.txt")
    finding = doc.finding(
        "repeated-word", 0, len(text), severity=Severity.WARNING, category="c", message="50%\r\nbad: a, b",
        suggestion="fix: 100%",
    )  # fmt: skip
    line = github_report.annotation(doc, finding)
    assert line.startswith("::warning file=dir%2Cwith%3Aodd%25name.txt,line=1,endLine=2,title=repeated-word::")
    assert "col=" not in line  # GitHub takes columns only for a span on one line
    assert line.endswith("::50%25%0D%0Abad: a, b%0Asuggestion: fix: 100%25")
    assert github_report.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_positions_only_for_text_files():
    """A feed item's or stdin's lines are not its file's: the annotation names the item and its place instead."""
    item = Document(id="https://news.example/a?id=1", text="he said so.", path="feeds/news.rss")
    finding = item.finding("sentence-case", 0, 2, severity=Severity.INFO, category="c", message="m")
    assert github_report.annotation(item, finding) == (
        "::notice file=feeds/news.rss,title=sentence-case (https%3A//news.example/a?id=1)"
        "::https://news.example/a?id=1, line 1, column 1: m"
    )
    stdin = Document(id="stdin", text="he said so.", path="<stdin>")
    finding = stdin.finding("sentence-case", 0, 2, severity=Severity.INFO, category="c", message="m")
    assert (
        github_report.annotation(stdin, finding) == "::notice title=sentence-case (stdin)::stdin, line 1, column 1: m"
    )
    unknown_suffix = Document(id="article", text="he said so.", path="in/article.log")  # read as text
    finding = unknown_suffix.finding("sentence-case", 0, 2, severity=Severity.INFO, category="c", message="m")
    assert github_report.annotation(unknown_suffix, finding).startswith("::notice file=in/article.log,line=1,")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.text(max_size=30))
def test_github_any_message_or_path_is_one_command_that_reads_back(message, path):
    doc = Document(id="x", text="some text\nover lines", path=path or None)
    finding = doc.finding("c", 0, 12, severity=Severity.ERROR, category="c", message=message, suggestion=path)
    line = github_report.annotation(doc, finding)
    assert not CONTROLS.search(line.replace("\t", ""))  # no line break, no escape sequence reaches the log
    command, data = line.split("::", 2)[1:]
    fields = command.split(" ", 1)[1].split(",")
    assert all(re.fullmatch(r"[a-zA-Z]+=[^,:]*", field) for field in fields)

    def unescape(text: str) -> str:
        for code, char in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
            text = text.replace(code, char)
        return text

    shown = visible(message, keep="\t\n\r"), visible(path, keep="\t\n\r")  # controls drawn, one for one
    assert unescape(data).endswith(shown[0] + f"\nsuggestion: {shown[1]}")
    values = dict(field.split("=", 1) for field in fields)
    assert "file" not in values or unescape(values["file"]) == shown[1]


# JUnit


def junit_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))


@pytest.mark.parametrize("fail_on", [Severity.ERROR, Severity.WARNING, Severity.INFO, None])
def test_junit_valid_one_case_per_document_one_failure_listing_its_failing_findings(fail_on):
    results = feed_results()
    report = junit_report.render(results, ReportOptions(fail_on=fail_on))
    tree = etree.fromstring(report.encode("utf-8"))
    junit_schema().assertValid(tree)
    cases = tree.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == [r.document.path for r in results]
    for case, result in zip(cases, results, strict=True):
        failing = [f for f in result.findings if fail_on is not None and f.severity.rank >= fail_on.rank]
        failures = case.findall("failure")
        assert len(failures) == (1 if failing else 0)  # CI servers show one failure per test case
        if failing:
            assert failures[0].text.count("category: ") == len(failing)  # the body lists every failing finding
            assert all(f"{f.line}:{f.column} {f.severity.value} {f.check}: " in failures[0].text for f in failing)
        passing = len(result.findings) - len(failing)
        out = case.find("system-out")
        assert (out is not None and out.text.count("category: ") == passing) or (out is None and passing == 0)
    failed = {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 2, None: 0}[fail_on]  # test cases, not findings
    for suite in (tree, tree.find("testsuite")):
        assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", str(failed), "0")


def test_junit_failure_counts_test_cases_and_summarises_its_findings():
    """The reviewed seed at --fail-on warning: one document with five failing findings is one failed test of one,
    its failure message counting them and naming the most severe (CI tools computed -4 passed tests before)."""
    doc = Document(id="seed", text=KYIV, path="seed.txt")
    results = run_checks([doc], RunContext(backtranslate=False), checks.select(CHECKS))
    failing = [f for f in results[0].findings if f.severity.rank >= Severity.WARNING.rank]
    assert len(failing) > 1
    tree = etree.fromstring(junit_report.render(results, ReportOptions(fail_on=Severity.WARNING)).encode("utf-8"))
    assert (tree.get("tests"), tree.get("failures")) == ("1", "1")
    failure = tree.find("testsuite/testcase/failure")
    worst = next(f for f in failing if f.severity is Severity.ERROR)
    assert failure.get("message").startswith(f"{len(failing)} findings at warning or above; first: {worst.line}:")
    assert failure.get("message").endswith(f"error {worst.check}: {worst.message}")
    assert failure.get("type") == ", ".join(dict.fromkeys(f.check for f in by_importance(failing)))
    assert failure.text.split("\n\n")[0].startswith(f"{worst.line}:{worst.column} error {worst.check}:")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=40))
def test_junit_valid_for_any_text(text, message):
    doc = Document(id=text or "x", text=text or "x", path=text or None)
    finding = doc.finding("c", 0, len(doc.text), severity=Severity.ERROR, category="c", message=message)
    report = junit_report.render([DocumentResult(doc, [finding])], ReportOptions())
    junit_schema().assertValid(etree.fromstring(report.encode("utf-8")))


# SARIF


@functools.cache
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text("utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_sarif_valid_with_rules_levels_and_regions():
    results = feed_results()
    log = json.loads(sarif_report.render(results, ReportOptions()))
    sarif_validator().validate(log)
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [c.id for c in checks.CHECKS]
    for rule, module in zip(rules, checks.CHECKS, strict=True):
        assert rule["shortDescription"]["text"] == " ".join(module.summary.split())
        assert module.category in rule["help"]["text"] and rule["properties"]["category"] == module.category
    findings = [(r.document, f) for r in results for f in r.findings]
    assert len(run["results"]) == len(findings) == 6
    for result, (doc, finding) in zip(run["results"], findings, strict=True):
        assert result["ruleId"] == finding.check and rules[result["ruleIndex"]]["id"] == finding.check
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity.value]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == doc.path
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.line, finding.column)
        assert (region["endLine"], region["endColumn"]) == doc.position(finding.end)
        assert doc.text[region["charOffset"] : region["charOffset"] + region["charLength"]] == finding.text
        assert result["properties"].get("suggestion") == finding.suggestion
        assert finding.message in result["message"]["text"]
        if finding.suggestion is not None:  # the suggestion a sentence of its own, not run into the message
            assert re.search(r"[.!?] Suggestion: “", result["message"]["text"])


def test_sarif_fingerprints_are_the_baselines():
    """Code scanning follows a finding across runs by the fingerprint `audit baseline` records."""
    results = feed_results()
    log = json.loads(sarif_report.render(results, ReportOptions()))
    prints = [r["partialFingerprints"][sarif_report.FINGERPRINT] for r in log["runs"][0]["results"]]
    assert prints == [fingerprint for _, _, fingerprint in baseline.fingerprinted(results)]
    assert len(set(prints)) == len(prints)


def test_sarif_columns_count_code_points_and_paths_become_uris(tmp_path):
    text = "😀 Kurakhové 𝕏 he said. he declared so."
    path = tmp_path / "a b" / "ün.txt"
    doc = Document(id="x", text=text, path=str(path))
    start = text.index("he declared")
    finding = doc.finding("sentence-case", start, start + 2, severity=Severity.WARNING, category="c", message="m")
    log = json.loads(sarif_report.render([DocumentResult(doc, [finding])], ReportOptions()))
    sarif_validator().validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == path.as_uri() and "%20" in path.as_uri()
    assert location["region"]["startColumn"] == start + 1 == 24  # code points, as declared, not UTF-16 units
    relative = Document(id="y", text="x", path="feed dir/a#1.txt")
    assert sarif_report.artifact_uri(relative) == "feed%20dir/a%231.txt"
    assert sarif_report.artifact_uri(Document(id="stdin", text="x", path="<stdin>")) == "stdin"
    item = Document(id="https://news.example/a?id=1", text="x", path="feeds/news.rss")
    assert sarif_report.artifact_uri(item) == "feeds/news.rss#https%3A%2F%2Fnews.example%2Fa%3Fid%3D1"
    page = Document(id="kyiv", text="x", path="https://news.example/kyiv.html")
    assert sarif_report.artifact_uri(page) == "https://news.example/kyiv.html#kyiv"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=80), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=4))
def test_sarif_valid_for_any_text_and_spans(text, spans):
    doc = Document(id=text, text=text, path="feed/" + text)
    findings = []
    for a, b in spans:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        findings.append(doc.finding("c", start, end, severity=Severity.INFO, category="c", message=text))
    log = json.loads(sarif_report.render([DocumentResult(doc, findings)], ReportOptions()))
    sarif_validator().validate(log)
    for result, finding in zip(log["runs"][0]["results"], findings, strict=True):
        region = result["locations"][0]["physicalLocation"]["region"]
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == finding.text


def test_sarif_schema_rejects_a_broken_log():
    """The vendored schema is the real constraint: a result without a message does not pass."""
    log = json.loads(sarif_report.render(feed_results(), ReportOptions()))
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        sarif_validator().validate(log)


# Control characters, lone surrogates


def hostile_item(surrogates: bool = True) -> DocumentResult:
    """A JSON line whose text, id, title and file name carry ANSI escapes, NUL, C1 controls and (from a JSON
    escape or an undecodable file name) lone surrogates, with a finding whose span and suggestion carry them."""
    odd = "\ud800" if surrogates else ""
    text = f"\x1b[31mred\x00 alert\x1b[0m\x85 the the \u009b2J{odd} army said."
    doc = Document(
        id="item\x1b]0;t\x07", text=text, path="feed" + ("\udcff" if surrogates else "") + ".jsonl", title="T\x1b[1m"
    )
    start = text.index("the the")
    finding = doc.finding(
        "repeated-word", start - 6, start + 7, severity=Severity.ERROR, category="c", message="“the the”\x1b[5m",
        suggestion=text.replace("the the", "the"),
    )  # fmt: skip
    return DocumentResult(doc, [finding])


@pytest.mark.parametrize("name", ["text", "markdown", "github", "junit", "html"])
def test_readable_formats_draw_control_characters(name):
    """Nothing from the input can colour, clear or retitle a terminal or CI log, and every report can be written
    (UTF-8 cannot encode a lone surrogate: the reports crashed on one)."""
    report = render(name, [hostile_item()], ReportOptions(fail_on=Severity.ERROR))
    report.encode("utf-8")
    assert not CONTROLS.search(report.replace("\n", "").replace("\t", "")), repr(report)
    assert "␛[31mred␀ alert␛[0m" in report or "␛\\[31mred␀ alert␛\\[0m" in report  # Markdown escapes the bracket


def test_json_keeps_the_exact_text_even_lone_surrogates():
    """JSON is the contract: the text is exact, control characters escaped by JSON itself, lone surrogates as
    \\u escapes (json.dumps left them raw, and writing the report failed)."""
    result = hostile_item()
    report = render("json", [result], ReportOptions())
    report.encode("utf-8")
    data = json.loads(report)
    [document] = data["documents"]
    assert (document["id"], document["path"], document["title"]) == (
        result.document.id,
        result.document.path,
        result.document.title,
    )
    [finding] = result.findings
    assert document["findings"][0]["text"] == finding.text == "\x1b[0m\x85 the the"
    assert document["findings"][0]["suggestion"] == finding.suggestion and "\ud800" in finding.suggestion
    assert "\\u001b[31m" in report and "\\ud800" in report and "\\udcff" in report


def test_sarif_keeps_the_exact_text():
    result = hostile_item(surrogates=False)  # the baseline's fingerprint cannot hash a lone surrogate yet
    log = json.loads(sarif_report.render([result], ReportOptions()))
    sarif_validator().validate(log)
    [finding] = result.findings
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == finding.text == "\x1b[0m\x85 the the"
    assert log["runs"][0]["results"][0]["properties"]["suggestion"] == finding.suggestion


def test_sarif_uri_of_lone_surrogates_is_their_bytes():
    """An undecodable file name's byte (U+DC80..U+DCFF) is that byte; an id's lone surrogate its UTF-8 form."""
    assert (
        sarif_report.artifact_uri(Document(id="a\ud800", text="x", path="feed\udcff.jsonl"))
        == "feed%FF.jsonl#a%ED%A0%80"
    )
    assert sarif_report.artifact_uri(Document(id="a\ud800", text="x")) == "a%ED%A0%80"


# Every format through the command line


def test_cli_writes_every_format_into_report_dir(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.txt").write_text(KYIV, "utf-8")
    (feed / "b.txt").write_text(ODESA, "utf-8")
    (feed / "c.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    (feed / "news.rss").write_bytes((CORPORA / "inputs" / "feed.rss").read_bytes())  # three items
    out = tmp_path / "reports"
    args = ["check", str(feed), "--no-backtranslate", "--report-dir", str(out)]
    for name in FORMATS:
        args += ["-f", name]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # the double attributions are errors
    written = {p.name for p in out.iterdir()}
    assert written == {f"audit-report{suffix(n)}" for n in FORMATS}
    assert len(written) == len(FORMATS)  # no two formats share a file name
    data = json.loads((out / "audit-report.json").read_text("utf-8"))
    findings = sum(len(d["findings"]) for d in data["documents"])
    sarif_validator().validate(json.loads((out / f"audit-report{suffix('sarif')}").read_text("utf-8")))
    assert (
        len(json.loads((out / f"audit-report{suffix('sarif')}").read_text("utf-8"))["runs"][0]["results"]) == findings
    )
    junit = etree.parse(str(out / f"audit-report{suffix('junit')}"))
    junit_schema().assertValid(junit)
    assert len(junit.findall("testsuite/testcase")) == 6
    annotations = (out / f"audit-report{suffix('github')}").read_text("utf-8").splitlines()
    assert len(annotations) == findings
    from_feed = [line for line in annotations if "news.rss" in line]
    feed_lines = (feed / "news.rss").read_text("utf-8").splitlines()
    for line in from_feed:  # an item's finding is on its line of the feed, in its element (<title>, <description>)
        number = int(re.search(r",line=(\d+),", line)[1])
        assert re.search(r"<(title|description|content:encoded)\b", feed_lines[number - 1]), line
    assert from_feed and all(",line=" in line for line in annotations)
    assert "## Translation audit" in (out / "audit-report.md").read_text("utf-8")
    assert (out / "audit-report.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_every_format_renders_an_empty_run():
    for name in FORMATS:
        assert isinstance(render(name, [], ReportOptions()), str)
    ET.fromstring(junit_report.render([], ReportOptions()))
    sarif_validator().validate(json.loads(sarif_report.render([], ReportOptions())))


_ANY_TEXT = st.text() | st.text(st.characters(categories=["Cs", "Cc", "Zl", "L"]))  # lone surrogates, controls
_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | _ANY_TEXT
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ANY_TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES)
@settings(max_examples=300, deadline=None)
def test_json_text_is_the_standard_librarys_indented_json(value):
    """The reports' JSON, written in C, says what json.dumps(indent=2) said: the same value back, every string exact
    (a lone surrogate as its escape), and the same bytes but for how a float is spelled (1e-05 or 0.00001)."""
    text = json_text(value)
    assert json.loads(text) == value
    text.encode("utf-8")
    standard = json.dumps(value, ensure_ascii=False, indent=2)
    if not re.search(r"\d[eE]-", standard):
        assert text == re.sub("[\ud800-\udfff]", lambda match: f"\\u{ord(match[0]):04x}", standard) + "\n"


def test_json_text_writes_what_orjson_refuses_and_no_float_json_has_not():
    """An integer past 64 bits and a key not a string go to the standard library, as before; an infinite or
    undefined float is null, as JSON has no such number (json.dumps wrote Infinity and NaN, which strict readers
    refuse)."""
    assert json.loads(json_text({"n": 2**70, "keys": {1: "one"}})) == {"n": 2**70, "keys": {"1": "one"}}
    assert json_text([float("inf"), float("nan")]) == "[\n  null,\n  null\n]\n"


def test_a_feed_s_articles_are_named_by_their_id_beside_the_file():
    """An editor reads which article a row is about: the feed's path alone is the same on every row."""
    from audit.reports.summary import document_name

    item = Document(id="fr-01", text="Les les délégations.", path="news/feed.jsonl")
    plain = Document(id="article", text="The the army.", path="news/article.txt")
    assert document_name(item) == "news/feed.jsonl [fr-01]" and document_name(plain) == "news/article.txt"
    results = run_checks([item, plain], RunContext(backtranslate=False), checks.select(["repeated-word"]))
    report = markdown_report.render(results, ReportOptions())
    assert "### news/feed.jsonl \\[fr-01\\]" in report and "### news/article.txt\n" in report


def test_a_saved_report_says_which_checks_did_not_run_and_why():
    """A text or Markdown report read later tells what it does not cover: the skipped checks, grouped by reason."""
    from audit.reports import text_report

    doc = Document(id="d", text="The the army said so.", path="article.txt")
    results = run_checks([doc], RunContext(target_lang="en"), checks.select(["repeated-word", "number-mismatch"]))
    text = text_report.render(results, ReportOptions())
    assert "not run: number-mismatch on 1 document: no source text" in text
    assert "**Not run:**" in markdown_report.render(results, ReportOptions())
