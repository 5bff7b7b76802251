"""The HTML report: one self-contained page for an editor (inline CSS and SVG, no script, no external asset).

Totals, a chart of findings and round-trip scores per document, then each document: its text with every
finding highlighted in place (overlapping findings split into segments that carry all of theirs), numbered
notes with the message and the suggestion, and its scores. Every piece of input (article text, titles, paths,
links, messages, suggestions, scores) is escaped, and what HTML cannot carry (control characters, lone
surrogates, noncharacters) is drawn or replaced (see `visible`); links are kept only when they are http(s).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from audit import TOOL_NAME, __version__
from audit.document import Document
from audit.findings import Finding
from audit.reports import ReportOptions, places
from audit.reports.summary import (
    SEVERITIES,
    clip,
    count,
    document_name,
    failing_count,
    fails,
    severity_counts,
    totals,
    visible,
)
from audit.runner import DocumentResult

MAX_CHART_ROWS = 100  # documents drawn in a chart
MAX_TABLE_ROWS = 300  # rows of a list shown in the scores
LABEL = 30  # characters of a document's title or id in a chart (the end of a long id is kept)

_STYLE = """
:root { --error: #c0262d; --error-bg: #fde2e1; --warning: #9a6700; --warning-bg: #fff1b8;
  --info: #0a5fb4; --info-bg: #ddeeff; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1200px; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.25em; margin: 0 0 4px; overflow-wrap: anywhere; }
.muted, .meta { color: var(--muted); } .meta { margin: 0 0 12px; overflow-wrap: anywhere; }
.status { font-weight: 600; } .status.failed { color: var(--error); } .status.passed { color: #1a7f37; }
.charts { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 24px; margin: 16px 0; }
.chart { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.chart h3 { font-size: 1em; margin: 0 0 4px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); } svg a:hover text { text-decoration: underline; }
svg .error { fill: var(--error); } svg .warning { fill: #d4a72c; } svg .info { fill: var(--info); }
svg .track { fill: #f0f2f4; } svg .m0, .key.m0 { fill: #6e7781; background: #6e7781; }
svg .m1, .key.m1 { fill: #8250df; background: #8250df; } svg .m2, .key.m2 { fill: #1a7f37; background: #1a7f37; }
svg .m3, .key.m3 { fill: #bc4c00; background: #bc4c00; }
.legend { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.key { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; border-radius: 2px; }
.key.error { background: var(--error); } .key.warning { background: #d4a72c; } .key.info { background: var(--info); }
.doc { border-top: 2px solid var(--line); padding-top: 16px; margin-top: 24px; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
  font-size: 16px; line-height: 1.65; background: #fbfbfc; border: 1px solid var(--line); border-radius: 6px;
  padding: 12px 16px; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.warning { background: var(--warning-bg); border-bottom: 2px solid #d4a72c; }
mark.info { background: var(--info-bg); border-bottom: 2px solid var(--info); }
mark.overlap { outline: 1px dashed var(--ink); }
sup.ref { font: 600 10px system-ui, sans-serif; } sup.ref a { text-decoration: none; color: var(--muted); }
a.point { font: 700 12px system-ui, sans-serif; text-decoration: none; padding: 0 2px; border-radius: 2px; }
a.point.error { color: var(--error); background: var(--error-bg); }
a.point.warning { color: var(--warning); background: var(--warning-bg); }
a.point.info { color: var(--info); background: var(--info-bg); }
ol.notes { margin: 0; padding-left: 28px; }
ol.notes li { margin-bottom: 12px; overflow-wrap: anywhere; } ol.notes li:target { background: #fff8c5; }
.badge { display: inline-block; font: 600 11px system-ui, sans-serif; text-transform: uppercase;
  border-radius: 10px; padding: 1px 7px; }
.badge.error { color: #fff; background: var(--error); } .badge.warning { color: #3b2300; background: #f2c94c; }
.badge.info { color: #fff; background: var(--info); } .badge.fails { outline: 2px solid var(--ink); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f0f2f4; padding: 1px 4px;
  border-radius: 4px; }
.quote { color: var(--muted); margin: 2px 0; } .suggestion { margin: 2px 0; }
.suggestion b { color: #1a7f37; }
.scores { margin: 0 0 12px; } .metric { display: inline-block; margin-right: 16px; }
.metric b { font-size: 1.2em; }
details { margin: 6px 0; } summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; font-size: 13px; margin: 4px 0; }
th, td { border: 1px solid var(--line); padding: 2px 6px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #f6f8fa; }
"""


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    options = options or ReportOptions()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No script, no external resource: the page cannot run anything, whatever the articles contain.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        ' img-src data:">',
        "<title>Translation audit</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        _header(results, options),
        _errors(options),
        _charts(results),
        *(_document(i, r, options) for i, r in enumerate(results, 1)),
        f'<p class="muted">{_e(TOOL_NAME)} {_e(__version__)}</p>',
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _e(value: object) -> str:
    """Any value as HTML text: escaped, with its control characters drawn."""
    return html.escape(visible(str(value), keep="\t\n\r"), quote=True)


def _header(results: Sequence[DocumentResult], options: ReportOptions) -> str:
    numbers, detail = totals(results)
    if options.errors:
        failing = failing_count(results, options.fail_on) if options.fail_on is not None else 0
        also = f", {count(failing, 'finding')} at {_e(options.fail_on.value)} or above" if failing else ""
        status = (
            f'<span class="status failed">Failed: {count(len(options.errors), "input")} could not be'
            f" audited{also}.</span>"
        )
    elif options.fail_on is None:
        status = '<span class="status">The run never fails (--fail-on never).</span>'
    elif failing := failing_count(results, options.fail_on):
        status = (
            f'<span class="status failed">Failed: {count(failing, "finding")} at'
            f" {_e(options.fail_on.value)} or above.</span>"
        )
    else:
        status = f'<span class="status passed">Passed: no finding at {_e(options.fail_on.value)} or above.</span>'
    line = numbers + (f" ({detail})" if detail else "")
    return f"<header><h1>Translation audit</h1><p>{_e(line)}. {status}</p></header>"


def _errors(options: ReportOptions) -> str:
    """The inputs that could not be audited, each with where and why."""
    if not options.errors:
        return ""
    items = "".join(
        f'<li><span class="badge error">error</span> <code>{_e(failure.where)}</code> {_e(failure.message)}</li>'
        for failure in options.errors
    )
    return f'<section class="errors"><h2>Inputs not audited</h2><ol>{items}</ol></section>'


def headline_scores(scores: dict[str, Any]) -> dict[str, float]:
    """The numeric scores of a document, found generically: `{"score": number}` objects up to two levels down
    (round_trip → chrf), named by their path ("round_trip chrf")."""
    found: dict[str, float] = {}

    def visit(value: Any, path: list[str], depth: int) -> None:
        if not isinstance(value, dict) or depth > 2:
            return
        score = value.get("score")
        if isinstance(score, int | float) and not isinstance(score, bool) and path:
            found[" ".join(path)] = float(score)
        for key, item in value.items():
            visit(item, [*path, str(key)], depth + 1)

    visit(scores, [], 0)
    return found


def _charts(results: Sequence[DocumentResult]) -> str:
    """Findings per document by severity, then the documents' scores (chrF and BLEU, higher is better; TER, lower
    is better, on a chart of its own), as inline SVG; documents without findings are left out (counted), and each
    document is named by its title, else its id."""
    flagged = [(index, r) for index, r in enumerate(results, 1) if r.findings]
    if not flagged:
        return ""
    shown = flagged[:MAX_CHART_ROWS]
    notes = []
    if len(flagged) < len(results):
        clean = len(results) - len(flagged)
        notes.append(f"{count(clean, 'document')} without findings {'is' if clean == 1 else 'are'} not charted")
    if len(flagged) > MAX_CHART_ROWS:
        notes.append(f"the charts show the first {MAX_CHART_ROWS} of the {len(flagged)} documents with findings")
    note = f'<p class="muted">{_e("; ".join(notes).capitalize())}.</p>' if notes else ""
    rows = [_Row(index, r.document) for index, r in shown]
    groups = []
    for row, (_, result) in zip(rows, shown, strict=True):
        counts = severity_counts(result.findings)
        groups.append((row, [[(counts[s], s.value) for s in SEVERITIES]]))
    top = max([1, *(len(r.findings) for _, r in shown)])
    legend = [(s.value, s.value) for s in SEVERITIES]
    charts = [_bar_chart("Findings per document", groups, top, legend)]
    scores = [headline_scores(r.scores) for _, r in shown]
    names = list(dict.fromkeys(name for found in scores for name in found))
    classes = {name: f"m{i % 4}" for i, name in enumerate(names)}
    for title, metrics in (
        ("Scores per document (chrF, BLEU: higher is better)", [n for n in names if not _lower_is_better(n)]),
        ("TER per document (lower is better)", [n for n in names if _lower_is_better(n)]),
    ):
        if not metrics:
            continue
        groups = [
            (row, [[(found.get(name), classes[name])] for name in metrics] if found else [[]])
            for row, found in zip(rows, scores, strict=True)
        ]  # a document without scores gets one empty bar
        top = max([100.0, *(found[name] for found in scores for name in metrics if name in found)])
        legend = [(name.replace("_", "-"), classes[name]) for name in metrics]
        charts.append(_bar_chart(title, groups, top, legend))
    return f'<section class="charts">{"".join(charts)}</section>{note}'


def _lower_is_better(score_name: str) -> bool:
    """TER counts edits: the fewer the better, unlike chrF and BLEU."""
    return score_name.split()[-1].lower() == "ter"


class _Row:
    """A document as a chart names it: its title, else its id (feed items share their file's path), clipped
    to LABEL characters, with its name and path in full in the tooltip; a link to its section."""

    def __init__(self, index: int, doc: Document):
        self.anchor = f"doc-{index}"
        self.full = " · ".join(dict.fromkeys(filter(None, [doc.title, doc.id, document_name(doc)])))
        if doc.title:
            self.label = clip(doc.title, LABEL)
        else:  # an id or a path: its end tells documents apart
            label = " ".join(doc.id.split())
            self.label = label if len(label) <= LABEL else "…" + label[1 - LABEL :]


Bar = list[tuple[float | None, str]]  # (value, css class) segments, stacked; a None value: no score


def _bar_chart(title: str, groups: list[tuple[_Row, list[Bar]]], top: float, legend: list[tuple[str, str]]) -> str:
    """A horizontal bar chart in SVG: a group of bars per document (its label beside the first, a link to its
    section), a legend."""
    label_width, bar_width, bar_height, gap = 200, 260, 14, 8
    height = sum(len(bars) * (bar_height + 2) + gap for _, bars in groups) + 4
    out = [
        f'<div class="chart"><h3>{_e(title)}</h3>'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 50}" height="{height}"'
        f' role="img" aria-label="{_e(title)}">'
    ]
    y = 4
    for row, bars in groups:
        out.append(
            f'<a href="#{row.anchor}"><text x="{label_width - 8}" y="{y + 11}" text-anchor="end">'
            f"<title>{_e(row.full)}</title>{_e(row.label)}</text></a>"
        )
        for bar in bars:
            out.append(f'<rect class="track" x="{label_width}" y="{y}" width="{bar_width}" height="{bar_height}"/>')
            x = float(label_width)
            for value, css in bar:
                if value:
                    length = bar_width * min(value, top) / top
                    out.append(
                        f'<rect class="{css}" x="{x:.1f}" y="{y}" width="{length:.1f}" height="{bar_height}">'
                        f"<title>{_e(clip(row.full, 80))}: {_number(value)}</title></rect>"
                    )
                    x += length
            values = [v for v, _ in bar if v is not None]
            text = _number(sum(values)) if values else "n/a"
            out.append(f'<text x="{x + 5:.1f}" y="{y + 11}">{_e(text)}</text>')
            y += bar_height + 2
        y += gap
    out.append("</svg>")
    out.append(
        '<p class="legend">'
        + " ".join(f'<span class="key {css}"></span>{_e(name)}' for name, css in legend)
        + "</p></div>"
    )
    return "".join(out)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _document(index: int, result: DocumentResult, options: ReportOptions) -> str:
    doc = result.document
    name = document_name(doc)
    meta = [_e(name)] if doc.title else []
    if doc.url and re.match(r"https?://", doc.url, re.IGNORECASE):
        meta.append(f'<a href="{_e(doc.url)}" rel="noopener noreferrer">{_e(clip(doc.url, 100))}</a>')
    elif doc.url:
        meta.append(_e(doc.url))
    language = doc.language
    if language.detected:
        meta.append(f"language {_e(language.detected)} {language.confidence:.2f}")
    if language.expected:
        meta.append(f"expected {_e(language.expected)}")
    meta.append(count(len(result.findings), "finding"))
    ordered = sorted(result.findings, key=lambda f: (f.start, f.end, f.check))
    numbers = {id(f): n for n, f in enumerate(ordered, 1)}
    anchor = f"doc-{index}"
    notes = "".join(_note(anchor, numbers[id(f)], f, options) for f in ordered)
    article = f'<div class="article">{highlight(doc, ordered, numbers, anchor)}</div>'
    body = (
        f'<div class="layout">{article}<ol class="notes">{notes}</ol></div>'
        if ordered
        else f"<details><summary>Text (no findings)</summary>{article}</details>"
    )
    return (
        f'<section class="doc" id="{anchor}"><h2>{_e(doc.title or name)}</h2>'
        f'<p class="meta">{" · ".join(meta)}</p>{_scores(result.scores)}{body}</section>'
    )


def highlight(doc: Document, findings: Sequence[Finding], numbers: dict[int, int], anchor: str) -> str:
    """The document's text, escaped, with <mark> on every span: where findings overlap the text is cut into
    segments, each marked with the most severe of the findings that cover it and titled with all of them.
    Each finding's number follows its end; a finding on an empty span (an omission) is a marker in place."""
    text = doc.text
    cuts = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    out: list[str] = []
    for start, end in zip(cuts, [*cuts[1:], None], strict=True):
        for f in findings:
            if f.start == f.end == start:
                out.append(_reference(anchor, numbers[id(f)], f, point=True))
        if end is None:
            break
        covering = [f for f in findings if f.start <= start and end <= f.end and f.start < f.end]
        segment = _e(text[start:end])
        if covering:
            worst = max(covering, key=lambda f: f.severity.rank)
            title = "\n".join(_title(numbers[id(f)], f) for f in covering)
            overlap = " overlap" if len(covering) > 1 else ""
            segment = f'<mark class="{worst.severity.value}{overlap}" title="{_e(title)}">{segment}</mark>'
        out.append(segment)
        out.extend(_reference(anchor, numbers[id(f)], f) for f in findings if f.end == end and f.start < f.end)
    return "".join(out)


def _title(number: int, finding: Finding) -> str:
    title = f"[{number}] {finding.severity.value} {finding.check}: {finding.message}"
    return title + (f"\nsuggestion: {clip(finding.suggestion, 200)}" if finding.suggestion is not None else "")


def _reference(anchor: str, number: int, finding: Finding, point: bool = False) -> str:
    href = f"#{anchor}-f{number}"
    if point:
        return (
            f'<a class="point {finding.severity.value}" href="{href}" title="{_e(_title(number, finding))}">'
            f"⁁{number}</a>"
        )
    return f'<sup class="ref"><a href="{href}">{number}</a></sup>'


def _note(anchor: str, number: int, finding: Finding, options: ReportOptions) -> str:
    fail = " fails" if fails(finding, options.fail_on) else ""
    parts = [
        f'<li id="{anchor}-f{number}">',
        f'<span class="badge {finding.severity.value}{fail}">{finding.severity.value}</span> ',
        f"<code>{_e(finding.check)}</code> ",
        f'<span class="muted">{_e(places.described(finding))}</span>',
        f"<div>{_e(finding.message)}</div>",
    ]
    if finding.text.strip():
        parts.append(f'<div class="quote">“{_e(clip(finding.text, 300))}”</div>')
    if finding.suggestion is not None:
        parts.append(f'<div class="suggestion"><b>Suggestion:</b> {_e(finding.suggestion)}</div>')
    parts.append(f'<div class="muted">{_e(finding.category)} · confidence {finding.confidence:.2f}</div></li>')
    return "".join(parts)


def _scores(scores: dict[str, Any]) -> str:
    if not scores:
        return ""
    metrics = "".join(
        f'<span class="metric">{_e(name.replace("_", "-"))} <b>{_number(value)}</b></span>'
        for name, value in headline_scores(scores).items()
    )
    return f'<div class="scores">{metrics}<details><summary>All scores</summary>{_value(scores)}</details></div>'


def _value(value: Any) -> str:
    """Any JSON-like value as HTML: objects as key/value tables, lists of objects as tables, the rest as text."""
    if value is None:
        return '<span class="muted">none</span>'
    if isinstance(value, dict):
        if value and all(not isinstance(v, dict | list) for v in value.values()) and len(value) <= 3:
            return _e(", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()))
        rows = "".join(f"<tr><th>{_e(k)}</th><td>{_value(v)}</td></tr>" for k, v in value.items())
        return f"<table>{rows}</table>"
    if isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            return _records(value)
        return _e(", ".join(_scalar(item) if not isinstance(item, dict | list) else str(item) for item in value))
    return _e(_scalar(value))


def _records(items: list[dict[str, Any]]) -> str:
    columns = list(dict.fromkeys(key for item in items for key in item))
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_value(item.get(c))}</td>" for c in columns) + "</tr>"
        for item in items[:MAX_TABLE_ROWS]
    )
    more = f'<p class="muted">… and {len(items) - MAX_TABLE_ROWS} more rows</p>' if len(items) > MAX_TABLE_ROWS else ""
    return f"<table><tr>{head}</tr>{rows}</table>{more}"


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
