"""duplicate-sentence: a sentence or paragraph that appears twice in a document, exactly or nearly."""

from __future__ import annotations

from collections.abc import Iterator

from audit.context import RunContext
from audit.document import Document
from audit.duplication import sentences
from audit.findings import Finding, Severity

ID = "duplicate-sentence"
DESCRIPTION = "A sentence or paragraph appears twice in the document, exactly or after folding case and punctuation."
CATEGORY = "accuracy/addition"
_PREVIEW = 80


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    for repeat in sentences.find(doc):
        line, _ = doc.position(repeat.first.start)
        how = "repeated" if repeat.exact else "nearly repeated"
        yield doc.finding(
            ID,
            repeat.second.start,
            repeat.second.end,
            severity=Severity.ERROR if repeat.exact else Severity.WARNING,
            category=CATEGORY,
            message=f"{repeat.unit} {how}: first at line {line}: “{_preview(repeat.first.text)}”; delete one",
            confidence=0.95 if repeat.exact else 0.75,
        )


def _preview(text: str) -> str:
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1].rstrip() + "…"
