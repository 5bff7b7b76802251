"""wrong-language: paragraphs and long sentences that are not in the expected target language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from audit import language
from audit.checks.base import Check, Example, option
from audit.context import RunContext
from audit.document import Document, Paragraph, Span
from audit.findings import Finding, Severity
from audit.language_evidence import carried, carried_by, function_words, name_particles, plainly_in, worded_in

SENTENCE_MIN_CONFIDENCE = 0.99


@dataclass(frozen=True)
class Options:
    min_confidence: float = option(0.9, "probability from which a paragraph's language is reported", 0.0, 1.0)
    sentence_min_confidence: float = option(
        SENTENCE_MIN_CONFIDENCE, "probability from which one sentence of a paragraph is reported", 0.0, 1.0
    )


class WrongLanguage(Check):
    id = "wrong-language"
    category = "accuracy/untranslated"
    severity = Severity.ERROR
    supersedes = ("punctuation", "typography")  # a passage left in another language keeps its marks: translating it
    # mends them
    summary = "A passage is not in the target language: left untranslated, or translated into the wrong language."
    rationale = (
        "A paragraph or sentence the translation left in the source language, or sent into a third one, is news"
        " the reader cannot read. Languages are told by langdetect (seeded, so every run agrees) from the prose"
        " only: names are left out, and passages too short to judge are never reported."
    )
    Options = Options
    examples = (
        Example(
            "en",
            "Kyiv was without power for hours on Sunday after the strikes on the grid.\n"
            "Le gouvernement a annoncé de nouvelles mesures pour soutenir les ménages cet hiver.",
            ("Le gouvernement a annoncé de nouvelles mesures pour soutenir les ménages cet hiver.",),
        ),
        Example("en", "Yaroslavl and Smolensk reported drone attacks on Sunday, the governors said."),
    )

    def unmet(self, lang: str | None) -> str | None:
        return "the document's language is unknown: give --target-lang" if lang is None else None

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        expected = ctx.expected_language(doc)
        options = self.options_in(ctx)
        for paragraph in doc.paragraphs:
            sentences = _sentences_words(doc, paragraph)
            found = (
                language.joined(sentences)
                if sentences
                else language.paragraph_words(doc.text, paragraph.start, paragraph.end)
            )
            prose = language.judged(found, language.PARAGRAPH)
            if prose is None:
                continue
            met = [function_words(part.prose, expected) for part in sentences] if sentences else None
            carried_here = None if met is None else any(own for own, _ in met) and not any(a for _, a in met)
            threshold = options.min_confidence
            finding = _judge(self, doc, paragraph, prose, expected, threshold, ctx.source_lang, carried_here)
            if len(paragraph.sentences) < 2:
                if finding is not None:
                    yield finding
                continue
            if sentences is None:
                sentences = [
                    language.words_of(doc.text, sentence.start, sentence.end) for sentence in paragraph.sentences
                ]
            if finding is not None and not _a_sentence_in(sentences, expected):
                yield finding
                continue
            # a paragraph in the expected language, or one whose other sentences are: its sentences are judged
            threshold = options.sentence_min_confidence
            for index, (sentence, found) in enumerate(zip(paragraph.sentences, sentences, strict=True)):
                prose = language.judged(found, language.SENTENCE)
                if prose is not None:
                    carried_here = None if met is None else met[index][0] and not met[index][1]
                    size = language.SENTENCE
                    finding = _judge(
                        self, doc, sentence, prose, expected, threshold, ctx.source_lang, carried_here, size
                    )
                    if finding is not None:
                        yield finding


def _a_sentence_in(sentences: list[language.Words], expected: str) -> bool:
    """Whether a sentence of the paragraph is carried by the expected language's function words, none of another's:
    the paragraph is that language with a passage left in another ("Les négociations ont repris. The two
    delegations ended the talks."), whose sentences are reported, not the whole paragraph."""
    return any(function_words(found.prose, expected) == (True, False) for found in sentences)


def _sentences_words(doc: Document, paragraph: Paragraph) -> list[language.Words] | None:
    """The words of each sentence of a paragraph of several, read once for the paragraph and its sentences when
    they tile it (see language.tiled); None otherwise. Whether the paragraph's function words carry it (see
    language_evidence.carried) is then told by its sentences'."""
    bounds = [(sentence.start, sentence.end) for sentence in paragraph.sentences]
    if len(bounds) < 2 or not language.tiled(doc.text, paragraph.start, paragraph.end, bounds):
        return None
    return [language.words_of(doc.text, start, end) for start, end in bounds]


def _judge(
    check: WrongLanguage,
    doc: Document,
    span: Span,
    prose: str,
    expected: str,
    threshold: float,
    source: str | None,
    carried_here: bool | None = None,
    size: language.MinSize = language.PARAGRAPH,
) -> Finding | None:
    """A finding when the passage (its lower-case `prose`, judgeable at `size`) is, with `threshold` confidence,
    not in the expected language; `carried_here` is whether its function words carry it, when already told."""
    if in_expected_by_its_words(prose, span.text, expected, size, carried_here):
        return None
    ranked = language.probabilities(prose)
    if not ranked or ranked[0][0] == expected:
        return None
    found, found_probability = ranked[0]
    if carried_by(prose, expected, found):
        return None  # the expected language's own words carry it; the statistics of a short passage do not
    if _nouns_carry(span.text, expected, found):
        return None
    confidence = 1.0 - dict(ranked).get(expected, 0.0)
    if confidence < threshold:
        return None
    what = "untranslated" if found == source else "in the wrong language"
    return check.finding(
        doc,
        span.start,
        span.end,
        f"passage {what}: {language.name(found)} ({found_probability:.2f}), expected {language.name(expected)}",
        confidence=confidence,
    )


NOUN_WRITTEN = 3.0  # Zipf frequency in the expected language from which a capitalised word may be its noun ...
NOUN_GAP = 1.5  # ... when it writes it this much more than the language found


def _nouns_carry(text: str, expected: str, found: str) -> bool:
    """In a language that capitalises its nouns (German), the passage's capitalised words are more of its words
    than of the language found: the prose langdetect reads is the words in lower case, a German sentence's verbs
    and particles alone, which a few English words left in it outweigh ("Der Präsident of Ukraine sprach mit
    Bundeskanzler Merz. Die Regierung according to Berlin lehnte ab.": a blind review's probe, wholly English)."""
    from audit import lexicon
    from audit.words import frequencies
    from audit.words.tokens import words

    if not lexicon.of(expected).nouns_capitalised:
        return False
    own = other = 0
    for word in words(text, 0, len(text)):
        if word.capitalised:
            here, there = frequencies.zipf(word.key, expected), frequencies.zipf(word.key, found)
            own += here >= NOUN_WRITTEN and here - there >= NOUN_GAP
            other += there >= NOUN_WRITTEN and there - here >= NOUN_GAP
    return own >= 2 and own > other


def in_expected_by_its_words(
    prose: str, text: str, expected: str, size: language.MinSize, carried_here: bool | None = None
) -> bool:
    """Whether a passage (`text`, its lower-case `prose`) is told in the expected language by its own words, so
    that langdetect is not asked and nothing is reported: its function words carry it (whatever langdetect found,
    carried_by would set its finding aside; `carried_here` when already told), are plainly the expected language's
    (with or without its names' particles), or every word is one of its words."""
    if carried(prose, expected) if carried_here is None else carried_here:
        return True
    return plainly_in(prose, expected) or worded_in(prose, expected) or _plainly_in_outside_names(text, expected, size)


def _plainly_in_outside_names(text: str, expected: str, size: language.MinSize) -> bool:
    """Whether the passage's prose outside its names' particles ("the Parti de la Banlieue does not only target
    suburban residents") is plainly in the expected language, and enough to judge: langdetect, which reads the
    particles as French, is not asked."""
    outside = language.name_free_prose(text, name_particles(expected), size)
    return outside is not None and (plainly_in(outside, expected) or worded_in(outside, expected))


CHECK = WrongLanguage()
