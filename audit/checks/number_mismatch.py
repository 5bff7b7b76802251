"""number-mismatch: a number, amount, percentage, date or time of the source that the translation changes, drops
or adds, compared by value across locale formats, digits and words, scales, dates and times."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.alignment.examples import BilingualExample
from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity
from audit.language import data_code

_SEVERITY = {
    "changed": Severity.ERROR,
    "missing": Severity.WARNING,
    "added": Severity.WARNING,
    "unit": Severity.WARNING,
}
_CONFIDENCE = {"changed": 0.9, "missing": 0.7, "added": 0.7, "unit": 0.6}


class NumberMismatch(Check):
    id = "number-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.ERROR
    summary = (
        "A number, amount, percentage, date or time of the source that the translation changes, drops or adds"
        " (1 500 / 1,600; 14h30 / 3:30 p.m.; 3 Billionen / 3 billion), compared by value across locale formats,"
        " digits and words, scales, dates and times."
    )
    rationale = (
        "A wrong figure is the error a news reader cannot detect and the one a correction costs most; every QA"
        " tool translators use checks numbers, most only digit for digit, which flags 1 000,5 against 1,000.5 and"
        " misses deux cents against 300. Here values are compared: locale formats, numbers in words (text2num,"
        " number-parser, cn2an), scales (1,5 million, 1.5万, Milliarde / billion), dates (12 mars / March 12),"
        " times (14h30 / 2:30 p.m.) and units (20 % / 20 per cent). Ordinals, small numbers in words (deux pays /"
        " both countries) and rounded approximations (près de 1 500 / about 1,500) are left alone. Needs the"
        " source: --source, or a bilingual input; what each language writes around its figures is data"
        " (audit/data/numbers/<lang>.toml)."
    )
    examples = (
        BilingualExample(
            "en",
            "Nearly 1,600 soldiers were killed, the ministry said.",
            found=("1,600",),
            source="Près de 1 500 soldats ont été tués, a indiqué le ministère.",
            source_lang="fr",
        ),
        BilingualExample(
            "de",
            "Die Sitzung beginnt um 15.30 Uhr.",
            found=("15.30 Uhr",),
            source="La séance commence à 14h30.",
            source_lang="fr",
        ),
        BilingualExample(
            "en",
            "The debt stands at 3 billion dollars.",
            found=("3 billion",),
            source="Die Schulden betragen 3 Billionen Dollar.",
            source_lang="de",
        ),
        BilingualExample(
            "en",
            "The deficit reached 1.5 billion euros, or 20 per cent of the budget, on March 12.",
            source="El déficit alcanzó 1.500 millones de euros, el 20 % del presupuesto, el 12 de marzo.",
            source_lang="es",
        ),
        BilingualExample(
            "en",
            "Three hundred people, about 15,000 in all, came; both countries signed at 2:30 p.m.",
            source="三百人，共约1.5万人参加；两国于下午2点30分签署。",
            source_lang="zh",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.sources import source_or_skip

        source = source_or_skip(doc, ctx, self.id)
        if source is None:
            return
        from audit.bilingual import pairs  # the alignment machinery and the numbers' only with a source
        from audit.numbers import compare, mentions

        source_lang = data_code(source.lang_hint or ctx.source_lang or doc.source_lang)
        target_lang = data_code(ctx.expected_language(doc))
        for pair in pairs(doc, source):
            if pair.source is None or pair.target is None:
                continue  # an omission or an addition: round-trip and untranslated-segment report those
            in_source = mentions.read(pair.source.text, source_lang)
            found = compare.compare(
                in_source,
                mentions.read(pair.target.text, target_lang),
                pair.source.text,
                pair.target.text,
                target_lang,
            )
            for mismatch in found:
                start, end = pair.target.start, pair.target.end
                if mismatch.target is None:  # a number missing: the sentence where it stands, by its place
                    start, end = _sentence_at(doc, start, end, mismatch.source.start / max(1, len(pair.source.text)))
                shown = _day_of_month(pair.source.text, mismatch.source, in_source) if mismatch.source else None
                yield self._finding(doc, start, end, mismatch, shown)

    def _finding(self, doc: Document, start: int, end: int, mismatch, shown: str | None = None) -> Finding:
        """The finding on the target's mention (on the sentence where a missing number would stand); `shown`: the
        source's mention as the message quotes it, when not as it shows itself."""
        s, t = mismatch.source, mismatch.target
        if mismatch.kind == "changed":
            message = f"the source's {shown or s.shown()} is {t.shown()} in the translation"
        elif mismatch.kind == "missing":
            message = f"the source's {shown or s.shown()} is not in the translation"
        elif mismatch.kind == "added":
            message = f"{t.shown()} is not in the source"
        else:
            message = (
                f"the source's {s.shown()} is in {_unit(s.unit)}; the translation's {t.shown()} says no {_unit(s.unit)}"
            )
        if t is not None:
            start, end = start + t.start, start + t.end
        return self.finding(
            doc, start, end, message, severity=_SEVERITY[mismatch.kind], confidence=_CONFIDENCE[mismatch.kind]
        )


_BETWEEN_DAY_AND_MONTH = re.compile(r"[\s.,]*")


def _day_of_month(text: str, mention, found) -> str | None:
    """A day's figure quoted with the month beside it ("14 февраля", "March 21"), as the source writes the date:
    a bare "14" tells the reader nothing. None for any other mention."""
    from audit.numbers.mentions import MONTH, NUMBER

    kind, value = mention.keys[0]
    if kind != NUMBER or not (1 <= value <= 31 and float(value).is_integer()):
        return None
    for month in found:
        if month.keys[0][0] != MONTH:
            continue
        first, last = (mention, month) if mention.start < month.start else (month, mention)
        if _BETWEEN_DAY_AND_MONTH.fullmatch(text, first.end, last.start):
            return f"“{text[first.start : last.end]}”"
    return None


def _unit(unit: str | None) -> str:
    return {"percent": "per cent", "degree": "degrees"}.get(unit or "", unit or "")


def _sentence_at(doc: Document, start: int, end: int, place: float) -> tuple[int, int]:
    """The sentence of doc.text[start:end] at the relative place `place` (0 to 1) of it, as the source's number
    stands in its segment: a segment of several sentences is not underlined whole."""
    inside = [s for s in doc.sentences if start <= s.start and s.end <= end]
    if len(inside) < 2:
        return start, end
    offset = start + place * (end - start)
    chosen = next((s for s in inside if s.start <= offset < s.end), min(inside, key=lambda s: abs(s.start - offset)))
    return chosen.start, chosen.end


CHECK = NumberMismatch()
