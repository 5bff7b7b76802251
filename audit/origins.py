"""Where a document's text lives in its file, for documents read out of a container (XLIFF, TMX, a feed, JSON Lines).

A finding's offsets count in the document's text, which a container's reader assembled from its elements, so its
line and column in that text say nothing about the file. Each stretch of the text keeps its origin: the element it
came from (unit id, line and column of the element's start) and that element's content as written in the file.

A finding is placed exactly (`exact`) when every character of its unit's text up to and including the finding's
first character is written in the file as itself: no reference (`&amp;`, `&#160;`), markup or CDATA stands before
it, and the reader changed nothing else (leading whitespace stripped; with `collapsed`, runs of whitespace read as
one space); JSON's escapes (`\"`, `\n`, `\u00e9`) are read through, each the one character it writes. Then its
line and column are the element content's start advanced over the written characters. Otherwise it is placed at
the start of its element: coarse, never wrong.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Place(NamedTuple):
    """An element of a container file: its unit's id and the 1-based line and column where it starts; its content
    as written (None when unknown) and where that content starts."""

    unit: str
    line: int
    column: int
    written: str | None = None
    written_line: int = 0
    written_column: int = 0
    collapsed: bool = False  # the reader read each run of whitespace as one space (XLIFF and TMX segments)
    escapes: str = "&<"  # what starts a reference, markup or escape in the format (XML; JSON's is a backslash)


JSON_ESCAPES = "\\"  # what starts an escape in JSON content
# a JSON escape: a surrogate pair, a \uXXXX, or a backslash and one character
_JSON_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")


class Origin(NamedTuple):
    """The stretch [start, end) of a document's text that came from one element."""

    start: int
    end: int
    place: Place


class Location(NamedTuple):
    """A finding's place in its file: its unit, line and column, and whether they are the finding's own (`exact`)
    or its element's start."""

    unit: str
    line: int
    column: int
    exact: bool

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "line": self.line, "column": self.column, "exact": self.exact}


def advance(line: int, column: int, text: str) -> tuple[int, int]:
    """The line and column just after `text` written from (line, column); CRLF, CR and LF each end a line."""
    breaks = list(_LINE_BREAK.finditer(text))
    if not breaks:
        return line, column + len(text)
    return line + len(breaks), len(text) - breaks[-1].end() + 1


def locate(text: str, origins: Sequence[Origin], offset: int) -> Location | None:
    """The file position of text[offset] (None for a document without origins: its text is its file's)."""
    if not origins:
        return None
    index = max(0, bisect.bisect_right([origin.start for origin in origins], offset) - 1)
    origin = origins[index]
    place = origin.place
    if place.written is not None and origin.start <= offset <= origin.end:
        written = _written_index(text[origin.start : origin.end], place, offset - origin.start)
        if written is not None:
            line, column = advance(place.written_line, place.written_column, place.written[:written])
            return Location(place.unit, line, column, exact=True)
    return Location(place.unit, place.line, place.column, exact=False)


def _written_index(text: str, place: Place, offset: int) -> int | None:
    """The index in the place's written content of text[offset] (of the end, for the text's length), when the text
    up to and including that character is written as itself; None otherwise."""
    written = place.written or ""
    start = len(written) - len(written.lstrip()) if text[:1].strip() else 0
    if not place.collapsed:
        found = _as_written(text, written, start, offset, place.escapes)
        if found is None and place.escapes == JSON_ESCAPES:
            return _json_written(text, written, start, offset)
        return found
    return _walked(text, place, offset, start)


def _json_written(text: str, written: str, start: int, offset: int) -> int | None:
    """_as_written's answer for JSON content with escapes (\\", \\n, \\u00e9): the written content read escape by
    escape, each standing for the one character it writes (a surrogate pair for one), literal stretches between
    compared in C; None where the written content is not the text."""
    i, j = 0, start
    for match in _JSON_ESCAPE.finditer(written, start):
        literal = match.start() - j
        if offset < i + literal:  # the character is written as itself before this escape
            return j + offset - i if written[j : j + offset - i + 1] == text[i : offset + 1] else None
        if written[j : match.start()] != text[i : i + literal]:
            return None
        i, j = i + literal, match.start()
        decoded = _decoded(match.group())
        if decoded is None or text[i : i + len(decoded)] != decoded:
            return None
        if offset < i + len(decoded):
            return j  # the character is the escape's: its place is the backslash
        i, j = i + len(decoded), match.end()
    if offset > len(text):
        return None
    rest = min(offset + 1, len(text)) - i
    return j + offset - i if written[j : j + rest] == text[i : i + rest] else None


def _decoded(escape: str) -> str | None:
    try:
        return json.loads(f'"{escape}"')
    except ValueError:
        return None


def _as_written(text: str, written: str, start: int, offset: int, escapes: str) -> int | None:
    """_walked's answer where the reader collapsed no whitespace (JSON, feeds), compared in C: text up to and
    including text[offset] (up to its end, at its length) is written[start:] as itself, with no escape in it. A
    finding far into a long unit was a Python step a character."""
    stop = min(offset + 1, len(text))
    written_part = written[start : start + stop]
    if written_part != text[:stop] or any(escape in written_part for escape in escapes):
        return None
    return start + offset


def _walked(text: str, place: Place, offset: int, start: int) -> int | None:
    """_written_index's answer read a character at a time from `start` in the written content, a run of
    whitespace against one space where the reader collapsed them."""
    written = place.written or ""
    i, j = 0, start
    while True:
        run = _run_end(text, i) if place.collapsed else i
        if run > i and j < len(written) and written[j].isspace():  # whitespace, collapsed by the reader
            if offset < run:
                return j if offset == i else None
            i, j = run, _run_end(written, j)
            continue
        if i == offset:
            if i == len(text):  # the end of the text, wherever the written content goes on
                return j
            plain = j < len(written) and written[j] == text[i] and written[j] not in place.escapes
            return j if plain else None
        if j >= len(written) or written[j] != text[i] or written[j] in place.escapes:
            return None
        i, j = i + 1, j + 1


def _run_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isspace():
        end += 1
    return end
