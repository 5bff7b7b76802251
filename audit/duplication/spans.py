"""Spans of a text sorted by their start (quotations, repeated sentences), asked about by bisection: a check that
asks for each word whether it lies in a quotation must not scan every quotation each time."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """[start, end) spans, in order of their start; they may overlap."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # the furthest end of each prefix

    def __bool__(self) -> bool:
        return bool(self._starts)

    def _furthest(self, offset: int) -> int | None:
        """The furthest end of the spans that start at or before `offset`."""
        index = bisect_right(self._starts, offset)
        return self._reach[index - 1] if index else None

    def holds(self, offset: int) -> bool:
        """Whether a span has start <= offset < end."""
        reach = self._furthest(offset)
        return reach is not None and offset < reach

    def covers(self, start: int, end: int, slack: int = 0) -> bool:
        """Whether a span starts at or before `start` and ends at or after `end - slack`."""
        reach = self._furthest(start)
        return reach is not None and end <= reach + slack

    def meets(self, start: int, end: int) -> bool:
        """Whether a span shares a character with [start, end), lies strictly inside it (an empty span) or holds
        `start` (an empty stretch: an insertion there)."""
        reach = self._furthest(end - 1)
        return (reach is not None and start < reach) or self.holds(start)
