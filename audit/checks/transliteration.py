"""transliteration: a Ukrainian or Russian name spelled by another language's romanization ("Orechnik")."""

from __future__ import annotations

from collections.abc import Iterator

from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document
from audit.findings import Applicability, Finding, Fix, Severity

ENGLISH = "en"


class Transliteration(Check):
    id = "transliteration"
    category = "fluency/spelling"
    severity = Severity.WARNING
    summary = (
        "A Ukrainian or Russian name romanized by another language's conventions (French Orechnik, German Charkiw) "
        "or with diacritics English does not use; suggests the standard English spelling."
    )
    rationale = (
        "Machine translation carries the source language's romanization into English (French Kourakhové, German"
        " Charkiw): the right name, misspelled for an English reader and unsearchable in an archive. Names the"
        " gazetteer knows get a safe fix; spellings guessed from a convention's letters get an unsafe one."
    )
    languages = frozenset({ENGLISH})
    examples = (
        Example(
            "en",
            "Putin threatened to use the “Orechnik” missile again.",
            ("Orechnik",),
            "Putin threatened to use the “Oreshnik” missile again.",
        ),
        Example("en", "Russian troops advanced near Kurakhove and Pokrovsk on Sunday."),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.names.mentions import SIGNAL_CONFIDENCE, describe, mentions

        for mention in mentions(doc.text):
            if mention.convention is None:
                continue
            applicability = Applicability.SAFE if mention.known else Applicability.UNSAFE
            yield self.finding(
                doc,
                mention.start,
                mention.end,
                describe(mention, ctx.source_lang),
                severity=Severity.WARNING if mention.confidence > SIGNAL_CONFIDENCE else Severity.INFO,
                suggestion=mention.suggestion,
                confidence=mention.confidence,
                fix=Fix.replace(mention.start, mention.end, mention.suggestion, applicability)
                if mention.suggestion
                else None,
            )


CHECK = Transliteration()
