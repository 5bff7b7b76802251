"""The registry of checks: every check's declared object (see audit.checks.base), by id.

Adding a check: write its module, with a Check subclass and `CHECK = TheCheck()` at the end, and list the
module here. Check modules import nothing heavy at module level.
"""

from __future__ import annotations

from collections.abc import Iterable

from audit.checks import (
    addition,
    double_attribution,
    duplicate_phrase,
    duplicate_sentence,
    exonym,
    glossary,
    inconsistent_translation,
    markup_mismatch,
    name_mismatch,
    name_variant,
    number_mismatch,
    omission,
    punctuation,
    repeated_word,
    round_trip,
    sentence_case,
    transliteration,
    typography,
    untranslated_segment,
    untranslated_word,
    wrong_language,
)
from audit.checks.base import Check
from audit.errors import InputError

CHECKS: tuple[Check, ...] = tuple(
    module.CHECK
    for module in (
        wrong_language,
        sentence_case,
        repeated_word,
        double_attribution,
        duplicate_phrase,
        duplicate_sentence,
        round_trip,
        transliteration,
        exonym,
        name_variant,
        glossary,
        number_mismatch,
        markup_mismatch,
        untranslated_segment,
        omission,
        addition,
        name_mismatch,
        inconsistent_translation,
        untranslated_word,
        punctuation,
        typography,
    )
)
REGISTRY: dict[str, Check] = {check.id: check for check in CHECKS}


def get(check_id: str) -> Check:
    """The check with this id, or an InputError naming the ids there are."""
    try:
        return REGISTRY[check_id]
    except KeyError:
        raise InputError(f"unknown check {check_id!r}: choose from {', '.join(REGISTRY)}") from None


def select(enabled: Iterable[str] | None = None, disabled: Iterable[str] = ()) -> list[Check]:
    """The registered checks, narrowed to `enabled` (when given) and without `disabled`."""
    wanted = list(enabled) if enabled else list(REGISTRY)
    disabled = list(disabled)
    for check_id in [*wanted, *disabled]:
        get(check_id)
    selected = [REGISTRY[c] for c in wanted if c not in disabled]
    if not selected:
        raise InputError("no check left to run: every check asked for is also disabled")
    return selected
