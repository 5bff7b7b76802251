"""A CI run over a real folder: one unusual file never stops the run, and a run never reads its own reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from audit.cli import app
from audit.reports import FORMATS, suffix
from tests.paths import CORPORA
from tests.test_reports import junit_schema, sarif_validator

runner = CliRunner()
ARTICLE = "The talks ended on Friday. they will resume in January, officials said.\n"
CLEAN = "Kyiv was quiet overnight, the mayor said.\n"
SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/</loc></url>'
    "</urlset>\n"
)
MALFORMED_FEED = (
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title>\n'
    "<item><title>Talks</title><description>They ended.</channel></rss>\n"
)


def invoke(*args: str, cwd: Path | None = None):
    with pytest.MonkeyPatch.context() as patch:
        if cwd is not None:
            patch.chdir(cwd)
        return runner.invoke(app, list(args))


def site(tmp_path: Path) -> Path:
    """A site folder as CI finds it: two articles, a feed, and three files that are not articles."""
    folder = tmp_path / "site"
    (folder / "news").mkdir(parents=True)
    (folder / "news" / "talks.txt").write_text(ARTICLE, "utf-8")
    (folder / "news" / "kyiv.md").write_text(CLEAN, "utf-8")
    (folder / "feed.rss").write_bytes((CORPORA / "inputs" / "feed.rss").read_bytes())  # three items
    (folder / "sitemap.xml").write_text(SITEMAP, "utf-8")  # an ordinary XML file: skipped with a note
    (folder / "news" / "empty.txt").write_text("", "utf-8")  # an error on that file
    (folder / "broken.rss").write_text(MALFORMED_FEED, "utf-8")  # an error on that file, at its line and column
    return folder


def test_one_unusual_file_never_stops_a_run_every_format_names_it(tmp_path):
    site(tmp_path)
    reports = tmp_path / "reports"
    args = ["check", "site", "--no-backtranslate", "--report-dir", str(reports)]
    for name in FORMATS:
        args += ["-f", name]
    result = invoke(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    stderr = result.stderr.splitlines()
    assert "audit: error: site/news/empty.txt: the input is empty" in stderr
    assert "audit: error: site/broken.rss:3:53: malformed XML: mismatched tag" in stderr
    note = "site/sitemap.xml: <urlset> is not an RSS or Atom feed, an XLIFF or a TMX document: skipped"
    assert f"audit: note: {note}" in stderr
    assert not any("sitemap" in line for line in stderr if line.startswith("audit: error"))
    assert len(list(reports.iterdir())) == len(FORMATS)  # every report written

    data = json.loads((reports / "audit-report.json").read_text("utf-8"))
    assert data["summary"]["documents"] == 5  # two articles and three feed items: the rest was audited
    assert data["summary"]["input_errors"] == 2
    assert [(e["path"], e["line"], e["column"], e["message"]) for e in data["input_errors"]] == [
        ("site/broken.rss", 3, 53, "malformed XML: mismatched tag"),
        ("site/news/empty.txt", None, None, "the input is empty"),
    ]
    assert data["notes"] == [note]

    text = (reports / "audit-report.txt").read_text("utf-8")
    assert "site/broken.rss  (not audited)\n  3:53  error   input-error  malformed XML: mismatched tag" in text
    assert "site/news/empty.txt  (not audited)\n  error   input-error  the input is empty" in text
    assert text.rstrip().endswith("2 inputs not audited (input errors)")

    markdown = (reports / "audit-report.md").read_text("utf-8")
    assert "❌ **Failed**: 2 inputs could not be audited" in markdown
    assert "| site/news/empty.txt |  | the input is empty |" in markdown
    assert "| site/broken.rss | 3:53 | malformed XML: mismatched tag |" in markdown

    junit = etree.parse(str(reports / f"audit-report{suffix('junit')}"))
    junit_schema().assertValid(junit)
    errors = junit.findall("testsuite/testcase/error")
    assert [e.getparent().get("name") for e in errors] == ["site/broken.rss", "site/news/empty.txt"]
    assert junit.getroot().get("errors") == "2" and junit.getroot().get("tests") == "7"

    sarif = json.loads((reports / f"audit-report{suffix('sarif')}").read_text("utf-8"))
    sarif_validator().validate(sarif)
    [run] = sarif["runs"]
    failed = [r for r in run["results"] if r["ruleId"] == "input-error"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in failed] == [
        "site/broken.rss",
        "site/news/empty.txt",
    ]
    assert failed[0]["level"] == "error" and failed[0]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 53,
    }
    assert run["invocations"][0]["executionSuccessful"] is False
    assert len(run["invocations"][0]["toolExecutionNotifications"]) == 2

    github = (reports / f"audit-report{suffix('github')}").read_text("utf-8").splitlines()
    assert "::error file=site/broken.rss,line=3,col=53,title=input-error::malformed XML: mismatched tag" in github
    assert "::error file=site/news/empty.txt,title=input-error::the input is empty" in github

    html = (reports / "audit-report.html").read_text("utf-8")
    assert "Failed: 2 inputs could not be audited" in html
    assert "<code>site/broken.rss:3:53</code> malformed XML: mismatched tag" in html


def test_a_bad_line_of_a_feed_is_a_warning_every_ci_format_shows(tmp_path):
    """A JSON Lines record the audit could not read is no input error (the rest of the feed is audited and the run
    passes), but a CI job must see it where it looks: a GitHub warning on its line, a skipped JUnit test case, a
    SARIF notification, the JSON report's problems (a blind review, session 20: only standard error said it)."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": ARTICLE}) + '\n{"id": "b", "text": broken\n', "utf-8")
    reports = tmp_path / "reports"
    args = ["check", "feed.jsonl", "--no-backtranslate", "--fail-on", "never", "--report-dir", str(reports)]
    for name in ("json", "junit", "sarif", "github"):
        args += ["-f", name]
    result = invoke(*args, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    message = "not valid JSON (Expecting value at column 21)"
    assert f"audit: warning: feed.jsonl:2: {message}" in result.stderr.splitlines()
    data = json.loads((reports / "audit-report.json").read_text("utf-8"))
    assert data["problems"] == [f"feed.jsonl:2: {message}"] and data["summary"]["documents"] == 1
    github = (reports / f"audit-report{suffix('github')}").read_text("utf-8").splitlines()
    assert f"::warning file=feed.jsonl,line=2,title=input-problem::{message}" in github
    junit = etree.parse(str(reports / f"audit-report{suffix('junit')}"))
    junit_schema().assertValid(junit)
    [skipped] = junit.findall("testsuite/testcase/skipped")
    assert skipped.get("message") == message and junit.find("testsuite").get("skipped") == "1"
    sarif = json.loads((reports / f"audit-report{suffix('sarif')}").read_text("utf-8"))
    sarif_validator().validate(sarif)
    [notification] = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notification["level"] == "warning" and notification["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "feed.jsonl"},
        "region": {"startLine": 2},
    }
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_a_bad_line_s_json_error_is_said_once(tmp_path):
    """Python's message for an unterminated string ends in "starting at": no "at at column" (a blind review)."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": ARTICLE}) + '\n{"id": "b", "text": "broken\n', "utf-8")
    result = invoke("check", "feed.jsonl", "--no-backtranslate", "--fail-on", "never", "-q", cwd=tmp_path)
    assert "audit: warning: feed.jsonl:2: not valid JSON (Unterminated string starting at column 21)" in (
        result.stderr.splitlines()
    )


@pytest.mark.parametrize("option", ["--check", "--skip"])
def test_a_selection_that_names_no_check_is_an_error_not_every_check(tmp_path, option):
    """`--check "$CHECKS"` with the variable unset ran every check unnoticed (a blind review)."""
    (tmp_path / "talks.txt").write_text(ARTICLE, "utf-8")
    result = invoke("check", "talks.txt", option, " , ", "--no-backtranslate", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"audit: error: {option} names no check: give ids as `audit checks` lists them\n"


def test_a_bad_file_named_on_the_command_line_is_an_error_on_it_and_the_others_are_audited(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "sitemap.xml").write_text(SITEMAP, "utf-8")
    result = invoke("check", "good.txt", "sitemap.xml", "missing.txt", "-f", "json", "--no-backtranslate",
                    cwd=tmp_path)  # fmt: skip
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["path"] for d in data["documents"]] == ["good.txt"]
    assert data["documents"][0]["findings"]  # audited: the lower-case sentence start
    assert [(e["path"], e["message"]) for e in data["input_errors"]] == [
        ("sitemap.xml", "<urlset> is not an RSS or Atom feed, an XLIFF or a TMX document"),
        ("missing.txt", "no such file or directory"),
    ]
    assert result.stderr.splitlines() == [
        "audit: error: sitemap.xml: <urlset> is not an RSS or Atom feed, an XLIFF or a TMX document",
        "audit: error: missing.txt: no such file or directory",
    ]


def test_a_run_whose_every_input_is_bad_still_reports_them(tmp_path):
    (tmp_path / "empty.txt").write_text(" \n", "utf-8")
    result = invoke("check", "empty.txt", "-f", "markdown", "--no-backtranslate", cwd=tmp_path)
    assert result.exit_code == 2
    assert "**0 documents, 0 findings**. ❌ **Failed**: 1 input could not be audited." in result.stdout
    assert result.stderr == "audit: error: empty.txt: the input is empty\n"


def test_a_folder_with_nothing_to_audit_is_an_error_on_it_beside_the_other_inputs(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "good.txt").write_text(CLEAN, "utf-8")
    result = invoke("check", "assets", "good.txt", "-f", "json", "--no-backtranslate", cwd=tmp_path)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["summary"]["documents"] == 1
    assert data["input_errors"][0]["path"] == "assets"
    assert data["input_errors"][0]["message"].startswith("the directory holds no file to audit")


def test_input_errors_are_said_on_one_line_each_by_the_installed_command(tmp_path):
    site(tmp_path)
    completed = subprocess.run(
        [sys.executable, "-m", "audit", "check", "site", "--no-backtranslate", "--no-color"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "COLUMNS"},  # lines as long as they need
    )
    assert completed.returncode == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    assert [line for line in completed.stderr.splitlines() if line.startswith("audit: error:")] == [
        "audit: error: site/broken.rss:3:53: malformed XML: mismatched tag",
        "audit: error: site/news/empty.txt: the input is empty",
    ]
    assert "5 documents" in completed.stdout.splitlines()[-1]


def test_baseline_create_records_the_rest_and_exits_2(tmp_path):
    site(tmp_path)
    result = invoke("baseline", "create", "site", "-o", "base.json", "--no-backtranslate", cwd=tmp_path)
    assert result.exit_code == 2
    assert (tmp_path / "base.json").is_file()
    assert "(2 inputs could not be read)" in result.stderr


# A run never reads its own reports


def documents_of(result) -> list[str]:
    return [d["path"] for d in json.loads(result.stdout)["documents"]]


def test_a_run_never_reads_its_report_folder_or_report_files(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "talks.txt").write_text(ARTICLE, "utf-8")
    args = ["check", ".", "--no-backtranslate", "-f", "text", "-f", "markdown", "-f", "html", "-f", "junit"]
    first = invoke(*args, "-f", "github", "--report-dir", "reports", cwd=tmp_path)
    second = invoke(*args, "-f", "github", "--report-dir", "reports", cwd=tmp_path)
    assert first.exit_code == second.exit_code == 0, second.stderr  # sentence-case is a warning
    for result in (first, second):
        assert result.stderr.startswith("1 document, 1 finding (1 warning); reports written:"), result.stderr
    assert "news/talks.txt" in (tmp_path / "reports" / "audit-report.md").read_text("utf-8")
    assert "reports/" not in (tmp_path / "reports" / "audit-report.md").read_text("utf-8")
    named = invoke("check", "news", "reports", "-f", "json", "--report-dir", "reports", "--no-backtranslate",
                   "--fail-on", "never", cwd=tmp_path)  # fmt: skip
    report = json.loads((tmp_path / "reports" / "audit-report.json").read_text("utf-8"))
    assert [d["path"] for d in report["documents"]] == ["news/talks.txt"]
    assert "audit: note: reports is not audited: this run writes its reports there" in named.stderr


def test_a_run_never_reads_its_report_files(tmp_path):
    (tmp_path / "talks.txt").write_text(ARTICLE, "utf-8")
    args = ["check", ".", "--no-backtranslate", "-f", "markdown", "-f", "text", "-o", "summary.md", "-o", "log.txt"]
    for _ in range(2):
        result = invoke(*args, cwd=tmp_path)
        assert result.stderr.startswith("1 document, 1 finding (1 warning); reports written:"), result.stderr
    assert "| talks.txt | 0 | 1 | 0 |" in (tmp_path / "summary.md").read_text("utf-8")


def test_gitignore_is_honoured_when_walking_a_folder(tmp_path):
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)  # a git work tree: the .gitignore files above the walked folder count
    (project / ".gitignore").write_text("*.draft.txt\n/site/build/\n", "utf-8")
    (project / "site" / "build").mkdir(parents=True)
    (project / "site" / "news" / "old").mkdir(parents=True)
    (project / "site" / ".gitignore").write_text("!keep.draft.txt\nold/\n", "utf-8")
    for name in ("news/a.txt", "news/b.draft.txt", "keep.draft.txt", "build/c.txt", "news/old/d.txt"):
        (project / "site" / name).write_text(CLEAN, "utf-8")
    from_top = invoke("check", "site", "-f", "json", "--no-backtranslate", cwd=project)
    assert documents_of(from_top) == ["site/keep.draft.txt", "site/news/a.txt"]
    from_inside = invoke("check", ".", "-f", "json", "--no-backtranslate", cwd=project / "site")
    assert documents_of(from_inside) == ["keep.draft.txt", "news/a.txt"]
    named = invoke("check", "site/news/b.draft.txt", "-f", "json", "--no-backtranslate", cwd=project)
    assert documents_of(named) == ["site/news/b.draft.txt"]  # named on the command line: read


def test_ignore_patterns_are_gitignore_patterns_relative_to_the_configuration(tmp_path):
    (tmp_path / "audit.toml").write_text('ignore = ["/feed/drafts/", "*.bak.txt", "!keep.bak.txt"]\n', "utf-8")
    for name in ("feed/a.txt", "feed/drafts/b.txt", "feed/c.bak.txt", "feed/keep.bak.txt", "other/drafts/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(CLEAN, "utf-8")
    expected = ["feed/a.txt", "feed/keep.bak.txt", "other/drafts/d.txt"]
    assert documents_of(invoke("check", ".", "-f", "json", "--no-backtranslate", cwd=tmp_path)) == expected
    inside = invoke("check", ".", "-f", "json", "--no-backtranslate", cwd=tmp_path / "feed")  # the same file applies
    assert documents_of(inside) == ["a.txt", "keep.bak.txt"]
    named = invoke("check", "c.bak.txt", "a.txt", "-f", "json", "--no-backtranslate", cwd=tmp_path / "feed")
    assert documents_of(named) == ["a.txt"]
    assert "c.bak.txt is not audited" in named.stderr


def test_baseline_paths_are_relative_to_the_configuration_whatever_the_working_folder(tmp_path):
    (tmp_path / "audit.toml").write_text('fail-on = "warning"\n', "utf-8")
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "talks.txt").write_text(ARTICLE, "utf-8")
    created = invoke("baseline", "create", "feed", "-o", "base.json", "--no-backtranslate", cwd=tmp_path)
    assert created.exit_code == 0, created.stderr
    inside = invoke("check", ".", "--baseline", "../base.json", "-f", "json", "--no-backtranslate",
                    cwd=tmp_path / "feed")  # fmt: skip
    assert inside.exit_code == 0, inside.stderr
    assert json.loads(inside.stdout)["summary"]["baselined"] == 1


def test_a_baseline_that_matches_nothing_says_why(tmp_path):
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "talks.txt").write_text(ARTICLE, "utf-8")
    assert invoke("baseline", "create", "feed", "-o", "base.json", "--no-backtranslate", cwd=tmp_path).exit_code == 0
    elsewhere = invoke(
        "check", ".", "--baseline", "../base.json", "--no-backtranslate", "-f", "json", cwd=tmp_path / "feed"
    )  # fmt: skip  (no configuration file: paths from the working folder)
    [warning] = [line for line in elsewhere.stderr.splitlines() if "warning" in line]
    assert warning == (
        "audit: warning: the baseline ../base.json matches no finding of this run: none of the documents it names"
        " is audited by this run: it names feed/talks.txt, this run audits talks.txt (paths relative to"
        f" {tmp_path / 'feed'}, the working folder (no configuration file)); run from the folder it was made in, or"
        " make it again"
    )
    (tmp_path / "feed" / "talks.txt").write_text(ARTICLE.replace(". they", ". They"), "utf-8")
    fixed = invoke("check", "feed", "--baseline", "base.json", "--no-backtranslate", cwd=tmp_path)
    assert "its findings in the 1 of this run's documents it names are gone (fixed" in fixed.stderr
