"""Report writers: one module per format, each with render(results, options) -> str.

Adding a format: write its module and add it to FORMATS (name -> module path and file suffix); modules are
imported only when their format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from audit.errors import InputFailure
from audit.findings import Severity
from audit.inputs.problems import InputProblem

if TYPE_CHECKING:
    from audit.runner import DocumentResult

FORMATS: dict[str, tuple[str, str]] = {
    "text": ("audit.reports.text_report", ".txt"),
    "json": ("audit.reports.json_report", ".json"),
    "jsonl": ("audit.reports.jsonl_report", ".jsonl"),
    "markdown": ("audit.reports.markdown_report", ".md"),
    "junit": ("audit.reports.junit_report", ".junit.xml"),
    "sarif": ("audit.reports.sarif_report", ".sarif"),
    "github": ("audit.reports.github_report", ".github.txt"),
    "html": ("audit.reports.html_report", ".html"),
}


@dataclass(frozen=True)
class ReportOptions:
    """What a report needs beyond the results."""

    colour: bool = False  # ANSI colours (text on a terminal)
    fail_on: Severity | None = Severity.ERROR  # findings at or above this fail the run (None: never)
    baselined: int = 0  # findings left out because the baseline knows them
    problems: tuple[InputProblem, ...] = ()  # parts of the inputs that could not be read (one line of a feed)
    errors: tuple[InputFailure, ...] = ()  # inputs that could not be audited at all (the run exits with 2)
    notes: tuple[str, ...] = ()  # files of walked folders skipped as of no format the audit reads
    root: Path | None = None  # the folder fingerprints' paths are relative to (default: the working folder)
    show_clean: bool = False  # the text report: list documents without findings too (else they are counted)
    width: int | None = None  # the text report: columns to fit in (a terminal's width), None for no limit


def render(name: str, results: Sequence[DocumentResult], options: ReportOptions) -> str:
    module = importlib.import_module(FORMATS[name][0])
    return module.render(results, options)


def suffix(name: str) -> str:
    return FORMATS[name][1]


_OTHER_SUFFIXES = {".htm": "html", ".xml": "junit", ".markdown": "markdown", ".sarif.json": "sarif"}


def format_of(path: Path) -> str:
    """The format a report file's name asks for (`report.html`: html, `x.junit.xml`: junit, `x.github.txt`:
    github), text when its extension names none; for `-o FILE` without `--format`."""
    name = str(path).lower()
    by_suffix = {suffix: format_name for format_name, (_, suffix) in FORMATS.items()} | _OTHER_SUFFIXES
    for known in sorted(by_suffix, key=len, reverse=True):  # the longest first: .github.txt before .txt
        if name.endswith(known):
            return by_suffix[known]
    return "text"
