"""Which language a convention comes from, for a message: the source language when it writes so, else the first
language whose conventions do, in the order news translates from most."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from audit.typography.conventions import Conventions, every, of

PREFERRED = ("en", "fr", "de", "es", "it", "pt", "nl", "pl")


def convention_of(test: Callable[[Conventions], bool], source_lang: str | None, target: str | None) -> str:
    """The languages, other than the target, whose conventions pass `test`, as a message names them after "as in":
    the source language when it writes so; else the first two that do, in the order of PREFERRED, and "other
    languages" when more do (a decimal comma is French, German, Italian and Polish alike: naming French alone
    misled a reader whose text came from Italian)."""
    source = of(source_lang)
    if source is not None and source.code != target and test(source):
        return source.name
    names = [c.name for c in itertools.islice((c for c in _ranked() if c.code != target and test(c)), 3)]
    if not names:
        return "another language"
    if len(names) == 1:
        return names[0]
    return f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]}, {names[1]} and other languages"


def _ranked() -> Iterator[Conventions]:
    """Every language's conventions, those of PREFERRED first in its order, each file read when reached: the
    first languages asked usually answer."""
    for code in PREFERRED:
        conventions = of(code)
        if conventions is not None:
            yield conventions
    yield from (c for c in every() if c.code not in PREFERRED)
