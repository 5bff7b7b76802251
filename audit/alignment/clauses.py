"""Clauses of a sentence: the stretches between commas, semicolons, colons, dashes and brackets (and their
Chinese forms), the units a translation drops or adds inside a sentence it otherwise keeps."""

from __future__ import annotations

import re

from audit.document import Span

_BREAK = re.compile(r"(?<!\d)[,;:](?!\d)|\s[–—-]\s|[()（），；：]|,(?=\s)")
_WORD = re.compile(r"[^\W_]+")


def clauses(text: str, offset: int = 0) -> list[Span]:
    """The clauses of `text` (offsets shifted by `offset`), stripped of spaces and the marks that separate them."""
    found, start = [], 0
    for match in [*_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        stripped = piece.strip(" \t\n\"'“”«»„‹›").rstrip(".!?。！？…")
        if _WORD.search(stripped):
            left = start + piece.index(stripped)
            found.append(Span(offset + left, offset + left + len(stripped), stripped))
        if match:
            start = match.end()
    return found


def words(text: str) -> int:
    """Words in the text (Chinese characters count as half a word each, as news translations run)."""
    ideographs = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    return len(_WORD.findall(text)) - len(re.findall("[\u3400-\u9fff]+", text)) + (ideographs + 1) // 2
