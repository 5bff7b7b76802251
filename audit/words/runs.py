"""Runs of words left in another language inside a sentence, judged by their frequencies (audit.words.evidence).

A run is a stretch of words, joined by spaces only, each foreign or leaning to another language, one of them
plainly foreign: "des pourparlers", "die Maßnahmen der Regierung". Left out: the target's loanwords and phrases,
acronyms, words in addresses, hashtags and markup, name particles before a name ("von der Leyen"), and a
capitalised word beside another name-like one (a name: "Charlie Hebdo"); a sentence's first word is read as the
word it is unless a capitalised word follows it (then it may open a name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from operator import and_
from typing import NamedTuple

from audit import lexicon
from audit.addresses import finder
from audit.duplication.spans import Spans
from audit.words import frequencies, loanwords
from audit.words.evidence import (
    LEANING,
    LEANING_GAP,
    LEANING_MIN,
    NONE,
    STRONG,
    Verdict,
    compound,
    never_strong,
    verdict,
)
from audit.words.tokens import Word, key_of, shape, texts, words

_SPLIT = re.compile(r"[-‐‑'’]")

_UNJUDGED = finder(r"<[^<>\n]*>", r"[#@][\w-]+")  # none crosses a line
COMMON_TARGET = 4.5  # a capitalised neighbour this common in the target is a word ("United States"), not a name
NAME_SMALL_WORDS = 3  # lower-case words a name holds between two capitalised ones ("Lord of the Rings")
DETERMINED_WITHIN = 3  # words before a capitalised one a determiner may stand, the others in lower case ("a new")
FIRST_WORD_MIN = 4.5  # a sentence's first word this common in another language is that language's word
EDGE_TARGET = 3.5  # a leaning word this common in the target does not open or close a run ("die", "den")
MAX_CARRIED = 4  # words of a run's language a run is carried over ("del Ministerio de Transporte")
CARRIED_OWN = 3.0  # Zipf frequency in the run's language of a capitalised word it is carried over ...
CARRIED_GAP = 1.5  # ... and by how much more than in the target
CARRIED_TARGET = 5.5  # a function word of the run's language the target writes this often carries no run ("a")
MAX_READINGS = 1 << 16  # words whose readings are remembered before the memory is cleared: bounded on any input
# English words leak into every language's lists, so a word of an English phrase left in a French text often only
# leans to English ("trade" 5.1 against French 3.6); two such words side by side whose gaps to the target add up
# to this are as plain as one foreign word ("trade war", "rule of law" in German). On WMT14's 3,003 French news
# sentences none is found, on the 10,881 of the LIG corpus five, all English terms its journalists kept
# ("private equity", "call centers").
PAIRED_GAP = 3.0
ENGLISH = "en"


class Run(NamedTuple):
    """A stretch of a sentence left in `lang` (None: a word no list knows, spelled with letters the target does
    not use); `strength` is the largest gap between a word's frequency in its language and in the target."""

    start: int
    end: int
    lang: str | None
    words: int
    strength: float


def find(text: str, start: int, end: int, target: str, names: frozenset[str] = frozenset()) -> list[Run]:
    """The runs of foreign words in text[start:end] (one sentence), for a text in `target`; `names` are the
    words the document writes capitalised inside its sentences (see names_of). in_sentences asks it only of the
    sentences that can hold a run."""
    skipped = unjudged(text, start, end)
    found = [w for w in words(text, start, end) if not w.acronym]
    if skipped:  # most texts have no address, tag or hashtag
        found = [w for w in found if not skipped.holds(w.start)]
    if not found:
        return []
    verdicts, paired = _paired(text, found, _verdicts(text, found, target, names), target)
    spans: list[list] = []  # [first, final, lang, words, strength] of each run, in order
    index = 0
    while index < len(found):
        if not verdicts[index].kind:
            index += 1
            continue
        last = index
        while (
            last + 1 < len(found)
            and verdicts[last + 1].kind
            and not text[found[last].end : found[last + 1].start].strip()
        ):
            last += 1
        first = index
        while first < last and _weak_edge(verdicts[first]):
            first += 1
        final = last
        while final > first and _weak_edge(verdicts[final]):
            final -= 1
        chosen = verdicts[first : final + 1]
        if any(v.kind == STRONG for v in chosen):
            # a word plain on its own names the language before words plain only as a pair: "de la gestion" is French
            votes = Counter(
                v.lang for at, v in enumerate(chosen, first) if v.kind == STRONG and v.lang and at not in paired
            ) or Counter(v.lang for v in chosen if v.kind == STRONG and v.lang)
            lang = votes.most_common(1)[0][0] if votes else None
            strength = max(v.source - v.target for v in chosen if v.kind == STRONG)
            spans.append([first, final, lang, final - first + 1, strength])
        index = last + 1
    if len(spans) > 1 or (spans and spans[-1][1] + 1 < len(found)):
        spans = _carried_on(text, found, spans, target)
    return [Run(found[f].start, found[e].end, lang, n, strength) for f, e, lang, n, strength in spans]


def _paired(text: str, found: list[Word], verdicts: list[Verdict], target: str) -> tuple[list[Verdict], set[int]]:
    """The verdicts with each two lower-case words side by side that lean to one other language by PAIRED_GAP
    together made plainly of it: "sin embargo" in English, "trade war" in German (English measured by
    _english_gap, its words leaking into every language's lists); and the places of the words so made."""
    leanings = [
        _leaning(word.key, found_verdict, target) if found_verdict.kind == LEANING and not word.capitalised else None
        for word, found_verdict in zip(found, verdicts, strict=True)
    ]
    paired, made = list(verdicts), set()
    for index in range(len(found) - 1):
        first, second = leanings[index], leanings[index + 1]
        if (
            first
            and second
            and first[0] == second[0]
            and first[1] + second[1] >= PAIRED_GAP
            and _joined(text, found[index], found[index + 1])
        ):
            lang = first[0]
            for at in (index, index + 1):
                key = found[at].key
                paired[at] = Verdict(STRONG, lang, frequencies.zipf(key, lang), frequencies.zipf(key, target))
                made.add(at)
    return paired, made


def _leaning(key: str, found: Verdict, target: str) -> tuple[str, float] | None:
    """The language a leaning word leans to and by how much: English by _english_gap in another target, else
    the verdict's own language."""
    if target != ENGLISH:
        gap = _english_gap(key, target)
        return None if gap is None else (ENGLISH, gap)
    return None if found.lang is None else (found.lang, found.source - found.target)


def _english_gap(key: str, target: str) -> float | None:
    """How much more common the word is in English than in the target, when it is a common English word
    (LEANING_MIN) by that gap or more (LEANING_GAP); else None."""
    english = frequencies.zipf(key, ENGLISH)
    gap = english - frequencies.zipf(key, target)
    return gap if english >= LEANING_MIN and gap >= LEANING_GAP else None


def _carried_on(text: str, found: list[Word], spans: list[list], target: str) -> list[list]:
    """The runs carried over the words of their language that the verdicts leave out, where a word of it follows:
    its function words and its capitalised words ("según informaron fuentes del Ministerio de Transporte", "wie
    das Präsidialamt mitteilte": one run, where the name's words and the article were read as names and as words
    English shares). Two runs of one language so joined become one; the words counted are the runs' own."""
    carried: list[list] = []
    for span in spans:
        last = carried[-1] if carried else None
        if last is not None and last[2] == span[2] and _of_language(text, found, last[1], span[0], last[2], target):
            last[1], last[3], last[4] = span[1], last[3] + span[3], max(last[4], span[4])
            continue
        carried.append(list(span))
    for span in carried:
        following = next((s[0] for s in spans if s[0] > span[1]), len(found))
        end = span[1]
        for probe in range(span[1] + 1, min(following, span[1] + 1 + MAX_CARRIED)):
            if not _of_language(text, found, probe - 1, probe, span[2], target, gap=False):
                break
            if found[probe].capitalised:
                end = probe  # a run ends on a word of its language's name, not on an article
        span[1] = end
    return carried


def _of_language(
    text: str, found: list[Word], after: int, before: int, lang: str | None, target: str, gap: bool = True
) -> bool:
    """Whether the words after found[after] and before found[before] (or found[before] itself when not `gap`) are
    joined by spaces and each one of `lang`: a function word of it, or a capitalised word it writes far more than
    the target (Ministerio, Transporte), or, inside a gap between two runs of it, a word of letters the target
    does not use (Präsidialamt) or one it writes commonly, as the target may (sources); at most MAX_CARRIED of
    them."""
    if lang is None:
        return False
    stop = before if gap else before + 1
    inner = range(after + 1, stop)
    if len(inner) > MAX_CARRIED or (gap and not inner):
        return False
    own = lexicon.of(lang)
    function_words = own.function_words if own is not None else frozenset()
    for index in inner:
        word = found[index]
        if text[found[index - 1].end : word.start].strip():
            return False
        if word.key in function_words and frequencies.zipf(word.key, target) < CARRIED_TARGET:
            continue
        own_zipf = frequencies.zipf(word.key, lang) if word.capitalised or gap else 0.0
        if own_zipf >= CARRIED_OWN and own_zipf >= frequencies.zipf(word.key, target) + CARRIED_GAP:
            continue
        if (
            gap
            and not word.capitalised
            and own_zipf >= CARRIED_OWN
            and word.key not in lexicon.of(target).function_words
        ):
            continue  # a word both languages write, between two runs of one ("appris mardi de sources sécuritaires"),
            # not one of the target's function words ("ovaires or testicules": "or" is English's)
        if gap and word.capitalised and verdict(word.key, target).kind == STRONG:
            continue
        return False
    return not gap or not text[found[before - 1].end : found[before].start].strip()


def unjudged(text: str, start: int = 0, end: int | None = None) -> Spans:
    """The addresses, e-mails, tags and hashtags on the lines that hold text[start:end] (the whole text's by
    default), where no word is judged: none crosses a line, so a scan of those lines alone finds them as a scan of
    the text would, and a sentence's are found without reading the rest of its document."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", len(text) if end is None else end)
    lines = text[first : len(text) if last < 0 else last]
    return Spans((first + m.start(), first + m.end()) for m in _UNJUDGED(lines))


def at_home(text: str, start: int, end: int, target: str) -> float:
    """The share of the lower-case words of text[start:end] that lean to no other language (the target's own,
    its loanwords and phrases, “de facto”, and the words languages share): low in a passage of another
    language."""
    found = words(text, start, end)
    prose = [index for index, w in enumerate(found) if not w.capitalised and not w.acronym]
    if not prose:
        return 1.0
    taken = loanwords.accepted(found, target)
    return sum(1 for index in prose if index in taken or not verdict(found[index].key, target).kind) / len(prose)


def in_sentences(text: str, sentences: list[tuple[int, int]], target: str) -> list[list[Run]]:
    """The runs of each sentence, text[start:end] for each of `sentences` (a document's), for a text in
    `target`: the sentences' words are read once for the document's names and to tell which sentences hold a
    word some reading makes plainly foreign (their distinct words asked once); only those are searched."""
    written = [texts(text, start, end) for start, end in sentences]
    distinct = set().union(*written)
    foreign = _plainly_foreign(distinct, target)
    leaning = _leaning_words(distinct, target)
    paired = [_two_in_a_row(words, leaning) for words in written] if leaning else [False] * len(written)
    if not foreign and not any(paired):  # most documents of the target: no sentence can hold a run
        return [[] for _ in sentences]
    names = names_of(written)
    return [
        find(text, start, end, target, names) if pair or not foreign.isdisjoint(words) else []
        for (start, end), words, pair in zip(sentences, written, paired, strict=True)
    ]


_LEANINGS: dict[str, tuple[set[str], set[str]]] = {}  # by target: the words leaning to another language, and the others


def _leaning_words(written: set[str], target: str) -> set[str]:
    """The lower-case words of `written` that lean to another language (see _leaning), which two in a row make a
    run (_paired); each word asked once (see _remembered)."""

    def leaning(new: set[str]) -> set[str]:
        lower = {word: key_of(word) for word in new if word.islower()}
        lead = frequencies.leads(set(lower.values()), target)  # in one pass: most words lean nowhere
        found = set()
        for word, key in lower.items():
            if (lead[key] or 0.0) >= LEANING_GAP:
                judged = verdict(key, target)
                if judged.kind == LEANING and _leaning(key, judged, target):
                    found.add(word)
        return found

    return _remembered(_LEANINGS, written, target, leaning)


def _two_in_a_row(words: list[str], leaning: set[str]) -> bool:
    """Whether two of the words side by side both lean to another language: the sentences _paired may find a
    run in (whether they lean to the same one, and only spaces join them, is told there)."""
    if not leaning or leaning.isdisjoint(words):
        return False
    flags = list(map(leaning.__contains__, words))
    return any(map(and_, flags, flags[1:]))


def names_of(written: list[list[str]]) -> frozenset[str]:
    """The words a document writes capitalised after the first word of a sentence (`written`: each sentence's
    words): its names ("Bild" is the paper's name in "confirmed to Bild", and so when it opens a sentence)."""
    inside = set().union(*(words[1:] for words in written))
    cased = [text for text in inside if not text.islower()]  # a word all in lower case is not capitalised
    return frozenset(word.key for word in map(shape, cased) if word.capitalised)


_READINGS: dict[str, tuple[set[str], set[str]]] = {}  # by target: the words found foreign, the words found not


def _plainly_foreign(written: set[str], target: str) -> set[str]:
    """The words of `written` some reading makes plainly foreign (see _may_be_foreign), each word asked once (see
    _remembered)."""

    def foreign(new: set[str]) -> set[str]:
        keys = {word: key_of(word) for word in new}
        unjudged = never_strong(set(keys.values()), target)  # most words: no reading could make them STRONG
        return {word for word, key in keys.items() if key not in unjudged and _may_be_foreign(word, target)}

    return _remembered(_READINGS, written, target, foreign)


def _remembered(
    memory: dict[str, tuple[set[str], set[str]]], written: set[str], target: str, judge: Callable[[set[str]], set[str]]
) -> set[str]:
    """The words of `written` that `judge` finds, each word asked once per target: the answers are remembered in
    `memory` (MAX_READINGS at most before they are forgotten), and a document's words told apart from them as sets,
    not one by one."""
    found, others = memory.setdefault(target, (set(), set()))
    if len(found) + len(others) > MAX_READINGS:
        found.clear()
        others.clear()
    new = written - found - others
    if new:
        chosen = judge(new)
        found |= chosen
        others |= new - chosen
    return written & found


def _may_be_foreign(text: str, target: str) -> bool:
    """Whether a reading _verdicts may give the word written `text` makes it plainly foreign (STRONG): in lower
    case, or, capitalised, as a name's word or a sentence's first (the verdicts _verdicts asks)."""
    word = shape(text)
    if word.capitalised and verdict(word.key, target, capitalised=True).kind == STRONG:
        return True
    return verdict(word.key, target).kind == STRONG


def _verdicts(text: str, found: list[Word], target: str, names: frozenset[str]) -> list[Verdict]:
    taken = loanwords.accepted(found, target)
    data = lexicon.of(target)  # once a sentence: a lookup of the language's file is some microseconds
    particles = data.name_particles
    verdicts = []
    for index, word in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if index in taken:
            verdicts.append(NONE)
        elif not word.capitalised:
            particle = word.key in particles and following is not None and following.capitalised
            verdicts.append(NONE if particle else verdict(word.key, target))
        elif index == 0 and word.key not in names and not (following is not None and following.capitalised):
            verdicts.append(_first(word, target))
        else:
            verdicts.append(_capitalised(word, target, _determined(text, found, index, _determiners(target))))
    for index, word in enumerate(found):
        if word.capitalised and verdicts[index].kind == STRONG and _beside_a_name(text, found, verdicts, index, target):
            verdicts[index] = NONE
    if not data.nouns_capitalised:
        for index in _inside_names(text, found, data.function_words):
            verdicts[index] = NONE
    return verdicts


@cache
def _determiners(target: str) -> frozenset[str]:
    """The target's determiners, and those of the languages that capitalise their nouns: "die Ernennungsurkunde"
    in an English text is a German noun after its article."""
    capitalising = (lexicon.of(code) for code in lexicon.available() if code != target)
    return lexicon.of(target).determiners.union(*(lang.determiners for lang in capitalising if lang.nouns_capitalised))


def _determined(text: str, found: list[Word], index: int, determiners: frozenset[str]) -> bool:
    """A determiner of the target before the word, the words between it in lower case ("the Atomabkommen", "a new
    Sparpaket"): a common noun's place, not a name's."""
    for before in range(index - 1, max(-1, index - 1 - DETERMINED_WITHIN), -1):
        if not _joined(text, found[before], found[before + 1]):
            return False
        if found[before].key in determiners:
            return True
        if found[before].capitalised:
            return False
    return False


def _inside_names(text: str, found: list[Word], function_words: frozenset[str]) -> list[int]:
    """Lower-case words between two capitalised ones (or a capitalised one and a number), a few function words or
    name particles at most: the small words of a name or a title ("Bank of America", "Center for Democracy and
    Technology", "Act of 1976"). A
    sentence's first word that is one of the target's function words opens no name: "The pourparlers in Tokyo"."""
    inside = []
    for index in range(1, len(found)):
        if found[index].capitalised or not found[index - 1].capitalised:
            continue
        if index == 1 and found[0].key in function_words:
            continue
        for last in range(index, min(index + NAME_SMALL_WORDS, len(found))):
            if found[last].capitalised or not _joined(text, found[last - 1], found[last]):
                break
            if found[last].key not in _small_words():
                break  # a content word: no name's ("Kyiv during pourparlers in Saudi Arabia")
            following = found[last + 1] if last + 1 < len(found) else None
            if following is not None and following.capitalised and _joined(text, found[last], following):
                inside.extend(range(index, last + 1))
                break
            if text[found[last].end : found[last].end + 2].lstrip()[:1].isdigit():
                inside.extend(range(index, last + 1))
                break
    return inside


@cache
def _small_words() -> frozenset[str]:
    """The words a name holds between its capitalised ones, in any language: function words and name particles
    ("Bank of America", "Alternative für Deutschland", "Frente de Liberación")."""
    languages = [lexicon.of(code) for code in lexicon.available()]
    return frozenset().union(*(lang.function_words | lang.name_particles for lang in languages))


def _first(word: Word, target: str) -> Verdict:
    """A sentence's first word, capitalised by its place: foreign when plainly a common word of another language
    ("Selon", "Mais"); a rarer one may be a name ("Ditta, 42, …")."""
    found = verdict(word.key, target)
    if found.kind == STRONG and found.source >= FIRST_WORD_MIN:
        return found
    return _capitalised(word, target)


def _capitalised(word: Word, target: str, determined: bool = False) -> Verdict:
    """A capitalised word is a name ("Finistère", "Zénith", "Antenne 2") unless its language writes every noun
    with a capital ("Maßnahmen"; after one of the target's determiners or an elided article, as a name is not, also
    a compound no list holds: "the Atomabkommen", "l'Atomabkommen"), or it joins words and ends in lower case, as
    names do not ("États-unis", "Etats-membres"; "Pont-de-Buis" is a name)."""
    base = lexicon.of(target).base(word.key)  # "l'Atomabkommen": the elided article determines the word
    if len(word.parts) > 1 and base == word.key:  # "Pont-de-Buis", "Berlin-Mitte" are names; "États-unis" is words
        last = _SPLIT.split(word.text.removesuffix("'s").removesuffix("’s"))[-1]
        return verdict(word.key, target) if last and not last[0].isupper() else NONE
    found = verdict(word.key, target, capitalised=True) if base == word.key else NONE
    if (determined or base != word.key) and not found.kind:
        found = compound(base, target)
    if found.kind == STRONG and found.lang is not None and lexicon.of(found.lang).nouns_capitalised:
        return found
    return NONE


def _beside_a_name(text: str, found: list[Word], verdicts: list[Verdict], index: int, target: str) -> bool:
    """A capitalised neighbour, straight beside the word or across name particles, that is not plainly foreign
    and not a common word of the target: the word is part of a name ("Charlie Hebdo", "Ursula von der Leyen")."""
    particles = lexicon.of(target).name_particles
    for step in (-1, 1):
        here, other = index, index + step
        while 0 <= other < len(found) and _joined(text, found[min(here, other)], found[max(here, other)]):
            neighbour = found[other]
            if not neighbour.capitalised and neighbour.key in particles:
                here, other = other, other + step
                continue
            name_like = neighbour.capitalised and not neighbour.acronym and verdicts[other].kind != STRONG
            if name_like and frequencies.zipf(neighbour.key, target) < COMMON_TARGET:
                return True
            break
    return False


def _joined(text: str, left: Word, right: Word) -> bool:
    """Two words with only spaces or a hyphen between them."""
    return not text[left.end : right.start].strip(" -\u00a0")


def _weak_edge(v: Verdict) -> bool:
    return v.kind == LEANING and v.target >= EDGE_TARGET
