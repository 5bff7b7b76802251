"""typography: the source language's typographic conventions left in the target (French spaces before : ; ? !,
« guillemets », German „quotes“, decimal commas, thousands grouped by dots or spaces), and the reverse in French
and German text."""

from __future__ import annotations

from collections.abc import Iterator

from audit import language
from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity


class Typography(Check):
    id = "typography"
    category = "fluency/typography"
    severity = Severity.WARNING
    supersedes = ("punctuation",)  # the spaces inside « » in German are the guillemets' own, which the fix replaces
    summary = (
        "Another language's typography left in the text: French spaces before : ; ? !, « guillemets » or German"
        " „quotes“ in English, decimal commas (“3,5 percent”), thousands grouped by dots or spaces (“1.000"
        " soldiers”, “1 000”); English “quotes” and decimal points in French or German text (straight quotes only"
        " where the text writes its own marks elsewhere); a Spanish question without its “¿”."
    )
    rationale = (
        "Each language writes its quotation marks, the space before : ; ? !, its decimal mark and its digit"
        " groups its own way; a translation that keeps the source's reads as foreign, and a figure can be misread"
        " (“1.500 soldiers” is 1,500 in German, one and a half in English). The conventions of English, French,"
        " German, Spanish, Italian, Portuguese, Dutch and Polish are data (audit/data/typography/); each finding"
        " names the language the convention comes from and gives the target's form. A decimal point is reported"
        " in French or German text only before a unit that makes it a decimal (“3.5 %”, “2.5 milliards”), never"
        " in “49.3” or “Windows 3.1”; straight quotation marks are plain text's, no language's convention, unless"
        " the text writes its language's own marks elsewhere (« » in French, „ “ in German)."
        " Unbalanced marks and a tokeniser's spaces are punctuation's."
    )
    examples = (
        Example(
            "en",
            "The minister said : « We will not give in » .",
            (" :", "« We will not give in »"),
            "The minister said: “We will not give in” .",
        ),
        Example(
            "en",
            "Unemployment rose to 7,5 percent and 1.000 soldiers were sent to the border.",
            ("7,5", "1.000"),
            "Unemployment rose to 7.5 percent and 1,000 soldiers were sent to the border.",
        ),
        Example("en", "He called it „a historic day“.", ("„a historic day“",), "He called it “a historic day”."),
        Example(
            "en",
            "About 20 000 people attended, up 12 % on last year.",
            ("20 000", " %"),
            "About 20,000 people attended, up 12% on last year.",
        ),
        Example(
            "fr",
            "Le ministre a déclaré: “Nous ne céderons pas”.",
            (":", "“Nous ne céderons pas”"),
            "Le ministre a déclaré\u00a0: «\u00a0Nous ne céderons pas\u00a0».",
        ),
        Example(
            "fr",
            "Le taux est passé à 3.5 % et 10,000 soldats ont été déployés.",
            ("3.5", "10,000"),
            "Le taux est passé à 3,5 % et 10\u202f000 soldats ont été déployés.",
        ),
        Example(
            "de", "Er sagte: “Wir geben nicht nach.”", ("“Wir geben nicht nach.”",), "Er sagte: „Wir geben nicht nach.“"
        ),
        Example("de", "Die Inflation stieg auf 3,5 Prozent; 1.000 Soldaten wurden entsandt."),
        Example("fr", "« Nous ne céderons pas », a dit le ministre : « jamais ! »"),
        Example(
            "es",
            "Quién pagará la factura? Nadie en el Gobierno lo sabe.",
            ("Quién",),
            "¿Quién pagará la factura? Nadie en el Gobierno lo sabe.",
        ),
        Example("es", "Si el Gobierno no actúa ahora, ¿cuándo lo hará?, insistió la portavoz."),
    )

    def unmet(self, lang: str | None) -> str | None:
        from audit.typography import conventions

        if lang is None:
            return "the document's language is unknown: give --target-lang"
        if conventions.of(lang) is None:
            return f"no typographic conventions for {language.name(lang)} (audit/data/typography/)"
        return None

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.typography import conventions, figures, fullwidth, hours, mark_spaces, marks, naming, quote_styles
        from audit.typography.issue import findings as report

        target = ctx.expected_language(doc)
        own = conventions.of(target)
        source_lang = doc.source_lang or ctx.source_lang

        def named(test) -> str:
            return naming.convention_of(test, source_lang, target)

        marks_spaced, percents_spaced = mark_spaces.spaced(doc.text, own), figures.spaced_percents(doc.text)
        issues = []
        quotes = marks.paragraph_quotes(doc.text, doc.paragraphs)
        with_hours = hours.any_in(doc.text)
        house = quote_styles.writes_its_own(doc.text, [pair for _, pairs in quotes for pair in pairs], own)
        for paragraph, (_, pairs) in zip(doc.paragraphs, quotes, strict=True):
            start, end = paragraph.start, paragraph.end
            issues += quote_styles.styles(doc.text, pairs, own, named, house)
            issues += mark_spaces.before_marks(doc.text, start, end, own, named, marks_spaced)
            issues += mark_spaces.inverted(doc.text, start, end, own, named)
            issues += mark_spaces.unopened(doc.text, start, end, own)
            issues += figures.figures(doc.text, start, end, own, named, percents_spaced)
            issues += fullwidth.marks(doc.text, start, end, own)
            if with_hours:
                issues += hours.hours(doc.text, start, end, own, named)
        yield from report(self, doc, issues)


CHECK = Typography()
