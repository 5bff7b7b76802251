"""The suggestion of a duplication finding: its sentence as the fix leaves it, clipped around the fix in a
"sentence" too long to be one."""

from __future__ import annotations

from audit.findings import Fix
from audit.fixes import preview

# A sentence of news runs to a few hundred words; a longer one is a text without punctuation, where giving the
# whole of it with each of its findings is quadratic. Such a suggestion shows this many characters around the fix.
MAX_CHARACTERS = 10_000


def suggestion(text: str, start: int, end: int, fix: Fix | None) -> str | None:
    """text[start:end] as the fix leaves it, or None without a fix; past MAX_CHARACTERS, the stretch of it around
    the fix."""
    if fix is not None and end - start > MAX_CHARACTERS:
        reach = MAX_CHARACTERS // 2
        start, end = max(start, fix.start - reach), min(end, fix.end + reach)
    return preview(text, start, end, fix)
