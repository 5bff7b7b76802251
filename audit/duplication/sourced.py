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
_CONTENT = re.compile(r"[^\W\d_]{4,}")  # the source's and the subject's words that can name the same speaker
_STEM = 5  # such words sharing this many leading letters are one ("ministry", "ministère"; "Peskov", "Peskova")


class Sourced(NamedTuple):
    """The source's introduction (from the introducer to its comma) and the attribution after it."""

    start: int
    end: int
    attribution: Attribution


def may_hold(text: str, lang: Lexicon) -> bool:
    """Whether the text holds one of the language's introducers at all: asked once of a document (most have
    none), before each sentence is read."""
    folded = text.casefold()
    return any(introducer in folded for introducer in lang.source_introducers)


def in_sentence(text: str, sentence: Sentence, lang: Lexicon) -> Sourced | None:
    """The sentence's source and the attribution of the same speaker right after its comma, if it has both: the
    attribution's subject a pronoun, none (Spanish "dijo"), or sharing a word with the source ("According to the
    Russian defence ministry, the defence ministry reported"); not another speaker ("According to police, the
    suspect said")."""
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
    attribution = found[0]
    source = text[opening + len(introducer) : comma]
    if attribution.pronoun or attribution.subject is None or _same_words(source, attribution.subject):
        return Sourced(opening, comma + 1, attribution)
    return None


def _same_words(source: str, subject: str) -> bool:
    stems = {word.casefold()[:_STEM] for word in _CONTENT.findall(source)}
    return any(word.casefold()[:_STEM] in stems for word in _CONTENT.findall(subject))
