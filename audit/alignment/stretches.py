"""Stretches of a sentence whose words the translation renders none of: where a clause is left out (or added)
with no comma to mark it ("... in Madrid und erzwang die Schließung von 14 Stationen"), it is the stretch
after the last word rendered. Elsewhere in a sentence (its start included, where translations put the subject
they moved) such stretches are mostly free wording, and are not read."""

from __future__ import annotations

from collections.abc import Iterator

from audit.alignment.anchors import TOKEN, Anchors, anchors, found
from audit.document import Span


def unfound(sentence: Span, lang: str | None, other: Anchors) -> Iterator[tuple[Span, list[Span]]]:
    """The stretch that ends `sentence` after the last of its words and numbers that `other` has, with the
    pieces the sentence falls into (what comes before, the stretch); none if `other` has none of them."""
    text, offset = sentence.text, sentence.start
    tokens = [(m.start(), m.end(), bool(found(anchors(m.group(), lang), other))) for m in TOKEN.finditer(text)]
    if not any(kept for _, _, kept in tokens):
        return
    last = max(index for index, (_, _, kept) in enumerate(tokens) if kept)
    if last + 1 < len(tokens):
        left, right = tokens[last + 1][0], tokens[-1][1]
        stretch = Span(offset + left, offset + right, text[left:right])
        yield stretch, [Span(offset, offset + left, text[:left]), stretch]
