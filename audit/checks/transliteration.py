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
        "A Ukrainian or Russian name romanized by another language's conventions (French Orechnik, German Charkiw "
        "in English; English Zelensky in German) or with diacritics the target does not use; suggests the target "
        "language's standard spelling."
    )
    rationale = (
        "Machine translation carries the source language's romanization into the target (French Kourakhové, German"
        " Charkiw in English; English Zelensky, Kharkiv in German): the right name, misspelled for the reader and"
        " unsearchable in an archive. English texts are judged by the standards; French, German and Spanish ones"
        " by their own letter tables, exonyms and press spellings, every form their press uses accepted (French"
        " Kiev and Kyiv), and get that press's spelling. Names the gazetteer knows get a safe fix (in French,"
        " German and Spanish, an unsafe one where only the letter table gives the spelling); spellings guessed"
        " from a convention's letters (English only) get an unsafe one."
    )
    languages = frozenset({ENGLISH, "fr", "de", "es"})
    examples = (
        Example(
            "en",
            "Putin threatened to use the “Orechnik” missile again.",
            ("Orechnik",),
            "Putin threatened to use the “Oreshnik” missile again.",
        ),
        Example("en", "Russian troops advanced near Kurakhove and Pokrovsk on Sunday."),
        Example(
            "de",
            "Zelensky besuchte am Montag Kharkiv.",
            ("Zelensky", "Kharkiv"),
            "Selenskyj besuchte am Montag Charkiw.",
        ),
        Example(
            "fr",
            "Poutine a menacé d'utiliser à nouveau le missile Oreshnik.",
            ("Oreshnik",),
            "Poutine a menacé d'utiliser à nouveau le missile Orechnik.",
        ),
        Example("fr", "Les forces russes avancent près de Kharkiv et de Kiev."),
        Example("es", "Zelenski viajó a Járkov y a Odesa."),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        target = ctx.expected_language(doc) or ENGLISH
        if target == ENGLISH:
            yield from self._english(doc, ctx)
        else:
            yield from self._other(doc, ctx, target)

    def _english(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.names.mentions import SIGNAL_CONFIDENCE, describe, known_mentions
        from audit.names.targets import world_name

        for mention in known_mentions(doc.text):  # a convention makes a mention known
            if mention.convention is None or world_name(mention):
                continue
            # safe for a name the gazetteer holds; a spelling read back through Cyrillic is a guess (a blind
            # review's Indonesian "Sadewa" would have been made "Sadeva")
            applicability = Applicability.SAFE if mention.entity is not None else Applicability.UNSAFE
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

    def _other(self, doc: Document, ctx: RunContext, target: str) -> Iterator[Finding]:
        """French, German and Spanish: the gazetteer's names in a spelling that language's press does not use."""
        from audit import language
        from audit.names import targets
        from audit.names.mentions import GAZETTEER_CONFIDENCE, convention_label

        name = language.name(target)
        for found in targets.find(doc.text, target, ctx.source_lang):
            mention = found.mention
            what = convention_label(found.convention, name) if found.convention else "the English spelling"
            source = f"the {name} press spelling" if found.established else f"{name} romanization"
            spelled = f"“{found.suggestion}” ({source} of {found.entity.cyrillic})"
            message = f"“{mention.text}” ({what}): {name} news writes {spelled}"
            applicability = Applicability.SAFE if found.established else Applicability.UNSAFE
            yield self.finding(
                doc,
                mention.start,
                mention.end,
                message,
                suggestion=found.suggestion,
                confidence=GAZETTEER_CONFIDENCE,
                fix=Fix.replace(mention.start, mention.end, found.suggestion, applicability),
            )


CHECK = Transliteration()
