"""Quotation marks of another language's style (« » or „ “ in English, “ ” or " " in French), and the space
French writes inside its guillemets."""

from __future__ import annotations

from collections.abc import Callable

from audit.findings import Applicability, Edit, Fix
from audit.typography.conventions import Conventions
from audit.typography.foreign import foreign
from audit.typography.issue import Issue

_SPACES = " \u00a0\u202f\u2009"
STRAIGHT = ('"', '"')


def styles(
    text: str, pairs: list[tuple[int, int]], target: Conventions, named: Callable[..., str], house: bool = False
) -> list[Issue]:
    """The quotation pairs of a paragraph written in another style than the target's, each with the target's
    first pair as its fix: a quotation must open with a pair of `quotes`, one inside another with any of its
    pairs (“…” inside « » in French); straight quotes are plain text's, no language's convention, unless the
    document writes the target's own marks elsewhere (`house`, see writes_its_own) in a language whose marks are
    not English's: a French text with « » whose one "quotation" kept straight marks was typed or translated
    apart. A quotation in another language may keep its marks (« La fin d'une époque » in English)."""
    found = []
    for opening, closing in pairs:
        pair = (text[opening], text[closing])
        nested = any(o < opening and closing < c for o, c in pairs)
        if pair in (target.pairs if nested else target.quotes):
            found += _inner_spaces(text, opening, closing, target)
            continue
        if foreign(text, opening + 1, closing, target.code):
            continue  # a quotation in another language keeps its own marks
        if pair == STRAIGHT:
            if house and not nested:
                found.append(_straight(text, opening, closing, target))
            continue  # plain text's quotation marks
        where = named(lambda c, p=pair: p in c.quotes)
        wanted = target.quotes[0]
        found.append(
            Issue(
                opening,
                closing + 1,
                f"quotation marks {pair[0]} {pair[1]} as in {where}: {target.name} writes {wanted[0]}…{wanted[1]}",
                _restyle(text, opening, closing, wanted, target.quote_space),
            )
        )
    return found


def writes_its_own(text: str, pairs: list[tuple[int, int]], target: Conventions) -> bool:
    """Whether a quotation of the document (`pairs`: all its paragraphs') opens and closes with the target's own
    first marks, where those are not English's “ ” (French « », German „ “)."""
    wanted = target.quotes[0]
    return wanted != ("“", "”") and any((text[o], text[c]) == wanted for o, c in pairs)


def _straight(text: str, opening: int, closing: int, target: Conventions) -> Issue:
    wanted = target.quotes[0]
    return Issue(
        opening,
        closing + 1,
        f"straight quotation marks where the text writes {wanted[0]}…{wanted[1]} elsewhere, as {target.name} does",
        _restyle(text, opening, closing, wanted, target.quote_space, Applicability.UNSAFE),
    )


def _inner_spaces(text: str, opening: int, closing: int, target: Conventions) -> list[Issue]:
    """The target writes a space inside its marks (French « »): one is missing."""
    space = target.quote_space
    if not space or text[opening] != target.quotes[0][0]:
        return []
    found = []
    if text[opening + 1 : opening + 2] not in tuple(_SPACES):
        found.append(
            Issue.replacing(
                opening, opening + 1, text[opening] + space, f"no space after {text[opening]}: {target.name} writes one"
            )
        )
    if text[closing - 1 : closing] not in tuple(_SPACES):
        found.append(
            Issue.replacing(
                closing,
                closing + 1,
                space + text[closing],
                f"no space before {text[closing]}: {target.name} writes one",
            )
        )
    return found


def _restyle(
    text: str,
    opening: int,
    closing: int,
    wanted: tuple[str, str],
    space: str,
    applicability: Applicability = Applicability.SAFE,
) -> Fix:
    """The pair replaced by the wanted marks, the spaces inside them as the target writes them."""
    inner_start = opening + 1
    while inner_start < closing and text[inner_start] in _SPACES:
        inner_start += 1
    inner_end = closing
    while inner_end > inner_start and text[inner_end - 1] in _SPACES:
        inner_end -= 1
    edits = (Edit(opening, inner_start, wanted[0] + space), Edit(inner_end, closing + 1, space + wanted[1]))
    return Fix(edits, applicability)
