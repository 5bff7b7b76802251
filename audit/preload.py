"""The language data the checks of a run will read, loaded in the driver before worker processes fork, so that
each worker shares them instead of reading and indexing them again (about a second of CPU per worker)."""

from __future__ import annotations

from collections.abc import Sequence

from audit.context import RunContext

NAMES_CHECKS = frozenset({"exonym", "transliteration", "name-variant", "name-mismatch"})
WORD_CHECKS = frozenset({"untranslated-word", "wrong-language", "exonym"})


def preload(ctx: RunContext, check_ids: Sequence[str]) -> None:
    """Load what the checks `check_ids` read for the run's target language; loading is idempotent (cached)."""
    from audit import language
    from audit.words import frequencies

    wanted = set(check_ids)
    target = ctx.target_lang or "en"
    if wanted & WORD_CHECKS:
        frequencies.table()
    if "wrong-language" in wanted:
        language.warm()
    if wanted & NAMES_CHECKS:
        from audit.names import exonyms, gazetteer, respelling

        gazetteer.load()
        exonyms.warm(target)
        respelling.names(target)
