"""Markup removed from HTML fragments (feed items' content and titles), block elements kept as paragraphs."""

from __future__ import annotations

import re

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def html_to_text(fragment: str) -> str:
    """The fragment's text, entities decoded, scripts and styles dropped, one blank line between blocks."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import html_text

    text = html_text.extract_text(fragment, guess_layout=True)
    return _BLANK_LINES.sub("\n\n", text).strip()
