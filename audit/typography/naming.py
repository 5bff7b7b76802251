"""Which language a convention comes from, for a message: the source language when it writes so, else the first
language whose conventions do, in the order news translates from most."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from audit.typography.conventions import Conventions, every, of

PREFERRED = ("en", "fr", "de", "es", "it", "pt", "nl", "pl")


def convention_of(test: Callable[[Conventions], bool], source_lang: str | None, target: str | None) -> str:
    """The name of a language, other than the target, whose conventions pass `test`."""
    source = of(source_lang)
    if source is not None and source.code != target and test(source):
        return source.name
    return next((c.name for c in _ranked() if c.code != target and test(c)), "another language's")


def _ranked() -> Iterator[Conventions]:
    """Every language's conventions, those of PREFERRED first in its order, each file read when reached: the
    first languages asked usually answer."""
    for code in PREFERRED:
        conventions = of(code)
        if conventions is not None:
            yield conventions
    yield from (c for c in every() if c.code not in PREFERRED)
