"""The terminal report: each finding with its place, its sentence with the span highlighted, and the fix.

Every piece of input is shown through `visible`: a control character from a feed (an ANSI escape, a carriage
return) is drawn, not obeyed, so it cannot colour, move or overwrite the terminal or a CI log.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import typer

from audit import language
from audit.document import Document
from audit.errors import INPUT_ERROR, InputFailure
from audit.findings import Finding, Severity
from audit.reports import ReportOptions, places
from audit.reports.summary import not_run, shown_edit, text_is_file, visible
from audit.runner import DocumentResult

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
CONTEXT = 60  # characters of context shown on each side of a span (without a width to fit)
MIN_WIDTH = 40  # columns: a narrower terminal gets lines of this width
MIN_NAME = 20  # columns a document's name keeps beside its counts, else they go to the next line
MIN_TEXT = 20  # columns a message keeps beside its place and check, else it goes under them
INDENT = "      "  # before a finding's context and suggestion
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    colour = options.colour
    width = max(MIN_WIDTH, options.width) if options.width else None

    def style(text: str, **kwargs) -> str:
        return typer.style(text, **kwargs) if colour else text

    lines: list[str] = []
    for failure in options.errors:
        lines.append(style(_fit(visible(failure.path), width), bold=True) + "  (not audited)")
        place = f"{failure.line}:{failure.column or 1}  " if failure.line is not None else ""
        severity = style(f"{Severity.ERROR.value:<7}", fg=_COLOURS[Severity.ERROR], bold=True)
        lines.extend(_wrapped(f"  {place}", f"{severity} {INPUT_ERROR}  ", _one_line(failure.message), width))
        lines.append("")
    shown = [r for r in results if r.findings or options.show_clean]
    for result in shown:
        doc = result.document
        lang = doc.language
        detected = f"{language.name(lang.detected)} {lang.confidence:.2f}" if lang.detected else "too short to tell"
        expected = f", expected {language.name(lang.expected)}" if lang.expected else ""
        about = f"  ({detected}{expected}; {_count(len(doc.sentences), 'sentence')}, "
        about += f"{_count(len(result.findings), 'finding')})"
        name = _name(doc)
        if width is None or _columns(name + about) <= width or width - _columns(about) >= MIN_NAME:
            lines.append(style(_fit(name, width - _columns(about) if width else None), bold=True) + about)
        else:  # a narrow terminal: the name on a line of its own
            lines += [style(_fit(name, width), bold=True), _fit("  " + about.strip(), width)]
        scores = _scores(result.scores.get("round_trip"))
        if scores:
            lines.append("  " + scores)
        for finding in result.findings:
            severity = style(f"{finding.severity.value:<7}", fg=_COLOURS[finding.severity], bold=True)
            lead = f"  {visible(_file(doc, finding) + places.label(finding))}  "
            lines.extend(_wrapped(lead, f"{severity} {finding.check}  ", _one_line(finding.message), width))
            lines.extend(INDENT + row for row in _context(doc, finding, style, width - len(INDENT) if width else None))
            suggestion = shown_edit(finding)[1]
            if suggestion is not None:
                label = style("suggestion: ", fg="green")
                lines.extend(_wrapped(INDENT, label, _one_line(suggestion), width))
        lines.append("")
    clean = len(results) - len(shown)
    closing = [f"not run: {line}" for line in not_run(results)] + [summary_line(results, options.errors)]
    if clean:
        closing.insert(0, f"{_count(clean, 'document')} without findings not shown (--show-clean shows them)")
    for line in closing:
        lines.extend(_wrap(line, width, width) if width else [line])
    return "\n".join(lines) + "\n"


def _wrapped(lead: str, label: str, text: str, width: int | None) -> list[str]:
    """`lead`, a label (perhaps styled) and the text, wrapped to `width` columns under the text's start (one line
    when there is no width)."""
    if width is None:
        return [lead + label + text]
    start = _columns(lead + _ANSI.sub("", label))
    if width - start < MIN_TEXT:  # a narrow terminal: the text under the label
        return [lead + label.rstrip(), *(INDENT + row for row in _wrap(text, width - len(INDENT), width - len(INDENT)))]
    indent = " " * min(start, width // 2)
    rows = _wrap(text, width - start, width - len(indent))
    return [lead + label + rows[0], *(indent + row for row in rows[1:])]


def _wrap(text: str, first: int, rest: int) -> list[str]:
    """Text broken at spaces into a first row of `first` columns and others of `rest`; a word longer than a row is
    cut."""
    rows: list[str] = []
    current = ""
    limit = first
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if _columns(candidate) <= limit:
            current = candidate
            continue
        if current:
            rows.append(current)
            limit = rest
        while _columns(word) > limit:
            head = _prefix(word, limit)
            rows.append(head)
            word = word[len(head) :]
            limit = rest
        current = word
    rows.append(current)
    return rows


def _prefix(text: str, columns: int) -> str:
    """The longest start of the text that takes at most `columns` columns (one character at least)."""
    taken = 0
    for index, char in enumerate(text):
        taken += _char_columns(char)
        if taken > columns:
            return text[: max(1, index)]
    return text


def _fit(text: str, width: int | None) -> str:
    """Text cut to `width` columns with an ellipsis at the end (unchanged without a width)."""
    if width is None or _columns(text) <= width:
        return text
    return _prefix(text, max(1, width - 1)) + "…"


def _char_columns(char: str) -> int:
    """Columns a character takes on a terminal: two for East Asian wide ones, none for combining marks."""
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _columns(text: str) -> int:
    return sum(_char_columns(char) for char in text)


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


def _file(doc: Document, finding: Finding) -> str:
    """`path:` before a container file's place, as editors and terminals take `path:line:column`."""
    return f"{doc.path}:" if finding.location and doc.path else ""


def _context(doc: Document, finding: Finding, style, width: int | None = None) -> list[str]:
    """The line around the span, CONTEXT characters either side (or what `width` columns leave of the line
    around it, the span cut when it alone is wider), the span marked."""
    text = doc.text
    line_start = max(text.rfind("\n", 0, finding.start), text.rfind("\r", 0, finding.start)) + 1
    line_end = min((i for i in (text.find("\n", finding.start), text.find("\r", finding.start)) if i >= 0),
                   default=len(text))  # fmt: skip
    end = min(finding.end, line_end)
    if width is None:
        left = max(line_start, finding.start - CONTEXT)
        right = min(line_end, end + CONTEXT)
    else:
        room = width - 2  # the ellipses
        if _columns(visible(text[finding.start : end])) > room:
            end = finding.start + len(_prefix(visible(text[finding.start : end]), max(1, room)))
        left, right = _around(
            text, line_start, finding.start, end, line_end, room - _columns(text[finding.start : end])
        )
    before, span, after = (visible(part) for part in (text[left : finding.start], text[finding.start : end],
                                                      text[end:right]))  # fmt: skip
    lead = "…" if left > line_start else ""
    tail = "…" if right < line_end else ""
    if style("x", bold=True) != "x":
        return [lead + before + style(span, fg="red", bold=True, underline=True) + after + tail]
    pad = "".join("\t" if char == "\t" else " " * _char_columns(char) for char in lead + before)  # a tab moves
    # the caret as it moves the text; a wide character takes two columns
    return [lead + before + span + after + tail, pad + "^" * max(1, _columns(span))]


def _around(text: str, line_start: int, start: int, end: int, line_end: int, room: int) -> tuple[int, int]:
    """How far the context reaches on each side of text[start:end] in `room` columns: half each, what one side
    does not need going to the other."""
    left, right = start, end
    budget = max(0, room)
    while budget > 0 and (left > line_start or right < line_end):
        moved = False
        if left > line_start and (right >= line_end or start - left <= right - end):
            cost = _char_columns(text[left - 1])
            if cost <= budget:
                left -= 1
                budget -= cost
                moved = True
        elif right < line_end:
            cost = _char_columns(text[right])
            if cost <= budget:
                right += 1
                budget -= cost
                moved = True
        if not moved:
            break
    return left, right


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
