"""Attribution clauses: a subject and a reporting verb ("he said", "a-t-il déclaré", "sagte er", "dijo")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, attrgetter, ge, sub
from typing import NamedTuple

from audit import lexicon
from audit.caches import per_document
from audit.document import Paragraph, Paragraphs
from audit.duplication.spans import Spans
from audit.duplication.tokens import Token, indexed
from audit.lexicon import Inversion, Lexicon

_QUOTES = '"“”«»„‟‘’‹›'
# An apostrophe inside a word is no quote. The pattern opens with one class of every mark, the look-arounds after
# it: the engine skips to the marks in C, where alternatives each opening with a mark are tried at every character
# (a look-behind first, a third of the time more). After the mark: not an apostrophe, or no word character before
# it, or none after it.
_MARK_AFTER = r"(?:(?<!['‘’])|(?<!\w.)|(?!\w))"
_QUOTE = re.compile(rf"[\"“”«»„‟‹›'‘’]{_MARK_AFTER}")
_STATEMENT_MARK = re.compile(rf"[:\"“”«»„‟‹›'‘’]{_MARK_AFTER}")  # a quotation mark, or a colon
_APOSTROPHES = "'‘’"
_MAX_SUBJECT_WORDS = 5
_MAX_TITLE_WORDS = 2  # lower-case words of a title before a name ("said defence minister Pistorius")
_MAX_INVERTED_SUBJECT_WORDS = 8  # after the verb the subject runs to a circumstance or the clause's end
_MAX_GAP_WORDS = 6
_MAX_APPOSITION_WORDS = 4
_MIN_STATEMENT_WORDS = 3  # words after a circumstance and its comma that make a statement of their own
_MAX_CIRCUMSTANCE_WORDS = 4  # ", said on Sunday," is a subjectless attribution; ", said to be worth" is not
_SPACES = " \u00a0"
_START = attrgetter("start")  # a paragraph's start, read in C
_SEARCHED = 1_000  # characters of a sentence's rest searched for a statement mark; past them its marks are bisected


class Attribution(NamedTuple):
    """An attribution clause; a named tuple, made in a tenth of a dataclass's time at start-up."""

    start: int
    end: int
    subject: str | None  # the subject, folded; None when the verb stands alone (Spanish "dijo")
    pronoun: bool  # the subject is a personal pronoun
    verb: str  # the reporting verb, folded
    inverted: bool = False  # the subject follows the verb ("said the minister", "a-t-il déclaré")


def find(text: str, start: int, end: int, lang: Lexicon, least: int = 1) -> list[Attribution]:
    """Attribution clauses inside text[start:end], in order; none where fewer than `least` can be (a pair is
    looked for in paragraphs of two reporting verbs or more)."""
    verbs = lang.reporting_verbs
    if not verbs:
        return []
    index = indexed(text)
    if lang.inversion is None and index.count_of(start, end, verbs) < least:
        return []  # an attribution is read from its verb: most paragraphs, told by the document's count of them
    words = index.within(start, end)
    if lang.inversion is None:  # an attribution is read from its verb: the other words need no look
        reading = [at for at, word in enumerate(words) if word.key in verbs]
    else:
        reading = range(len(words))
    if not reading:
        return []  # most paragraphs of a language without inversion: their quotations need not be found
    quoted = Spans(quotations(text, start, end, lang))
    found: list[Attribution] = []
    for at in reading:
        if quoted.holds(words[at].start):
            continue  # "I said" inside a quotation is the speaker's words, not the article's attribution
        attribution = _at(text, words, at, lang, verbs)
        if attribution is not None and (not found or attribution.start >= found[-1].end):
            found.append(attribution)
    return found


def in_paragraphs(
    text: str, paragraphs: Paragraphs, lang: Lexicon, least: int
) -> Iterator[tuple[Paragraph, list[Attribution]]]:
    """Each paragraph, in order, with what find() finds in it, where that is `least` attributions or more; where an
    attribution is read from its verb, the paragraphs' reporting verbs are counted at once, in C (most paragraphs
    have too few to be read)."""
    read: Iterable[Paragraph] = paragraphs
    if lang.inversion is None:
        starts, ends = [p.start for p in paragraphs], [p.end for p in paragraphs]
        counts = indexed(text).each_count_of(starts, ends, lang.reporting_verbs)
        read = compress(paragraphs, map(ge, counts, repeat(least)))
    for paragraph in read:
        found = find(text, paragraph.start, paragraph.end, lang, least)
        if len(found) >= least:
            yield paragraph, found


def quotations(text: str, start: int, end: int, lang: Lexicon) -> list[tuple[int, int]]:
    """Spans between quotation marks in text[start:end] (an unclosed quotation runs to the end)."""
    closing = lang.quotes
    if not closing:
        return []
    opening = _opening_marks("".join(closing))
    spans, index = [], start
    while (found := opening.search(text, index, end)) is not None:
        index = found.start()
        stop = _closed_at(text, closing[text[index]], index + 1, end)
        spans.append((index, stop))
        index = stop + 1
    return spans


@cache
def _opening_marks(marks: str) -> re.Pattern[str]:
    """Any of the marks: the next quotation is found by the regular expression engine, not a loop over each
    character."""
    return re.compile(f"[{re.escape(marks)}]")


def document_quotations(doc, lang: Lexicon) -> list[tuple[int, int]]:
    """Every quotation of the document, paragraph by paragraph (an unclosed one stops at its paragraph's end);
    found once for the checks that ask (repeated-word, duplicate-phrase, duplicate-sentence, untranslated-word)."""
    return list(_document_quotations(doc.text, doc.paragraphs, lang.code))


@per_document
def _document_quotations(text: str, paragraphs: tuple[Paragraph, ...], code: str) -> tuple[tuple[int, int], ...]:
    closing = lexicon.of(code).quotes
    if not closing:
        return ()
    marked = _mark_offsets(text, "".join(closing))  # found once
    # the paragraphs the marks fall in, each mark bisected among their starts in C: one with none has no quotation
    held = sorted(set(map(bisect_right, repeat(list(map(_START, paragraphs))), marked)) - {0})
    return tuple(
        span
        for p in map(paragraphs.__getitem__, map(sub, held, repeat(1)))
        for span in _quoted(text, p.start, p.end, closing, marked)
    )


def _mark_offsets(text: str, marks: str) -> list[int]:
    """The offsets of the marks (characters) in the text, in order: each mark's added up from the lengths of the
    pieces the text splits into at it, in C (their pattern, tried at every character, took 25 M instructions on the
    WMT14 reference)."""
    found: list[int] = []
    for mark in dict.fromkeys(marks):
        if mark in text:
            found += map(add, accumulate(map(len, text.split(mark)[:-1])), count())
    return sorted(found)


def _quoted(text: str, start: int, end: int, closing: dict[str, str], marked: list[int]) -> list[tuple[int, int]]:
    """quotations(text, start, end, ...), the next opening mark bisected among `marked`, the text's, in order."""
    spans = []
    at = bisect_left(marked, start)
    while at < len(marked) and (index := marked[at]) < end:
        stop = _closed_at(text, closing[text[index]], index + 1, end)
        spans.append((index, stop))
        at = bisect_left(marked, stop + 1, at)
    return spans


def _closed_at(text: str, marks: str, start: int, end: int) -> int:
    """Where the first of the marks that may close a quotation stands in text[start:end], or `end` (an unclosed
    quotation runs to it)."""
    found = [at for at in map(text.find, marks, repeat(start), repeat(end)) if at >= 0]
    return min(found, default=end)


def _at(text: str, words: list[Token], index: int, lang: Lexicon, verbs: frozenset[str]) -> Attribution | None:
    word = words[index]
    if lang.inversion is not None and (inverted := _inversion(lang.inversion).match(word.key)):
        return _clitic_inverted(words, index, inverted, verbs)
    if word.key not in verbs:
        return None
    if index > 0 and word.text[:1].isupper() and not lang.nouns_capitalised and _joined(text, words[index - 1], word):
        return None  # a capital inside a sentence: a name's word ("the United States", "Reports Without Borders")
    if index > 0 and words[index - 1].key in lang.passive_auxiliaries and _joined(text, words[index - 1], word):
        return None  # "the Commission was told": a passive, not a speaker
    verb_start = index
    while (
        verb_start > 0
        and _joined(text, words[verb_start - 1], words[verb_start])
        and (
            words[verb_start - 1].key in lang.adverbs
            or words[verb_start - 1].key in lang.auxiliaries
            or words[verb_start - 1].key in lang.negations
        )
    ):
        verb_start -= 1
    if any(w.key in lang.negations for w in words[verb_start:index]):
        return None  # "the rebels have not responded" attributes nothing
    subject = _subject_before(text, words, verb_start, lang)
    if subject is not None:
        first, pronoun = subject
        return Attribution(words[first].start, word.end, _fold(words[first:verb_start]), pronoun, word.key)
    after = _subject_after(text, words, index, verb_start, lang)
    if after is not None:
        last, pronoun = after
        subject = _fold(words[index + 1 : last + 1])
        if (
            last + 1 < len(words)
            and words[last + 1].key in lang.verb_particles
            and _joined(text, words[last], words[last + 1])
            and _ends_clause(text, words[last + 1])
        ):
            last += 1  # "teilte die Gebietsverwaltung mit": the separable verb's particle closes the attribution
        return Attribution(words[verb_start].start, words[last].end, subject, pronoun, word.key, inverted=True)
    if _opens_clause(text, words, verb_start) and (
        lang.subject_may_drop or _circumstance_follows(text, words, index, lang)
    ):
        return Attribution(words[verb_start].start, word.end, None, False, word.key)  # "dijo", ", said on Sunday,"
    return None


def _circumstance_follows(text: str, words: list[Token], verb: int, lang: Lexicon) -> bool:
    """A verb standing alone in its clause, or followed by a short circumstance only: ", said on Sunday,"."""
    stop = verb + 1
    while stop < len(words) and stop - verb <= _MAX_CIRCUMSTANCE_WORDS and _joined(text, words[stop - 1], words[stop]):
        stop += 1
    if stop - verb > _MAX_CIRCUMSTANCE_WORDS or (stop < len(words) and not _ends_clause(text, words[stop - 1])):
        return False
    return stop == verb + 1 or words[verb + 1].key in lang.circumstantial - lang.not_circumstantial


def _ends_clause(text: str, word: Token) -> bool:
    return text[word.end : word.end + 1] in (",", ";", ".", "!", "?", "—", "–")


@cache
def _inversion(inversion: Inversion) -> re.Pattern[str]:
    """A verb and its pronoun in one hyphenated word: "a-t-il", "déclare-t-il"."""
    auxiliaries = "|".join(map(re.escape, sorted(inversion.auxiliaries, key=len, reverse=True)))
    pronouns = "|".join(map(re.escape, sorted(inversion.pronouns, key=len, reverse=True)))
    joiners = "|".join(map(re.escape, sorted(inversion.joiners, key=len, reverse=True)))
    return re.compile(rf"^(?:(?P<aux>{auxiliaries})|(?P<verb>[^\W\d_]+))(?:{joiners})(?P<pro>{pronouns})$")


def _clitic_inverted(words: list[Token], index: int, match: re.Match[str], verbs: frozenset[str]) -> Attribution | None:
    """'a-t-il déclaré' (auxiliary, pronoun, participle) and 'déclare-t-il' (verb and pronoun in one word)."""
    pronoun, verb = match.group("pro"), match.group("verb")
    if verb:
        return Attribution(words[index].start, words[index].end, pronoun, True, verb, True) if verb in verbs else None
    if index + 1 < len(words) and words[index + 1].key in verbs:
        return Attribution(words[index].start, words[index + 1].end, pronoun, True, words[index + 1].key, True)
    return None


def _joined(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two words: they belong to one clause."""
    gap = text[left.end : right.start]
    return bool(gap) and not gap.strip(_SPACES)


def _named(word: str) -> bool:
    """A word of a name: capitalised, or a name after an Arabic article (al-Burhan, el-Sissi; not at-risk)."""
    return word[:1].isupper() or bool(_article_name().match(word))


@cache
def _article_name() -> re.Pattern[str]:
    """An Arabic article of audit/data/romanization.toml, a hyphen and a capital."""
    from audit.names.skeleton import romanization

    return re.compile(f"(?:{'|'.join(map(re.escape, romanization()['rules']['articles']))})-[A-Z]")


def _subject_before(text: str, words: list[Token], verb: int, lang: Lexicon) -> tuple[int, bool] | None:
    """Index of the first word of the subject just before words[verb], and whether it is a pronoun."""
    if verb == 0 or not _joined(text, words[verb - 1], words[verb]):
        return None
    previous = words[verb - 1]
    if previous.key in lang.subject_pronouns:
        return verb - 1, True
    first = verb - 1  # walk back over the words of the clause, to a determiner at most
    while True:
        while (
            first > 0
            and verb - first < _MAX_SUBJECT_WORDS
            and words[first].key not in lang.determiners
            and _joined(text, words[first - 1], words[first])
        ):
            first -= 1
        linked = first >= 2 and words[first - 1].key in lang.links and verb - first < 2 * _MAX_SUBJECT_WORDS
        if not (
            linked
            and _joined(text, words[first - 2], words[first - 1])
            and _joined(text, words[first - 1], words[first])
        ):
            break
        first -= 2  # "le ministre de | la Défense": go on past the link
    if words[first].key in lang.determiners and first < verb - 1:
        return first, False  # "the Russian Defense Ministry announced"
    name = verb
    while name > first and _named(words[name - 1].text):
        name -= 1
    if name < verb:
        return name, False  # "Dmitry Peskov said"
    if _opens_clause(text, words, verb - 1) and previous.key not in lang.function_words:
        return verb - 1, False  # "officials said"
    if (
        lang.bare_subjects
        and _opens_clause(text, words, first)
        and all(w.key not in lang.function_words for w in words[first:verb])
    ):
        return first, False  # no articles: "Chińskie ministerstwo handlu zapowiedziało"
    return None


def _subject_after(text: str, words: list[Token], verb: int, verb_start: int, lang: Lexicon) -> tuple[int, bool] | None:
    """Index of the last word of an inverted subject ("sagte er", "said the minister"), and whether a pronoun."""
    if verb + 1 >= len(words) or not _joined(text, words[verb], words[verb + 1]):
        return None
    following = words[verb + 1]
    if (
        following.key in lang.circumstantial - lang.function_words
        and verb + 2 < len(words)
        and _joined(text, following, words[verb + 2])
        and _determined(words[verb + 2].key, lang)
    ):
        verb, following = verb + 1, words[verb + 2]  # "a déclaré mardi la ministre": a day before the subject
    inverted = lang.subject_pronouns if lang.inverted_pronouns is None else lang.inverted_pronouns
    if following.key in lang.subject_pronouns and following.key in inverted:
        return verb + 1, True
    if not _opens_clause(text, words, verb_start):  # an inverted subject follows a quote or a comma
        return None
    last = verb + 1
    if _determined(following.key, lang):  # "said the head of the military administration", up to a circumstance
        last = _to_circumstance(text, words, verb, lang)
        return (last, False) if last > verb + 1 else None
    title = verb + 1  # "zei minister Habeck", "said spokesman John Kirby": a title, then the name
    while title < min(len(words) - 1, verb + _MAX_TITLE_WORDS) and words[title].key not in lang.function_words:
        if not _joined(text, words[title], words[title + 1]) or _named(words[title].text):
            break
        if _named(words[title + 1].text):
            last = title + 1
            while (
                last + 1 < len(words) and _named(words[last + 1].text) and _joined(text, words[last], words[last + 1])
            ):
                last += 1
            return last, False
        title += 1
    if lang.bare_subjects and following.key not in lang.function_words and not _named(following.text):
        return _to_circumstance(text, words, verb, lang), False  # no articles: "powiedział rzecznik Pentagonu"
    if _named(following.text):
        while (
            last + 1 < len(words)
            and _named(words[last + 1].text)
            and _in_a_name(text, words[last], words[last + 1], lang)
        ):
            last += 1
        return last, False
    return None


def _in_a_name(text: str, left: Token, right: Token, lang: Lexicon) -> bool:
    """Two words of one name: only spaces between them, or the full stop of an abbreviated title ("M. Araghchi",
    "Mr. Smith")."""
    if _joined(text, left, right):
        return True
    gap = text[left.end : right.start]
    return gap[:1] == "." and not gap[1:].strip(_SPACES) and bool(gap[1:]) and f"{left.key}." in lang.abbreviations


def _to_circumstance(text: str, words: list[Token], verb: int, lang: Lexicon) -> int:
    """The last word of a subject that follows the verb: up to a circumstance, a particle or the clause's end."""
    circumstance = lang.circumstantial - lang.links - lang.determiners
    last = verb + 1
    while (
        last + 1 < len(words)
        and last - verb < _MAX_INVERTED_SUBJECT_WORDS
        and _joined(text, words[last], words[last + 1])
        and words[last + 1].key not in circumstance
        and words[last + 1].key not in lang.verb_particles
    ):
        last += 1
    return last


def _determined(key: str, lang: Lexicon) -> bool:
    """A determiner, or a word with an elided determiner in front ("l'armée")."""
    base = lang.base(key)
    return key in lang.determiners or (base != key and key[: len(key) - len(base)] in lang.determiners)


def _opens_clause(text: str, words: list[Token], index: int) -> bool:
    """words[index] starts its sentence or follows a quote, comma or dash."""
    before = text[words[index - 1].end : words[index].start] if index > 0 else ""
    return index == 0 or any(ch in before for ch in _QUOTES + ",;—–-.:!?")


def _fold(run: list[Token]) -> str:
    return " ".join(w.key for w in run)


def has_statement_after(text: str, end: int, sentence_end: int, lang: Lexicon) -> bool:
    """Whether a reported statement follows the attribution ending at `end` in its sentence: a colon or a
    quotation mark after it (an apostrophe at either end of the rest counts, as the rest alone reads it), a
    complementizer, or words other than a circumstance. Asked of the document's marks and words found once, in
    constant time, not by reading the rest of the sentence again for each attribution (quadratic in a long one); a
    short rest is searched for a mark itself (finding every mark of the text costs more). A clause that continues
    the attribution is no statement of it."""
    if continues(text, end, sentence_end, lang) or _relative_clause(text, end, sentence_end, lang):
        return False
    if end < sentence_end and (
        _marked(text, end, sentence_end) or text[end] in _APOSTROPHES or text[sentence_end - 1] in _APOSTROPHES
    ):
        return True
    words = indexed(text)
    first = next((w for w in words.iterate(end, sentence_end) if w.key not in lang.adverbs), None)
    if first is None:
        return False
    if words.any_of(first.start, sentence_end, lang.complementizers):
        return True
    return first.key not in lang.circumstantial


def continues(text: str, end: int, sentence_end: int, lang: Lexicon) -> bool:
    """Whether the rest of the sentence after the attribution ending at `end` opens a clause that continues it:
    a comma and a participle ("…, adding that", "…, ajoutant que"), or a coordinator and a reporting verb ("… and
    added that", "… und fügte hinzu"). What follows is the continuation's statement, not the attribution's."""
    words = indexed(text).iterate(end, sentence_end)
    first = next(words, None)
    if first is None:
        return False
    if first.key in lang.coordinators:
        second = next(words, None)
        return second is not None and second.key in lang.reporting_verbs and not text[end : first.start].strip(" ,")
    return first.key in lang.continuations and text[end : first.start].strip() == ","


def _relative_clause(text: str, end: int, sentence_end: int, lang: Lexicon) -> bool:
    """Whether the rest of the sentence after the attribution ending at `end` is a comma and a relative pronoun: a
    clause on its subject ("declaró una enfermera del hospital, que ha tenido que cerrar sus salas"), not a
    statement, though a complementizer may stand in it."""
    first = next(indexed(text).iterate(end, sentence_end), None)
    return first is not None and first.key in lang.relatives and text[end : first.start].strip() == ","


def forget() -> None:
    _statement_marks.cache_clear()


def _marked(text: str, start: int, end: int) -> bool:
    """A colon or a quotation mark in text[start:end]: a short stretch searched, with the character after it that
    the pattern's look-ahead reads; a longer one bisected in the text's marks, found once."""
    if end - start <= _SEARCHED:
        found = _STATEMENT_MARK.search(text, start, end + 1)
        return found is not None and found.start() < end
    marks = _statement_marks(text)
    at = bisect_left(marks, start)
    return at < len(marks) and marks[at] < end


@lru_cache(maxsize=4)
def _statement_marks(text: str) -> list[int]:
    """Where the text has a colon or a quotation mark (not an apostrophe inside a word), in order."""
    return list(map(re.Match.start, _STATEMENT_MARK.finditer(text)))


def statement_beyond_circumstance(text: str, end: int, stop: int, lang: Lexicon) -> bool:
    """A circumstance, a comma, then a clause of its own before `stop` (where a second attribution closes the
    sentence): "sagte bei einem Treffen in Vilnius, Europa müsse schneller aufrüsten, sagte sie"."""
    words = indexed(text).within(end, stop)
    if not words or words[0].key not in lang.circumstantial:
        return False
    comma = text.find(",", words[0].end, stop)
    return comma >= 0 and len(indexed(text).within(comma, stop)) >= _MIN_STATEMENT_WORDS


def only_circumstance_between(text: str, start: int, end: int, lang: Lexicon) -> bool:
    """Nothing but punctuation, or a short circumstantial phrase, in text[start:end]."""
    gap = text[start:end]
    words = indexed(text).within(start, end)
    if not words:
        return True
    if len(words) <= _MAX_APPOSITION_WORDS and all(w.text[0].isupper() for w in words) and gap.strip()[:1] == ",":
        return True  # "señaló el ministro de Agricultura, Luis Planas, declaró": the speaker's name in apposition
    if ":" in gap or _QUOTE.search(gap) or len(words) > _MAX_GAP_WORDS:
        return False
    if any(w.key in lang.complementizers or w.key in lang.finite_verbs for w in words):
        return False  # a clause of its own stands between them
    return words[0].key in lang.circumstantial
