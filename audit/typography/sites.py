"""Where a pattern matches in a whole text, found once per document: a check that searches each paragraph in
turn pays a search's set-up for every paragraph, most of which hold no match."""

from __future__ import annotations

import re
from bisect import bisect_left

from audit.caches import per_document


@per_document
def _sites(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [match.start() for match in pattern.finditer(text)]


def within(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[int]:
    """The starts of the pattern's matches in the whole text that lie in [start, end). A match of text[start:end]
    (a search with pos and endpos) is among them when the pattern's look-aheads want text rather than its absence
    (more text after `end` can make a match, never unmake one) and its matches cannot overlap one another."""
    sites = _sites(text, pattern)
    return sites[bisect_left(sites, start) : bisect_left(sites, end)]
