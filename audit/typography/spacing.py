"""Spaces where a tokeniser left them or none where one belongs: "the army , the", "( x )", “ x ”, "do n't",
"Standard & Poor 's", "one,two", "ended.The", and two spaces between words. A space before : ; ? ! is the French
convention: the typography check's."""

from __future__ import annotations

import re
from functools import cache

from audit.duplication.spans import Spans
from audit.typography.conventions import Conventions
from audit.typography.issue import Issue
from audit.typography.sites import Sites

_BEFORE_COMMA_OR_STOP = re.compile(r"(?<=[\w”’»›)\]\"'%])[ \u00a0]+([,.])(?![.\d…])")
_AFTER_OPENING = re.compile(r"([(\[{])[ \u00a0]+(?=\S)")
_BEFORE_CLOSING = re.compile(r"(?<=\S)[ \u00a0]+([)\]}])")
# What the three patterns above hold at least (a space then a mark, a bracket then a space, a space then a
# bracket), found in the whole text once: a paragraph with none, most of them, is not searched. Found at the mark
# (inside the paragraph wherever a match of the three is), so that the engine skips to the marks, not to every space.
_SPACED_MARK = re.compile(r"[,.)\]}(\[{](?:(?<=[ \u00a0][,.)\]}])|(?<=[(\[{])(?=[ \u00a0]))")
# The mark first, then what stands before it: the engine skips to the marks, where a look-behind first is tried at
# every character (the same matches, in half the time); one group for both marks, as two alternatives opening
# with a group each are tried at every character too.
_NO_SPACE_AFTER = re.compile(r"([,;.?])(?:(?<=[^\W\d_][,;])(?=[^\W\d_])|(?<=[a-z]{2}[.?])(?=[A-Z][a-z]))")
_DOUBLE_SPACE = re.compile(r"(?<=\S)( {2,})(?=\S)")
_SENTENCE_END = ".!?"
_SENTENCE_CLOSERS = "”’»\"')"


def tokenised(text: str, start: int, end: int, conventions: Conventions | None, sites: Sites) -> list[Issue]:
    """Spaces a tokeniser leaves: before a comma or a full stop, inside brackets, before a clitic ("do n't");
    `sites` (of `text`) tells where each pattern's least text stands."""
    found: list[Issue] = []
    if text.find(" ", start, end) < 0 and text.find("\u00a0", start, end) < 0:
        return found  # every pattern wants a space: a paragraph of one word is left at once
    if sites.within(_SPACED_MARK, start, end):
        found += _spaced_punctuation(text, start, end)
    if conventions is not None and conventions.detached:
        if not sites.within(_spaced_clitics(conventions.detached), start, end):
            return found  # no clitic after a space: most paragraphs, told from the document's
        for match in _clitics(conventions.detached).finditer(text, start, end):
            clitic = match.group(1)
            found.append(Issue.replacing(match.start(), match.end(), clitic, f"“{clitic}” written apart from its word"))
    return found


def _spaced_punctuation(text: str, start: int, end: int) -> list[Issue]:
    """Spaces before a comma or a full stop, and inside brackets."""
    found = []
    for match in _BEFORE_COMMA_OR_STOP.finditer(text, start, end):
        mark = match.group(1)
        found.append(
            Issue.replacing(match.start(), match.end(), mark, f"a space before “{mark}”: it belongs to the word before")
        )
    for match in _AFTER_OPENING.finditer(text, start, end):
        opening = match.group(1)
        found.append(Issue.replacing(match.start(), match.end(), opening, f"a space after “{opening}”"))
    for match in _BEFORE_CLOSING.finditer(text, start, end):
        closing = match.group(1)
        found.append(Issue.replacing(match.start(), match.end(), closing, f"a space before “{closing}”"))
    return found


@cache
def _clitics(detached: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a language's clitics written apart from their word ("do n't", "Poor 's"); the space first,
    then the word before it, so that the engine skips to the spaces."""
    alternatives = "|".join(re.escape(clitic) for clitic in sorted(detached, key=len, reverse=True))
    return re.compile(rf"[ \u00a0](?<=\w[ \u00a0])[ \u00a0]*({alternatives})\b")


@cache
def _spaced_clitics(detached: tuple[str, ...]) -> re.Pattern[str]:
    """A clitic straight after a space, as a clitic written apart has, found at its first character (the engine
    skips to those, not to every space; a clitic holds no space, so two never overlap)."""
    firsts = sorted({clitic[0] for clitic in detached})
    return re.compile(
        "|".join(
            rf"{re.escape(first)}(?<=[ \u00a0]{re.escape(first)})"
            + f"(?:{'|'.join(re.escape(clitic[1:]) for clitic in detached if clitic[0] == first)})"
            for first in firsts
        )
    )


def inside_quotes(text: str, pairs: list[tuple[int, int]], conventions: Conventions | None) -> list[Issue]:
    """Spaces just inside a pair of the target's own quotation marks when it writes none there (“ x ”)."""
    if not pairs or conventions is None or conventions.quote_space:
        return []
    own = {mark for pair in conventions.pairs for mark in pair}
    found = []
    for opening, closing in pairs:
        if text[opening] not in own or text[closing] not in own:
            continue
        inner = text[opening + 1 : closing]
        lead, trail = len(inner) - len(inner.lstrip(" ")), len(inner) - len(inner.rstrip(" "))
        if lead and inner.strip():
            found.append(
                Issue.replacing(opening, opening + 1 + lead, text[opening], f"a space after “{text[opening]}”")
            )
        if trail and inner.strip():
            found.append(
                Issue.replacing(closing - trail, closing + 1, text[closing], f"a space before “{text[closing]}”")
            )
    return found


def missing(text: str, start: int, end: int, protected: Spans, sites: Sites) -> list[Issue]:
    """No space after a comma or semicolon between two words ("one,two"), or after a full stop or question mark
    between a sentence and the next ("ended.The"); addresses are left alone. `sites` are those of `text`."""
    found = []
    for at in sites.within(_NO_SPACE_AFTER, start, end):  # a one-character match, its look-aheads positive
        match = _NO_SPACE_AFTER.match(text, at, end)
        if match is None or protected.holds(at):
            continue
        mark = match.group(1)
        found.append(Issue.replacing(match.start(), match.end(), mark + " ", f"no space after “{mark}”"))
    return found


def doubled_spaces(text: str, start: int, end: int, sentence_gaps_doubled: bool) -> list[Issue]:
    """Two spaces or more between words; after a sentence, only when the document's sentences are otherwise
    parted by one (two spaces after a full stop is a typing convention when kept throughout)."""
    found: list[Issue] = []
    if text.find("  ", start, end) < 0:
        return found
    for match in _DOUBLE_SPACE.finditer(text, start, end):
        if sentence_gaps_doubled and _after_sentence(text, start, match.start()):
            continue
        found.append(Issue.replacing(match.start(), match.end(), " ", "two spaces where one belongs"))
    return found


def _after_sentence(text: str, start: int, position: int) -> bool:
    """text[start:position] ends with a sentence's mark and perhaps closing quotation marks or brackets (read
    backwards from `position`, not searched for from the paragraph's start at each gap)."""
    at = position
    while at > start and text[at - 1] in _SENTENCE_CLOSERS:
        at -= 1
    return at > start and text[at - 1] in _SENTENCE_END


def gaps_doubled(text: str) -> bool:
    """Whether the text parts most of its sentences with two spaces (a typing convention)."""
    double = len(re.findall(r"[.!?][”’»\"')]* {2}(?=\S)", text))
    return double > 0 and double >= len(re.findall(r"[.!?][”’»\"')]* (?=[A-Z“„«\"])", text))
