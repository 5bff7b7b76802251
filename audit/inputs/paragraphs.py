"""Assembling a document's text from paragraphs, with a title as its first paragraph."""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = "\n\n"  # a blank line: segmentation reads every piece as its own paragraph


def join(pieces: Iterable[str]) -> str:
    """Non-blank pieces, stripped, one paragraph each."""
    return SEPARATOR.join(piece.strip() for piece in pieces if piece and piece.strip())


def with_title(title: str | None, body: str) -> str:
    """The body with the title as its first paragraph, unless the body already starts with that title."""
    title = " ".join((title or "").split())
    if not title:
        return body
    first_line = " ".join(body.lstrip().partition("\n")[0].split())
    if first_line.casefold() == title.casefold():
        return body
    return join([title, body])
