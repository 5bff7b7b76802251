"""double-attribution: one statement attributed twice ("he said. he declared", "she said, she added")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from audit.context import RunContext
from audit.document import Document, Paragraph, Sentence
from audit.duplication import attributions
from audit.duplication.attributions import Attribution
from audit.duplication.tokens import text_language
from audit.findings import Finding, Severity

ID = "double-attribution"
DESCRIPTION = "One statement attributed twice by reporting verbs in a row (“he said. he declared”)."
CATEGORY = "accuracy/addition"


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    lang = text_language(doc, ctx)
    for paragraph in doc.paragraphs:
        found = attributions.find(doc.text, paragraph.start, paragraph.end, lang)
        for first, second in pairwise(found):
            if _double(doc, paragraph, first, second, lang):
                yield _finding(doc, paragraph, first, second)


def _double(doc: Document, paragraph: Paragraph, first: Attribution, second: Attribution, lang: str) -> bool:
    """Two attributions in a row, of the same speaker, around a single statement."""
    if not attributions.only_circumstance_between(doc.text, first.end, second.start, lang):
        return False
    if not _same_speaker(first, second):
        return False
    first_has_statement = bool(doc.text[_sentence(paragraph, first.start).start : first.start].strip())
    second_sentence = _sentence(paragraph, second.start)
    second_has_statement = attributions.has_statement_after(doc.text, second.end, second_sentence.end, lang)
    return not (first_has_statement and second_has_statement)


def _same_speaker(first: Attribution, second: Attribution) -> bool:
    if first.subject is None or second.subject is None or first.pronoun != second.pronoun:
        return True  # a name then "he", or a verb standing alone: the same speaker as far as we can tell
    return first.subject == second.subject


def _sentence(paragraph: Paragraph, offset: int) -> Sentence:
    return next(s for s in paragraph.sentences if s.start <= offset < s.end)


def _finding(doc: Document, paragraph: Paragraph, first: Attribution, second: Attribution) -> Finding:
    first_text, second_text = doc.text[first.start : first.end], doc.text[second.start : second.end]
    start = _sentence(paragraph, first.start).start
    end = _sentence(paragraph, second.start).end
    fixed = doc.text[start : first.end] + doc.text[second.end : end]
    return doc.finding(
        ID,
        second.start,
        second.end,
        severity=Severity.ERROR,
        category=CATEGORY,
        message=f"statement attributed twice: “{first_text}” then “{second_text}”; keep one attribution",
        suggestion=fixed,
        confidence=0.9,
    )
