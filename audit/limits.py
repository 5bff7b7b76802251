"""How much a run reads: bounds that keep any input, however large or endless (/dev/zero, a sparse file of a
gigabyte, a server that never stops), within a known memory."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    # An input file, standard input or fetched body larger than this is refused, one line, exit 2.
    input_bytes: int = 200 * MB
    # A document (an article, a feed item, a unit) larger than this is skipped with a warning: the longest news
    # articles are some 100 kB of text, and the checks' cost grows with a document's length.
    document_bytes: int = 2 * MB


_current = Limits()


def current() -> Limits:
    return _current


def use(limits: Limits) -> None:
    """The limits of this run (the command line sets them for each run)."""
    global _current
    _current = limits


def oversized(text: str) -> int | None:
    """The text's size in UTF-8 when it is over the document limit, else None (counted only when it may be)."""
    limit = _current.document_bytes
    if len(text) * 4 <= limit:
        return None
    count = len(text.encode("utf-8", "surrogatepass"))
    return count if count > limit else None


def size(count: int) -> str:
    """A byte count as a person reads it: 200 MB, 1.5 MB, 800 kB."""
    if count >= MB:
        return f"{round(count / MB, 1):g} MB"
    return f"{round(count / 1000, 1):g} kB" if count >= 1000 else f"{count} bytes"
