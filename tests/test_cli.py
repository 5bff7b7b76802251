"""The `audit check` command: reports, exit codes, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from audit.cli import app
from tests.paths import SEED

runner = CliRunner()
FRENCH = "Les forces russes ont lancé une vague de drones et de missiles sur la capitale pendant la nuit."


def invoke(*args: str, stdin: str | bytes | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_text_report_on_seed_shows_finding_sentence_and_suggestion():
    result = invoke("check", str(SEED), "--no-color")
    assert result.exit_code == 1, result.output  # the double attribution is an error
    assert "2:199  warning sentence-case" in result.output
    assert "2:199  error   double-attribution" in result.output
    assert "he said. he declared during" in result.output
    assert "suggestion: He" in result.output
    assert "wrong-language" not in result.output


def test_json_report_shape_and_spans(tmp_path):
    report = tmp_path / "report.json"
    result = invoke("check", str(SEED), "--format", "json", "-o", str(report))
    assert result.exit_code == 1
    data = json.loads(report.read_text("utf-8"))
    assert set(data) >= {"schema", "tool", "documents", "summary"}
    assert data["schema"] == "audit-report/1"
    assert set(data["tool"]) >= {"name", "version"}
    [doc] = data["documents"]
    assert set(doc) >= {"id", "path", "language", "scores", "findings"}
    assert doc["language"]["expected"] == doc["language"]["detected"] == "en"
    assert 0 < doc["language"]["confidence"] <= 1
    text = SEED.read_text("utf-8")
    for finding in doc["findings"]:
        assert set(finding) >= {
            "check", "severity", "category", "message", "text", "span", "line", "column", "suggestion", "confidence"
        }  # fmt: skip
        assert text[finding["span"]["start"] : finding["span"]["end"]] == finding["text"]
        assert finding["severity"] in {"error", "warning", "info"}
        assert 0 <= finding["confidence"] <= 1
    assert data["summary"]["documents"] == 1
    assert data["summary"]["findings"] == len(doc["findings"])
    assert sum(data["summary"]["by_check"].values()) == len(doc["findings"])
    assert "sentence-case" in data["summary"]["by_check"]


def test_stdin_and_target_language():
    text = "The army said it repelled the attack near the city overnight.\n" + FRENCH + "\n"
    result = invoke("check", "-", "--target-lang", "en", "--format", "json", stdin=text)
    assert result.exit_code == 1  # wrong-language is an error and --fail-on defaults to error
    [doc] = json.loads(result.stdout)["documents"]
    assert [f["check"] for f in doc["findings"]] == ["wrong-language"]
    assert doc["findings"][0]["text"] == FRENCH


def test_several_inputs_directory_and_fail_on(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.txt").write_text("The talks ended on Friday. they will resume in January.", "utf-8")
    (feed / "b.md").write_text("Kyiv was quiet on Sunday, officials said.", "utf-8")
    (feed / "ignored.bin").write_bytes(b"\x00\x01")
    args = ["check", str(feed), "--format", "json"]
    result = invoke(*args)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["documents"] == 2
    assert invoke(*args, "--fail-on", "warning").exit_code == 1
    assert invoke(*args, "--fail-on", "never").exit_code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "empty"), (b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2000), "binary")],
    ids=["missing", "empty", "binary"],
)
def test_bad_input_exits_2_with_one_line(tmp_path, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    completed = subprocess.run(
        [sys.executable, "-m", "audit", "check", str(path)], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1, completed.stderr
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["check", "-", "--target-lang", "xx"],
        ["check", "-", "--check", "no-such-check"],
        ["check", "-", "--format", "pdf"],
    ],
)
def test_usage_errors_exit_2(args):
    result = invoke(*args, stdin="Some text here.")
    assert result.exit_code == 2


def test_help_explains_every_option_and_imports_nothing_heavy():
    result = invoke("check", "--help")
    for option in ("--target-lang", "--source-lang", "--format", "--output", "--fail-on", "--check", "--skip"):
        assert option in result.output
    heavy = ["langdetect", "pysbd", "chardet", "sacrebleu", "argostranslate", "ctranslate2", "torch", "stanza"]
    probe = f"import sys, audit.cli; print([m for m in {heavy!r} if m in sys.modules])"
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert completed.stdout.strip() == "[]"


def test_checks_command_lists_registered_checks():
    result = invoke("checks")
    assert "sentence-case" in result.output
    assert "wrong-language" in result.output


def test_bad_json_lines_are_named_in_the_report_and_the_rest_audited(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "The talks ended on Friday, officials said."}\n'
        '{"id": "b", "text": \n'
        '{"id": "c", "text": "Kyiv was quiet overnight, the mayor said."}\n',
        "utf-8",
    )
    result = invoke("check", str(feed), "-f", "json", "--no-backtranslate")
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["a", "c"]
    assert report["problems"] == [f"{feed}:2: not valid JSON (Expecting value at column 21)"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "json", "-o", "{tmp}/a.json", "--report-dir", "{tmp}/reports"], "not both"),
        (["-f", "json", "-f", "sarif", "-o", "{tmp}/a.json", "-o", "{tmp}/../{name}/a.json"], "same place"),
        (["-f", "json", "-o", "{article}"], "never overwrites what it audits"),
        (["-f", "json", "-o", "{tmp}/no/such/folder/a.json"], "cannot write the report"),
        (["--check", "sentence-case", "--skip", "sentence-case"], "no check left to run"),
        (["--require-backtranslation", "--no-backtranslate"], "contradict"),
    ],
)
def test_contradictory_or_unsafe_options_are_refused(tmp_path, args, message):
    article = tmp_path / "article.txt"
    article.write_text("The talks ended. they resume.", "utf-8")
    fields = {"tmp": str(tmp_path), "name": tmp_path.name, "article": str(article)}
    result = invoke("check", str(article), *[a.format(**fields) for a in args])
    assert result.exit_code == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    assert article.read_text("utf-8") == "The talks ended. they resume."
    assert not (tmp_path / "no").exists() and not (tmp_path / "a.json").exists()


def test_one_format_to_stdout_with_dash_and_others_to_files(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The talks ended. they resume.", "utf-8")
    result = invoke("check", str(article), "-f", "json", "-f", "sarif", "-o", "-", "-o", str(tmp_path / "r.sarif"))
    assert json.loads(result.stdout)["summary"]["findings"] == 1
    assert json.loads((tmp_path / "r.sarif").read_text("utf-8"))["version"] == "2.1.0"


def test_language_tags_are_accepted_as_target(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The talks ended. they resume.", "utf-8")
    result = invoke("check", str(article), "-t", "en-US", "-f", "json")
    assert json.loads(result.stdout)["documents"][0]["language"]["expected"] == "en"


def test_an_unwritable_standard_output_is_one_line():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as device:  # every write fails with ENOSPC
        full = subprocess.run(
            [sys.executable, "-m", "audit", "check", str(SEED), "--no-backtranslate"],
            stdout=device,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert full.returncode == 2 and full.stderr.startswith("audit: error:") and "Traceback" not in full.stderr
