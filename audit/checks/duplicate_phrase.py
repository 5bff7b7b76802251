"""duplicate-phrase: three or more content-bearing words that come back in the same or the next sentence, or a
clause said again in inverted order."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import NamedTuple

from audit.checks.base import Check, Example, option
from audit.context import RunContext
from audit.document import Document, Sentence
from audit.duplication import sentences
from audit.duplication.attributions import document_quotations
from audit.duplication.spans import Spans
from audit.duplication.suggestion import suggestion
from audit.duplication.tokens import NO_WORDS, Said, Token, TokenIndex, indexed, sentence_words, text_lexicon
from audit.findings import Applicability, Finding, Fix, Severity
from audit.lexicon import Lexicon

MIN_CONTENT_WORDS = 3
MIN_WORDS = 4  # "high speed rail" is a term, repeated freely
_SEED = 3  # phrases are found from a repeated run of this many words, then extended
_LONG_RUN = 5  # inside one sentence, a run this long needs only two content words
# The earlier occurrences of a phrase's first words that are tried, the nearest: a trigram comes back a few times
# in two sentences of news, thousands of times in a "sentence" of one word repeated, where trying them all (each
# extended word by word) is quadratic.
_CANDIDATES = 8


class _Words(NamedTuple):
    """A sentence's words, read once: each sentence is the window's second sentence, then its first."""

    said: Said  # its keys, and its Tokens made on first ask (most sentences need none)
    distinct: set[str]  # its distinct keys
    runs: set[tuple[str, ...]]  # its distinct runs of _SEED keys
    run_again: bool  # a run of _SEED keys comes back in the sentence

    @property
    def words(self) -> list[Token]:
        return self.said.words

    @property
    def keys(self) -> list[str]:
        return self.said.keys


_FROM_EACH = [slice(i, None) for i in range(_SEED)]  # a sentence's keys from each of its first _SEED words


def _read(said: Said) -> _Words:
    keys = said.keys
    runs = set(zip(*map(keys.__getitem__, _FROM_EACH), strict=False))  # the slices cut in C
    return _Words(said, set(keys), runs, len(runs) < len(keys) - _SEED + 1)


_NONE = _read(NO_WORDS)  # the words before a paragraph's first sentence


@dataclass(frozen=True)
class Options:
    min_words: int = option(MIN_WORDS, "words a repeated phrase needs (inside one sentence, fewer may do)", 3, 20)
    min_content_words: int = option(MIN_CONTENT_WORDS, "content-bearing words it needs among them", 1, 20)
    in_quotations: bool = option(
        False, "report repeats inside quoted speech (rhetoric: “bring them home, bring them home”)"
    )

    def __post_init__(self) -> None:
        if self.min_content_words > self.min_words:
            raise ValueError(f"min-content-words ({self.min_content_words}) exceeds min-words ({self.min_words})")


class DuplicatePhrase(Check):
    id = "duplicate-phrase"
    category = "accuracy/addition"
    severity = Severity.WARNING
    summary = "A phrase of three or more content-bearing words comes back in the same or the next sentence."
    rationale = (
        "Machine translation repeats a circumstance or a clause it has already rendered (“according to officials,"
        " according to officials”, “which the authorities deny, deny the authorities”): the sentence says one"
        " thing twice and the reader wonders what was lost. Repeats inside quoted speech are the speaker's"
        " rhetoric and are left alone."
    )
    Options = Options
    examples = (
        Example(
            "en",
            "The vote was delayed, according to local officials, according to local officials.",
            ("according to local officials",),
            "The vote was delayed, according to local officials.",
        ),
        Example(
            "en",
            "Drones hit the port, which the Iranian authorities deny, deny the Iranian authorities.",
            ("deny the Iranian authorities",),
            "Drones hit the port, which the Iranian authorities deny.",
        ),
        Example("en", "“Bring them home, bring them home now,” the crowd chanted outside the Knesset."),
        Example(
            "es",
            "El acuerdo fue firmado, según fuentes oficiales, según fuentes oficiales.",
            ("según fuentes oficiales",),
            "El acuerdo fue firmado, según fuentes oficiales.",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lang = text_lexicon(doc, ctx)
        options = self.options_in(ctx)
        # whole repeated sentences are reported as such
        repeated = {r.first.start if r.joined else r.second.start for r in sentences.find(doc, lang)}
        quoted = Spans([] if options.in_quotations else document_quotations(doc, lang))
        previous: Sentence | None = None
        previous_words = _NONE
        # each sentence's words and keys read once: both searches, and the next window
        read = sentence_words(doc.text, doc.paragraphs)
        index = indexed(doc.text)  # asked once, not for each sentence's clauses
        for sentence, said in zip(doc.sentences, read, strict=True):
            own = _read(said)
            before = previous_words if previous is not None and previous.paragraph == sentence.paragraph else _NONE
            previous, previous_words = sentence, own
            if sentence.start in repeated:
                continue
            inverted = list(_inverted(self, doc, index, sentence, own, lang))
            within = (
                [f for f in _in_window(self, doc, before, sentence, own, lang, options) if not _overlaps(f, inverted)]
                if _runs_again(before, own)
                else []
            )
            if inverted or within:
                for finding in sorted([*inverted, *within], key=lambda f: f.start):
                    if not quoted.holds(finding.start):
                        yield finding


def _overlaps(finding: Finding, others: list[Finding]) -> bool:
    """The repeat lies inside a clause reported as said again in inverted order: one finding is enough."""
    return any(other.start < finding.end and finding.start < other.end for other in others)


def _runs_again(before: _Words, own: _Words) -> bool:
    """Whether a run of _SEED words of the sentence (words `own`) comes back from earlier in it or in the sentence
    before: a repeat ends in the sentence, and runs of the sentence before alone find nothing. Most windows have
    none, where trying each word would find nothing."""
    return own.run_again or not own.runs.isdisjoint(before.runs)


def _in_window(
    check: DuplicatePhrase,
    doc: Document,
    before: _Words,
    sentence: Sentence,
    own: _Words,
    lang: Lexicon,
    options: Options,
) -> Iterator[Finding]:
    """Phrases of `sentence` (words `own`) that occurred earlier in it or in the sentence before (words `before`,
    none when it opens its paragraph); asked of a window where a run of the sentence comes back (_runs_again)."""
    words, keys = before.words + own.words, before.keys + own.keys
    boundary = len(before.keys)  # words[boundary:] belong to the current sentence
    runs = list(zip(*(keys[i:] for i in range(_SEED)), strict=False))  # each word's run of _SEED words
    seeds: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, run in enumerate(runs):
        if k + _SEED <= boundary or k >= boundary:
            seeds[run].append(k)
    coordinated = [0, *accumulate(key in lang.coordinators for key in keys)]  # coordinators before each word
    j = boundary
    while j + _SEED <= len(words):
        length, k = _longest(keys, seeds.get(tuple(keys[j : j + _SEED]), []), j, boundary)
        if length and _parallel(words, keys, coordinated, k, j, length, boundary, lang):
            j += length  # the repeat belongs to a parallel construction, and so does every part of it
        elif _reportable(doc.text, words, k, j, length, boundary, lang, options):
            yield _finding(check, doc, sentence, words, k, j, length)
            j += length
        else:
            j += 1


def repeats(own: _Words) -> int:
    """How many of the sentence's words repeat one before them, told by its distinct keys. A run of n words said
    again anywhere after itself, even overlapping it, makes n repeats at least: the run and its copy span d + n
    words of at most d distinct keys (d, the distance between them)."""
    return len(own.keys) - len(own.distinct)


def _longest(keys: list[str], starts: list[int], j: int, boundary: int) -> tuple[int, int]:
    """Longest run at j repeating one at an earlier start k (ending before j, within one sentence), among the
    _CANDIDATES nearest starts; a start with no room for a longer run than the best is not read."""
    best = (0, -1)
    before = bisect_left(starts, j)
    for k in starts[max(0, before - _CANDIDATES) : before]:
        limit = min(j, boundary) if k < boundary else j  # the first occurrence stays inside its own sentence
        if min(limit - k, len(keys) - j) <= best[0]:
            continue
        length = 0
        while k + length < limit and j + length < len(keys) and keys[k + length] == keys[j + length]:
            length += 1
        if length >= _SEED and length > best[0]:
            best = (length, k)
    return best


def _parallel(
    words: list[Token],
    keys: list[str],
    coordinated: list[int],
    k: int,
    j: int,
    length: int,
    boundary: int,
    lang: Lexicon,
) -> bool:
    """ "X rose near A, while Y rose near B": one sentence, two coordinated clauses, each with its own subject,
    differing on both sides of the repeat (`coordinated` counts the coordinators before each word)."""
    coordinators = lang.coordinators
    if k < boundary or k == 0 or j + length >= len(words):
        return False
    if keys[k + length] in coordinators or coordinated[j] == coordinated[k + length]:
        return False  # "A and A" repeats itself; "A for X and A for Y" is parallel
    if keys[j - 1] in coordinators and not lang.correlatives & set(keys[max(0, k - 2) : k]):
        # "a enviar uma missão de paz ao Sudão e a enviar uma missão de paz…": one subject says it twice; but
        # "between an adult author writing for an adult and an adult author writing for a child" contrasts
        return False
    return keys[k - 1] != keys[j - 1] and keys[k + length] != keys[j + length]


def _reportable(
    text: str, words: list[Token], k: int, j: int, length: int, boundary: int, lang: Lexicon, options: Options
) -> bool:
    """Whether the repeat of words[k:k+length] at j is a duplication rather than a shared term.

    Anywhere in the window: four words, three of them content-bearing. Inside one sentence, less makes a double:
    a phrase straight after itself ("según fuentes oficiales, según fuentes oficiales", "which was built in 1932,
    which was built in 1932"), or five words with two content words that end a clause ("arrested at his home in
    Marseille on Tuesday at his home in Marseille.").
    """
    rules = [(options.min_words, options.min_content_words, False)]
    if k >= boundary and k + length == j:
        rules.append((_SEED, 1, True))
    elif k >= boundary and _ends_clause(text, words, j + length):  # "the kind of man to stay, ... to love" goes on
        rules += [(_LONG_RUN, 2, False), (MIN_WORDS, 3, True)]  # "… op vrijdag 24 januari, op vrijdag 24 januari."
    return any(
        length >= min_words and all(_content_bearing(words[i : i + length], lang, min_content, numbers) for i in (k, j))
        for min_words, min_content, numbers in rules
    )


def _ends_clause(text: str, words: list[Token], index: int) -> bool:
    """No word of the same clause at words[index]: the sentence ends, or punctuation comes first."""
    return index >= len(words) or bool(text[words[index - 1].end : words[index].start].strip())


def _content_bearing(run: list[Token], lang: Lexicon, minimum: int, numbers_count: bool) -> bool:
    """At least `minimum` content words (numbers among them when `numbers_count`), not all of them names (German
    capitalises every noun)."""
    function_words = lang.function_words
    content = [
        w
        for w in run
        if (numbers_count or not w.is_number)
        and (lang.base(w.key) not in function_words if function_words else len(w.key) > 3)
    ]
    common = [w for w in content if lang.nouns_capitalised or w.is_number or not w.text[0].isupper()]
    return len(content) >= minimum and len(common) >= 1


def _finding(
    check: DuplicatePhrase, doc: Document, sentence: Sentence, words: list[Token], k: int, j: int, length: int
) -> Finding:
    first = doc.text[words[k].start : words[k + length - 1].end]
    start, end = words[j].start, words[j + length - 1].end
    same_sentence = words[k].start >= sentence.start
    gap = doc.text[words[k + length - 1].end : start]
    fix = None
    if same_sentence and (not gap.strip(" ,;") or _ends_clause(doc.text, words, j + length)):
        fix = Fix.delete(words[j - 1].end, end, Applicability.UNSAFE)  # with what joins it to the word before
    shown = suggestion(doc.text, sentence.start, sentence.end, fix)
    where = "earlier in the sentence" if same_sentence else "in the sentence before"
    return check.finding(
        doc,
        start,
        end,
        f"“{doc.text[start:end]}” repeats “{first}” {where}",
        suggestion=shown,
        confidence=0.8,
        fix=fix,
    )


_MIN_INVERTED = 2  # words of a clause said again in inverted order ("which Hamas denies, denies Hamas")
_MAX_INVERTED = 8


def _inverted(
    check: DuplicatePhrase, doc: Document, index: TokenIndex, sentence: Sentence, own: _Words, lang: Lexicon
) -> Iterator[Finding]:
    """A clause that says the end of the clause before it again in another order ("which the authorities deny,
    deny the authorities"; "lo que niega el Gobierno, el Gobierno lo niega"): straight after a comma, the same
    content words, rotated, with at most one function word more or less."""
    if "," not in sentence.text and ";" not in sentence.text:
        return  # no clause follows another after a comma or semicolon: most sentences, spared reading each gap
    keys = own.keys
    if repeats(own) < 2:
        return  # a rotation brings two words back at least (below): most sentences repeat fewer
    breaks = index.breaks(sentence.start, sentence.end)
    clauses = pairwise([0, *breaks, len(keys)])  # parted by punctuation
    for (a_start, a_end), (b_start, b_end) in pairwise(clauses):
        n = b_end - b_start
        if not _MIN_INVERTED <= n <= _MAX_INVERTED:
            continue
        before = keys[max(a_start, a_end - n - 1) : a_end]  # every word a rotated tail can hold
        if len(set(keys[b_start:b_end]).intersection(before)) < 2:
            continue  # a rotation needs two words or more that come back: most clauses, told in C
        words = own.words  # made for the few clauses left
        if doc.text[words[a_end - 1].end : words[b_start].start].strip() not in (",", ";"):
            continue
        again = _content(words[b_start:b_end], lang)
        if len(again) < 2:
            continue
        for m in (n, n - 1, n + 1):
            if not _MIN_INVERTED <= m <= a_end - a_start:
                continue
            tail = _content(words[a_end - m : a_end], lang)
            if tail != again and any(again == tail[r:] + tail[:r] for r in range(1, len(tail))):
                start, end = words[b_start].start, words[b_end - 1].end
                first = doc.text[words[a_end - m].start : words[a_end - 1].end]
                yield check.finding(
                    doc,
                    start,
                    end,
                    f"“{doc.text[start:end]}” repeats “{first}” in inverted order",
                    confidence=0.8,
                    fix=Fix.delete(words[a_end - 1].end, end, Applicability.UNSAFE),
                )
                break


def _content(run: list[Token], lang: Lexicon) -> list[str]:
    """The content-bearing words of a run, in order."""
    return [w.key for w in run if lang.base(w.key) not in lang.function_words and not w.is_number]


CHECK = DuplicatePhrase()
