"""Where patterns match in one whole text, each searched for once: a check that searches each paragraph in turn
pays a search's set-up for every paragraph, most of which hold no match."""

from __future__ import annotations

import re
from bisect import bisect_left


class Sites:
    """The starts of the patterns' matches in `text`, each pattern searched for on first ask; made by a check for
    the document it reads."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[re.Pattern[str], list[int]] = {}

    def within(self, pattern: re.Pattern[str], start: int, end: int) -> list[int]:
        """The starts in [start, end) of the pattern's matches in the whole text. A match of text[start:end] (a
        search with pos and endpos) is among them when the pattern's look-aheads want text rather than its absence
        (more text after `end` can make a match, never unmake one) and its matches cannot overlap one another."""
        starts = self._starts.get(pattern)
        if starts is None:
            starts = self._starts[pattern] = list(map(re.Match.start, pattern.finditer(self.text)))  # in C
        return starts[bisect_left(starts, start) : bisect_left(starts, end)]
