"""Paragraph and sentence splitting with exact offsets (sentences by pysbd, per language).

pysbd costs about half a millisecond a sentence and grows faster than its input, so it is asked only where it has
something to decide: a paragraph is first cut where pysbd certainly ends a sentence (a word that is no abbreviation
of the language, its mark, a space, then a capital, a figure or, after a full stop or question mark, a lower-case
letter: audit.sentence_cuts), and a piece with no sentence mark inside, or only marks pysbd keeps after an
abbreviation ("Mr."), is given the sentences pysbd certainly gives it (one, or its unpaired closing quotation mark
apart) without asking it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit import sentence_cuts
from audit.document import Paragraph, Paragraphs, Sentence

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEGMENTER_FALLBACK = "en"
MAX_PIECE = 3000
HARD_PIECE = 4 * MAX_PIECE  # a stretch without a plain sentence end is cut at a space past this length
_END_THEN_WORD = re.compile(r"[.!?][\"”]?\s+[\"“«]?[A-Za-z0-9]")  # what a cut needs (sentence_cuts), searched first
_MARKS = ".!?…。！？।॥؟۔։။።፧"
# Where pysbd could end a sentence: a Latin mark before a space (closing marks between), any other script's mark.
# One class of every mark first, so that the engine skips to the marks (two alternatives, each opening with a class
# of its own, were tried at every character), then which of them it is.
_INNER_MARK = {
    lang: re.compile(
        f"[.!?…{extra}。！？।॥؟۔։။።፧](?:(?<=[。！？।॥؟۔։။።፧])|(?<=[.!?…{extra}])[.!?…{extra}]*[\"'”’»)\\]]*\\s)"
    )
    for lang, extra in (("el", ";;"), (None, ""))
}
_CLOSING = f"{_MARKS};;\"'”’»)]"  # what may end a sentence after its last word, spaces aside


@lru_cache(maxsize=32)
def _segmenter(lang: str):
    import pysbd

    from audit import abbreviation_search, list_search

    segmenter = pysbd.Segmenter(language=_pysbd_code(lang), clean=False)
    # The same sentences, found faster: pysbd told which abbreviations and lists a line may hold.
    segmenter.language_module = list_search.prefiltered(abbreviation_search.prefiltered(segmenter.language_module))
    return segmenter


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
    bounds = [bound for s, e in _pieces(text, start, end, lang) for bound in _split_piece(text, s, e, lang)]
    return _over_ordinals(text, bounds) if len(bounds) > 1 and _ordinal_dot(lang) else bounds


@lru_cache(maxsize=32)
def _ordinal_dot(lang: str) -> bool:
    """Whether the language writes an ordinal as a figure and a full stop ("w 23. minucie", "am 3. März"), as its
    numbers data says (audit/data/numbers/<lang>.toml)."""
    from audit.numbers import conventions

    return "." in conventions.get(lang).ordinal_suffixes


def _over_ordinals(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with each one that ends in a figure's full stop joined to the next when that opens in lower
    case: an ordinal ("Lewandowski strzelił w 23. minucie"), where pysbd's Polish ends a sentence."""
    joined = [bounds[0]]
    for start, end in bounds[1:]:
        last_start, last_end = joined[-1]
        ordinal = text[last_end - 1 : last_end] == "." and text[last_end - 2 : last_end - 1].isdigit()
        if ordinal and text[start].islower():
            joined[-1] = (last_start, end)
        else:
            joined.append((start, end))
    return joined


def _pieces(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """text[start:end] cut where pysbd certainly ends a sentence and nothing across the cut changes what it decides
    (audit.sentence_cuts: "... the talks ended on Friday. Officials"). A stretch longer than HARD_PIECE with no such
    place is cut at a space, so that no piece costs pysbd more than a bounded time."""
    if not _END_THEN_WORD.search(text, start, end):
        return _hard_cuts(text, start, end)  # no plain end inside (a paragraph of one sentence)
    pieces, piece_start = [], start
    for cut in sentence_cuts.cuts(_flat(text[start:end]), _pysbd_code(lang)):
        pieces.extend(_hard_cuts(text, piece_start, start + cut))
        piece_start = start + cut
    pieces.extend(_hard_cuts(text, piece_start, end))
    return pieces


def _hard_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] in stretches of at most about HARD_PIECE characters, each cut after a space."""
    pieces = []
    while end - start > HARD_PIECE:
        cut = text.rfind(" ", start + MAX_PIECE, start + HARD_PIECE)
        if cut < 0:
            cut = start + HARD_PIECE - 1
        pieces.append((start, cut + 1))
        start = cut + 1
    pieces.append((start, end))
    return pieces


@lru_cache(maxsize=32)
def _pysbd_code(lang: str) -> str:
    from pysbd.languages import LANGUAGE_CODES

    return lang if lang in LANGUAGE_CODES else _SEGMENTER_FALLBACK


def _flat(piece: str) -> str:
    return piece.replace("\r", " ").replace("\n", " ")  # a line wrapped in a paragraph ends no sentence


def _split_piece(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    flat = _flat(text[start:end])
    if not flat.strip():
        return []
    closing = _closing_start(flat)
    inner = [m.start() for m in _INNER_MARK.get(lang, _INNER_MARK[None]).finditer(flat, 0, closing)]
    plain = sentence_cuts.plain_sentences(flat, closing, _pysbd_code(lang), inner)
    if plain == [flat]:
        return [_strip(text, start, end)]  # no mark before its end pysbd could split at: one sentence
    # The processor's sentences, located below: Segmenter.segment would also locate each one with a regex of its
    # own, compiled afresh (a third of the audit's time on a large file).
    return _located(text, start, end, flat, plain or _segmenter(lang).processor(flat).process())


def _located(text: str, start: int, end: int, flat: str, sentences: list[str]) -> list[tuple[int, int]]:
    """The bounds of pysbd's sentences of flat, text[start:end] flattened, found in order."""
    bounds, cursor = [], 0
    for piece in sentences:
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


def _closing_start(flat: str) -> int:
    """Where the marks, closing quotation marks, brackets and spaces that end the text begin."""
    length = -1
    while length != len(flat):
        length = len(flat)
        flat = flat.rstrip().rstrip(_CLOSING)
    return length


def split_paragraphs(text: str, lang: str) -> Paragraphs:
    paragraphs = []
    for index, (start, end) in enumerate(_paragraph_bounds(text)):
        sentences = tuple(
            Sentence(s, e, text[s:e], paragraph=index) for s, e in split_sentences(text, start, end, lang)
        )
        paragraphs.append(Paragraph(start, end, text[start:end], sentences=sentences))
    return Paragraphs(paragraphs)
