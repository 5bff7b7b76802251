"""omission: source sentences and clauses with no counterpart in the translation, found without a model."""

from __future__ import annotations

from collections.abc import Iterator

from audit.alignment.examples import BilingualExample
from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document
from audit.findings import Applicability, Finding, Fix, Severity

PREVIEW = 80


class Omission(Check):
    id = "omission"
    category = "accuracy/omission"
    severity = Severity.WARNING
    summary = (
        "A sentence or clause of the source that the translation leaves out (with the source known: --source,"
        " XLIFF, TMX, JSON Lines `source`); no model needed."
    )
    rationale = (
        "A dropped sentence or clause is the costliest silent error of machine translation: the article reads"
        " well and says less than the original. Sentences are aligned by length and by what survives translation"
        " (numbers, names, cognates, punctuation); a clause is reported only when its anchors are all missing"
        " and the translation is as much shorter than its source as that clause is long, so a free but complete"
        " translation is left alone. With the round trip's translation packages installed, sentences are aligned"
        " on a fresh translation of the source, and a sentence left out comes with that translation to insert."
    )
    examples = (
        BilingualExample(
            "en",
            "The minister announced on Tuesday in Lyon that 1,200 new teachers would be hired.",
            found=("The minister announced on Tuesday in Lyon that 1,200 new teachers would be hired.",),
            source="Le ministre a annoncé mardi à Lyon que 1 200 nouveaux enseignants seraient recrutés, dont 300"
            " dans les écoles rurales de l'académie de Grenoble.",
            source_lang="fr",
        ),
        BilingualExample(
            "en",
            "Under the new rules, the minister said, 1,200 teachers will be hired, mostly in village schools.",
            source="Selon les nouvelles règles, a dit le ministre, 1 200 enseignants seront recrutés, surtout dans"
            " les écoles de village.",
            source_lang="fr",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.sources import source_of

        if source_of(doc, ctx) is None:
            return
        from audit.alignment.coverage import OMISSION  # the alignment machinery only with a source
        from audit.bilingual import gaps_for, source_language, translator

        gaps = [gap for gap in gaps_for(doc, ctx) if gap.kind == OMISSION]
        if not gaps:
            return
        source = source_of(doc, ctx)
        translate = translator(ctx, source_language(doc, source, ctx), ctx.expected_language(doc))
        for gap in gaps:
            what = {"sentence": "source sentence", "clause": "part of the source", "unit": "most of the source"}
            fresh = translate([gap.missing.text])[0] if translate and gap.level == "sentence" else None
            at = gap.near.start
            yield self.finding(
                doc,
                at,
                gap.near.end,
                f"{what[gap.level]} not translated: “{preview(gap.missing.text)}”",
                confidence=0.7 if gap.level == "clause" else 0.8,
                suggestion=fresh,
                fix=Fix.replace(at, at, " " + fresh, Applicability.DISPLAY) if fresh else None,
            )


def preview(text: str, limit: int = PREVIEW) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


CHECK = Omission()
