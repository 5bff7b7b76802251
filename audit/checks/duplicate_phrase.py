"""duplicate-phrase: three or more content-bearing words that come back in the same or the next sentence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from audit.context import RunContext
from audit.document import Document, Sentence
from audit.duplication import lexicons, sentences
from audit.duplication.tokens import Token, text_language, tokens
from audit.findings import Finding, Severity

ID = "duplicate-phrase"
DESCRIPTION = "A phrase of three or more content-bearing words comes back in the same or the next sentence."
CATEGORY = "accuracy/addition"
MIN_CONTENT_WORDS = 3
MIN_WORDS = 4  # "high speed rail" is a term, repeated freely
_COORDINATORS = {"and", "while", "but", "whereas", "or", "et", "mais", "tandis", "ou", "und", "aber", "während",
                 "oder", "y", "e", "pero", "mientras", "o"}  # fmt: skip
_SEED = 3  # phrases are found from a repeated run of this many words, then extended
_LONG_RUN = 5  # inside one sentence, a run this long needs only two content words


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    lang = text_language(doc, ctx)
    repeated = {r.second.start for r in sentences.find(doc)}  # whole repeated sentences are reported as such
    previous: Sentence | None = None
    for sentence in doc.sentences:
        prior = previous if previous is not None and previous.paragraph == sentence.paragraph else None
        previous = sentence
        if sentence.start in repeated:
            continue
        yield from _in_window(doc, prior, sentence, lang)


def _in_window(doc: Document, prior: Sentence | None, sentence: Sentence, lang: str) -> Iterator[Finding]:
    """Phrases of `sentence` that occurred earlier in it or in the sentence before."""
    before = tokens(doc.text, prior.start, prior.end) if prior else []
    words = before + tokens(doc.text, sentence.start, sentence.end)
    boundary = len(before)  # words[boundary:] belong to the current sentence
    keys = [w.key for w in words]
    seeds: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k in range(len(words) - _SEED + 1):
        if k + _SEED <= boundary or k >= boundary:
            seeds[tuple(keys[k : k + _SEED])].append(k)
    j = boundary
    while j + _SEED <= len(words):
        length, k = _longest(keys, seeds.get(tuple(keys[j : j + _SEED]), ()), j, boundary)
        if length and _parallel(words, keys, k, j, length, boundary):
            j += length  # the repeat belongs to a parallel construction, and so does every part of it
        elif _reportable(doc.text, words, k, j, length, boundary, lang):
            yield _finding(doc, sentence, words, k, j, length)
            j += length
        else:
            j += 1


def _longest(keys: list[str], starts, j: int, boundary: int) -> tuple[int, int]:
    """Longest run at j repeating one at an earlier start k (ending before j, within one sentence)."""
    best = (0, -1)
    for k in starts:
        if k >= j:
            break
        limit = min(j, boundary) if k < boundary else j  # the first occurrence stays inside its own sentence
        length = 0
        while k + length < limit and j + length < len(keys) and keys[k + length] == keys[j + length]:
            length += 1
        if length >= _SEED and length > best[0]:
            best = (length, k)
    return best


def _parallel(words: list[Token], keys: list[str], k: int, j: int, length: int, boundary: int) -> bool:
    """ "X rose near A, while Y rose near B": one sentence, two coordinated clauses differing on both sides."""
    if k < boundary or k == 0 or j + length >= len(words):
        return False
    if keys[k + length] in _COORDINATORS or not any(key in _COORDINATORS for key in keys[k + length : j]):
        return False  # "A and A" repeats itself; "A for X and A for Y" is parallel
    return keys[k - 1] != keys[j - 1] and keys[k + length] != keys[j + length]


def _reportable(text: str, words: list[Token], k: int, j: int, length: int, boundary: int, lang: str) -> bool:
    """Whether the repeat of words[k:k+length] at j is a duplication rather than a shared term.

    Anywhere in the window: four words, three of them content-bearing. Inside one sentence, less makes a double:
    a phrase straight after itself ("según fuentes oficiales, según fuentes oficiales", "which was built in 1932,
    which was built in 1932"), or five words with two content words that end a clause ("arrested at his home in
    Marseille on Tuesday at his home in Marseille.").
    """
    rules = [(MIN_WORDS, MIN_CONTENT_WORDS, False)]
    if k >= boundary and k + length == j:
        rules.append((_SEED, 1, True))
    elif k >= boundary and _ends_clause(text, words, j + length):  # "the kind of man to stay, ... to love" goes on
        rules.append((_LONG_RUN, 2, False))
    return any(
        length >= min_words and all(_content_bearing(words[i : i + length], lang, min_content, numbers) for i in (k, j))
        for min_words, min_content, numbers in rules
    )


def _ends_clause(text: str, words: list[Token], index: int) -> bool:
    """No word of the same clause at words[index]: the sentence ends, or punctuation comes first."""
    return index >= len(words) or bool(text[words[index - 1].end : words[index].start].strip())


def _content_bearing(run: list[Token], lang: str, minimum: int, numbers_count: bool) -> bool:
    """At least `minimum` content words (numbers among them when `numbers_count`), not all of them names (German
    capitalises every noun)."""
    function_words = lexicons.FUNCTION_WORDS.get(lang)
    content = [
        w
        for w in run
        if (numbers_count or not w.is_number) and (w.base not in function_words if function_words else len(w.key) > 3)
    ]
    common = [w for w in content if lang == "de" or w.is_number or not w.text[0].isupper()]
    return len(content) >= minimum and len(common) >= 1


def _finding(doc: Document, sentence: Sentence, words: list[Token], k: int, j: int, length: int) -> Finding:
    first = doc.text[words[k].start : words[k + length - 1].end]
    start, end = words[j].start, words[j + length - 1].end
    same_sentence = words[k].start >= sentence.start
    gap = doc.text[words[k + length - 1].end : start]
    suggestion = None
    if same_sentence and gap.strip() == ",":  # an appositive double: "according to X, according to X"
        suggestion = doc.text[sentence.start : words[k + length - 1].end] + doc.text[end : sentence.end]
    where = "earlier in the sentence" if same_sentence else "in the sentence before"
    return doc.finding(
        ID,
        start,
        end,
        severity=Severity.WARNING,
        category=CATEGORY,
        message=f"“{doc.text[start:end]}” repeats “{first}” {where}",
        suggestion=suggestion,
        confidence=0.8,
    )
