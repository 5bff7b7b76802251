"""round-trip: sentences that do not survive machine translation into the source language and back.

With the source text given (reference mode), the source is translated afresh, aligned with the published
translation and compared with it instead; published sentences with no counterpart in the source are additions,
source sentences with no counterpart in the translation omissions. Back-translations are only ever scored: they
are never handed to another check, so the back-translator's own repetitions are never blamed on the article.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audit import language
from audit.checks.base import Check, Example, Scope, option
from audit.context import RunContext
from audit.document import Document, Sentence
from audit.findings import Applicability, Finding, Fix, Severity

if TYPE_CHECKING:
    from audit.scoring import SentenceScores

ID = "round-trip"
CATEGORY = "accuracy/mistranslation"
OMISSION, ADDITION = "accuracy/omission", "accuracy/addition"

# chrF below which a sentence is an error or a warning, per mode. Reference mode: measured on the LIG
# post-edition corpus (tests/translation/test_round_trip_labelled.py), independent MT of the source scores a
# median 75 on lines that post-editors left alone and 61 on lines they rewrote; below 40, about half are rewrites.
THRESHOLDS = {"round-trip": (20.0, 35.0), "reference": (25.0, 40.0)}
OUTLIER_Z = -3.0  # robust z-score (median and MAD) from which a sentence is far below its document's own scores
OUTLIER_GAP = 15.0  # ... and at least this many chrF points below the document's median
MIN_DISTRIBUTION = 5  # sentences a document needs for its own distribution to count
MIN_WORDS = 4  # shorter sentences (names, datelines, numbers) are scored but never flagged
_WORD = re.compile(r"[^\W\d_]{2,}")
_ARGOS_CODES = {"zh-cn": "zh", "zh-tw": "zt"}
INSTALL = "audit models install {source} {target}"


@dataclass(frozen=True)
class Options:
    error_below: float | None = option(
        None, "chrF under which a sentence is an error (default: 20, with the source 25)", 0.0, 100.0
    )
    warning_below: float | None = option(
        None, "chrF under which it is a warning (default: 35, with the source 40)", 0.0, 100.0
    )

    def __post_init__(self) -> None:
        if self.error_below is not None and self.warning_below is not None and self.error_below > self.warning_below:
            raise ValueError(f"error-below ({self.error_below:g}) exceeds warning-below ({self.warning_below:g})")


class RoundTrip(Check):
    id = ID
    category = CATEGORY
    severity = Severity.WARNING
    summary = (
        "A sentence loses its meaning in a round trip through machine translation (with --source: differs from a"
        " fresh translation of the source, or has no counterpart in it)."
    )
    rationale = (
        "A sentence that comes back from the source language unrecognisable was garbled by the translation, or"
        " says something the source does not; with the source known, sentences with no counterpart are additions"
        " and omissions. Needs argostranslate packages (`audit models install`); without them the check is"
        " skipped and says why, and the other checks run."
    )
    scope = Scope.BATCH
    Options = Options
    examples = (Example("en", "Kyiv was without power for hours on Sunday after the strikes.", ()),)

    def run_feed(self, documents: Sequence[Document], ctx: RunContext) -> Iterator[tuple[Document, Finding]]:
        """The sentences of every document of the run translated in one batch per language pair."""
        return run_feed(documents, ctx, thresholds(ctx, "round-trip"), thresholds(ctx, "reference"))


@dataclass
class _Plan:
    doc: Document
    source: Document | None  # reference mode
    source_lang: str | None = None
    target_lang: str | None = None
    reason: str | None = None  # why there is no round trip
    missing: list[str] = field(default_factory=list)


def run_feed(
    documents: Sequence[Document], ctx: RunContext, round_trip_limits: tuple[float, float], reference_limits
) -> Iterator[tuple[Document, Finding]]:
    if not ctx.backtranslate:
        for doc in documents:
            _unavailable(ctx, doc, "back-translation turned off (--no-backtranslate)")
        return
    service = ctx.translation_service
    if service is None:
        from audit.translation.service import TranslationService

        service = TranslationService.default(ctx.translation_cache, ctx.quiet, ctx.run_id)
    from audit.sources import source_of

    plans = [_plan(doc, source_of(doc, ctx), ctx, service) for doc in documents]
    ready = [p for p in plans if p.reason is None]
    for mode, run_mode, limits in (
        ("round-trip", _round_trips, round_trip_limits),
        ("reference", _references, reference_limits),
    ):
        groups: dict[tuple[str, str], list[_Plan]] = {}
        for plan in ready:
            if (plan.source is None) == (mode == "round-trip"):
                groups.setdefault((plan.source_lang, plan.target_lang), []).append(plan)
        for group in groups.values():
            yield from run_mode(group, service, limits, ctx)


def thresholds(ctx: RunContext, mode: str) -> tuple[float, float]:
    """chrF under which a sentence is an error, and a warning: the configuration's, else the mode's own."""
    error_below, warning_below = THRESHOLDS[mode]
    options = CHECK.options_in(ctx)
    return (
        options.error_below if options.error_below is not None else error_below,
        options.warning_below if options.warning_below is not None else warning_below,
    )


def _argos_code(code: str | None) -> str | None:
    return _ARGOS_CODES.get(code, code) if code else None


def _plan(doc: Document, source: Document | None, ctx: RunContext, service) -> _Plan:
    plan = _Plan(doc, source)
    plan.target_lang = _argos_code(ctx.expected_language(doc))
    source_lang = ctx.source_lang or doc.source_lang
    if source is not None and source_lang is None:
        source_lang = language.detect(source.text)[0]
    plan.source_lang = _argos_code(source_lang)
    if source is not None and source.lang_hint is None:
        source = dataclasses.replace(source, lang_hint=source_lang)  # a copy: the input's document stays as read
        plan.source = source
    if plan.target_lang is None:
        plan.reason = "the document's language is unknown: give --target-lang"
    elif plan.source_lang is None:
        plan.reason = "the source language is unknown: give --source-lang (or the source text with --source)"
    elif plan.source_lang == plan.target_lang:
        plan.reason = f"source and target are both {language.name(source_lang)}: nothing to translate"
    else:
        directions = [(plan.source_lang, plan.target_lang)]
        if source is None:
            directions.insert(0, (plan.target_lang, plan.source_lang))
        plan.missing = [m for a, b in directions for m in service.missing(a, b)]
        if plan.missing:
            command = INSTALL.format(source=plan.source_lang, target=plan.target_lang)
            plan.reason = f"no translation package for {', '.join(plan.missing)}; install with: {command}"
    if plan.reason is not None:
        _unavailable(
            ctx, doc, plan.reason, plan.missing, INSTALL.format(source=plan.source_lang, target=plan.target_lang)
        )
    return plan


def _unavailable(ctx: RunContext, doc: Document, reason: str, missing: Sequence[str] = (), install: str = "") -> None:
    ctx.record_score(doc, "round_trip", None)
    unavailable = {"reason": reason, "missing": list(missing)}
    if missing:
        unavailable["install"] = install
    ctx.record_score(doc, "round_trip_unavailable", unavailable)
    ctx.skip(doc, ID, reason)


def _flaggable(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


def _round_trips(
    plans: list[_Plan], service, limits: tuple[float, float], ctx: RunContext
) -> Iterator[tuple[Document, Finding]]:
    source_lang, target_lang = plans[0].source_lang, plans[0].target_lang
    originals = [s.text for p in plans for s in p.doc.sentences]
    there = service.translate(originals, target_lang, source_lang)
    back = iter(service.translate(there, source_lang, target_lang))
    route = [p.direction for p in service.route(target_lang, source_lang) + service.route(source_lang, target_lang)]
    for plan in plans:
        sentences = plan.doc.sentences
        returned = [next(back) for _ in sentences]
        from audit.scoring import document_scores

        scored, corpus = document_scores(returned, [s.text for s in sentences], target_lang)
        ctx.record_score(
            plan.doc,
            "round_trip",
            {
                "mode": "round-trip",
                "source_lang": source_lang,
                "target_lang": target_lang,
                "route": route,
                **corpus,
                "sentences": [
                    {"span": {"start": s.start, "end": s.end}, "back_translation": b, **x.to_dict()}
                    for s, b, x in zip(sentences, returned, scored, strict=True)
                ],
            },
        )
        flags = _flags([x.chrf for x in scored], [_flaggable(s.text) for s in sentences], limits)
        for sentence, back_translation, score, severity in zip(sentences, returned, scored, flags, strict=True):
            if severity is not None:
                message = (
                    f"round trip {'→'.join([target_lang, source_lang, target_lang])} keeps little of this sentence"
                    f" (chrF {score.chrf:.1f}): “{_preview(back_translation)}”"
                )
                yield plan.doc, _mistranslation(plan.doc, [sentence], severity, score, message)


def _references(
    plans: list[_Plan], service, limits: tuple[float, float], ctx: RunContext
) -> Iterator[tuple[Document, Finding]]:
    from audit.translation.alignment import align

    source_lang, target_lang = plans[0].source_lang, plans[0].target_lang
    fresh_all = iter(service.translate([s.text for p in plans for s in p.source.sentences], source_lang, target_lang))
    for plan in plans:
        doc, sources, targets = plan.doc, plan.source.sentences, plan.doc.sentences
        fresh = [next(fresh_all) for _ in sources]
        beads = align(fresh, [t.text for t in targets])
        paired = [b for b in beads if b.source and b.target]
        hypotheses = [" ".join(fresh[i] for i in b.source) for b in paired]
        references = [" ".join(targets[j].text for j in b.target) for b in paired]
        from audit.scoring import document_scores

        scored, corpus = document_scores(hypotheses, references, target_lang)
        ctx.record_score(
            doc,
            "round_trip",
            {
                "mode": "reference",
                "source_lang": source_lang,
                "target_lang": target_lang,
                "route": [p.direction for p in service.route(source_lang, target_lang)],
                **corpus,
                "sentences": [
                    {
                        "span": {"start": targets[b.target[0]].start, "end": targets[b.target[-1]].end},
                        "source": " ".join(sources[i].text for i in b.source),
                        "fresh_translation": h,
                        **x.to_dict(),
                    }
                    for b, h, x in zip(paired, hypotheses, scored, strict=True)
                ],
            },
        )
        flags = _flags([x.chrf for x in scored], [_flaggable(r) for r in references], limits)
        for bead, hypothesis, score, severity in zip(paired, hypotheses, scored, flags, strict=True):
            if severity is not None:
                message = (
                    f"differs from a fresh translation of the source (chrF {score.chrf:.1f}): “{_preview(hypothesis)}”"
                )
                spans = [targets[j] for j in bead.target]
                yield doc, _mistranslation(doc, spans, severity, score, message)
        yield from _unmatched(doc, beads, sources, targets, fresh)


def _unmatched(doc: Document, beads, sources: Sequence[Sentence], targets: Sequence[Sentence], fresh: Sequence[str]):
    """Additions (published sentences with no source) and omissions (source sentences with no translation);
    short ones (datelines, bylines, headline fragments) are left alone."""
    previous_end = None
    for bead in beads:
        if bead.target and not bead.source:
            for j in (j for j in bead.target if _flaggable(targets[j].text)):
                finding = doc.finding(
                    ID,
                    targets[j].start,
                    targets[j].end,
                    severity=Severity.WARNING,
                    category=ADDITION,
                    message="no counterpart in the source: added by the translation?",
                    confidence=0.6,
                )
                yield doc, finding
        elif bead.source and not bead.target:
            at = previous_end if previous_end is not None else (targets[0].start if targets else 0)
            for i in (i for i in bead.source if _flaggable(sources[i].text)):
                finding = doc.finding(
                    ID,
                    at,
                    at,
                    severity=Severity.WARNING,
                    category=OMISSION,
                    message=f"source sentence {i + 1} is not translated: “{_preview(sources[i].text)}”",
                    suggestion=fresh[i],
                    confidence=0.6,
                    fix=Fix.replace(at, at, " " + fresh[i], Applicability.DISPLAY),
                )
                yield doc, finding
        if bead.target:
            previous_end = targets[bead.target[-1]].end


def _flags(scores: Sequence[float], flaggable: Sequence[bool], limits: tuple[float, float]) -> list[Severity | None]:
    """Severity of each score: under the thresholds, or far below the document's own distribution."""
    import statistics  # with fractions, decimal and random: imported when sentences are scored

    error_below, warning_below = limits
    median = statistics.median(scores) if scores else 0.0
    spread = 1.4826 * statistics.median([abs(s - median) for s in scores]) if scores else 0.0
    outliers = len(scores) >= MIN_DISTRIBUTION and spread > 0
    flags: list[Severity | None] = []
    for score, eligible in zip(scores, flaggable, strict=True):
        if not eligible:
            flags.append(None)
        elif score < error_below:
            flags.append(Severity.ERROR)
        elif score < warning_below:
            flags.append(Severity.WARNING)
        elif outliers and (score - median) / spread <= OUTLIER_Z and median - score >= OUTLIER_GAP:
            flags.append(Severity.INFO)
        else:
            flags.append(None)
    return flags


def _mistranslation(
    doc: Document, spans: Sequence[Sentence], severity: Severity, score: SentenceScores, message: str
) -> Finding:
    return doc.finding(
        ID,
        spans[0].start,
        spans[-1].end,
        severity=severity,
        category=CATEGORY,
        message=message,
        confidence=max(0.3, min(1.0, 1 - score.chrf / 100)),
    )


def _preview(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


CHECK = RoundTrip()
