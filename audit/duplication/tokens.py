"""Word tokens with character offsets, and the text's language for the lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.context import RunContext
from audit.document import Document

# A word: letters or digits, with inner apostrophes, hyphens or periods (U.S., l'armée, Chasiv-Yar).
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_ELISION = re.compile(r"(?:[ldcjmnst]|qu|jusqu|lorsqu|puisqu)'(.+)")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # the token compared case-insensitively, with typographic apostrophes folded

    @property
    def base(self) -> str:
        """The key without an elided article or pronoun in front: "l'armée" -> "armée", "d'une" -> "une"."""
        match = _ELISION.match(self.key)
        return match.group(1) if match else self.key

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end], with offsets into text."""
    return [
        Token(m.start(), m.end(), m.group(), m.group().casefold().replace("’", "'"))
        for m in _WORD.finditer(text, start, len(text) if end is None else end)
    ]


def text_language(doc: Document, ctx: RunContext) -> str:
    """The language the text is meant to be in (see RunContext.expected_language), else English."""
    return ctx.expected_language(doc) or "en"
