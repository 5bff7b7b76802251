"""Lines in order of their keys kept as one string or bytes object and searched in C: each line is
"\\n<key>\\t<value>", a key found by a bisection over the first key of each block of lines, then a search of its
block. Read back unpacked (audit.unpacked), such a table is one object, where a dictionary of its keys would be as
many objects to make at each run (the word lists' 515,000 words, langdetect's 87,000 n-grams)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import AnyStr

BLOCK = 64  # lines a block: some 1,400 bytes to search
# audit.unpacked keys a stored copy by the code of the function that unpacks it, not of what that function calls:
# a change to what `joined` or `indexed` makes wants the tables' unpacking functions changed with it.


def joined(lines: list[AnyStr], tab: AnyStr) -> tuple[AnyStr, list[AnyStr], list[int]]:
    """The lines (each "\\n<key><tab>…", in key order) as one, each block's first key with its tab, and where
    each block starts, the end of the lines last."""
    text = tab[:0].join(lines)
    return text, *indexed(text, tab)


def indexed(text: AnyStr, tab: AnyStr) -> tuple[list[AnyStr], list[int]]:
    """Each block's first key with its tab and where each block starts, the end of the lines last, of lines
    already joined (each key once, no key or value holding a line break): a table shipped whole is only indexed,
    a block found by its first key."""
    newline = "\n" if isinstance(text, str) else b"\n"
    firsts = [line[: line.index(tab) + 1] for line in text.split(newline)[1::BLOCK]]
    starts, at = [], 0
    for first in firsts:
        at = text.find(newline + first, at)
        starts.append(at)
    return firsts, [*starts, len(text)]


def find(text: AnyStr, firsts: list[AnyStr], starts: list[int], line: AnyStr) -> int:
    """Where the value of the line that opens with `line` ("\\n<key><tab>") starts in `text`; -1 without one."""
    block = bisect.bisect_right(firsts, line[1:]) - 1
    at = text.find(line, starts[block], starts[block + 1]) if block >= 0 else -1
    return at + len(line) if at >= 0 else -1


def find_in_order(text: AnyStr, firsts: list[AnyStr], starts: list[int], lines: Iterable[AnyStr]) -> Iterator[int]:
    """find's answer for each of `lines`, in one loop: lines in key order (a document's distinct words) bisect
    only the blocks from the last one's on; a line before the last is bisected over every block."""
    low, last = 0, None
    for line in lines:
        if last is not None and line < last:
            low = 0
        low = bisect.bisect_right(firsts, line[1:], low)
        at = text.find(line, starts[low - 1], starts[low]) if low > 0 else -1
        yield at + len(line) if at >= 0 else -1
        last = line
