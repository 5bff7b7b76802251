"""Word tokens with character offsets, the words of a whole text found once, and the lexicon of the language the
text is meant to be in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from itertools import accumulate, compress, pairwise, repeat
from operator import add, attrgetter, eq, ge, gt, itemgetter, lt, or_, sub
from typing import NamedTuple

from audit import lexicon
from audit.caches import on_forget, per_document
from audit.context import RunContext
from audit.document import Document, Paragraphs

# A word: letters or digits, with inner apostrophes, hyphens or periods (U.S., l'armée, Chasiv-Yar). Possessive:
# no run needs giving back (a word's letters end at a character that is none), and the engine keeps no state to
# give it back (a tenth fewer instructions splitting a text).
_WORD = re.compile(r"[^\W_]++(?:['’\-.][^\W_]++)*+")


class Token(NamedTuple):
    """A word; a named tuple, as the words of every sentence are made and read many times over."""

    start: int
    end: int
    text: str
    key: str  # the token compared case-insensitively, with typographic apostrophes folded

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


_KEY = itemgetter(3)  # a Token's key, read in C
_START, _END = attrgetter("start"), attrgetter("end")  # a span's bounds, read in C
_WORDS_AND_GAPS = re.compile(f"({_WORD.pattern})")  # split by it, a text is its gaps and words in turn
_TOKENS = repeat(Token)  # with tuple.__new__, each a Token made from a tuple in C, without the named tuple's
# constructor; mapped over the class repeated rather than through a partial, a fifth fewer instructions


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end], with offsets into text."""
    return list(map(tuple.__new__, _TOKENS, zip(*_columns(_parts(text, start, end), start), strict=True)))


def _parts(text: str, start: int, end: int | None) -> list[str]:
    """text[start:end] as its gaps and words in turn: [gap, word, gap, ..., word, gap]."""
    return _WORDS_AND_GAPS.split(text if start == 0 and end is None else text[start:end])


def _columns(parts: list[str], start: int) -> tuple[list[int], list[int], list[str], list[str]]:
    """The starts, ends, texts and keys of the words of `parts` (of the text from `start`), each a list made in C:
    the gaps' and words' lengths added up give the offsets, and the words joined by line breaks are folded at once
    (no word holds a line break, and folding makes none)."""
    bounds = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    keys = "\n".join(words).casefold().replace("’", "'").split("\n") if words else []
    return bounds[1:-1:2], bounds[2::2], words, keys


def keys_of(words: list[Token]) -> list[str]:
    """The words' keys, read in C."""
    return list(map(_KEY, words))


_SCANNED = 64  # the words of a stretch any_of() reads; past them it counts the whole text once
_EACH_KEPT = 4  # the lists of stretches whose bounds an index keeps: a text's sentences and paragraphs


class TokenIndex:
    """The words of a whole text, found once: the words of any stretch exactly as tokens(text, start, end) finds
    them (a word the stretch cuts is found again in the part inside), in time of their number, not of the text's.
    They are kept as columns (starts, ends, texts, keys), a stretch's Tokens made when asked: the checks read
    most sentences by their keys alone, and making every word's Token, then freeing it, was a twentieth of a
    feed's audit."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _parts(text, 0, None)
        self._starts, self._ends, self.texts, self._keys = _columns(parts, 0)
        self._gaps = parts[2:-1:2]  # between each word and the next
        self._counts: dict[frozenset[str], list[int]] = {}
        self._doubles: list[int] | None = None  # how many words before each repeat the word before it
        self._breaks: list[int] | None = None  # the words with more than white space before them
        self._padded: tuple[list[int], list[int]] | None = None  # the starts and ends read past either end
        self._each: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[list[int], list[int], list[int]]] = {}

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, at: int) -> Token:
        """The text's word at index `at` (of all its words, in order), as a list of them would give it."""
        return tuple.__new__(Token, (self._starts[at], self._ends[at], self.texts[at], self._keys[at]))

    def _made(self, low: int, high: int) -> list[Token]:
        """The Tokens of the text's words low to high - 1, made in C."""
        columns = self._starts[low:high], self._ends[low:high], self.texts[low:high], self._keys[low:high]
        return list(map(tuple.__new__, _TOKENS, zip(*columns, strict=True)))

    def _bounds(self, start: int, end: int) -> tuple[list[Token], int, int, list[Token]]:
        """The stretch's words as (words found again at its start, first and last + 1 index of the whole words
        inside, words found again at its end)."""
        low, high = bisect_right(self._ends, start), bisect_left(self._starts, end)
        head: list[Token] = []
        tail: list[Token] = []
        if low < high and self._starts[low] < start:  # a word the stretch's start cuts
            head = tokens(self.text, start, min(self._ends[low], end))
            low += 1
        if low < high and self._ends[high - 1] > end:  # a word the stretch's end cuts
            tail = tokens(self.text, self._starts[high - 1], end)
            high -= 1
        return head, low, max(low, high), tail

    def _each_bounds(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int], list[int]]:
        """The bounds of many stretches at once (see _bisected), found once for the same stretches: the checks ask
        for the text's sentences in turn (repeated-word, the sentences' words; double-attribution for its
        paragraphs, often the same)."""
        asked = (tuple(starts), tuple(ends))
        found = self._each.get(asked)
        if found is None:
            if len(self._each) >= _EACH_KEPT:
                self._each.clear()
            found = self._each[asked] = self._bisected(starts, ends)
        return found

    def _bisected(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int], list[int]]:
        """The bounds of many stretches, bisected in C: for each, the first and last + 1 index of the whole words
        inside; and the stretches that must be read one by one, as within() reads them: those that cut a word (the
        first word to end after a stretch's start starts before it, or the last to start before its end ends after
        it) or hold no character."""
        if self._padded is None:  # a start past any stretch after the last word, an end before any before the first
            self._padded = [*self._starts, len(self.text) + 1], [0, *self._ends]
        next_starts, last_ends = self._padded
        lows = list(map(bisect_right, repeat(self._ends), starts))
        highs = list(map(bisect_left, repeat(self._starts), ends))
        cut_first = map(lt, map(next_starts.__getitem__, lows), starts)
        cut_last = map(gt, map(last_ends.__getitem__, highs), ends)
        odd = map(or_, map(or_, cut_first, cut_last), map(ge, starts, ends))
        return lows, highs, list(compress(range(len(starts)), odd))

    def each_within(self, starts: list[int], ends: list[int]) -> list[Said]:
        """The words of each stretch (as within() finds them), their keys sliced from the text's in C for those that
        cut no word, their Tokens made on first ask: a check reads every sentence of a text, most of them by their
        keys alone."""
        lows, highs, odd = self._each_bounds(starts, ends)
        keys = list(map(self._keys.__getitem__, map(slice, lows, highs)))
        found = list(map(Said, repeat(self), lows, highs, keys))
        for at in odd:
            words = self.within(starts[at], ends[at])
            found[at] = Said(self, 0, 0, keys_of(words), words)
        return found

    def said(self, start: int, end: int) -> Said:
        """The words of text[start:end] as each_within() gives them."""
        return self.each_within([start], [end])[0]

    def each_keys(self, starts: list[int], ends: list[int]) -> list[list[str]]:
        """The keys of each_within() alone: the repeated-sentence search reads its paragraphs by their keys."""
        lows, highs, odd = self._each_bounds(starts, ends)
        keys = list(map(self._keys.__getitem__, map(slice, lows, highs)))
        for at in odd:
            keys[at] = keys_of(self.within(starts[at], ends[at]))
        return keys

    def each_doubled(self, starts: list[int], ends: list[int]) -> list[int]:
        """The indexes of the stretches of which doubled() is true, those that cut no word asked in C: most
        sentences have no word that repeats the one before."""
        lows, highs, odd = self._each_bounds(starts, ends)
        doubles = self._doubled_before()
        seconds = map(min, map(add, lows, repeat(1)), highs)  # a stretch's second word, or its end
        doubled = list(map(gt, map(doubles.__getitem__, highs), map(doubles.__getitem__, seconds)))
        for at in odd:
            doubled[at] = self.doubled(starts[at], ends[at])
        return list(compress(range(len(starts)), doubled))

    def within(self, start: int, end: int) -> list[Token]:
        """The words of text[start:end], as tokens(text, start, end)."""
        if start >= end:
            return []
        head, low, high, tail = self._bounds(start, end)
        return head + self._made(low, high) + tail if head or tail else self._made(low, high)

    def iterate(self, start: int, end: int) -> Iterator[Token]:
        """The words of text[start:end] one by one, for a reader that stops early."""
        if start >= end:
            return
        head, low, high, tail = self._bounds(start, end)
        yield from head
        for index in range(low, high):
            yield self[index]
        yield from tail

    def first(self, start: int, end: int) -> Token | None:
        return next(self.iterate(start, end), None)

    def last(self, start: int, end: int) -> Token | None:
        if start >= end:
            return None
        head, low, high, tail = self._bounds(start, end)
        return tail[-1] if tail else self[high - 1] if high > low else head[-1] if head else None

    def any_of(self, start: int, end: int, keys: frozenset[str]) -> bool:
        """Whether a word of text[start:end] is one of `keys`: a short stretch's keys read in C, a longer one's told
        by the text's counts of them, in constant time past the first ask (counting the whole text for the few
        short stretches a document asks about, the rest of a sentence after an attribution, costs more)."""
        if start >= end:
            return False
        head, low, high, tail = self._bounds(start, end)
        if (head or tail) and any(w.key in keys for w in head + tail):
            return True
        if high - low <= _SCANNED:
            return not keys.isdisjoint(self._keys[low:high])
        counts = self._counted(keys)
        return counts[high] > counts[low]

    def count_of(self, start: int, end: int, keys: frozenset[str]) -> int:
        """How many words of text[start:end] are one of `keys`, in constant time past the first ask."""
        if start >= end:
            return 0
        head, low, high, tail = self._bounds(start, end)
        counts = self._counted(keys)
        return counts[high] - counts[low] + sum(w.key in keys for w in head + tail)

    def each_count_of(self, starts: list[int], ends: list[int], keys: frozenset[str]) -> list[int]:
        """[self.count_of(start, end, keys) for start, end in zip(starts, ends)], those that cut no word counted in
        C: a check that weighs each paragraph by its words of a kind."""
        lows, highs, odd = self._each_bounds(starts, ends)
        counts = self._counted(keys)
        found = list(map(sub, map(counts.__getitem__, highs), map(counts.__getitem__, lows)))
        for at in odd:
            found[at] = self.count_of(starts[at], ends[at], keys)
        return found

    def _counted(self, keys: frozenset[str]) -> list[int]:
        """How many words before each are one of `keys`, counted once for the whole text."""
        counts = self._counts.get(keys)
        if counts is None:
            counts = self._counts[keys] = [0, *accumulate(map(keys.__contains__, self._keys))]
        return counts

    def breaks(self, start: int, end: int) -> list[int]:
        """Where the words of text[start:end] (as within() finds them) part with more than white space: the
        indexes of those with something else between them and the word before (a comma, a full stop, a dash),
        found once for the whole text: a clause is read from them, not from every gap."""
        if start >= end:
            return []
        head, low, high, tail = self._bounds(start, end)
        if head or tail:  # a word the stretch cuts: read its gaps
            words = head + self._made(low, high) + tail
            return [i for i in range(1, len(words)) if self.text[words[i - 1].end : words[i].start].strip()]
        if self._breaks is None:
            self._breaks = list(compress(range(1, len(self._starts)), map(str.strip, self._gaps)))
        first, last = bisect_right(self._breaks, low), bisect_left(self._breaks, high)
        return [at - low for at in self._breaks[first:last]]

    def doubled(self, start: int, end: int) -> bool:
        """Whether a word of text[start:end] has the key of the word before it there (as within() finds them), in
        constant time past the first ask: most sentences have none."""
        if start >= end:
            return False
        head, low, high, tail = self._bounds(start, end)
        if head or tail:  # a word the stretch cuts: read its words
            return any(a.key == b.key for a, b in pairwise(head + self._made(low, high) + tail))
        return high - low > 1 and self._doubled_before()[high] > self._doubled_before()[low + 1]

    def pairs_doubled(self) -> list[int]:
        """The indexes of the text's words that open two words said twice in a row ("a assuré a assuré", "leur
        médiation, leur médiation"): keys i, i + 1 equal to keys i + 2, i + 3, and the two words differ (a word
        said four times is a run of one). Compared in C; most texts have none."""
        keys = self._keys
        same = compress(range(len(keys) - 3), map(eq, keys, keys[2:]))  # "the X the": a few in a hundred words
        return [i for i in same if keys[i + 1] == keys[i + 3] and keys[i] != keys[i + 1]]

    def gap(self, at: int) -> str:
        """What stands between the text's word at index `at` and the next."""
        return self._gaps[at]

    def _doubled_before(self) -> list[int]:
        """How many words before each repeat the key of the word before them, counted once for the whole text."""
        if self._doubles is None:
            self._doubles = [0, 0, *accumulate(map(eq, self._keys[1:], self._keys))]
        return self._doubles


class Said:
    """The words of a stretch of a text (TokenIndex.each_within): their keys, and their Tokens made on first ask."""

    __slots__ = ("_high", "_index", "_low", "_words", "keys")

    def __init__(
        self, index: TokenIndex | None, low: int, high: int, keys: list[str], words: list[Token] | None = None
    ) -> None:
        self._index, self._low, self._high, self.keys, self._words = index, low, high, keys, words

    @property
    def words(self) -> list[Token]:
        """The Tokens: a list to read, not to change."""
        if self._words is None and self._index is not None:
            self._words = self._index._made(self._low, self._high)
        return self._words or []


NO_WORDS = Said(None, 0, 0, [], [])


class _Recent:
    """The indexes of the texts read last, kept up to a number of characters of text: a run gives each check the
    documents in turn, and each check would otherwise find every document's words again."""

    def __init__(self, characters: int) -> None:
        self.characters = characters
        self.size = 0
        self.indexes: OrderedDict[str, TokenIndex] = OrderedDict()

    def get(self, text: str) -> TokenIndex:
        found = self.indexes.get(text)
        if found is not None:
            self.indexes.move_to_end(text)
            return found
        found = self.indexes[text] = TokenIndex(text)
        self.size += len(text)
        while self.size > self.characters and len(self.indexes) > 1:
            self.size -= len(self.indexes.popitem(last=False)[0])
        return found


_RECENT = _Recent(4_000_000)  # some 100 MB of words at most


def indexed(text: str) -> TokenIndex:
    """The text's words, found once for every check that reads them."""
    return _RECENT.get(text)


def forget() -> None:
    _RECENT.indexes.clear()
    _RECENT.size = 0
    _sentences_read.cache_clear()


on_forget(forget)  # a chunk's or a window's indexes go with its documents


def sentence_words(text: str, paragraphs: Paragraphs) -> list[Said]:
    """The words of each sentence of the paragraphs, in order (as within() finds them), found once for the checks
    that read every sentence (duplicate-phrase, duplicate-sentence): their keys and Tokens are lists to read, not
    to change."""
    return _sentences_read(text, paragraphs)


@per_document
def _sentences_read(text: str, paragraphs: Paragraphs) -> list[Said]:
    sentences = [sentence for paragraph in paragraphs for sentence in paragraph.sentences]
    return indexed(text).each_within(list(map(_START, sentences)), list(map(_END, sentences)))


def text_lexicon(doc: Document, ctx: RunContext) -> lexicon.Lexicon:
    """The lexicon of the language the text is meant to be in (see RunContext.expected_language), else English."""
    return lexicon.of(ctx.expected_language(doc) or "en")
