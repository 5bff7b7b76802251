"""GitHub Actions workflow commands: one annotation per finding, shown on the run and beside the file's lines.

`::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CHECK::MESSAGE`, levels error, warning and
notice (for info). Escaping follows @actions/core: `%`, CR and LF in the message; those and `:` and `,` in
property values. Control characters from the input are drawn (ESC as ␛, see `visible`), never passed to the
log. Columns are characters; endColumn is the column of the span's last character and, as GitHub
requires, columns are given only when the span starts and ends on one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.document import Document
from audit.errors import INPUT_ERROR, InputFailure
from audit.findings import Finding, Severity
from audit.inputs.fetch import is_url
from audit.inputs.ids import STDIN
from audit.inputs.problems import INPUT_PROBLEM, InputProblem
from audit.reports import ReportOptions, places
from audit.reports.summary import text_is_file, visible
from audit.runner import DocumentResult

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    errors = "".join(input_error(e) + "\n" for e in (options.errors if options else ()))
    problems = "".join(input_problem(p) + "\n" for p in (options.problems if options else ()))
    return errors + problems + "".join(annotation(r.document, f) + "\n" for r in results for f in r.findings)


def input_problem(problem: InputProblem) -> str:
    """A part of an input left unread (a bad line of a JSON Lines file), as a warning on its file and line: a CI
    log shows the record the audit did not see, where standard error alone scrolls by."""
    return _on_input("warning", INPUT_PROBLEM, problem.path, problem.line, None, problem.message, str(problem))


def input_error(failure: InputFailure) -> str:
    """An input that could not be audited, as an error annotation on its file (and line, when known)."""
    return _on_input("error", INPUT_ERROR, failure.path, failure.line, failure.column, failure.message, str(failure))


def _on_input(level: str, title: str, path: str, line: int | None, column: int | None, message: str, whole: str) -> str:
    """An annotation on an input file, at its line and column when known; standard input and a URL, which GitHub
    cannot place, get none, and the message (`whole`) names them."""
    properties: dict[str, object] = {}
    if path != STDIN and not is_url(path):
        properties["file"] = path
        if line is not None:
            properties["line"] = line
            if column is not None:
                properties["col"] = column
    properties["title"] = title
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {fields}::{escape_data(message if 'file' in properties else whole)}"


def annotation(doc: Document, finding: Finding) -> str:
    """One workflow command. Lines and columns are given only when they are the file's: a text file's, or a
    container file's (XLIFF, TMX, feed, JSON Lines) as the finding's location gives them, its unit in the title; a
    page is annotated on its file, with its id and place in the text in the message."""
    properties: dict[str, object] = {}
    message = finding.message
    if finding.location is not None:
        properties, message = _located(doc, finding)
    elif text_is_file(doc):
        end_line, end_column = doc.position(max(finding.start, finding.end - 1))
        properties |= {"file": doc.path, "line": finding.line, "endLine": end_line}
        if end_line == finding.line:
            properties |= {"col": finding.column, "endColumn": end_column}
        properties["title"] = finding.check
    else:
        if doc.path and not is_url(doc.path) and doc.path != STDIN:
            properties["file"] = doc.path
        properties["title"] = f"{finding.check} ({doc.id})"
        message = f"{doc.id}, line {finding.line}, column {finding.column}: {message}"
    if finding.suggestion is not None:
        message += f"\nsuggestion: {finding.suggestion}"
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{LEVELS[finding.severity]} {fields}::{escape_data(message)}"


def _located(doc: Document, finding: Finding) -> tuple[dict[str, object], str]:
    """A container file's finding: its line and column in the file (columns and the end only when exact), or in
    the message for a URL or standard input."""
    location = finding.location
    title = f"{finding.check} ({location.unit})"
    if not doc.path or is_url(doc.path) or doc.path == STDIN:
        return {"title": title}, f"{location.unit}, line {location.line}, column {location.column}: {finding.message}"
    properties: dict[str, object] = {"file": doc.path, "line": location.line}
    last = places.end(doc, finding)
    if last is not None and last.line == location.line:
        properties |= {"endLine": last.line, "col": location.column, "endColumn": last.column}
    return properties | {"title": title}, finding.message


def escape_data(text: str) -> str:
    return visible(text, keep="\t\n\r").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
