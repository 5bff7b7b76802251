"""GitHub Actions workflow commands: one annotation per finding, shown on the run and beside the file's lines.

`::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CHECK::MESSAGE`, levels error, warning and
notice (for info). Escaping follows @actions/core: `%`, CR and LF in the message; those and `:` and `,` in
property values. Columns are characters; endColumn is the column of the span's last character and, as GitHub
requires, columns are given only when the span starts and ends on one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.document import Document
from audit.findings import Finding, Severity
from audit.reports import ReportOptions
from audit.runner import DocumentResult

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    return "".join(annotation(r.document, f) + "\n" for r in results for f in r.findings)


def annotation(doc: Document, finding: Finding) -> str:
    end_line, end_column = doc.position(max(finding.start, finding.end - 1))
    properties: dict[str, object] = {}
    if doc.path:
        properties["file"] = doc.path
    properties["line"] = finding.line
    properties["endLine"] = end_line
    if end_line == finding.line:
        properties["col"] = finding.column
        properties["endColumn"] = end_column
    properties["title"] = finding.check if doc.path else f"{finding.check} ({doc.id})"
    message = finding.message
    if finding.suggestion is not None:
        message += f"\nsuggestion: {finding.suggestion}"
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{LEVELS[finding.severity]} {fields}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
