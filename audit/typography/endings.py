"""How a paragraph ends: the class of its final mark (a full stop, a question, none...), and whether it is prose
that lost its final mark or a headline, a list item or a title, which end without one."""

from __future__ import annotations

import re

from audit.words.tokens import texts

FINAL_CLASSES = {
    "?": "?？؟",
    "!": "!！",
    ".": ".。।॥។۔．｡",
    "…": "…",
    ":": ":：",
    ";": ";；",
}
_CLASS_OF = {char: name for name, chars in FINAL_CLASSES.items() for char in chars}
_CLOSERS = "”’»›“‘\"')]}"
_TAG = re.compile(r"<[^<>]*>\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*▪·]\s|\d{1,2}[.)]\s|#)")
MIN_WORDS = 8  # a paragraph shorter than this may be a headline or a label, which take no final mark
TITLE_CASE = 0.6  # a paragraph with this share of its longer words capitalised is a title


def final_class(text: str) -> str:
    """The class of the text's final mark, past closing quotation marks, brackets and markup: "?" (also "!?",
    "?!"), "!", ".", "…", ":", ";", or "" for none."""
    text = text.rstrip()
    while True:
        stripped = _TAG.sub("", text).rstrip(_CLOSERS + " \t\n\u00a0\u202f")
        if stripped == text:
            break
        text = stripped
    if text.endswith("..."):
        return "…"
    tail = text[-2:]
    if "?" in tail or "？" in tail:
        return "?"
    return _CLASS_OF.get(text[-1:], "")


def open_end(text: str, start: int, end: int) -> int | None:
    """Where text[start:end] wants a final mark: after its last word when it ends with a word (or a word and
    closing marks with nothing inside them to end it), else None (it ends with a mark, or a comma, a dash...)."""
    stripped = text[start:end].rstrip()
    if not stripped:
        return None
    last = start + len(stripped)
    inner = stripped.rstrip(_CLOSERS)
    if not inner or not (inner[-1].isalnum() or inner[-1] == "%"):
        return None
    return last


def headline_like(text: str, start: int, end: int, min_words: int = MIN_WORDS, nouns_capitalised: bool = False) -> bool:
    """Shorter than `min_words`, in title case (unless the language capitalises its nouns), a list item or a
    Markdown heading: text that ends without a mark by custom."""
    found = texts(text, start, end)  # strings found in C: no Word made for each (a paragraph each, some 1%)
    if len(found) < min_words or _LIST_ITEM.match(text, start):
        return True
    if nouns_capitalised:
        return False
    longer = [word for word in found[1:] if len(word) > 3]
    return bool(longer) and sum(word[0].isupper() for word in longer) >= TITLE_CASE * len(longer)
