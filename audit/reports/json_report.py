"""The JSON report: the `audit-report/1` contract with CI and other tools."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from audit import TOOL_NAME, __version__
from audit.errors import INPUT_ERROR
from audit.reports import ReportOptions
from audit.reports.summary import json_text
from audit.runner import DocumentResult

SCHEMA = "audit-report/1"


def build(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> dict[str, Any]:
    findings = [f for r in results for f in r.findings]
    tally = Tally(len(results), Counter(f.check for f in findings), Counter(f.severity.value for f in findings))
    return {
        "schema": SCHEMA,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "documents": [document(r) for r in results],
        **closing(tally, options),
    }


def document(result: DocumentResult) -> dict[str, Any]:
    """One document's part of the report."""
    return {
        "id": result.document.id,
        "path": result.document.path,
        "title": result.document.title,
        "url": result.document.url,
        "language": result.document.language.to_dict(),
        "scores": result.scores,
        "skipped": result.skipped,
        "findings": [f.to_dict() for f in result.findings],
    }


@dataclass
class Tally:
    """What the summary counts, kept as a run goes (a streamed run forgets its documents)."""

    documents: int = 0
    by_check: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.by_check.update(f.check for f in result.findings)
        self.by_severity.update(f.severity.value for f in result.findings)


def closing(tally: Tally, options: ReportOptions | None) -> dict[str, Any]:
    """The summary, the problems, the inputs not audited and the notes of a run."""
    errors = options.errors if options else ()
    return {
        "summary": {
            "documents": tally.documents,
            "findings": sum(tally.by_check.values()),
            "by_check": dict(sorted(tally.by_check.items())),
            "by_severity": dict(sorted(tally.by_severity.items())),
            "baselined": options.baselined if options else 0,
            "input_errors": len(errors),
        },
        "problems": [str(problem) for problem in options.problems] if options else [],
        "input_errors": [
            {
                "path": e.path,
                "line": e.line,
                "column": e.column,
                "check": INPUT_ERROR,
                "severity": "error",
                "message": e.message,
            }
            for e in errors
        ],
        "notes": list(options.notes) if options else [],
    }


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    return json_text(build(results, options))
