"""Assembling a document's text from paragraphs, with a title as its first paragraph, and where each came from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from audit.origins import Origin, Place

SEPARATOR = "\n\n"  # a blank line: segmentation reads every piece as its own paragraph
Spans = Sequence[tuple[int, int, Place]]  # [start, end) of a piece that came from an element, and its place


def join(pieces: Iterable[str]) -> str:
    """Non-blank pieces, stripped, one paragraph each."""
    return join_placed((piece, ()) for piece in pieces)[0]


def join_placed(pieces: Iterable[tuple[str, Spans]]) -> tuple[str, tuple[Origin, ...]]:
    """`join`, and the spans of each piece's elements as origins in the joined text."""
    texts: list[str] = []
    origins: list[Origin] = []
    offset = 0
    for piece, spans in pieces:
        text = piece.strip() if piece else ""
        if not text:
            continue
        offset += len(SEPARATOR) if texts else 0
        lead = len(piece) - len(piece.lstrip())
        for start, end, place in spans:
            first, last = (max(0, min(len(text), at - lead)) for at in (start, end))
            origins.append(Origin(offset + first, offset + last, place))
        texts.append(text)
        offset += len(text)
    return SEPARATOR.join(texts), tuple(origins)


def whole(piece: str, place: Place | None) -> tuple[str, Spans]:
    """A piece that came whole from one element (or from none, without a place)."""
    return piece, ((0, len(piece), place),) if place else ()


def with_title(title: str | None, body: str) -> str:
    """The body with the title as its first paragraph, unless the body already starts with that title."""
    return titled(title, body)[0]


def titled(
    title: str | None, body: str, title_place: Place | None = None, body_place: Place | None = None
) -> tuple[str, tuple[Origin, ...]]:
    """`with_title`, and the origins of the title and body in the text when their places are given."""
    title = " ".join((title or "").split())
    first_line = " ".join(body.lstrip().partition("\n")[0].split())
    if not title or first_line.casefold() == title.casefold():
        return body, (Origin(0, len(body), body_place),) if body_place and body else ()
    return join_placed([whole(title, title_place), whole(body, body_place)])
