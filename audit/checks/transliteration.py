"""transliteration: a Ukrainian or Russian name spelled by another language's romanization ("Orechnik")."""

from __future__ import annotations

from collections.abc import Iterator

from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity

ID = "transliteration"
DESCRIPTION = (
    "A Ukrainian or Russian name romanized by another language's conventions (French Orechnik, German Charkiw) "
    "or with diacritics English does not use; suggests the standard English spelling. Category fluency/spelling: "
    "the right name, misspelled for an English reader."
)
CATEGORY = "fluency/spelling"
ENGLISH = "en"


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    from audit.names.mentions import SIGNAL_CONFIDENCE, describe, mentions

    expected = ctx.expected_language(doc)
    if expected not in (None, ENGLISH):
        return
    for mention in mentions(doc.text):
        if mention.convention is None:
            continue
        yield doc.finding(
            ID,
            mention.start,
            mention.end,
            severity=Severity.WARNING if mention.confidence > SIGNAL_CONFIDENCE else Severity.INFO,
            category=CATEGORY,
            message=describe(mention, ctx.source_lang),
            suggestion=mention.suggestion,
            confidence=mention.confidence,
        )
