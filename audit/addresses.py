"""The patterns of web addresses and e-mail addresses, where no word or mark of prose is judged or fixed.

An e-mail starts where a run of its characters starts: tried inside the run as well, a run without "@" would be
rescanned from each of its characters (quadratic on a line with no spaces). Neither pattern crosses a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

URL = r"(?:https?://|www\.)\S+"
EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"


def finder(*others: str) -> Callable[[str], Iterator[re.Match[str]]]:
    """finditer of URL, EMAIL and the `others`, in that order, ignoring case; in a text without "@" the e-mail
    pattern is left out, with the same matches: it would try every word of the prose, to fail at its end, and
    halve the scan's speed. Likewise the web address where the text has neither "://" nor "www." (in any case):
    an alternative that opens with a group is tried at every character (8 ms against 0.6 ms on 375 kB)."""
    every = re.compile("|".join([URL, EMAIL, *others]), re.IGNORECASE)
    no_email = re.compile("|".join([URL, *others]), re.IGNORECASE)
    bare = re.compile("|".join(others), re.IGNORECASE) if others else None

    def find(text: str) -> Iterator[re.Match[str]]:
        if "@" in text:
            return every.finditer(text)
        if "://" in text or "www." in text.lower():  # W is the one letter whose lower case is w
            return no_email.finditer(text)
        return bare.finditer(text) if bare is not None else iter(())

    return find
