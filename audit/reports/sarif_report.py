"""The SARIF 2.1.0 report, for code-scanning services (GitHub's upload-sarif) and SARIF viewers.

One run; one rule per registered check (its id, description and MQM category); one result per finding with
its level, message and a physical location whose region has line, column and character offsets; a finding in a
container file (XLIFF, TMX, feed, JSON Lines) is located at its line and column in the file and in its unit, the
document's text (the offsets) being a related location. Columns and offsets count Unicode code points, declared
with the run's `columnKind`. A finding's fix (unless only to be
shown) is a SARIF fix: its edits as replacements of character regions, its applicability in its properties; the
suggestion stays in the result's properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from audit import TOOL_NAME, __version__
from audit.baseline import fingerprinted
from audit.document import Document
from audit.errors import INPUT_ERROR, InputFailure
from audit.findings import Applicability, Finding, Fix, Severity
from audit.inputs.fetch import is_url
from audit.inputs.ids import STDIN
from audit.inputs.problems import INPUT_PROBLEM, InputProblem
from audit.reports import ReportOptions, places
from audit.reports.summary import CheckInfo, json_text, registered_checks, text_is_file
from audit.runner import DocumentResult

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "translationAudit/v1"  # the baseline's fingerprint: code scanning follows a finding across runs


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    return json_text(build(results, options.errors, options.root, options.problems))


def build(
    results: Sequence[DocumentResult],
    errors: Sequence[InputFailure] = (),
    root: Path | None = None,
    problems: Sequence[InputProblem] = (),
) -> dict[str, Any]:
    checks = registered_checks()
    known = {c.id for c in checks}
    checks += [CheckInfo(name, name, "") for name in sorted({f.check for r in results for f in r.findings} - known)]
    if errors:
        checks.append(CheckInfo(INPUT_ERROR, "An input that could not be read or is of no format the audit reads.", ""))
    index = {check.id: i for i, check in enumerate(checks)}
    positions = {id(r): i for i, r in enumerate(results)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(check) for check in checks],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [_artifact(r.document) for r in results],
                "invocations": [
                    {
                        "executionSuccessful": not errors,
                        "toolExecutionNotifications": [
                            *(_notification(e) for e in errors),
                            *(_problem_notification(p) for p in problems),
                        ],
                    }
                ],
                "results": [
                    *(_input_error(e, index[INPUT_ERROR]) for e in errors),
                    *(
                        _result(r.document, positions[id(r)], f, index[f.check], fingerprint)
                        for r, f, fingerprint in fingerprinted(results, root)
                    ),
                ],
            }
        ],
    }


def _failure_location(failure: InputFailure) -> dict[str, Any]:
    """The file an input error is on, with its line and column when known."""
    return _file_location(failure.path, failure.line, failure.column)


def _file_location(path: str, line: int | None, column: int | None = None) -> dict[str, Any]:
    """A physical location on an input file (a URL as it is), with its line and column when known."""
    uri = path if is_url(path) else _path_uri(path)
    location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if line is not None:
        region = {"startLine": line}
        if column is not None:
            region["startColumn"] = column
        location["region"] = region
    return {"physicalLocation": location}


def _input_error(failure: InputFailure, rule_index: int) -> dict[str, Any]:
    """An input that could not be audited, as an error result on its file: code scanning shows it as it shows
    findings."""
    return {
        "ruleId": INPUT_ERROR,
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": failure.message},
        "locations": [_failure_location(failure)],
    }


def _notification(failure: InputFailure) -> dict[str, Any]:
    """The same error as the run's tool execution notification (the run did not audit everything)."""
    return {
        "level": "error",
        "message": {"text": str(failure)},
        "descriptor": {"id": INPUT_ERROR},
        "locations": [_failure_location(failure)],
    }


def _problem_notification(problem: InputProblem) -> dict[str, Any]:
    """A part of an input left unread (a bad line of a feed), as a warning of the run: the rest was audited."""
    notification: dict[str, Any] = {
        "level": "warning",
        "message": {"text": str(problem)},
        "descriptor": {"id": INPUT_PROBLEM},
    }
    if not is_url(problem.path):
        notification["locations"] = [_file_location(problem.path, problem.line)]
    return notification


def _path_uri(path: str) -> str:
    """A local path as a URI reference (relative paths stay relative); standard input as `stdin`."""
    if path == STDIN:
        return "stdin"
    local = Path(path)
    return local.as_uri() if local.is_absolute() else quote(local.as_posix(), errors="surrogateescape")


def _rule(check: CheckInfo) -> dict[str, Any]:
    help_text = f"{check.description} (MQM category: {check.category})" if check.category else check.description
    return {
        "id": check.id,
        "name": "".join(part.capitalize() for part in check.id.split("-")),
        "shortDescription": {"text": check.description},
        "fullDescription": {"text": check.description},
        "help": {"text": help_text},
        "properties": {"category": check.category, "tags": ["translation", *filter(None, [check.category])]},
    }


def artifact_uri(doc: Document) -> str:
    """The document's file as a URI reference (relative paths stay relative), else its link, else its id. A
    document that is not its file's whole text (a feed item, a JSON line) is the file's fragment named by its id,
    the text its region's lines and offsets count in. A lone surrogate (an undecodable file name's byte, an escape
    in a JSON input) is percent-encoded as its bytes, not refused."""
    if not doc.path or doc.path == STDIN:
        return doc.url or quote(doc.id, safe="", errors="surrogatepass")
    uri = _file_uri(doc.path)
    return uri if text_is_file(doc) else f"{uri.partition('#')[0]}#{quote(doc.id, safe='', errors='surrogatepass')}"


def _file_uri(path: str) -> str:
    return path if is_url(path) else _path_uri(path)


def _artifact(doc: Document) -> dict[str, Any]:
    artifact: dict[str, Any] = {"location": {"uri": artifact_uri(doc)}, "length": len(doc.text)}
    properties = {"id": doc.id, "title": doc.title, "url": doc.url, "language": doc.language.to_dict()}
    artifact["properties"] = {key: value for key, value in properties.items() if value is not None}
    return artifact


def _result(doc: Document, doc_index: int, finding: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    end_line, end_column = doc.position(finding.end)
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": finding.start,
        "charLength": finding.end - finding.start,
        "snippet": {"text": finding.text},
    }
    properties: dict[str, Any] = {"category": finding.category, "confidence": round(finding.confidence, 4)}
    if finding.suggestion is not None:
        properties["suggestion"] = finding.suggestion
    message = finding.message
    if finding.suggestion is not None:  # a sentence of its own: most messages end without a full stop
        message += ("" if message.endswith((".", "!", "?")) else ".") + f" Suggestion: “{finding.suggestion}”"
    in_text = {"artifactLocation": {"uri": artifact_uri(doc), "index": doc_index}, "region": region}
    result = {
        "ruleId": finding.check,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": in_text}],
        "partialFingerprints": {FINGERPRINT: fingerprint},
        "properties": properties,
    }
    if finding.location is not None and doc.path and doc.path != STDIN:
        result |= _in_file(doc, finding, in_text)
        properties["location"] = finding.location.to_dict()
    if finding.fix is not None and finding.fix.applicability is not Applicability.DISPLAY:
        result["fixes"] = [_fix(doc, doc_index, finding.fix)]
    return result


def _in_file(doc: Document, finding: Finding, in_text: dict[str, Any]) -> dict[str, Any]:
    """A container file's finding (XLIFF, TMX, feed, JSON Lines) is located in its file, at its line and column
    there (its end too when exact), its unit a logical location; the document's text, which the offsets and the
    fix count in, is a related location."""
    location = finding.location
    region: dict[str, Any] = {"startLine": location.line, "startColumn": location.column}
    last = places.end(doc, finding)
    if last is not None:
        region |= {"endLine": last.line, "endColumn": last.column + 1}
    in_file = {"artifactLocation": {"uri": _file_uri(doc.path)}, "region": region}
    return {
        "locations": [{"physicalLocation": in_file, "logicalLocations": [{"name": location.unit}]}],
        "relatedLocations": [{"id": 1, "message": {"text": "in the document's text"}, "physicalLocation": in_text}],
    }


def _fix(doc: Document, doc_index: int, fix: Fix) -> dict[str, Any]:
    """The fix as SARIF: one artifact change whose replacements are the edits, in character offsets."""
    replacements = [
        {
            "deletedRegion": {"charOffset": edit.start, "charLength": edit.end - edit.start},
            "insertedContent": {"text": edit.replacement},
        }
        for edit in fix.edits
    ]
    return {
        "description": {"text": f"{fix.applicability.value} fix"},
        "artifactChanges": [
            {"artifactLocation": {"uri": artifact_uri(doc), "index": doc_index}, "replacements": replacements}
        ],
        "properties": {"applicability": fix.applicability.value},
    }
