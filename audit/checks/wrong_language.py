"""wrong-language: paragraphs and long sentences that are not in the expected target language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit import language
from audit.context import RunContext
from audit.document import Document, Span
from audit.findings import Finding, Severity

ID = "wrong-language"
DESCRIPTION = "A passage is not in the target language: left untranslated, or translated into the wrong language."
CATEGORY = "accuracy/untranslated"

_WORD = re.compile(r"[^\W\d_]{2,}")
# Below these sizes langdetect is unreliable: names, numbers and short headlines are never judged.
PARAGRAPH_MIN_WORDS, PARAGRAPH_MIN_LETTERS = 6, 30
SENTENCE_MIN_WORDS, SENTENCE_MIN_LETTERS = 10, 60
SENTENCE_MIN_CONFIDENCE = 0.99


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    expected = ctx.expected_language(doc)
    if expected is None:
        return
    for paragraph in doc.paragraphs:
        if not _judgeable(paragraph.text, PARAGRAPH_MIN_WORDS, PARAGRAPH_MIN_LETTERS):
            continue
        finding = _judge(doc, paragraph, expected, ctx.min_language_confidence, ctx.source_lang)
        if finding is not None:
            yield finding
            continue
        if len(paragraph.sentences) < 2:
            continue
        for sentence in paragraph.sentences:
            if _judgeable(sentence.text, SENTENCE_MIN_WORDS, SENTENCE_MIN_LETTERS):
                finding = _judge(doc, sentence, expected, SENTENCE_MIN_CONFIDENCE, ctx.source_lang)
                if finding is not None:
                    yield finding


def _judgeable(text: str, min_words: int, min_letters: int) -> bool:
    """Enough running words to judge: capitalised words (names, headline case) do not count."""
    words = [w for w in _WORD.findall(text) if not w[0].isupper()]
    return len(words) >= min_words and sum(map(len, words)) >= min_letters


def _judge(doc: Document, span: Span, expected: str, threshold: float, source: str | None) -> Finding | None:
    ranked = language.probabilities(span.text)
    if not ranked:
        return None
    found, probability = ranked[0]
    if found == expected or probability < threshold:
        return None
    what = "untranslated" if found == source else "in the wrong language"
    return doc.finding(
        ID,
        span.start,
        span.end,
        severity=Severity.ERROR,
        category=CATEGORY,
        message=(f"passage {what}: {language.name(found)} ({probability:.2f}), expected {language.name(expected)}"),
        confidence=probability,
    )
