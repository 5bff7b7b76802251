"""A report or baseline never replaces a file the run reads: an input, a file of a walked folder, a source, the
baseline or the configuration, whether named as it is or through a symbolic or hard link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app

ARTICLE = "The talks ended. they resume.\n"
runner = CliRunner()


def invoke(cwd: Path, *args: str):
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        return runner.invoke(app, list(args))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "feed").mkdir()
    for name in ("a.txt", "b.txt", "source.txt"):
        (tmp_path / "feed" / name if name != "source.txt" else tmp_path / name).write_text(ARTICLE, "utf-8")
    (tmp_path / "audit.toml").write_text('fail-on = "never"\n', "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "victim", "reason"),
    [
        (["check", "feed", "-o", "feed/b.txt"], "feed/b.txt", "a file of the input folder feed"),
        (["check", "feed/", "-f", "json", "-o", "./feed/../feed/b.txt"], "feed/b.txt", "input folder"),
        (["check", "feed/a.txt", "--source", "source.txt", "-o", "source.txt"], "source.txt", "a --source file"),
        (["check", "feed", "--baseline", "base.json", "-f", "json", "-o", "base.json"], "base.json", "--baseline"),
        (["check", "feed", "-f", "text", "-o", "audit.toml"], "audit.toml", "the configuration file"),
        (["check", "feed", "--config", "audit.toml", "-o", "audit.toml"], "audit.toml", "the configuration file"),
        (["baseline", "create", "feed/a.txt", "-o", "feed/a.txt"], "feed/a.txt", "an input of this run"),
        (["baseline", "create", "feed", "-o", "feed/b.txt"], "feed/b.txt", "input folder"),
    ],
)
def test_a_report_or_baseline_never_replaces_what_the_run_reads(project, args, victim, reason):
    (project / "base.json").write_text('{"schema": "audit-baseline/1", "findings": {}}\n', "utf-8")
    before = (project / victim).read_bytes()
    result = invoke(project, *args, "--no-backtranslate")
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1 and reason in result.stderr, result.stderr
    assert "never overwrites what it audits" in result.stderr
    assert (project / victim).read_bytes() == before


def test_links_to_an_input_are_refused_too(project):
    os.symlink(project / "feed" / "b.txt", project / "soft.txt")
    os.link(project / "feed" / "b.txt", project / "hard.txt")
    for link in ("soft.txt", "hard.txt"):
        result = invoke(project, "check", "feed", "-o", link, "--no-backtranslate")
        assert result.exit_code == 2 and "input folder feed" in result.stderr, result.stderr
        result = invoke(project, "check", "feed/a.txt", "feed/b.txt", "-o", link, "--no-backtranslate")
        assert result.exit_code == 2 and "an input of this run" in result.stderr, result.stderr
    assert (project / "feed" / "b.txt").read_text("utf-8") == ARTICLE


def test_an_earlier_report_in_the_walked_folder_is_replaced(project):
    for name in ("report.md", "report.txt", "report.json", "report.github.txt", "report.html"):
        for _ in range(2):  # the second run replaces the first run's report
            result = invoke(project, "check", "feed", "-o", f"feed/{name}", "--no-backtranslate")
            assert result.exit_code == 0, (name, result.stderr)
    report_dir = invoke(project, "check", "feed", "-f", "sarif", "--report-dir", "feed/reports", "--no-backtranslate")
    again = invoke(project, "check", "feed", "-f", "sarif", "--report-dir", "feed/reports", "--no-backtranslate")
    assert report_dir.exit_code == again.exit_code == 0, again.stderr
