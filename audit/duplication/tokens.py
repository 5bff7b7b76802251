"""Word tokens with character offsets, and the lexicon of the language the text is meant to be in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit import lexicon
from audit.context import RunContext
from audit.document import Document

# A word: letters or digits, with inner apostrophes, hyphens or periods (U.S., l'armée, Chasiv-Yar).
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # the token compared case-insensitively, with typographic apostrophes folded

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end], with offsets into text."""
    return [
        Token(m.start(), m.end(), m.group(), m.group().casefold().replace("’", "'"))
        for m in _WORD.finditer(text, start, len(text) if end is None else end)
    ]


def text_lexicon(doc: Document, ctx: RunContext) -> lexicon.Lexicon:
    """The lexicon of the language the text is meant to be in (see RunContext.expected_language), else English."""
    return lexicon.of(ctx.expected_language(doc) or "en")
