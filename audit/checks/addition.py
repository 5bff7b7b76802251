"""addition: sentences and clauses of the translation with no counterpart in the source, found without a model."""

from __future__ import annotations

from collections.abc import Iterator

from audit.alignment.examples import BilingualExample
from audit.checks.base import Check
from audit.checks.omission import preview
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity


class Addition(Check):
    id = "addition"
    category = "accuracy/addition"
    severity = Severity.WARNING
    summary = (
        "A sentence or clause of the translation that the source does not have (with the source known: --source,"
        " XLIFF, TMX, JSON Lines `source`); no model needed."
    )
    rationale = (
        "Machine translation sometimes invents: a clause carried over from a neighbouring sentence, a"
        " hallucinated detail, a figure the source never gave. Found as omissions are, the other way round: a"
        " target sentence with no source, or a clause whose numbers, names and cognates the source lacks where"
        " the translation is that much longer than its source predicts."
    )
    examples = (
        BilingualExample(
            "en",
            "The museum in Berlin reopened after five years of renovation, with a new wing that cost 12 million euros.",
            found=("with a new wing that cost 12 million euros",),
            source="Das Museum in Berlin hat nach fünf Jahren Renovierung wieder geöffnet.",
            source_lang="de",
        ),
        BilingualExample(
            "en",
            "The museum in Berlin has reopened after a five-year renovation.",
            source="Das Museum in Berlin hat nach fünf Jahren Renovierung wieder geöffnet.",
            source_lang="de",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.sources import source_of

        if source_of(doc, ctx) is None:
            return
        from audit.alignment.concepts import table
        from audit.alignment.coverage import ADDITION, IDEOGRAPHIC  # the alignment machinery only with a source
        from audit.bilingual import gaps_for, source_language

        source_lang = source_language(doc, source_of(doc, ctx), ctx)
        unread = source_lang in IDEOGRAPHIC and source_lang not in table()
        for gap in gaps_for(doc, ctx):
            if gap.kind != ADDITION:
                continue
            if unread and gap.level == "clause":
                continue  # a Japanese or Korean source, whose words the concepts table does not hold, is read by
                # its figures alone: a clause of the translation they do not render is no sign it was added
            if gap.level == "unit":
                message = "much longer than its source: added by the translation?"
            else:
                message = f"no counterpart in the source: “{preview(gap.missing.text)}” added by the translation?"
            confidence = 0.7 if gap.level == "clause" else 0.8
            yield self.finding(doc, gap.missing.start, gap.missing.end, message, confidence=confidence)


CHECK = Addition()
