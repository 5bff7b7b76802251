"""The space before : ; ? ! (French writes one, a narrow no-break space; English and German none), the marks that
open a question in Spanish (¿ ¡) left in another language, and missing in Spanish."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.findings import Applicability, Fix, Severity
from audit.typography.conventions import Conventions
from audit.typography.foreign import clause_before, foreign
from audit.typography.issue import Issue

_SPACED = re.compile(r"(?<=[\w”’»›)\]\"'%])([ \u00a0\u202f\u2009]+)([;:?!])")
# The mark first, then what stands before it: the engine skips to the marks (same matches as a look-behind first).
_BARE = re.compile(r"([;:?!])(?<=[\w”’»›)\]%][;:?!])")
_SPACE_THEN_MARK = re.compile(r"[ \u00a0\u202f\u2009][;:?!]")  # what _SPACED holds, searched for first
_EMOTICON_AFTER = re.compile(r"-?[()DPp]")
_OPENING = re.compile(r"[¿¡]")  # searched for only in a paragraph that holds one (two searches in C)
_CLOSING = re.compile(r"[?!]+")  # a question's or an exclamation's closing marks ("?", "?!", "!!!")
_AFTER_A_CLOSE = frozenset("”’»›)]\"'.,;:…-—–")  # what may follow them: a closer, a mark
_OPENING_QUOTES = frozenset("“‘«‹„([\"'—–-")  # what may stand before a sentence's first word
# a mark that ends a sentence (or opens a quotation), closers or a dateline's dash after it ("(EFE).- ")
_SENTENCE_END = re.compile(r"[.!?…:](?=[”’»›)\]\"'-]*\s)")


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
                    f"a space before “{mark}” as in {where}; {target.name} writes none",
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


def unopened(text: str, start: int, end: int, target: Conventions) -> list[Issue]:
    """A question or an exclamation closed without the mark the target opens it with (Spanish "Quién pagará?"):
    the opening mark inserted where its sentence begins, for an editor to confirm (a question may open inside it:
    "Si llueve, ¿vendrás?"). Not a mark inside a word or an address ("?q=", "Yahoo!"), an editor's "(?)", nor a
    question in another language."""
    if not target.opening_marks or (text.find("?", start, end) < 0 and text.find("!", start, end) < 0):
        return []  # most paragraphs
    found = []
    for match in _CLOSING.finditer(text, start, end):
        at, after = match.start(), text[match.end() : match.end() + 1]
        if (after and not after.isspace() and after not in _AFTER_A_CLOSE) or text[at - 1 : at] in ("(", ""):
            continue
        begin = _sentence_start(text, start, at)
        if any(mark in text[begin:at] for mark in target.opening_marks) or foreign(text, begin, at, target.code):
            continue
        while begin < at and (text[begin].isspace() or text[begin] in _OPENING_QUOTES):
            begin += 1
        opener = "¿" if "?" in match.group() else "¡"
        if opener not in target.opening_marks or begin == at or _exclamation_word(text, at, match.end()):
            continue
        first = begin
        while first < at and not text[first].isspace():
            first += 1
        word, closer = text[begin:first], match.group()
        message = f"“{word}” opens what “{closer}” closes without “{opener}”: {target.name} opens it"
        found.append(Issue(begin, first, message, Fix.replace(begin, begin, opener, Applicability.UNSAFE)))
    return found


def _exclamation_word(text: str, at: int, end: int) -> bool:
    """A name that ends in its mark ("Yahoo!"), as pysbd lists them."""
    if text[at] != "!":
        return False
    from pysbd.exclamation_words import ExclamationWords

    word = at
    while word > 0 and not text[word - 1].isspace():
        word -= 1
    return text[word:end] in ExclamationWords.EXCLAMATION_WORDS


def _sentence_start(text: str, start: int, position: int) -> int:
    """Where the sentence that ends at `position` begins: after the last mark that ends one, or a colon, before it
    in the paragraph."""
    found = [m.end() for m in _SENTENCE_END.finditer(text, start, position)]
    return found[-1] if found else start


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
