"""sentence-case: a sentence that starts in lower case ("he said. he declared").

Bounded by the sentences: a few operations on each, the regular expressions only for one that opens with a
lower-case letter or a mark and does not carry on its paragraph's last sentence; a text of short lines costs per kB
what its sentences per kB cost (100,000 one-word lines: 0.15 ms per kB, a twentieth of segmenting them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit import lexicon
from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document
from audit.findings import Applicability, Finding, Fix, Severity

_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OPENERS = set("\"'“”‘’«»„‚([{¿¡—– \t")
_SENTENCE_ENDS = set(".!?…\"'”’»)")
_ADDRESS = re.compile(r"://|@\w|\.[^\W\d_]{2,}\b")
_LIST_ITEM = re.compile(r"(?:[-*•]|\d+[.)])\s")


class SentenceCase(Check):
    id = "sentence-case"
    category = "fluency/spelling"
    severity = Severity.WARNING
    summary = "A sentence starts with a lower-case letter, often where a translation split or joined sentences."
    rationale = (
        "A lower-case start is where machine translation split one source sentence in two or lost the end of the"
        " one before (“he said. he declared”); it is a visible slip and often points at a worse defect. Brand"
        " names (iPhone), list items and breaks after an abbreviation of the language are left alone."
    )
    examples = (
        Example(
            "en",
            "Talks resumed on Monday. the delegations met in Geneva.",
            ("the",),
            "Talks resumed on Monday. The delegations met in Geneva.",
        ),
        Example("en", "Apple unveiled a new phone. iPhone sales fell last year."),
        Example(
            "fr",
            "Les pourparlers ont repris lundi. les délégations se sont réunies.",
            ("les",),
            "Les pourparlers ont repris lundi. Les délégations se sont réunies.",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lang = lexicon.of(ctx.expected_language(doc) or "en")
        previous = None
        for sentence in doc.sentences:
            prior, previous = previous, sentence
            opening = sentence.text[:1]
            if opening not in _OPENERS and not opening.islower():
                continue  # a capital, a figure or a mark first: no word in lower case opens it (the common case)
            if prior and prior.paragraph != sentence.paragraph and prior.text[-1] not in _SENTENCE_ENDS:
                continue  # the paragraph carries on a sentence the one before left open
            word = _first_word(sentence.text)
            if word is None or not _starts_lower(word.group()) or _LIST_ITEM.match(sentence.text):
                continue
            if _ADDRESS.match(sentence.text, word.end()):
                continue  # "https://…", "www.example.org", "press@example.org": an address, not a word
            last = prior.text.split()[-1].casefold().replace("’", "'") if prior else ""
            if prior and prior.paragraph == sentence.paragraph and lang.base(last) in lang.abbreviations:
                continue
            start, end = sentence.start + word.start(), sentence.start + word.end()
            fixed = word.group()[0].upper() + word.group()[1:]
            yield self.finding(
                doc,
                start,
                end,
                f"sentence starts in lower case: “{_preview(sentence.text)}”",
                suggestion=fixed,
                confidence=0.9,
                fix=Fix.replace(start, start + 1, fixed[0], Applicability.SAFE),
            )


def _first_word(text: str) -> re.Match[str] | None:
    """The sentence's first word, when only quotes, brackets or dashes stand before it."""
    index = 0
    while index < len(text) and text[index] in _OPENERS:
        index += 1
    return _FIRST_WORD.match(text, index)


def _starts_lower(word: str) -> bool:
    # iPhone, eBay, de-facto brand names keep an upper-case letter inside: not a sentence-case error.
    return word[0].islower() and not any(ch.isupper() for ch in word[1:])


def _preview(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


CHECK = SentenceCase()
