"""duplicate-sentence: a sentence or paragraph that appears twice in a document, exactly or nearly."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document
from audit.duplication import sentences
from audit.duplication.attributions import document_quotations
from audit.duplication.tokens import text_lexicon
from audit.findings import Applicability, Finding, Fix, Severity

_PREVIEW = 80


class DuplicateSentence(Check):
    id = "duplicate-sentence"
    category = "accuracy/addition"
    severity = Severity.ERROR
    summary = "A sentence or paragraph appears twice in the document, exactly or after folding case and punctuation."
    rationale = (
        "Segment-by-segment machine translation and careless merges repeat whole sentences or paragraphs; the"
        " reader meets the same news twice. Exact repeats are errors with a safe fix (delete the copy); near"
        " repeats, a word or two apart, are warnings whose fix needs an editor's choice."
    )
    examples = (
        Example(
            "en",
            "The talks ended without agreement.\nThe talks ended without agreement.",
            ("The talks ended without agreement.",),
            "The talks ended without agreement.",
        ),
        Example(
            "en",
            "The summit ended without a deal the summit ended without a deal.",
            ("the summit ended without a deal.",),
            "The summit ended without a deal.",
        ),
        Example("en", "Kyiv suffered an attack on Monday. Kyiv suffered an attack on Tuesday."),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lang = text_lexicon(doc, ctx)
        quoted = document_quotations(doc, lang)
        for repeat in sentences.find(doc, lang):
            if any(start <= repeat.first.start and repeat.second.end <= end + 1 for start, end in quoted):
                continue  # „Wir sind Europa! Wir sind Europa!“: a chant or a speaker's own repetition
            line, _ = doc.position(repeat.first.start)
            how = "repeated" if repeat.exact else "nearly repeated"
            yield self.finding(
                doc,
                repeat.second.start,
                repeat.second.end,
                f"{repeat.unit} {how}: first at line {line}: “{_preview(repeat.first.text)}”; delete one",
                severity=Severity.ERROR if repeat.exact else Severity.WARNING,
                confidence=0.95 if repeat.exact else 0.75,
                fix=_fix(doc, repeat),
            )


def _fix(doc: Document, repeat: sentences.Repeat) -> Fix:
    """Delete the copy with the space before it; a copy joined to its original keeps the final punctuation."""
    applicability = Applicability.SAFE if repeat.exact else Applicability.UNSAFE
    if repeat.joined:
        return Fix.delete(repeat.first.end, repeat.second.end - repeat.trailing, applicability)
    text, start, end = doc.text, repeat.second.start, repeat.second.end
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_rest = re.split(r"[\r\n]", text[end:], maxsplit=1)[0]
    if not text[line_start:start].strip() and line_rest.strip():  # the copy opens a paragraph that goes on
        return Fix.delete(start, end + len(line_rest) - len(line_rest.lstrip(" \t")), applicability)
    return Fix.delete(len(text[:start].rstrip()), end, applicability)


def _preview(text: str) -> str:
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1].rstrip() + "…"


CHECK = DuplicateSentence()
