"""Caches keyed by a document's text: what several checks of one run read from the same document is found once.
They are registered here so that a streamed run can let each window's documents go (forget_documents)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

DOCUMENTS_CACHED = 8192  # documents remembered: every check of a feed this long reads each once
_REGISTERED: list = []
_CLEARS: list[Callable[[], None]] = []

Function = TypeVar("Function", bound=Callable)


def per_document(function: Function) -> Function:
    """An lru_cache of DOCUMENTS_CACHED entries, cleared by forget_documents."""
    cached = lru_cache(maxsize=DOCUMENTS_CACHED)(function)
    _REGISTERED.append(cached)
    return cached  # type: ignore[return-value]


def on_forget(clear: Callable[[], None]) -> None:
    """Have forget_documents also call `clear`: a cache of documents kept otherwise (bounded by their length)."""
    _CLEARS.append(clear)


def forget_documents() -> None:
    """Clear every per-document cache: the documents of a streamed window are done with."""
    for cached in _REGISTERED:
        cached.cache_clear()
    for clear in _CLEARS:
        clear()
