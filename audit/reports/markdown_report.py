"""The Markdown report: a short GitHub-flavoured summary for a CI job summary or a pull-request comment.

Totals, a table of documents with counts by severity, a table of checks, then each document's findings (most
severe documents and findings first, at most MAX_FINDINGS per document, the whole under MAX_CHARS). Every piece
of article text is escaped: no markup, link, table cell break, @mention or control character (drawn, see
`visible`) can come from the input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import quote

from audit import TOOL_NAME, __version__
from audit.findings import Finding
from audit.reports import ReportOptions, places
from audit.reports.summary import (
    SEVERITIES,
    by_importance,
    clip,
    count,
    document_name,
    failing_count,
    fails,
    not_run,
    registered_checks,
    severity_counts,
    shown_edit,
    totals,
    visible,
)
from audit.runner import DocumentResult

MAX_FINDINGS = 10  # findings listed per document; the rest are counted
MAX_DOCUMENT_ROWS = 50  # documents in the table, most severe first; the rest are counted
MAX_CHARS = 60_000  # the report fits a pull-request comment (65,536 characters; a job summary takes 1 MiB)
MAX_TEXT = 160  # characters of a message, span or suggestion shown
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$])")
_AUTOLINK = re.compile(r"(?i)(://|(?<=www)\.)")  # what GitHub turns into a link: a joiner breaks it
_ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    return build(results, options or ReportOptions(), tool_version=__version__)


def build(results: Sequence[DocumentResult], options: ReportOptions, tool_version: str) -> str:
    """The report, documents most severe first; the tool version is a parameter so that tests can pin it."""
    ordered = sorted(results, key=lambda r: [-severity_counts(r.findings)[s] for s in SEVERITIES])
    lines = ["## Translation audit", "", _totals(results, options), ""]
    lines += _errors_table(options)
    lines += _documents_table(ordered)
    lines += _checks_table(results)
    lines += _not_run(results)
    footer = f"<sub>{escape(TOOL_NAME)} {escape(tool_version)}</sub>"
    sections = [_findings_section(r, options) for r in ordered if r.findings]
    size = len("\n".join(lines)) + len(footer) + 200  # room for the line saying what was left out
    shown = 0
    for section in sections:
        size += len("\n".join(section)) + 1
        if size > MAX_CHARS:
            break
        lines += section
        shown += 1
    if shown < len(sections):
        left = count(len(sections) - shown, "more document")
        lines += [f"… and {left} with findings: the full report is in the HTML or JSON format.", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def escape(text: str) -> str:
    """Text as literal Markdown on one line: markup and table pipes escaped, @mentions and autolinks (`://`,
    `www.`) defused, controls drawn."""
    flat = visible(" ".join(text.split()))
    return _AUTOLINK.sub("\u2060\\1", _SPECIAL.sub(r"\\\1", flat).replace("@", "@\u2060"))


def _totals(results: Sequence[DocumentResult], options: ReportOptions) -> str:
    numbers, detail = totals(results)
    line = f"**{numbers}**" + (f" ({detail})" if detail else "")
    if options.baselined:
        line += f", {count(options.baselined, 'known finding')} left out by the baseline"
    if options.errors:
        failed = ". ❌ **Failed**: " + count(len(options.errors), "input") + " could not be audited"
        failing = failing_count(results, options.fail_on)
        if failing and options.fail_on is not None:
            failed += f", {count(failing, 'finding')} at `{options.fail_on.value}` or above"
        return line + failed + "."
    if options.fail_on is None:
        return line + ". The run never fails (`--fail-on never`)."
    failing = failing_count(results, options.fail_on)
    if failing:
        return line + f". ❌ **Failed**: {count(failing, 'finding')} at `{options.fail_on.value}` or above."
    return line + f". ✅ **Passed**: no finding at `{options.fail_on.value}` or above."


def _errors_table(options: ReportOptions) -> list[str]:
    """The inputs that could not be audited, each with where and why."""
    if not options.errors:
        return []
    lines = ["### Inputs not audited", "", "| input | where | error |", "|---|---|---|"]
    for failure in options.errors[:MAX_DOCUMENT_ROWS]:
        place = f"{failure.line}:{failure.column or 1}" if failure.line is not None else ""
        cells = [escape(clip(failure.path, MAX_TEXT)), place, escape(clip(failure.message, MAX_TEXT))]
        lines.append("| " + " | ".join(cells) + " |")
    if len(options.errors) > MAX_DOCUMENT_ROWS:
        lines.append(f"| … and {count(len(options.errors) - MAX_DOCUMENT_ROWS, 'more input')} | | |")
    return [*lines, ""]


def _documents_table(results: Sequence[DocumentResult]) -> list[str]:
    lines = ["| document | errors | warnings | info | language |", "|---|--:|--:|--:|---|"]
    for result in results[:MAX_DOCUMENT_ROWS]:
        doc = result.document
        counts = severity_counts(result.findings)
        language = doc.language.detected or "?"
        if doc.language.detected:
            language += f" {doc.language.confidence:.2f}"
        if doc.language.expected and doc.language.expected != doc.language.detected:
            language += f" (expected {doc.language.expected})"
        cells = [_document_cell(result), *(str(counts[s]) for s in SEVERITIES), escape(language)]
        lines.append("| " + " | ".join(cells) + " |")
    if len(results) > MAX_DOCUMENT_ROWS:
        rest = results[MAX_DOCUMENT_ROWS:]
        clean = sum(not r.findings for r in rest)
        lines.append(f"| … and {count(len(rest), 'more document')} ({clean} without findings) | | | | |")
    return [*lines, ""]


def _document_cell(result: DocumentResult) -> str:
    doc = result.document
    name = escape(clip(document_name(doc), MAX_TEXT))
    if doc.title:
        title = escape(clip(doc.title, MAX_TEXT))
        link = _safe_url(doc.url)
        return (f"[{title}]({link})" if link else title) + f"<br>{name}"
    return name


def _safe_url(url: str | None) -> str | None:
    """An http(s) link with the characters that would end a Markdown link percent-encoded; else None."""
    if not url or not re.match(r"https?://", url, re.IGNORECASE):
        return None
    return quote(visible(url), safe="/:?#=&%+;,@!$'*~-._")


def _checks_table(results: Sequence[DocumentResult]) -> list[str]:
    by_check = Counter(f.check for r in results for f in r.findings)
    if not by_check:
        return []
    lines = ["| check | findings | category | finds |", "|---|--:|---|---|"]
    for check in registered_checks():
        if by_check[check.id]:
            cells = [f"`{check.id}`", str(by_check.pop(check.id)), f"`{check.category}`", escape(check.description)]
            lines.append("| " + " | ".join(cells) + " |")
    for name, number in sorted(by_check.items()):  # findings of checks no longer registered
        lines.append(f"| {escape(name)} | {number} | | |")
    return [*lines, ""]


def _not_run(results: Sequence[DocumentResult]) -> list[str]:
    """What the report does not cover: the checks that did not run, on how many documents, and why."""
    lines = not_run(results)
    if not lines:
        return []
    return ["**Not run:**", "", *(f"- {escape(line)}" for line in lines), ""]  # our own words: whole


def _findings_section(result: DocumentResult, options: ReportOptions) -> list[str]:
    doc = result.document
    heading = escape(clip(document_name(doc), MAX_TEXT))
    if doc.title:
        heading += " · " + escape(clip(doc.title, MAX_TEXT))
    lines = [f"### {heading}", "", "| where | severity | check | finding | suggestion |", "|---|---|---|---|---|"]
    shown = by_importance(result.findings)[:MAX_FINDINGS]
    lines += [_finding_row(f, options) for f in shown]
    hidden = len(result.findings) - len(shown)
    if hidden:
        lines.append(f"| | | | … and {count(hidden, 'more finding')} in this document | |")
    return [*lines, ""]


def _finding_row(finding: Finding, options: ReportOptions) -> str:
    severity = f"{_ICONS[finding.severity.value]} {finding.severity.value}"
    if fails(finding, options.fail_on):
        severity = f"**{severity}**"
    message = escape(clip(finding.message, MAX_TEXT))
    text, suggested = shown_edit(finding)
    if text.strip():
        message += f"<br>“{escape(clip(text, MAX_TEXT))}”"
    suggestion = escape(clip(suggested, MAX_TEXT)) if suggested else ""
    cells = [escape(places.label(finding)), severity, f"`{finding.check}`", message, suggestion]
    return "| " + " | ".join(cells) + " |"
