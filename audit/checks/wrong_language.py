"""wrong-language: paragraphs and long sentences that are not in the expected target language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from audit import language
from audit.context import RunContext
from audit.document import Document, Span
from audit.findings import Finding, Severity

ID = "wrong-language"
DESCRIPTION = "A passage is not in the target language: left untranslated, or translated into the wrong language."
CATEGORY = "accuracy/untranslated"

_WORD = re.compile(r"[^\W\d_]{2,}")


class MinSize(NamedTuple):
    """Below this size langdetect is unreliable, so names, numbers and short headlines are never judged."""

    words: int
    lowercase_words: int  # capitalised words are names or headline case, not running prose
    letters: int


PARAGRAPH = MinSize(words=6, lowercase_words=4, letters=30)
SENTENCE = MinSize(words=10, lowercase_words=6, letters=60)
SENTENCE_MIN_CONFIDENCE = 0.99


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    expected = ctx.expected_language(doc)
    if expected is None:
        return
    for paragraph in doc.paragraphs:
        if not _judgeable(paragraph.text, PARAGRAPH):
            continue
        finding = _judge(doc, paragraph, expected, ctx.min_language_confidence, ctx.source_lang)
        if finding is not None:
            yield finding
            continue
        if len(paragraph.sentences) < 2:
            continue
        for sentence in paragraph.sentences:
            if _judgeable(sentence.text, SENTENCE):
                finding = _judge(doc, sentence, expected, SENTENCE_MIN_CONFIDENCE, ctx.source_lang)
                if finding is not None:
                    yield finding


def _judgeable(text: str, size: MinSize) -> bool:
    words = _WORD.findall(text)
    lowercase = sum(1 for w in words if not w[0].isupper())
    return len(words) >= size.words and lowercase >= size.lowercase_words and sum(map(len, words)) >= size.letters


def _judge(doc: Document, span: Span, expected: str, threshold: float, source: str | None) -> Finding | None:
    """A finding when the passage is, with `threshold` confidence, not in the expected language."""
    ranked = language.probabilities(span.text)
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
