"""A sentence that opens with its source and then attributes its statement again: "According to the ministry, the
ministry said that …", "Selon Zelensky, il a déclaré que …" (machine translation keeps the source's "selon" and
adds the verb the target writes). The introducers are each language's `source_introducers`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from audit.document import Sentence
from audit.duplication import attributions
from audit.duplication.attributions import Attribution
from audit.lexicon import Lexicon

MAX_SOURCE = 80  # characters from the introducer to the comma that closes the source
_OPENING = re.compile(r"[\s\"“«„‘']*")


class Sourced(NamedTuple):
    """The source's introduction (from the introducer to its comma), the source it names, and the attribution
    right after it; `closing` where the two end the sentence (“…,” according to Anutin, he said.)."""

    start: int
    end: int
    named_start: int
    named_end: int
    attribution: Attribution
    closing: bool = False


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
        return _closing(text, sentence, lang)
    return _attributed(text, sentence, lang, opening, len(introducer))


def _attributed(text: str, sentence: Sentence, lang: Lexicon, start: int, introducer: int) -> Sourced | None:
    """The source introduced at `start` (its introducer `introducer` letters long) up to its comma, with the
    attribution that opens the clause after it; None where either is lacking."""
    comma = text.find(",", start + introducer, min(sentence.end, start + MAX_SOURCE))
    if comma < 0:
        return None
    found = attributions.find(text, comma + 1, sentence.end, lang)
    if not found or text[comma + 1 : found[0].start].strip():
        return None  # no attribution, or one that does not open the clause after the source
    return Sourced(start, comma + 1, start + introducer, comma, found[0])


def _closing(text: str, sentence: Sentence, lang: Lexicon) -> Sourced | None:
    """A source after the statement, then an attribution that ends the sentence (“…,” according to Anutin, he
    said.; «…», selon Macron, a-t-il déclaré.): the statement attributed twice at its end."""
    folded = text[sentence.start : sentence.end].casefold()
    for match in _after_statement(tuple(lang.source_introducers)).finditer(folded):
        found = _attributed(text, sentence, lang, sentence.start + match.start(1), len(match.group(1)))
        if found is None or text[found.attribution.end : sentence.end].strip(_CLOSING_MARKS):
            continue  # none, or the sentence goes on: "…, according to the ministry, the army said it withdrew"
        return found._replace(closing=True)
    return None


_CLOSING_MARKS = " \t.!?…\"”»’'"


@lru_cache(maxsize=16)
def _after_statement(introducers: tuple[str, ...]) -> re.Pattern[str]:
    """An introducer after a comma or a closing quotation mark, in lower case."""
    alternatives = "|".join(map(re.escape, sorted(introducers, key=len, reverse=True)))
    return re.compile(rf"[,\"”»]\s+({alternatives})\s")
