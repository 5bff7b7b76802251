"""No line the program prints can be a CI runner's workflow command, whatever the input says."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit.guarded_output import JOINER, defuse
from audit.reports.markdown_report import escape

COMMAND = re.compile(r"^\s*::|##\[")  # what GitHub Actions runs from a line of a job's output


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=120,
    )


def commands(output: str) -> list[str]:
    return [line for line in re.split(r"\r\n|\r|\n", output) if COMMAND.search(line)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("::set-output name=x::1", f"{JOINER}::set-output name=x::1"),
        ("  \t::add-mask::secret", f"  \t{JOINER}::add-mask::secret"),
        ("\x1b[1m::error::x", f"\x1b[1m{JOINER}::error::x"),
        ("a\r::stop-commands::t", f"a\r{JOINER}::stop-commands::t"),
        ("say ##[add-mask]leak", f"say ##{JOINER}[add-mask]leak"),
        ("a :: b\nc::d", "a :: b\nc::d"),
    ],
)
def test_defuse_breaks_every_command_and_nothing_else(text, expected):
    assert defuse(text) == (expected, False)


def test_a_command_cut_across_writes_is_still_broken():
    first, at_start = defuse("  ")
    second, _ = defuse("::add-mask::x", at_start)
    assert first + second == f"  {JOINER}::add-mask::x"
    assert defuse(":", True)[0] == f"{JOINER}:"


def test_feed_text_language_tags_and_file_names_never_command_the_runner(tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    items = [
        {"id": "a", "text": "::set-output name=pwned::1 the talks resumed.\n::add-mask::secret", "target_lang": "en"},
        {"id": "b", "text": "The talks resumed on Monday in Geneva.", "target_lang": "##[add-mask]leak"},
    ]
    (folder / "items.jsonl").write_text("\n".join(json.dumps(item) for item in items) + "\n", "utf-8")
    (folder / "::warning::hostile.txt").write_text("", "utf-8")  # an input error naming the file
    (folder / "  ::error::name.txt").write_text("::notice::x\n", "utf-8")
    for fmt in ("text", "markdown", "junit", "html"):
        result = run(tmp_path, "check", "feed", "-f", fmt, "--no-backtranslate", "--fail-on", "never")
        assert result.returncode == 2, result.stderr
        assert fmt != "text" or "::set-output" in result.stdout  # shown, but defused
        assert commands(result.stdout) == [] and commands(result.stderr) == [], (fmt, result.stdout, result.stderr)


def test_the_github_report_still_writes_its_own_commands(tmp_path):
    (tmp_path / "a.txt").write_text("::add-mask::x the talks ended. they resume.\n", "utf-8")
    result = run(tmp_path, "check", "a.txt", "-f", "github", "--no-backtranslate")
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::warning ") for line in lines), result.stdout


def test_markdown_never_links_where_a_feed_says():
    shown = escape("see https://evil.example/x and www.evil.example or HTTP://X.Y and WWW.x.y")
    assert "://" not in shown.replace(f"{JOINER}://", "") and "www." not in shown.lower()
    assert shown.replace(JOINER, "") == "see https://evil.example/x and www.evil.example or HTTP://X.Y and WWW.x.y"
