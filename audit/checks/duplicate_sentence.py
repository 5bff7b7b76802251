"""duplicate-sentence: a sentence or paragraph that appears twice in a document, exactly or nearly."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document
from audit.duplication import sentences
from audit.duplication.attributions import document_quotations
from audit.duplication.spans import Spans
from audit.duplication.tokens import text_lexicon
from audit.findings import Applicability, Finding, Fix, Severity

_PREVIEW = 80
_LINE_BREAK = re.compile(r"[\r\n]")


class DuplicateSentence(Check):
    id = "duplicate-sentence"
    category = "accuracy/addition"
    severity = Severity.ERROR
    summary = "A sentence or paragraph appears twice in the document, exactly or after folding case and punctuation."
    rationale = (
        "Segment-by-segment machine translation and careless merges repeat whole sentences or paragraphs; the"
        " reader meets the same news twice. Exact repeats are errors with a safe fix (delete the copy); near"
        " repeats, a word or two apart, are warnings whose fix needs an editor's choice."
    )
    examples = (
        Example(
            "en",
            "The talks ended without agreement.\nThe talks ended without agreement.",
            ("The talks ended without agreement.",),
            "The talks ended without agreement.",
        ),
        Example(
            "en",
            "The summit ended without a deal the summit ended without a deal.",
            ("the summit ended without a deal.",),
            "The summit ended without a deal.",
        ),
        Example("en", "Kyiv suffered an attack on Monday. Kyiv suffered an attack on Tuesday."),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lang = text_lexicon(doc, ctx)
        repeats = sentences.find(doc, lang)
        if not repeats:
            return  # most documents: their quotations and line breaks need not be found
        quoted = Spans(document_quotations(doc, lang))
        breaks = _line_breaks(doc.text)
        for repeat in repeats:
            if quoted.covers(repeat.first.start, repeat.second.end, slack=1):
                continue  # „Wir sind Europa! Wir sind Europa!“: a chant or a speaker's own repetition
            line, _ = doc.position(repeat.first.start)
            how = "repeated" if repeat.exact else "nearly repeated"
            yield self.finding(
                doc,
                repeat.second.start,
                repeat.second.end,
                f"{repeat.unit} {how}: first at line {line}: “{_preview(repeat.first.text)}”; delete one",
                severity=Severity.ERROR if repeat.exact else Severity.WARNING,
                confidence=0.95 if repeat.exact else 0.75,
                fix=_fix(doc, repeat, breaks),
            )


def _fix(doc: Document, repeat: sentences.Repeat, breaks: list[int]) -> Fix:
    """Delete the copy with the space before it; a copy joined to its original keeps the final punctuation.
    `breaks` are the text's line breaks: the copy's line is found by bisection, and only the white space around
    the copy is read (reading the line, or the text, up to each copy is quadratic in a line of many copies)."""
    applicability = Applicability.SAFE if repeat.exact else Applicability.UNSAFE
    if repeat.joined:
        return Fix.delete(repeat.first.end, repeat.second.end - repeat.trailing, applicability)
    text, start, end = doc.text, repeat.second.start, repeat.second.end
    after = bisect_left(breaks, end)
    line_start = breaks[bisect_left(breaks, start) - 1] + 1 if bisect_left(breaks, start) else 0
    line_end = breaks[after] if after < len(breaks) else len(text)
    before = _spaces_back(text, start)
    opens_line = before <= line_start  # nothing but white space between the line's start and the copy
    rest = end
    while rest < line_end and text[rest].isspace():
        rest += 1
    if opens_line and rest < line_end:  # the copy opens a paragraph that goes on
        spaces = end
        while spaces < line_end and text[spaces] in " \t":
            spaces += 1
        return Fix.delete(start, spaces, applicability)
    return Fix.delete(before, end, applicability)


def _line_breaks(text: str) -> list[int]:
    """Where the text's line breaks are; without a CR, found by adding up the lengths of its lines split at LF, in C
    (the pattern tried at every character reads the whole text for a few breaks)."""
    if "\r" in text:
        return list(map(re.Match.start, _LINE_BREAK.finditer(text)))
    return list(accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=-1))[1:]


def _spaces_back(text: str, offset: int) -> int:
    """The offset with the white space before it stepped over."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def _preview(text: str) -> str:
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1].rstrip() + "…"


CHECK = DuplicateSentence()
