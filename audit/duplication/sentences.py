"""Sentences and paragraphs that occur twice in a document, exactly or nearly."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, deque
from difflib import SequenceMatcher
from functools import cache
from itertools import compress, repeat
from operator import attrgetter, eq, itemgetter
from typing import NamedTuple

from audit import lexicon
from audit.caches import per_document
from audit.document import Document, Paragraph, Sentence, Span
from audit.duplication.tokens import Said, Token, indexed, keys_of, sentence_words
from audit.lexicon import Lexicon

MIN_WORDS = 3  # "Yes." or "Kyiv." repeated is not a duplicated sentence
STOCK_MAX_WORDS = 6  # a sentence shorter than this said again, not next to itself, is a stock phrase of the news
NEAR_MIN_WORDS = 6
NEAR_SIMILARITY = 0.9
# A near copy is looked for among sentences of at most this many words: news sentences run to some 80 (WMT14's
# longest line has 81), and difflib's comparison of two long sentences of few distinct words grows with the square
# of their length (pieces of a 100 kB sentence of 12 words: 13 s).
NEAR_MAX_WORDS = 200
REWORDED_WINDOW = 3  # a sentence reworded is looked for among this many sentences before it
REWORDED_MIN_WORDS = 7
REWORDED_LONGER = 10  # from this many words, two words may differ, else one
REWORDED_CHANGES = 2  # the words that may differ from REWORDED_LONGER words on
_STEM = 5
_STEM_OF = itemgetter(slice(_STEM))  # a key's first letters, cut in C
_START, _END = attrgetter("start"), attrgetter("end")  # a span's bounds, read in C
_HEADLINE_MAX_WORDS = 20
_MAX_POSTINGS = 8
_WORD = re.compile(r"[^\W_]+")


class Repeat(NamedTuple):
    """A second occurrence and the first it repeats; a named tuple, made in a tenth of a dataclass's time at
    start-up."""

    first: Span
    second: Span
    exact: bool
    unit: str  # "sentence" or "paragraph"
    joined: bool = False  # the two copies make one sentence, with no full stop between them
    trailing: int = 0  # characters after the joined copy's last word (its final punctuation)


def normalise(text: str) -> tuple[str, ...]:
    """The words of a text, case, punctuation and white space folded away."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _each_normalised(text: str, spans: list[Span], keys: list[list[str]]) -> list[tuple[str, ...]]:
    """[normalise(span.text) for span in spans], read from the keys of their words (`keys`, found once for the whole
    text) where folding moves no word's bounds: spans of Latin-1 text in NFKC, whose folding makes letters of letters
    and of nothing else, so that the runs of letters and digits of the keys are the normalised words ("U.S." -> "u",
    "s"). Those are told by bisecting the text's other characters, found once, and read at once: joined by line
    breaks (no key holds one), put apart by str.replace, which copies in C where str.translate reads each
    character. The pattern runs over the other spans."""
    others = list(map(re.Match.start, _unfoldable().finditer(text)))
    plain = list(
        map(
            eq, map(bisect_left, repeat(others), map(_START, spans)), map(bisect_left, repeat(others), map(_END, spans))
        )
    )
    folded = "\n".join(map(" ".join, compress(keys, plain))).replace("'", " ").replace("-", " ").replace(".", " ")
    found = map(tuple, map(str.split, folded.split("\n")))
    if spans and all(plain):
        return list(found)  # most texts: every span read from its keys, at once
    return [next(found) if read else normalise(span.text) for span, read in zip(spans, plain, strict=True)]


@cache
def _unfoldable() -> re.Pattern[str]:
    """Any character but those of Latin-1 that NFKC leaves as they are (each on its own: none composes with
    another)."""
    kept = "".join(c for c in map(chr, range(256)) if unicodedata.is_normalized("NFKC", c))
    return re.compile(f"[^{re.escape(kept)}]")


def find(doc: Document, lang: Lexicon) -> list[Repeat]:
    """Repeated paragraphs (as a whole) and repeated sentences outside them, each second occurrence once; found
    once for the three checks that ask (duplicate-sentence, duplicate-phrase, double-attribution)."""
    return list(_find(doc.text, doc.paragraphs, lang.code))


@per_document  # a run gives each of the three checks every document in turn
def _find(text: str, paragraphs: tuple[Paragraph, ...], code: str) -> tuple[Repeat, ...]:
    if sum(len(paragraph.sentences) for paragraph in paragraphs) < 2:
        return _alone(text, [sentence for paragraph in paragraphs for sentence in paragraph.sentences])
    return _search(text, paragraphs, code)


def _search(text: str, paragraphs: tuple[Paragraph, ...], code: str) -> tuple[Repeat, ...]:
    """Each sentence against the earlier ones: exactly, nearly (by shared trigrams), reworded (the few before)."""
    lang = lexicon.of(code)
    repeats: list[Repeat] = []
    covered: set[int] = set()  # starts of sentences inside a repeated paragraph
    first_paragraph: dict[tuple[str, ...], Span] = {}
    index = indexed(text)
    wholes = list(map(_whole, paragraphs))
    read = iter(sentence_words(text, paragraphs))
    grouped = [[next(read) for _ in paragraph.sentences] for paragraph in paragraphs]  # the words by paragraph
    parted = [  # the sentences of paragraphs of more, with their keys
        (sentence, said.keys)
        for paragraph, group, whole in zip(paragraphs, grouped, wholes, strict=True)
        if not whole
        for sentence, said in zip(paragraph.sentences, group, strict=True)
    ]
    spans = [*paragraphs, *(sentence for sentence, _ in parted)]
    # the paragraphs' keys sliced at once (bisected as double-attribution weighs them), then the sentences'
    span_keys = [*index.each_keys(list(map(_START, paragraphs)), list(map(_END, paragraphs))), *(k for _, k in parted)]
    normalised = _each_normalised(text, spans, span_keys)
    keys, sentence_normalised = normalised[: len(paragraphs)], iter(normalised[len(paragraphs) :])
    for paragraph, key in zip(paragraphs, keys, strict=True):
        if len(paragraph.sentences) > 1 and key in first_paragraph:
            repeats.append(Repeat(first_paragraph[key], paragraph, exact=True, unit="paragraph"))
            covered.update(s.start for s in paragraph.sentences)
        first_paragraph.setdefault(key, paragraph)
    seen: dict[tuple[str, ...], Span] = {}
    recent: deque[tuple[Sentence, _Words]] = deque(maxlen=REWORDED_WINDOW)  # with their words
    shingles = _Shingles()
    place: dict[int, int] = {}  # each sentence's place in the document, by its start
    for paragraph, key, group, whole in zip(paragraphs, keys, grouped, wholes, strict=True):
        headline = _is_headline(paragraph.text, paragraph.sentences)
        for sentence, own in zip(paragraph.sentences, group, strict=True):  # for every comparison below
            words = key if whole else next(sentence_normalised)  # a whole paragraph's sentence's words are its key's
            place[sentence.start] = len(place)
            if len(words) < MIN_WORDS:
                continue
            trigrams = _trigrams(words)  # for the near copies below, and the copies to come
            known = shingles.known(trigrams)
            counted = _Words(own)
            if sentence.start not in covered:
                doubled = _doubled(text, sentence, own)
                if doubled is not None:
                    repeats.append(doubled)
                    continue
                earlier = (
                    seen.get(words)
                    or _near(text, own, words, trigrams, known, shingles, lang)
                    or _reworded_before(recent, counted, lang)
                )
                exact = earlier is not None and earlier is seen.get(words)
                if exact and len(words) < STOCK_MAX_WORDS and place[sentence.start] - place[earlier.start] > 1:
                    pass  # a short stock sentence said again further on ("No one was injured."): the news's own
                elif earlier is not None:
                    repeats.append(Repeat(earlier, sentence, exact=exact, unit="sentence"))
                    continue
            if headline:  # a title restated by the lead is not a duplicate
                continue
            seen.setdefault(words, sentence)
            recent.append((sentence, counted))
            shingles.add(trigrams, known, (sentence, words))
    return tuple(sorted(repeats, key=lambda r: r.second.start))


def _alone(text: str, sentences: list[Sentence]) -> tuple[Repeat, ...]:
    """The repeats of a text of one sentence or none (a headline, a one-line item): only the sentence made of the
    same words twice (see _doubled), found without the setting up of the search of earlier sentences (a third of
    the duplication checks' time on a one-line document)."""
    if not sentences:
        return ()
    [sentence] = sentences
    own = indexed(text).said(sentence.start, sentence.end)
    if len(own.keys) < 2 * MIN_WORDS or len(normalise(sentence.text)) < MIN_WORDS:
        return ()  # too short to be doubled (_doubled), or passed over as _find passes over it
    doubled = _doubled(text, sentence, own)
    return () if doubled is None else (doubled,)


def _whole(paragraph: Paragraph) -> bool:
    """A paragraph of one sentence, the whole of it."""
    return len(paragraph.sentences) == 1 and paragraph.sentences[0].text == paragraph.text


def forget() -> None:
    _find.cache_clear()


_Entry = tuple[Span, tuple[str, ...]]  # a sentence and its words


class _Shingles:
    """The sentences each trigram of words occurs in, up to _MAX_POSTINGS (a phrase common to many sentences says
    little: kept linear). The first is kept on its own, the others in a list: most trigrams occur once, and a
    list for each would be most of the time spent here."""

    def __init__(self) -> None:
        self._first: dict[str, _Entry] = {}
        self._more: dict[str, list[_Entry]] = {}

    def known(self, trigrams: set[str]) -> set[str]:
        """The trigrams that occurred before, found in C."""
        return self._first.keys() & trigrams

    def postings(self, trigram: str) -> list[_Entry]:
        """The sentences the trigram occurred in, in order."""
        first = self._first.get(trigram)
        return [] if first is None else [first, *self._more.get(trigram, ())]

    def add(self, trigrams: set[str], known: set[str], entry: _Entry) -> None:
        """A sentence's trigrams, `known` those among them that occurred before."""
        self._first.update(zip(trigrams - known, repeat(entry)))
        for trigram in known:
            more = self._more.get(trigram)
            if more is None:
                self._more[trigram] = [entry]
            elif len(more) < _MAX_POSTINGS - 1:
                more.append(entry)


class _Words:
    """A sentence's words, and their stems found on first ask: each sentence is weighed against the
    REWORDED_WINDOW sentences after it, which would find them again each time."""

    __slots__ = ("_counted", "_distinct", "keys", "said")

    def __init__(self, said: Said) -> None:
        self.said = said
        self.keys = said.keys
        self._distinct: frozenset[str] | None = None
        self._counted: Counter[str] | None = None

    @property
    def distinct(self) -> frozenset[str]:
        """The stems as a set, compared in C before they are counted."""
        if self._distinct is None:
            self._distinct = frozenset(map(_STEM_OF, self.keys))
        return self._distinct

    @property
    def stems(self) -> Counter[str]:
        if self._counted is None:
            self._counted = Counter(map(_STEM_OF, self.keys))
        return self._counted


def _reworded_before(recent: deque[tuple[Sentence, _Words]], again: _Words, lang: Lexicon) -> Sentence | None:
    """The sentence among `recent` that the sentence of words `again` says again reworded (see _reworded); those
    more words apart than may change, most of them, are passed over without a call."""
    size = len(again.keys)
    if size < REWORDED_MIN_WORDS:
        return None
    for sentence, said in recent:  # a loop, not a generator made for each sentence of the text
        if abs(len(said.keys) - size) <= REWORDED_CHANGES and _reworded(said, again, lang):
            return sentence
    return None


def _reworded(said: _Words, again: _Words, lang: Lexicon) -> bool:
    """A sentence (words `again`) saying again one a sentence or two before it (`said`) with a word or two changed
    for a synonym, an inflection or a function word ("zajęły wieś" / "zdobyły wieś", "rekordowy poziom" /
    "rekordowe poziomy", "nesta" / "na")."""
    size_a, size_b = len(said.keys), len(again.keys)
    if min(size_a, size_b) < REWORDED_MIN_WORDS:
        return False
    limit = 1 if min(size_a, size_b) < REWORDED_LONGER else REWORDED_CHANGES
    if abs(size_a - size_b) > limit:
        return False  # more words apart than may change: no alignment can do with fewer changes
    shared = len(said.distinct & again.distinct)
    if len(said.distinct) - shared > limit or len(again.distinct) - shared > limit:
        return False  # each stem one lacks is a change at least: most sentences are told apart here, in C
    stems_a, stems_b = said.stems, again.stems
    if max((stems_a - stems_b).total(), (stems_b - stems_a).total()) > limit:
        return False  # the words one has and the other lacks are changes under any alignment: no need to align
    a, b = said.said.words, again.said.words
    changed = _changes(a, b, stem=True)
    if sum(max(len(x), len(y)) for x, y in changed) > limit:
        return False
    return _same_facts(a, b, changed, lang) and said.keys != again.keys


def _changes(a: list[Token], b: list[Token], stem: bool) -> list[tuple[list[Token], list[Token]]]:
    """The stretches of words that differ between two sentences (inflections equal when `stem`)."""
    compared = _stems if stem else keys_of
    opcodes = SequenceMatcher(None, compared(a), compared(b), autojunk=False).get_opcodes()
    return [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in opcodes if tag != "equal"]


def _same_facts(a: list[Token], b: list[Token], changed, lang: Lexicon) -> bool:
    """No difference is a fact: a number for another, a name (“Kyiv” / “Kharkiv”) or a circumstance (a day, a
    place) of either side."""
    for x, y in changed:
        if any(w.is_number for w in x) and any(w.is_number for w in y):
            return False  # "30 dead" / "40 dead"
        for word in (*x, *y):
            parts = word.key.split("-")
            circumstance = word.key not in lang.function_words and any(
                part in lang.circumstantial for part in (word.key, *parts)
            )
            if circumstance or word.text[0].isupper():
                return False  # "on Monday" / "on Tuesday", "in Kyiv" / "in Lviv", "Kyiv was …" / "Kharkiv was …"
    return True


def _stems(words: list[Token]) -> list[str]:
    """The words cut to their first letters, so that inflections of one word compare equal ("poziom" / "poziomy")."""
    return list(map(_STEM_OF, keys_of(words)))


def _doubled(text: str, sentence: Sentence, said: Said) -> Repeat | None:
    """A sentence (of words `said`) made of the same words twice, the full stop between them lost ("The talks
    failed the talks failed.")."""
    keys = said.keys
    half = len(keys) // 2
    if half < MIN_WORDS or len(keys) % 2 or keys[0] != keys[half]:
        return None  # most sentences, told by their length or their first word
    if keys[:half] != keys[half:]:
        return None
    words = said.words
    first = Span(sentence.start, words[half - 1].end, text[sentence.start : words[half - 1].end])
    second = Span(words[half].start, sentence.end, text[words[half].start : sentence.end])
    return Repeat(first, second, exact=True, unit="sentence", joined=True, trailing=sentence.end - words[-1].end)


def _near(
    text: str,
    own: Said,
    words: tuple[str, ...],
    trigrams: set[str],
    known: set[str],
    shingles: _Shingles,
    lang: Lexicon,
) -> Span | None:
    """An earlier sentence that differs from this one by a word or two, none of them a fact; `known` are the
    trigrams that occurred before."""
    if not NEAR_MIN_WORDS <= len(words) <= NEAR_MAX_WORDS:
        return None
    if len(known) < len(trigrams) / 2:
        return None  # an earlier sentence shares at most the trigrams any shares: too few
    votes: Counter[int] = Counter()
    candidates: dict[int, tuple[Span, tuple[str, ...]]] = {}
    for shingle in known:
        for span, other in shingles.postings(shingle):
            votes[span.start] += 1
            candidates[span.start] = (span, other)
    for start, count in votes.most_common(3):
        if count < len(trigrams) / 2:
            break
        span, other = candidates[start]
        if SequenceMatcher(None, words, other, autojunk=False).ratio() >= NEAR_SIMILARITY:
            earlier = indexed(text).within(span.start, span.end)
            if _same_facts(earlier, own.words, _changes(earlier, own.words, stem=False), lang):
                return span
    return None


def _trigrams(words: tuple[str, ...]) -> set[str]:
    """The runs of three words, each as one string (no word holds a space): strings, unlike tuples, keep their
    hash and are no work for the garbage collector."""
    return set(map(" ".join, zip(words, words[1:], words[2:], strict=False)))


def _is_headline(text: str, sentences) -> bool:
    return len(sentences) == 1 and text.rstrip()[-1:] not in '.!?…"”»' and len(text.split()) <= _HEADLINE_MAX_WORDS
