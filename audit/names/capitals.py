"""Patterns that match capitalised words only: most words of a text are in lower case, and a pattern that finds
every word for Python to keep the capitalised ones spends most of its time on the others."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

from audit import unpacked

LETTER = r"[^\W\d_]"  # a word's first letter
BEYOND_THE_FIRST_PLANE = "\U00010000-\U0010ffff"  # its few capitals (Deseret, Adlam) are the caller's to tell


@cache
def capitalised(before: str, after: str) -> re.Pattern[str]:
    """The word `before` + LETTER + `after` (`before` a look-behind, or nothing), matched only where its first
    letter is a capital of the first plane, or any letter beyond it (whose case the caller asks): the same matches
    as the word's whose first letter is upper case, since no match starts inside a word. The pattern opens with
    the class of those capitals and one range, the rest asked behind the letter: the engine skips in C what the
    class refuses (behind a look-ahead, each character was tried, a third slower). The class is tested against a
    table (a class of single letters beyond the first plane is tested letter by letter, some 30 times slower)."""
    return re.compile(rf"[{_capitals()}{BEYOND_THE_FIRST_PLANE}](?<={before}{LETTER}){after}")


@cache
def _capitals() -> str:
    """The first plane's capitals as ranges for a class: found once for every pattern, and kept in the user's cache
    folder under the version of Unicode they were read from (the scan of 65,536 letters took 6 ms a run). Ranges,
    not letters: each pattern's class of 1,169 letters took 2 ms to compile, of their 607 ranges half that."""
    return unpacked.read_together([], f"capitals-unicode-{unicodedata.unidata_version}", _scanned)


def _scanned(_: list[bytes]) -> str:
    capitals = [code for code in range(0x10000) if chr(code).isupper()]
    runs = [[code for _, code in run] for _, run in itertools.groupby(enumerate(capitals), lambda at: at[1] - at[0])]
    return "".join(re.escape(chr(run[0])) + (f"-{re.escape(chr(run[-1]))}" if len(run) > 1 else "") for run in runs)
