"""Document ids: a readable base from the file name or URL, made unique across one run."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from audit.document import Document

STDIN = "<stdin>"


def stem(name: str) -> str:
    """The file name without its suffix ('stdin' for standard input; the last path part of a URL, else its host)."""
    if name == STDIN:
        return "stdin"
    if "://" in name:
        parts = urlsplit(name)
        return PurePosixPath(parts.path).stem or parts.hostname or name
    return PurePosixPath(name.replace("\\", "/")).stem or name


def make_unique(documents: Iterable[Document]) -> None:
    """Give every document an id no other document of the run has: repeats get ~2, ~3 and so on."""
    seen: set[str] = set()
    for doc in documents:
        doc.id = unique(doc.id, seen)


def unique(identifier: str, seen: set[str]) -> str:
    """The id, or its first repeat name (~2, ~3...) not in `seen`; added to `seen`."""
    candidate, number = identifier, 1
    while candidate in seen:
        number += 1
        candidate = f"{identifier}~{number}"
    seen.add(candidate)
    return candidate
