"""The terminal report: each finding with its place, its sentence with the span highlighted, and the fix.

Every piece of input is shown through `visible`: a control character from a feed (an ANSI escape, a carriage
return) is drawn, not obeyed, so it cannot colour, move or overwrite the terminal or a CI log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import typer

from audit import language
from audit.document import Document
from audit.errors import INPUT_ERROR, InputFailure
from audit.findings import Finding, Severity
from audit.reports import ReportOptions
from audit.reports.summary import text_is_file, visible
from audit.runner import DocumentResult

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
CONTEXT = 60  # characters of context shown on each side of a span


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    colour = options is not None and options.colour

    def style(text: str, **kwargs) -> str:
        return typer.style(text, **kwargs) if colour else text

    lines: list[str] = []
    errors = options.errors if options is not None else ()
    for failure in errors:
        lines.append(style(visible(failure.path), bold=True) + "  (not audited)")
        place = f"{failure.line}:{failure.column or 1}  " if failure.line is not None else ""
        severity = style(f"{Severity.ERROR.value:<7}", fg=_COLOURS[Severity.ERROR], bold=True)
        lines.append(f"  {place}{severity} {INPUT_ERROR}  {_one_line(failure.message)}")
        lines.append("")
    for result in results:
        doc = result.document
        lang = doc.language
        detected = f"{language.name(lang.detected)} {lang.confidence:.2f}" if lang.detected else "too short to tell"
        expected = f", expected {language.name(lang.expected)}" if lang.expected else ""
        lines.append(
            style(_name(doc), bold=True)
            + f"  ({detected}{expected}; {_count(len(doc.sentences), 'sentence')},"
            + f" {_count(len(result.findings), 'finding')})"
        )
        scores = _scores(result.scores.get("round_trip"))
        if scores:
            lines.append("  " + scores)
        for finding in result.findings:
            severity = style(f"{finding.severity.value:<7}", fg=_COLOURS[finding.severity], bold=True)
            lines.append(f"  {finding.line}:{finding.column}  {severity} {finding.check}  {_one_line(finding.message)}")
            lines.extend("      " + row for row in _context(doc, finding, style))
            if finding.suggestion is not None:
                lines.append("      " + style("suggestion: ", fg="green") + _one_line(finding.suggestion))
        lines.append("")
    lines.append(summary_line(results, errors))
    return "\n".join(lines) + "\n"


def _scores(round_trip: object) -> str | None:
    """The document's round-trip or reference scores on one line, when there are any."""
    if not isinstance(round_trip, dict):
        return None
    figures = [
        f"{name} {round_trip[name]['score']:.1f}"
        for name in ("chrf", "bleu", "ter")
        if isinstance(round_trip.get(name), dict) and round_trip[name].get("score") is not None
    ]
    return f"{round_trip.get('mode', 'round-trip')}: " + ", ".join(figures) if figures else None


def _name(doc: Document) -> str:
    """The file for a text file; for a feed item, JSON line or segment file, the file, the item's id and title."""
    if text_is_file(doc):
        return visible(doc.path or doc.id)
    name = visible(f"{doc.path} [{doc.id}]" if doc.path else doc.id)
    return name + (f" “{_one_line(doc.title)}”" if doc.title else "")


def _context(doc: Document, finding: Finding, style) -> list[str]:
    """The line around the span, clipped to CONTEXT characters either side, the span marked."""
    text = doc.text
    line_start = max(text.rfind("\n", 0, finding.start), text.rfind("\r", 0, finding.start)) + 1
    line_end = min((i for i in (text.find("\n", finding.start), text.find("\r", finding.start)) if i >= 0),
                   default=len(text))  # fmt: skip
    left = max(line_start, finding.start - CONTEXT)
    end = min(finding.end, line_end)
    right = min(line_end, end + CONTEXT)
    before, span, after = (
        visible(part) for part in (text[left : finding.start], text[finding.start : end], text[end:right])
    )
    lead = "…" if left > line_start else ""
    tail = "…" if right < line_end else ""
    if style("x", bold=True) != "x":
        return [lead + before + style(span, fg="red", bold=True, underline=True) + after + tail]
    pad = "".join("\t" if char == "\t" else " " for char in lead + before)  # a tab moves the caret as it moves the text
    return [lead + before + span + after + tail, pad + "^" * max(1, len(span))]


def _one_line(text: str) -> str:
    """Text on one line, its control characters drawn."""
    return visible(" ".join(text.split()))


def summary_line(results: Sequence[DocumentResult], errors: Sequence[InputFailure] = ()) -> str:
    findings = [f for r in results for f in r.findings]
    counts = Counter(f.severity for f in findings)
    detail = ", ".join(_count(counts[s], s.value) for s in reversed(Severity) if counts[s])
    line = f"{_count(len(results), 'document')}, {_count(len(findings), 'finding')}" + (
        f" ({detail})" if detail else ""
    )
    return line + (f", {_count(len(errors), 'input')} not audited (input errors)" if errors else "")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
