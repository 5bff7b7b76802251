"""The command line as a user meets it: help, version, completion, one-line usage errors, forgiving option values,
the report format from -o's extension, colour through a pipe."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from audit import __version__
from audit.cli import app

runner = CliRunner()
ARTICLE = "The talks ended on Friday. they will resume in January, officials said.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def audit(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`python -m audit` in a fresh process, its output through pipes (not a terminal)."""
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, timeout=300,
                          env={**base, **(env or {})}, cwd=cwd)  # fmt: skip


def command_paths() -> list[list[str]]:
    """Every command and group of the program, as argument lists: [], ["check"], ["models", "install"]..."""
    paths: list[list[str]] = []

    def visit(command, path: list[str]) -> None:
        paths.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            visit(sub, [*path, name])

    visit(get_command(app), [])
    return paths


@pytest.mark.parametrize("path", command_paths(), ids=lambda path: " ".join(path) or "audit")
def test_every_help_takes_h_and_shows_no_type_placeholder(path):
    short, long = runner.invoke(app, [*path, "-h"]), runner.invoke(app, [*path, "--help"])
    assert short.exit_code == long.exit_code == 0, short.output
    assert short.stdout == long.stdout and short.stdout.startswith("Usage: audit")
    assert not re.search(r"<[a-z][^>]*>|\{[A-Z]|\[required\]|<=x<=", short.stdout), short.stdout


def test_check_help_names_its_values():
    shown = runner.invoke(app, ["check", "-h"]).stdout
    assert "Usage: audit check [OPTIONS] INPUT...\n" in shown
    for option in ("-t, --target-lang LANG", "-f, --format FORMAT", "-o, --output FILE", "--report-dir DIR",
                   "--fail-on SEVERITY", "--check ID[,ID...]", "--baseline FILE"):  # fmt: skip
        assert option in shown


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag):
    completed = audit(flag)
    assert (completed.returncode, completed.stdout) == (0, f"audit {__version__}\n")


def test_shell_completion_script():
    """The script a shell sources (click's protocol, as --install-completion writes it; --show-completion asks
    shellingham which shell runs it, which a detached CI job may not tell)."""
    completed = audit(env={"_AUDIT_COMPLETE": "source_bash"})
    assert completed.returncode == 0 and "_AUDIT_COMPLETE" in completed.stdout
    completion = audit(env={"_AUDIT_COMPLETE": "complete_bash", "COMP_WORDS": "audit ch", "COMP_CWORD": "1"})
    assert completion.returncode == 0 and {"check", "checks"} <= set(completion.stdout.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--verbose", "a.txt"], "audit: error: no such option: --verbose (see audit check --help)"),
        (["check"], "audit: error: missing argument 'INPUT...' (see audit check --help)"),
        (["check", "a.txt", "-f", "pdf"], "audit: error: invalid value for '--format' / '-f': 'pdf' is not one of"),
        (["check", "a.txt", "--fail-on", "sometimes"], "audit: error: invalid value for '--fail-on': 'sometimes'"),
        (["check", "a.txt", "--min-language-confidence", "3"], "audit: error: invalid value for"),
        (["check", "a.txt", "--baseline"], "audit: error: option '--baseline' requires an argument"),
        (["explain"], "audit: error: missing argument 'ID' (see audit explain --help)"),
        (["bogus"], "audit: error: no such command 'bogus' (see audit --help)"),
        (["models", "remove", "fr"], "audit: error: missing argument 'LANG' (see audit models remove --help)"),
        (["check", "a.txt", "--check", "no-such-check"], "audit: error: "),
        (
            ["check", "a.txt", "-f", "json", "-f", "sarif", "-o", "r.json"],
            "audit: error: give one -o FILE per --format (2 formats, 1 output)",
        ),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_every_usage_error_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    completed = audit(*args, cwd=tmp_path)
    assert completed.returncode == 2, completed.stderr
    assert completed.stderr.count("\n") == 1 and completed.stderr.startswith(message), completed.stderr
    assert completed.stdout == ""
    invoked = runner.invoke(app, args)  # the same through the library's entry point (tests, embedding)
    assert invoked.exit_code == 2 and invoked.stderr.count("\n") == 1


def test_formats_and_severities_in_any_case_and_checks_by_commas(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE + "It is is so.\nOfficials in Kiev said so.\n", "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = runner.invoke(app, ["check", "a.txt", "-f", "JSON", "--fail-on", "Warning", "--no-backtranslate",
                                     "--check", "sentence-case,repeated-word"])  # fmt: skip
        repeated = runner.invoke(app, ["check", "a.txt", "-f", "Json", "--no-backtranslate", "--check",
                                       "sentence-case", "--check", "repeated-word"])  # fmt: skip
        skipped = runner.invoke(app, ["check", "a.txt", "-f", "json", "--no-backtranslate", "--skip",
                                      "sentence-case, repeated-word"])  # fmt: skip
    assert result.exit_code == 1, result.output
    found = sorted({f["check"] for f in json.loads(result.stdout)["documents"][0]["findings"]})
    assert found == ["repeated-word", "sentence-case"]
    assert json.loads(repeated.stdout) == json.loads(result.stdout)
    left = {f["check"] for f in json.loads(skipped.stdout)["documents"][0]["findings"]}
    assert left and not left & {"repeated-word", "sentence-case"}


@pytest.mark.parametrize(
    ("names", "starts"),
    [
        (["report.html"], ["<!DOCTYPE html>"]),
        (["report.sarif", "summary.md", "tests.junit.xml", "notes.github.txt"],
         ['{\n  "$schema"', "## Translation audit", '<?xml version="1.0"', "::warning file=a.txt"]),
        (["report.json"], ['{\n  "schema": "audit-report/1"']),
        (["report.log"], ["a.txt  (English"]),
    ],
    ids=["html", "several", "json", "unknown-is-text"],
)  # fmt: skip
def test_the_format_of_an_output_file_without_format_is_its_extension(tmp_path, names, starts):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    args = [part for name in names for part in ("-o", name)]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = runner.invoke(app, ["check", "a.txt", "--no-backtranslate", *args])
    assert result.exit_code == 0, result.output
    for name, start in zip(names, starts, strict=True):
        assert (tmp_path / name).read_text("utf-8").startswith(start), name


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ([], {}, False),  # a pipe: plain
        (["--color"], {}, True),  # asked for: coloured through the pipe
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "0"}, False),
        ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        (["--color"], {"NO_COLOR": "1"}, True),  # the command line over the environment
        (["--no-color"], {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_through_a_pipe(tmp_path, args, env, coloured):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    completed = audit("check", "a.txt", "--no-backtranslate", *args, env=env, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert bool(ANSI.search(completed.stdout)) is coloured
    assert ANSI.sub("", completed.stdout).startswith("a.txt  (English")


def test_the_text_report_counts_clean_documents_and_fits_columns(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE.replace("January", "January after a week of talks in Geneva"), "utf-8")
    (tmp_path / "clean.txt").write_text("Kyiv was quiet overnight, the mayor said.\n", "utf-8")
    narrow = audit("check", ".", "--no-backtranslate", env={"COLUMNS": "50"}, cwd=tmp_path)
    assert narrow.returncode == 0, narrow.stderr
    assert all(len(line) <= 50 for line in narrow.stdout.splitlines()), narrow.stdout
    assert "1 document without findings not shown" in narrow.stdout and "clean.txt" not in narrow.stdout
    shown = audit("check", ".", "--no-backtranslate", "--show-clean", cwd=tmp_path)
    assert "\nclean.txt  (" in shown.stdout and "not shown" not in shown.stdout
    piped = audit("check", ".", "--no-backtranslate", cwd=tmp_path)  # no terminal, no COLUMNS: no limit
    assert max(len(line) for line in piped.stdout.splitlines()) > 50
