"""Folding a name to the key the variant index is searched by, and the small normalisations around it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’ʼ‘`´ʹʺ′″\"”“"
_DROPPED = str.maketrans(dict.fromkeys(_APOSTROPHES))
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATOR_RUN = re.compile("[-‐‑–— ]+")
_UNIFIED = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-"})
# Letters NFKD does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower case, no diacritics or apostrophes, hyphens as spaces: "Kyïv-Sviatoshyn" -> "kyiv sviatoshyn". Most
    names are a word of ASCII letters, with nothing to decompose, join or strip (a quarter of the time)."""
    if name.isascii():
        text = name.translate(_DROPPED).lower()
    else:
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", name.translate(_SPECIAL)).translate(_DROPPED).lower())
    return text if text.isalpha() else _SEPARATOR_RUN.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def normal(name: str) -> str:
    """Lower case with diacritics kept and apostrophes unified: the form accepted spellings are compared in."""
    text = unicodedata.normalize("NFC", name).lower().translate(_UNIFIED)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def foreign_marks(name: str) -> str:
    """The letters of `name` that English does not use (é, ï, ł, š...), in order of appearance."""
    if name.isascii():  # most names: none to look for
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFC", name) if ch.isalpha() and not ch.isascii())
