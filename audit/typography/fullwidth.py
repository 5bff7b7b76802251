"""Full-width punctuation of Chinese, Japanese and Korean left between the words of a text in a language that writes
none ("a priority。 The", "percent，the"): a translation that kept its source's marks. A mark beside a character of
those scripts belongs to a passage left in them, which untranslated-word reports."""

from __future__ import annotations

import re

from audit.typography.conventions import Conventions
from audit.typography.issue import Issue

_PLAIN = {"，": ",", "、": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
_MARK = re.compile(f"[{''.join(_PLAIN)}]")
_IDEOGRAPHIC = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_OPENING = "（"
_SAFE_IN = "en"  # the plain mark is all English needs; another language may want a space before it (French " :")


def marks(text: str, start: int, end: int, target: Conventions) -> list[Issue]:
    """The full-width marks of text[start:end] with no ideographic character beside them, each made the target's
    plain mark, a space added after one that ends a clause where a word follows at once."""
    if _MARK.search(text, start, end) is None:
        return []  # most paragraphs
    found = []
    for match in _MARK.finditer(text, start, end):
        at, mark = match.start(), match.group()
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if _IDEOGRAPHIC.match(before) or _IDEOGRAPHIC.match(after):
            continue
        plain = _PLAIN[mark]
        if mark == _OPENING and before.isalnum():
            plain = " " + plain  # "delays（for now）": "delays (for now)"
        elif mark != _OPENING and after.isalnum():
            plain += " "  # "percent，the": "percent, the"
        found.append(
            Issue.replacing(
                at,
                at + 1,
                plain,
                f"“{mark}”: a full-width mark of Chinese, Japanese or Korean; {target.name} writes “{plain.strip()}”",
                safe=target.code == _SAFE_IN,
            )
        )
    return found
