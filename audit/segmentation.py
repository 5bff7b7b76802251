"""Paragraph and sentence splitting with exact offsets (sentences by pysbd, per language)."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.document import Paragraph, Sentence

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_CHARS = re.compile(r"[\r\n]")
_SEGMENTER_FALLBACK = "en"
MAX_PIECE = 3000
_SAFE_END = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]{3,}[.!?][\"”»’)]?[ \t]+(?=[\"“«]?[A-Z])")


@lru_cache(maxsize=32)
def _segmenter(lang: str):
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    return pysbd.Segmenter(language=lang if lang in LANGUAGE_CODES else _SEGMENTER_FALLBACK, clean=False)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines; text without blank lines has one paragraph per line."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    bounds, start = [], 0
    for match in separator.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [_strip(text, s, e) for s, e in bounds if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence bounds inside text[start:end], located in order so repeated sentences keep their own offsets."""
    if end - start > MAX_PIECE:  # pysbd slows down faster than a paragraph grows: long ones are cut first
        return [bound for s, e in _pieces(text, start, end) for bound in _split_piece(text, s, e, lang)]
    return _split_piece(text, start, end, lang)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut into pieces of about MAX_PIECE characters, each cut after a word of three lower-case
    letters or more that ends a sentence before a capital ("... the talks ended. Officials"), never after an
    abbreviation; a stretch with no such place stays whole."""
    pieces, piece_start = [], start
    while end - piece_start > MAX_PIECE:
        cuts = [m.end() for m in _SAFE_END.finditer(text, piece_start, min(end, piece_start + MAX_PIECE))]
        cut = cuts[-1] if cuts else None
        if cut is None:
            following = _SAFE_END.search(text, piece_start + MAX_PIECE, end)
            if following is None:
                break
            cut = following.end()
        pieces.append((piece_start, cut))
        piece_start = cut
    pieces.append((piece_start, end))
    return pieces


def _split_piece(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    flat = _LINE_BREAK_CHARS.sub(" ", text[start:end])  # lines wrapped inside a paragraph are not sentence ends
    bounds, cursor = [], 0
    # The processor's sentences, located below: Segmenter.segment would also locate each one with a regex of its
    # own, compiled afresh (a third of the audit's time on a large file).
    for piece in _segmenter(lang).processor(flat).process():
        piece = piece.strip()
        if not piece:
            continue
        found = flat.find(piece, cursor)
        if found < 0:  # the segmenter altered the text: keep what is left as one sentence
            break
        bounds.append((start + found, start + found + len(piece)))
        cursor = found + len(piece)
    if flat[cursor:].strip():
        bounds.append(_strip(text, start + cursor, end))
    return bounds


def split_paragraphs(text: str, lang: str) -> tuple[Paragraph, ...]:
    paragraphs = []
    for index, (start, end) in enumerate(_paragraph_bounds(text)):
        sentences = tuple(
            Sentence(s, e, text[s:e], paragraph=index) for s, e in split_sentences(text, start, end, lang)
        )
        paragraphs.append(Paragraph(start, end, text[start:end], sentences=sentences))
    return tuple(paragraphs)
