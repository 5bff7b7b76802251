"""The space before : ; ? ! (French writes one, a narrow no-break space; English and German none), and the
marks that open a question in Spanish (¿ ¡) left in another language."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.findings import Severity
from audit.typography.conventions import Conventions
from audit.typography.foreign import clause_before, foreign
from audit.typography.issue import Issue

_SPACED = re.compile(r"(?<=[\w”’»›)\]\"'%])([ \u00a0\u202f\u2009]+)([;:?!])")
# The mark first, then what stands before it: the engine skips to the marks (same matches as a look-behind first).
_BARE = re.compile(r"([;:?!])(?<=[\w”’»›)\]%][;:?!])")
_SPACE_THEN_MARK = re.compile(r"[ \u00a0\u202f\u2009][;:?!]")  # what _SPACED holds, searched for first
_EMOTICON_AFTER = re.compile(r"-?[()DPp]")
_OPENING = re.compile(r"[¿¡]")  # searched for only in a paragraph that holds one (two searches in C)


def before_marks(
    text: str, start: int, end: int, target: Conventions, named: Callable[..., str], spaced_elsewhere: bool = True
) -> list[Issue]:
    """Spaces before : ; ? ! where the target writes none, or none where it writes one: a warning where the text
    writes the space elsewhere, else (the house style of Canadian, Swiss or web French) at info."""
    found = []
    if not target.space_before:
        if not _SPACE_THEN_MARK.search(text, start, end):
            return found
        for match in _SPACED.finditer(text, start, end):
            if _not_a_mark(text, match.start(2), match.end(2)):
                continue
            mark = match.group(2)
            where = named(lambda c, m=mark: m in c.space_before)
            found.append(
                Issue.replacing(
                    match.start(),
                    match.end(),
                    mark,
                    f"a space before “{mark}”: {where} spacing; {target.name} writes none",
                )
            )
        return found
    for match in _BARE.finditer(text, start, end):
        mark = match.group(1)
        if mark not in target.space_before or _not_a_mark(text, match.start(1), match.end(1)):
            continue
        if foreign(text, clause_before(text, start, match.start()), match.start(), target.code):
            continue  # a quotation in another language ("¿Y ahora qué?")
        found.append(
            Issue.replacing(
                match.start(),
                match.end(),
                target.space_before[mark] + mark,
                f"no space before “{mark}”: {target.name} writes a no-break space",
                severity=None if spaced_elsewhere else Severity.INFO,
            )
        )
    return found


def inverted(text: str, start: int, end: int, target: Conventions, named: Callable[..., str]) -> list[Issue]:
    """Marks that open a question or an exclamation in another language (Spanish ¿ ¡), unless what they open is
    in that language (a quoted “¿Y ahora qué?”)."""
    found: list[Issue] = []
    if text.find("¿", start, end) < 0 and text.find("¡", start, end) < 0:
        return found  # most paragraphs
    for match in _OPENING.finditer(text, start, end):
        at, mark = match.start(), match.group()
        question_end = text.find("?" if mark == "¿" else "!", at + 1, end)
        opened = end if question_end < 0 else question_end
        if mark in target.opening_marks or foreign(text, at + 1, opened, target.code):
            continue
        where = named(lambda c, m=mark: m in c.opening_marks)
        found.append(Issue.replacing(at, at + 1, "", f"“{mark}” opens a sentence in {where}, not in {target.name}"))
    return found


def spaced(text: str, target: Conventions) -> bool:
    """Whether the text writes, somewhere, the space the target writes before : ; ? !"""
    if not target.space_before:
        return False  # a language that writes none (the text is not read)
    spaced = _SPACED.finditer(text) if _SPACE_THEN_MARK.search(text) else ()
    return any(match.group(2) in target.space_before for match in spaced)


def _after(text: str, end: int) -> str:
    """The first character from `end` on that is not white space ("" at the end), read up to it only."""
    while end < len(text) and text[end].isspace():
        end += 1
    return text[end : end + 1]


def _before(text: str, start: int) -> str:
    """The last character before `start` that is not white space ("" at the start), read back to it only."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return text[start - 1 : start] if start else ""


def _not_a_mark(text: str, start: int, end: int) -> bool:
    """A colon between figures (14:30, 3 : 1), in an address (http:), or an emoticon (:-), ;))."""
    mark = text[start]
    if mark == ":" and (
        text[end : end + 2] == "//" or (_after(text, end).isdigit() and _before(text, start).isdigit())
    ):
        return True
    return mark in ":;" and bool(_EMOTICON_AFTER.match(text, end)) and not text[end + 1 : end + 2].isalnum()
