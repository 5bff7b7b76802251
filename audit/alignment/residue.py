"""What of a text its counterpart does not explain: the letters of its content words that no anchor of the other
side accounts for (no shared number, name, cognate or concept).

A translation renders some words in ways no table knows, on both sides alike: a source clause left out adds
nothing to the translation's unexplained words, one translated freely adds its own length there. Comparing the
two sides' unexplained letters tells the two apart where anchors alone cannot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audit.alignment import lengths
from audit.alignment.anchors import ELIDED, TOKEN, Anchors, anchors, found, weight
from audit.document import Span
from audit.words.frequencies import zipf

_IDEOGRAPH = re.compile("[\u3400-\u9fff]")
MIN_CONTENT = 4  # letters: shorter words are mostly grammar, in languages whose function words are not listed too
FREQUENT = 5.8  # Zipf frequency (audit.words.frequencies) from which a word is grammar in any language ("после")


def unexplained(spans: Sequence[Span], lang: str | None, other: Anchors) -> int:
    """Letters of the spans' content words that `other` does not account for (ideographs not counted: their
    words are not delimited)."""
    from audit import lexicon

    data = lexicon.get(lang)
    function_words = data.function_words if data is not None else frozenset()
    total = 0
    for span in spans:
        for match in TOKEN.finditer(span.text):
            word = ELIDED.sub("", match.group())  # d'une is une
            key = word.casefold()
            if word[0].isdigit() or len(key) < MIN_CONTENT or key in function_words or _IDEOGRAPH.search(key):
                continue
            if lang and zipf(key, lang) >= FREQUENT:
                continue
            mine = anchors(word, lang)
            if weight(mine) and found(mine, other):
                continue
            total += lengths.length(word)
    return total
