"""The registry of checks.

A check is a module with ID, DESCRIPTION and run(document, context) yielding findings; a check that needs
every document of a run (a feed) may define run_feed(documents, context) as well. Check modules import
nothing heavy at module level. Adding a check: write its module and list it in CHECKS.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from audit.checks import (
    double_attribution,
    duplicate_phrase,
    duplicate_sentence,
    glossary,
    name_variant,
    repeated_word,
    round_trip,
    sentence_case,
    transliteration,
    wrong_language,
)
from audit.errors import InputError

CHECKS: tuple[ModuleType, ...] = (
    wrong_language,
    sentence_case,
    repeated_word,
    double_attribution,
    duplicate_phrase,
    duplicate_sentence,
    round_trip,
    transliteration,
    name_variant,
    glossary,
)


def select(enabled: Iterable[str] | None = None, disabled: Iterable[str] = ()) -> list[ModuleType]:
    """The registered checks, narrowed to `enabled` (when given) and without `disabled`."""
    by_id = {c.ID: c for c in CHECKS}
    wanted = list(enabled) if enabled else list(by_id)
    disabled = list(disabled)
    unknown = [c for c in [*wanted, *disabled] if c not in by_id]
    if unknown:
        raise InputError(f"unknown check {unknown[0]!r}: choose from {', '.join(by_id)}")
    selected = [by_id[c] for c in wanted if c not in disabled]
    if not selected:
        raise InputError("no check left to run: every check asked for is also disabled")
    return selected
