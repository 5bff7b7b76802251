"""A document's source text paired with its translation, for the checks that compare the two.

The source is given with --source (one per document of the run, in order) or carried by the input (XLIFF and TMX
units, JSON Lines `source`). Units come as paragraphs on both sides: when the counts agree they pair one to one;
otherwise sentences are aligned without a model (audit.alignment.sentences: length and the anchors that survive
translation, numbers, names and cognates), or on a fresh machine translation of the source when the round trip's
packages are installed (audit.translation.alignment, as the round trip aligns).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from audit import language
from audit.alignment.coverage import Gap, Side, gaps
from audit.alignment.sentences import align_sentences
from audit.caches import per_document
from audit.context import RunContext
from audit.document import Document, Span
from audit.origins import Place
from audit.sources import source_of
from audit.translation.alignment import Bead

Translate = Callable[[Sequence[str]], list[str]]  # source sentences -> their fresh translations


@dataclass(frozen=True)
class Pair:
    """Source text and the target span that translates it (either side may be empty: an omission or an
    addition)."""

    source: Span | None  # offsets in the source document's text
    target: Span | None  # offsets in the target document's text


@dataclass
class UnitDocument(Document):
    """A bilingual file's document (XLIFF): one paragraph per unit on both sides, less the units left without a
    target, whose indices among the source's paragraphs are `untranslated`."""

    untranslated: tuple[int, ...] = ()
    untranslated_at: tuple[Place, ...] = ()  # where each of those units is in the file (its id, line and column)


def source_language(doc: Document, source: Document, ctx: RunContext) -> str | None:
    """The source's language: its input's declaration, else the run's --source-lang, else detected."""
    found = source.lang_hint or doc.source_lang or ctx.source_lang or language.detect(source.text)[0]
    return language.data_code(found)


def pairs(doc: Document, source: Document, translate: Translate | None = None) -> list[Pair]:
    """Source and target paired: unit by unit when the input carries the source beside the target (XLIFF, TMX,
    JSON Lines) and the counts agree, else sentence by sentence by alignment (on fresh translations of the
    source when `translate` is given; a text given with --source has paragraphs, not units); spans without a
    counterpart are paired with None."""
    units = doc.source is not None and doc.source == source.text
    if units and len(source.paragraphs) == len(doc.paragraphs):
        return [Pair(s, t) for s, t in zip(source.paragraphs, doc.paragraphs, strict=True)]
    missing = getattr(doc, "untranslated", ())
    if units and missing and len(source.paragraphs) == len(doc.paragraphs) + len(missing):
        targets = iter(doc.paragraphs)
        return [Pair(s, None if i in missing else next(targets)) for i, s in enumerate(source.paragraphs)]
    sources, targets = source.sentences, doc.sentences
    return [
        Pair(
            _joined(source.text, [sources[i] for i in bead.source]),
            _joined(doc.text, [targets[i] for i in bead.target]),
        )
        for bead in _beads([s.text for s in sources], [t.text for t in targets], source, doc, translate)
    ]


def _beads(
    sources: list[str], targets: list[str], source: Document, doc: Document, translate: Translate | None
) -> list[Bead]:
    if translate is not None:
        from audit.translation.alignment import align

        return align(translate(sources), targets)
    source_lang = source.lang_hint or source.language.detected or language.detect(source.text)[0]
    target_lang = doc.lang_hint or doc.language.expected or doc.language.detected
    return _aligned(tuple(sources), tuple(targets), language.data_code(source_lang), language.data_code(target_lang))


@per_document
def _aligned(
    sources: tuple[str, ...], targets: tuple[str, ...], source_lang: str | None, target_lang: str | None
) -> list[Bead]:
    """The sentences aligned once for every check that pairs them (six read one document's pairs)."""
    return align_sentences(sources, targets, source_lang, target_lang)


def gaps_for(doc: Document, ctx: RunContext) -> tuple[Gap, ...]:
    """The document's gaps against its source (none when the source is unknown), sentences aligned on a fresh
    translation of the source when the round trip's packages for the pair are installed."""
    source = source_of(doc, ctx)
    if source is None:
        return ()
    source_lang, target_lang = source_language(doc, source, ctx), language.data_code(ctx.expected_language(doc))
    translate = translator(ctx, source_lang, target_lang)
    units = getattr(doc, "untranslated", ()) if doc.source is not None else None
    if translate is None:
        return _gaps(doc.text, source.text, source_lang, target_lang, units)
    return _compute(doc.text, source.text, source_lang, target_lang, units, translate)


def translator(ctx: RunContext, source_lang: str | None, target_lang: str | None) -> Translate | None:
    """Fresh translations into the target's language through the round trip's service, or None without its
    packages (or with --no-backtranslate)."""
    if not ctx.backtranslate or not source_lang or not target_lang or source_lang == target_lang:
        return None
    service = ctx.translation_service
    if service is None:
        from audit.translation.service import TranslationService

        service = TranslationService.default(ctx.translation_cache, ctx.quiet, ctx.run_id)
    if service.missing(source_lang, target_lang):
        return None
    return lambda texts: service.translate(list(texts), source_lang, target_lang)


@lru_cache(maxsize=256)
def _gaps(
    text: str, source_text: str, source_lang: str | None, target_lang: str | None, units: tuple[int, ...] | None
) -> tuple[Gap, ...]:
    return _compute(text, source_text, source_lang, target_lang, units)


def _compute(
    text: str,
    source_text: str,
    source_lang: str | None,
    target_lang: str | None,
    units: tuple[int, ...] | None,
    translate: Translate | None = None,
) -> tuple[Gap, ...]:
    """`units`: None for a text given with --source, else the input's units left without a target."""
    if units is None:
        target = Document("target", text, lang_hint=target_lang)
    else:
        target = UnitDocument("target", text, lang_hint=target_lang, source=source_text, untranslated=units)
    source = Document("source", source_text, lang_hint=source_lang)
    units = [(pair.source, pair.target) for pair in pairs(target, source, translate)]
    return tuple(gaps(Side(source_text, _spans(source), source_lang), Side(text, _spans(target), target_lang), units))


def _spans(doc: Document) -> tuple[Span, ...]:
    return tuple(Span(s.start, s.end, s.text) for s in doc.sentences)


def _joined(text: str, spans: list[Span]) -> Span | None:
    """The stretch from the first span's start to the last one's end; None for no span."""
    if not spans:
        return None
    return Span(spans[0].start, spans[-1].end, text[spans[0].start : spans[-1].end])
