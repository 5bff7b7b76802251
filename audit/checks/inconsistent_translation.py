"""inconsistent-translation: one source segment translated two ways, or one translation given to two sources."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from audit.alignment.examples import BilingualExample
from audit.checks.base import Check, Scope, option
from audit.context import RunContext
from audit.document import Document, Span
from audit.findings import Finding, Severity

PREVIEW = 80
_SPACES = re.compile(r"\s+")
_TRAILING = ".!?;:,。！？；：，…"


@dataclass(frozen=True)
class Options:
    min_words: int = option(3, "segments with fewer words (a Chinese character counts half) are left alone", 1, 50)


class _Segment(NamedTuple):
    doc: Document
    target: Span
    source: str  # normalised
    translation: str  # normalised
    raw_source: str


class InconsistentTranslation(Check):
    id = "inconsistent-translation"
    category = "terminology/inconsistent"
    severity = Severity.WARNING
    summary = (
        "A source segment translated two ways, or one translation given to two different source segments, in a"
        " bilingual file or across a feed (XLIFF, TMX, JSON Lines with `source`, --source); both directions, as"
        " Xbench and Okapi check them."
    )
    rationale = (
        "A sentence a feed repeats (a standard paragraph, a caption, a disclaimer) should read the same each time;"
        " two translations of it mean one is wrong or out of date. One translation for two different sources is"
        " the other face of it: a segment copied onto the wrong unit. Whitespace, the case of the first letter"
        " and final punctuation are not differences; short segments (Yes., Photo:) are left alone."
    )
    scope = Scope.FEED
    Options = Options
    examples = (
        BilingualExample(
            "en",
            "The ministry did not comment.\n\nPrices rose by 3 percent.\n\nThe ministry declined to comment.",
            found=("The ministry declined to comment.",),
            source="Le ministère n'a pas commenté.\n\nLes prix ont augmenté de 3 %.\n\nLe ministère n'a pas commenté.",
            source_lang="fr",
        ),
        BilingualExample(
            "en",
            "The ministry did not comment.\n\nPrices rose by 3 percent.\n\nthe ministry did not comment",
            source="Le ministère n'a pas commenté.\n\nLes prix ont augmenté de 3 %.\n\nLe ministère n'a pas commenté.",
            source_lang="fr",
        ),
    )

    def run_feed(self, documents: Sequence[Document], ctx: RunContext) -> Iterator[tuple[Document, Finding]]:
        least = self.options_in(ctx).min_words
        by_pair: dict[tuple, list[_Segment]] = {}
        for doc in documents:
            for segment in _segments(doc, ctx, least):
                key = (ctx.source_lang or doc.source_lang, ctx.expected_language(doc))
                by_pair.setdefault(key, []).append(segment)
        for segments in by_pair.values():
            yield from self._differing(segments, "source", "translation", _translated_two_ways)
            yield from self._differing(segments, "translation", "source", _given_twice)

    def _differing(self, segments: list[_Segment], key: str, value: str, message) -> Iterator[tuple]:
        """Segments sharing `key` (normalised source or translation) whose `value` differs from the one most of
        them have (the first, on a tie)."""
        groups: dict[str, list[_Segment]] = {}
        for segment in segments:
            groups.setdefault(getattr(segment, key), []).append(segment)
        for group in groups.values():
            values = [getattr(s, value) for s in group]
            if len(set(values)) < 2:
                continue
            kept = max(dict.fromkeys(values), key=values.count)
            first = next(s for s in group if getattr(s, value) == kept)
            for segment in group:
                if getattr(segment, value) != kept:
                    yield (
                        segment.doc,
                        self.finding(
                            segment.doc,
                            segment.target.start,
                            segment.target.end,
                            message(first),
                            confidence=0.7,
                        ),
                    )


def _translated_two_ways(kept: _Segment) -> str:
    where = _where(kept)
    return (
        f"its source is translated otherwise {where}: “{_preview(kept.doc.text[kept.target.start : kept.target.end])}”"
    )


def _given_twice(kept: _Segment) -> str:
    return f"the same translation is given {_where(kept)} to another source: “{_preview(kept.raw_source)}”"


def _where(segment: _Segment) -> str:
    line = segment.doc.position(segment.target.start)[0]
    return f"on line {line} of {segment.doc.id}"


def _segments(doc: Document, ctx: RunContext, least: int) -> list[_Segment]:
    """The document's units paired with their source's (sentences aligned where the units do not pair)."""
    from audit.alignment.clauses import words
    from audit.sources import source_of

    source = source_of(doc, ctx)
    if source is None:
        return []
    from audit.bilingual import pairs

    found = []
    for pair in pairs(doc, source):
        if pair.source is None or pair.target is None:
            continue
        if words(pair.source.text) < least or words(pair.target.text) < least:
            continue
        found.append(_Segment(doc, pair.target, normal(pair.source.text), normal(pair.target.text), pair.source.text))
    return found


def normal(text: str) -> str:
    """Whitespace collapsed, final punctuation dropped, the first letter in lower case."""
    text = _SPACES.sub(" ", text).strip().rstrip(_TRAILING).rstrip()
    return text[:1].lower() + text[1:]


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW else text[: PREVIEW - 1].rstrip() + "…"


CHECK = InconsistentTranslation()
