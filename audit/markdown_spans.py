"""Where a Markdown text has code, tags and link targets on one line: `code`, <tag>, ](target).

The spans are those of the regular expression `[^`\\n]+`|<[^>\\n]+>|\\]\\([^)\\n]*\\), found left to right without
overlap, but in linear time: that expression scans from each opener to the end of its line when no closer
follows, and a line of 20,000 unclosed "<" took 6 s. Here a closer found missing from a line is remembered, so
the openers after it on that line fail at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# An opener the next character closes or ends cannot open a span ("``", "<>"): left to the C scan to pass over.
_OPENER = re.compile(r"`(?=[^`\n])|<(?=[^>\n])|\]\(")
_CLOSER = {"`": "`", "<": ">", "](": ")"}


def code_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each code span, tag and link target of the text, in order."""
    missing: dict[str, int] = {}  # a closer -> the end of the line it is missing from (from the last opener on)
    line_end, position = -1, 0
    while (match := _OPENER.search(text, position)) is not None:
        opener, inside = match.group(), match.end()
        if inside > line_end:
            line_end = text.find("\n", inside)
            line_end = len(text) if line_end < 0 else line_end
        closer = _CLOSER[opener]
        found = -1 if missing.get(closer, -1) >= inside else text.find(closer, inside, line_end)
        if found < 0:
            missing[closer] = line_end
            position = match.start() + 1
        else:
            yield match.start(), found + 1
            position = found + 1
