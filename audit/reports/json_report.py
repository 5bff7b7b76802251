"""The JSON report: the `audit-report/1` contract with CI and other tools."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from audit import TOOL_NAME, __version__
from audit.errors import INPUT_ERROR
from audit.reports import ReportOptions
from audit.reports.summary import json_text
from audit.runner import DocumentResult

SCHEMA = "audit-report/1"


def build(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> dict[str, Any]:
    findings = [f for r in results for f in r.findings]
    errors = options.errors if options else ()
    return {
        "schema": SCHEMA,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "documents": [
            {
                "id": r.document.id,
                "path": r.document.path,
                "title": r.document.title,
                "url": r.document.url,
                "language": r.document.language.to_dict(),
                "scores": r.scores,
                "skipped": r.skipped,
                "findings": [f.to_dict() for f in r.findings],
            }
            for r in results
        ],
        "summary": {
            "documents": len(results),
            "findings": len(findings),
            "by_check": dict(sorted(Counter(f.check for f in findings).items())),
            "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
            "baselined": options.baselined if options else 0,
            "input_errors": len(errors),
        },
        "problems": list(options.problems) if options else [],
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
