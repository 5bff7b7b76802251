"""Folding a name to the key the variant index is searched by, and the small normalisations around it."""

from __future__ import annotations

import unicodedata

_APOSTROPHES = "'’ʼ‘`´ʹʺ′″\"”“"
_SEPARATORS = "-‐‑–— "
# Letters NFKD does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})


def fold(name: str) -> str:
    """Lower case, no diacritics or apostrophes, hyphens as spaces: "Kyïv-Sviatoshyn" -> "kyiv sviatoshyn"."""
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    out: list[str] = []
    for ch in text:
        if unicodedata.combining(ch) or ch in _APOSTROPHES:
            continue
        if ch in _SEPARATORS:
            if out and out[-1] != " ":
                out.append(" ")
            continue
        out.append(ch.lower())
    return "".join(out).strip()


def normal(name: str) -> str:
    """Lower case with diacritics kept and apostrophes unified: the form accepted spellings are compared in."""
    text = unicodedata.normalize("NFC", name).lower()
    for ch in "’ʼ‘`´":
        text = text.replace(ch, "'")
    return " ".join(text.replace("‐", "-").replace("‑", "-").split())


def foreign_marks(name: str) -> str:
    """The letters of `name` that English does not use (é, ï, ł, š...), in order of appearance."""
    return "".join(ch for ch in name if ch.isalpha() and not ch.isascii())
