"""The JSON Lines report: one line per document, as the JSON report writes each (`documents[]`), then one line
with the run's summary, problems, inputs not audited and notes. A streamed run writes it as it goes."""

from __future__ import annotations

import json
from collections.abc import Sequence

from audit import TOOL_NAME, __version__
from audit.reports import ReportOptions
from audit.reports.json_report import SCHEMA, Tally, closing, document
from audit.runner import DocumentResult


def line(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False) + "\n"


def document_line(result: DocumentResult) -> str:
    return line({"document": document(result)})


def closing_line(tally: Tally, options: ReportOptions | None) -> str:
    return line({"schema": SCHEMA, "tool": {"name": TOOL_NAME, "version": __version__}, **closing(tally, options)})


def render(results: Sequence[DocumentResult], options: ReportOptions | None = None) -> str:
    tally = Tally()
    for result in results:
        tally.add(result)
    return "".join(document_line(r) for r in results) + closing_line(tally, options)
