"""wrong-language: paragraphs and long sentences that are not in the expected target language."""

from __future__ import annotations

from collections.abc import Iterator

from audit import language
from audit.context import RunContext
from audit.document import Document, Span
from audit.findings import Finding, Severity
from audit.language_evidence import plainly_in

ID = "wrong-language"
DESCRIPTION = "A passage is not in the target language: left untranslated, or translated into the wrong language."
CATEGORY = "accuracy/untranslated"


SENTENCE_MIN_CONFIDENCE = 0.99


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    expected = ctx.expected_language(doc)
    if expected is None:
        return
    for paragraph in doc.paragraphs:
        if not language.judgeable(paragraph.text, language.PARAGRAPH):
            continue
        finding = _judge(doc, paragraph, expected, ctx.min_language_confidence, ctx.source_lang)
        if finding is not None:
            yield finding
            continue
        if len(paragraph.sentences) < 2:
            continue
        for sentence in paragraph.sentences:
            if language.judgeable(sentence.text, language.SENTENCE):
                finding = _judge(doc, sentence, expected, SENTENCE_MIN_CONFIDENCE, ctx.source_lang)
                if finding is not None:
                    yield finding


def _judge(doc: Document, span: Span, expected: str, threshold: float, source: str | None) -> Finding | None:
    """A finding when the passage is, with `threshold` confidence, not in the expected language."""
    prose = language.prose(span.text)
    if plainly_in(prose, expected):
        return None
    ranked = language.probabilities(prose)
    if not ranked or ranked[0][0] == expected:
        return None
    found, found_probability = ranked[0]
    confidence = 1.0 - dict(ranked).get(expected, 0.0)
    if confidence < threshold:
        return None
    what = "untranslated" if found == source else "in the wrong language"
    return doc.finding(
        ID,
        span.start,
        span.end,
        severity=Severity.ERROR,
        category=CATEGORY,
        message=f"passage {what}: {language.name(found)} ({found_probability:.2f}), expected {language.name(expected)}",
        confidence=confidence,
    )
