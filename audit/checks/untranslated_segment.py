"""untranslated-segment: a unit or segment whose translation is its source copied, nothing (a unit without a
target), or punctuation alone."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache

from audit.alignment.examples import BilingualExample
from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document, Span
from audit.findings import Finding, Severity
from audit.language import data_code
from audit.numbers.codes import find, identifiers
from audit.origins import Location, Place

PREVIEW = 80
COMMON = 3.0  # Zipf frequency from which a word is an ordinary word of its language (wordfreq)
RARE = 1.5  # ... and under which it is no word of the other language
_ACCELERATOR = re.compile(r"&(?=[^\W\d_])(?![A-Za-z][\w.]*;)")  # &File, Un&changed; not &amp;
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")


class UntranslatedSegment(Check):
    id = "untranslated-segment"
    category = "accuracy/untranslated"
    severity = Severity.ERROR
    supersedes = ("wrong-language", "untranslated-word")  # a segment copied: its language, its words, said again
    summary = (
        "A segment whose translation is its source copied, a unit left without a target, or a target of"
        " punctuation alone; names, codes, addresses and figures that stay the same are left alone."
    )
    rationale = (
        "A translation tool that fails copies the source into the target, leaves the target empty or writes a"
        " placeholder ellipsis; the published page then carries a paragraph in the wrong language or a hole."
        " A unit whose source is a name of one or two words (Emmanuel Macron, Reuters), an acronym, a code (G20,"
        " COVID-19), an address, a placeholder or figures is the same in every language and is not reported; a"
        " single word the source language uses and the target's does not (Unchanged) is, and a segment already in"
        " the target language (a quotation) is not. Needs the source:"
        " --source, or a bilingual input (XLIFF units without a target are marked by the reader)."
    )
    examples = (
        BilingualExample(
            "en",
            "The summit opened on Monday in Brussels.\n\nLes dirigeants ont promis une aide à l'Ukraine.",
            found=("Les dirigeants ont promis une aide à l'Ukraine.",),
            source="Le sommet s'est ouvert lundi à Bruxelles.\n\nLes dirigeants ont promis une aide à l'Ukraine.",
            source_lang="fr",
        ),
        BilingualExample(
            "de",
            "Der Gipfel begann am Montag.\n\n…",
            found=("…",),
            source="El lunes comenzó la cumbre.\n\nLos líderes prometieron ayuda.",
            source_lang="es",
        ),
        BilingualExample(
            "en",
            "Emmanuel Macron\n\nThe president spoke on Monday.",
            source="Emmanuel Macron\n\nLe président s'est exprimé lundi.",
            source_lang="fr",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.sources import source_or_skip

        source = source_or_skip(doc, ctx, self.id)
        if source is None:
            return
        from audit.bilingual import pairs, source_language  # the alignment machinery only with a source

        source_lang, target_lang = source_language(doc, source, ctx), data_code(ctx.expected_language(doc))
        missing = getattr(doc, "untranslated", ())
        places = getattr(doc, "untranslated_at", ()) or (None,) * len(missing)  # a reader's, or none known
        for index, place in zip(missing, places, strict=True):
            yield self._without_target(doc, source, index, missing, place)
        if not doc.text.strip() and source.text.strip() and not missing:
            yield self.finding(doc, 0, len(doc.text), f"the translation is empty: “{_preview(source.text)}”")
        for pair in pairs(doc, source):
            if pair.source is not None and pair.target is not None:
                yield from self._pair(doc, pair.source, pair.target, source_lang, target_lang)

    def _pair(
        self, doc: Document, source: Span, target: Span, source_lang: str | None, target_lang: str | None
    ) -> Iterator[Finding]:
        if not _has_words(source.text):
            return
        if not any(ch.isalnum() for ch in target.text):
            yield self.finding(doc, target.start, target.end, "the translation is punctuation alone")
        elif (
            _same(source.text, target.text)
            and not _stays(source.text, source_lang, target_lang)
            and not _in_language(source.text, target_lang)
        ):
            yield self.finding(
                doc, target.start, target.end, "the segment is its source copied, not translated", confidence=0.9
            )

    def _without_target(
        self, doc: Document, source: Document, index: int, missing: tuple[int, ...], place: Place | None
    ) -> Finding:
        """A unit without a target, reported where its translation would stand (before the next unit's) and, in
        the file, at the unit itself, named by its id (the next unit's place and a count were a blind review's
        confusion)."""
        before = index - sum(1 for other in missing if other < index)  # the target units that come first
        paragraphs = doc.paragraphs
        at = paragraphs[before].start if before < len(paragraphs) else len(doc.text)
        text = source.paragraphs[index].text if index < len(source.paragraphs) else ""
        if place is None:
            name = f"unit {index + 1}"
        else:  # its id, else the reader's name for it (unit-3)
            name = place.unit if place.unit.startswith("unit-") else f"unit {place.unit}"
        finding = self.finding(doc, at, at, f"{name} has no translation: “{_preview(text)}”")
        if place is None:
            return finding
        return dataclasses.replace(finding, location=Location(place.unit, place.line, place.column, exact=False))


def _in_language(text: str, lang: str | None) -> bool:
    """Whether the source segment is itself in the target language (an English quotation in a French article
    stays English in the English translation); judged on enough prose only."""
    from audit import language

    return lang is not None and language.detect_prose(text)[0] == lang


def _same(source: str, target: str) -> bool:
    """The same text once whitespace and accelerator marks are set aside (&File, Un&changed)."""
    return _plain(source) == _plain(target)


def _plain(text: str) -> str:
    return " ".join(_ACCELERATOR.sub("", text).split())


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _stays(text: str, source_lang: str | None, target_lang: str | None) -> bool:
    """Whether a text is written the same in any language: no words once its codes, identifiers and figures are
    set aside, or a name of one or two words (capitalised or in capitals) that is not an ordinary word of the
    source language missing from the target's."""
    bare = list(text)
    for start, end in [(c.start, c.end) for c in find(text)] + identifiers(text):
        bare[start:end] = " " * (end - start)
    words = [word for word in _WORD.findall(_ACCELERATOR.sub("", "".join(bare))) if len(word) > 1]  # 14h30: h
    if not words:
        return True
    if len(words) > 2 or not all(any(ch.isupper() for ch in word) for word in words):
        return False
    return not any(
        not word.isupper() and _foreign_word(word.lower(), source_lang, target_lang) for word in words
    )  # an acronym stays


@cache
def _foreign_word(word: str, source_lang: str | None, target_lang: str | None) -> bool:
    """An ordinary word of the source language that the target language does not use (by wordfreq, when it is
    installed and knows both languages; without it a capitalised word is taken for a name)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    if not source_lang or not target_lang or source_lang == target_lang:
        return False
    try:
        return zipf_frequency(word, source_lang) >= COMMON and zipf_frequency(word, target_lang) < RARE
    except (LookupError, ImportError):  # a language it lacks, or one that needs a tokenizer not installed
        return False


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW else text[: PREVIEW - 1].rstrip() + "…"


CHECK = UntranslatedSegment()
