"""A sentence that opens with its source and then attributes its statement again: "According to the ministry, the
ministry said that …", "Selon Zelensky, il a déclaré que …" (machine translation keeps the source's "selon" and
adds the verb the target writes). The introducers are each language's `source_introducers`."""

from __future__ import annotations

import re
from typing import NamedTuple

from audit.document import Sentence
from audit.duplication import attributions
from audit.duplication.attributions import Attribution
from audit.lexicon import Lexicon

MAX_SOURCE = 80  # characters from the introducer to the comma that closes the source
_OPENING = re.compile(r"[\s\"“«„‘']*")


class Sourced(NamedTuple):
    """The source's introduction (from the introducer to its comma), the source it names, and the attribution
    right after it."""

    start: int
    end: int
    named_start: int
    named_end: int
    attribution: Attribution


def may_hold(text: str, lang: Lexicon) -> bool:
    """Whether the text holds one of the language's introducers at all: asked once of a document (most have
    none), before each sentence is read."""
    folded = text.casefold()
    return any(introducer in folded for introducer in lang.source_introducers)


def in_sentence(text: str, sentence: Sentence, lang: Lexicon) -> Sourced | None:
    """The sentence's source and the attribution that opens the clause after its comma, if it has both; whether
    they name one speaker is the caller's to tell."""
    opening = _OPENING.match(text, sentence.start, sentence.end).end()
    head = text[opening : opening + MAX_SOURCE].casefold()
    introducer = next((i for i in lang.source_introducers if head.startswith(i + " ")), None)
    if introducer is None:
        return None
    comma = text.find(",", opening + len(introducer), min(sentence.end, opening + MAX_SOURCE))
    if comma < 0:
        return None
    found = attributions.find(text, comma + 1, sentence.end, lang)
    if not found or text[comma + 1 : found[0].start].strip():
        return None  # no attribution, or one that does not open the clause after the source
    return Sourced(opening, comma + 1, opening + len(introducer), comma, found[0])
