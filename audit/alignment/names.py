"""Names across languages: the keys under which one person or place is known whatever the language writes it.

Pékin, Beijing and 北京, Kharkiv, Kharkov, Charkiw and Харків (also declined: Харькове), Allemagne and Germany
share a key. Keys come from the names knowledge (audit/names: the world tables and the Ukrainian and Russian
gazetteer through `skeleton.known_as`, the exonym tables of each target language), from the folded spelling, from
a Cyrillic word's romanization and from short lists of Chinese and Russian world names; `same_name` and an
inflected ending (Putins, Путина) match what the keys miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from audit.names.folding import fold

MIN_STEM = 4  # a Cyrillic stem shorter than this names nothing reliably
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ENDINGS = ("", "а", "я", "ь", "й", "о", "ы", "и", "ий", "ый", "ой", "ия")  # what a stem may end with in the nominative
_TARGETS = ("en", "fr", "de", "es")  # the exonym tables
_TRADES = (("kh", "k"), ("ph", "f"), ("c", "k"), ("q", "k"), ("z", "s"), ("w", "v"))


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=65536)
def keys(word: str) -> frozenset[str]:
    """Every key the name is known under: `f:` its folded spelling (and those of the names it stands for), and
    the world and gazetteer entities the tables know it for; an abbreviation's and its full name's keys are one
    (audit.alignment.abbreviations: US, États-Unis)."""
    from audit.alignment.abbreviations import spellings

    return _keys(word) | {"f:" + fold(spelling) for spelling in spellings(word)}


@lru_cache(maxsize=65536)
def _keys(word: str) -> frozenset[str]:
    from audit.alignment.world_names import CHINESE
    from audit.names.skeleton import known_as

    found: set[str] = set()
    spellings = {word}
    if is_cyrillic(word):
        spellings |= _cyrillic_readings(word)
    if word in CHINESE:
        spellings.add(CHINESE[word])
    for spelling in list(spellings):
        spellings |= _exonym_standards(spelling)
    for spelling in spellings:
        folded = fold(spelling)
        found.add("f:" + folded)
        found.update("f:" + part for part in folded.split() if len(part) >= MIN_STEM)  # Jinping of Xi Jinping
        found |= known_as(spelling)
    return frozenset(found)


def _exonym_standards(word: str) -> set[str]:
    """The target languages' own names for a foreign spelling (Pékin: Beijing, Peking, Pekín)."""
    from audit.names.exonyms import table

    tables = table()
    return {tables[target][word][0] for target in _TARGETS if word in tables.get(target, {})}


@lru_cache(maxsize=16384)
def _cyrillic_readings(word: str) -> frozenset[str]:
    """A Cyrillic word, declined or not, as the tables and English spell it: its nominative candidates (Москве:
    Москва, Харькове: Харьков), the gazetteer's accepted spellings of them, and their romanizations."""
    from audit.names.gazetteer import load
    from audit.names.standard import standard

    gazetteer = load()
    found: set[str] = {standard(word, "ru")}
    lower = word.casefold()
    russian = _russian()
    stems = {lower[: len(lower) - cut] for cut in range(4) if len(lower) - cut >= MIN_STEM - 1}
    for stem in stems:
        for ending in _ENDINGS:
            candidate = stem + ending
            if candidate in russian:  # a list's name, however short (Рим, Риме)
                found.add(russian[candidate])
            if len(stem) < MIN_STEM:
                continue
            entities = _cyrillic_index().get(candidate)
            if entities:
                found.update(english for entity in entities for english in entity)
            romanized = standard(candidate, "ru")
            known = [*gazetteer.accepted_folded(romanized), *(v.entity for v in gazetteer.variants(romanized))]
            found.update(entity.standard for entity in known if " " not in entity.standard)
            if candidate == lower or entities:
                found.add(candidate.capitalize())
    return frozenset(found)


@cache
def _russian() -> dict[str, str]:
    from audit.alignment.world_names import RUSSIAN

    return {name.casefold(): english for name, english in RUSSIAN.items()}


@cache
def _cyrillic_index() -> dict[str, list[tuple[str, ...]]]:
    """Each word of the gazetteer's Cyrillic names (lower case) and the English spellings of that word."""
    from audit.names.gazetteer import load

    index: dict[str, list[tuple[str, ...]]] = {}
    for entity in load().entities:
        words = entity.cyrillic.split()
        spellings = [english.split() for english in entity.english]
        for position, cyrillic in enumerate(words):
            english = tuple(s[position] for s in spellings if len(s) == len(words))
            if english:
                index.setdefault(cyrillic.casefold(), []).append(english)
    return index


def same(a: str, b: str) -> bool:
    """Two words name the same person or place: a key in common, the same name by its sounds, one an inflected
    form of the other (Putins, Putina; Londons), or a Cyrillic word romanized with the consonants of a Latin one
    (Лозанны, Lausanne)."""
    if keys(a) & keys(b):
        return True
    left, right = _latin(a), _latin(b)
    if not left or not right:
        return False
    if _inflected(left, right):
        return True
    if is_cyrillic(a) != is_cyrillic(b) and len(_consonants(left)) >= 3 and _consonants(left) == _consonants(right):
        return True
    from audit.names.skeleton import same_name

    return same_name(left, right)


class Namesakes:
    """Many names' words, each filed under what `same` needs two words to share (a key, a stem's first letters,
    a consonant frame, a skeleton key), so that whether a word names what one of them names is asked of a few
    candidates, not of every name of a long document (one with 3,000 sentences asked `same` 13 million times)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.filed: dict[str, set[str]] = {}
        for word in dict.fromkeys(words):
            for tag in _tags(word):
                self.filed.setdefault(tag, set()).add(word)

    def has(self, word: str) -> bool:
        """Whether `same(word, other)` holds for one of the words."""
        candidates = set().union(*(self.filed.get(tag, ()) for tag in _tags(word)))
        return any(same(word, other) for other in candidates)


@lru_cache(maxsize=65536)
def _tags(word: str) -> frozenset[str]:
    """What `same` finds in common between two words when it holds: a key; else, of their Latin spellings, the
    first MIN_STEM letters (one inflects the other), the consonants (a Cyrillic word and a Latin one), or a key of
    audit.names.skeleton (same_name asks one first)."""
    from audit.names.skeleton import keys as skeleton_keys

    tags = {"k:" + key for key in keys(word)}
    latin = _latin(word)
    if latin:
        if len(latin) >= MIN_STEM:
            tags.add("p:" + latin[:MIN_STEM])
        if len(consonants := _consonants(latin)) >= 3:
            tags.add("c:" + consonants)
        tags.update("s:" + key for key in skeleton_keys(latin))
    return frozenset(tags)


@lru_cache(maxsize=65536)
def _latin(word: str) -> str:
    """The word in Latin letters (a Cyrillic one romanized), folded; empty for other scripts."""
    if is_cyrillic(word):
        from audit.names.standard import standard

        word = standard(word, "ru")
    folded = fold(word)
    return folded if folded.isascii() else ""


def _consonants(word: str) -> str:
    """The consonants of a folded word, those romanizations trade made one, doubles collapsed (Lozanny and
    Lausanne: lsn)."""
    for old, new in _TRADES:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", re.sub("[aeiouyh]", "", word))


def _inflected(a: str, b: str) -> bool:
    """One word is the other with a case ending (Putin / Putina, Putins, Moskvy is not reached this way)."""
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_STEM and long.startswith(short) and len(long) - len(short) <= 2


@dataclass(frozen=True)
class Name:
    """A name in a text: its span and its words (a multi-word name is present if one of its words is)."""

    start: int
    end: int
    text: str
    known: bool  # the names tables know one of its words (a place, a person of the gazetteer or world lists)

    @property
    def words(self) -> tuple[str, ...]:
        """Its capitalised words, and the parts of a hyphenated one (Amazonas-Regenwald: Amazonas)."""
        found = self.whole_words
        return tuple(dict.fromkeys([*found, *(part for w in found if "-" in w for part in w.split("-"))]))

    @property
    def whole_words(self) -> tuple[str, ...]:
        """Its capitalised words in order, a hyphenated one whole (SPD-Chef)."""
        return tuple(w for w in NAME_WORD.findall(self.text) if w[0].isupper() or not w.isascii())


_ELIDED = re.compile(r"^(?:[a-zA-Z]|[Qq]u)['’](?=\w)")  # l'Inde, d'Erdogan
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a pope's or monarch's number after the name; never "I" alone, the English pronoun ("as Macron I think")
_REGNAL = re.compile(r"(?=[IVX])(?!I\Z)X{0,3}(?:IX|IV|V?I{0,3})")
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin"}
)


def names_in(text: str, lang: str | None) -> list[Name]:
    """The names of a text: runs of capitalised words (a particle between two of them: Ursula von der Leyen),
    less function words and a sentence's first word unless the tables know it or the text capitalises it
    elsewhere mid-sentence; in a language that capitalises nouns (German), only words the tables know; in
    Chinese, the names of audit.alignment.world_names."""
    from audit import lexicon
    from audit.alignment.anchors import chinese_names

    if lang == "zh":
        found, cursor = [], 0
        for name in chinese_names(text):
            at = text.index(name, cursor)
            found.append(Name(at, at + len(name), name, _is_known(name)))
            cursor = at + len(name)
        return found + _latin_names(text, frozenset(), nouns_capitalised=False)
    data = lexicon.get(lang)
    if data is None:
        return _latin_names(text, frozenset(), nouns_capitalised=False)
    never = (
        data.function_words
        | data.circumstantial
        | data.complementizers
        | data.coordinators
        | data.determiners
        | data.links
        | data.adverbs
    )  # words that open a sentence capitalised, and never a name ("Selon Emmanuel Macron")
    return _latin_names(text, never, nouns_capitalised=data.nouns_capitalised)


def _latin_names(text: str, function_words: frozenset[str], nouns_capitalised: bool) -> list[Name]:
    words = list(NAME_WORD.finditer(text))
    first = [i == 0 or _starts_sentence(text, m.start()) for i, m in enumerate(words)]
    elsewhere = {m.group() for m, initial in zip(words, first, strict=True) if not initial}
    paired: set[str] = set()  # two capitals in a row, in German a name (Olaf Scholz); or a first name first
    for index, match in enumerate(words[:-1]):
        following = index + 1
        while following < len(words) - 1 and words[following].group() in _PARTICLES:
            following += 1  # Ursula von der Leyen, Lula da Silva
        after = words[following].group()
        if text[match.end() : words[index + 1].start()] != " " or not after[0].isupper() or _is_known(after):
            continue  # (before a place, a capitalised word is more often a noun: Пожарные Марселя)
        if nouns_capitalised and not {match.group().casefold(), after.casefold()} & function_words:
            paired.update((match.group(), after))
        elif first[index] and _name_word(after, False, function_words, nouns_capitalised, elsewhere, paired):
            paired.add(match.group())
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    pending: list[re.Match] = []  # particles after a name, kept if another name word follows
    for match, initial in zip(words, first, strict=True):
        word = _ELIDED.sub("", match.group())
        if current and not pending and _REGNAL.fullmatch(word) and text[current[-1].end() : match.start()] == " ":
            current.append(match)  # Léon XIV, Charles III: the number is the name's, in every language
            continue
        if _name_word(word, initial, function_words, nouns_capitalised, elsewhere, paired):
            last = (pending or current)[-1] if current else None
            if last is not None and text[last.end() : match.start()].strip() in ("", "-"):
                current.extend([*pending, match])
            else:
                runs.append(current) if current else None
                current = [match]
            pending = []
        elif current and word in _PARTICLES and len(pending) < 2:
            pending.append(match)
        else:
            runs.append(current) if current else None
            current, pending = [], []
    if current:
        runs.append(current)
    return [_name(text, run) for run in runs]


def _name(text: str, run: list[re.Match]) -> Name:
    elided = _ELIDED.match(run[0].group())
    start = run[0].start() + (elided.end() if elided else 0)
    known = any(_is_known(word) for m in run if len(word := _ELIDED.sub("", m.group())) >= MIN_STEM)
    return Name(start, run[-1].end(), text[start : run[-1].end()], known)


def _name_word(
    word: str,
    initial: bool,
    function_words: frozenset[str],
    nouns_capitalised: bool,
    elsewhere: set[str],
    paired: set[str],
) -> bool:
    """A word of a name: capitalised (an acronym of five letters or fewer is not: ONU is UN), no function word;
    where capitals also mark nouns, only a name the tables know or one of two capitalised words in a row; at a
    sentence's start, one the tables know, the text capitalises mid-sentence too, or a first name before a name."""
    if not word[0].isupper() or (word.isupper() and len(word) <= 5) or word.casefold() in function_words:
        return False
    if _is_known(word) or word in paired:
        return True
    return not nouns_capitalised and (not initial or word in elsewhere)


_OPENING = frozenset(" \t\"'“«„‘(")  # what may stand between a sentence's end and its first word


def _starts_sentence(text: str, at: int) -> bool:
    """Whether only the end of a sentence and opening marks come before `at` (read back from it: a copy of the
    text before each word made a long text's names quadratic)."""
    while at and text[at - 1] in _OPENING:
        at -= 1
    return not at or text[at - 1] in ".!?:\n…"


@lru_cache(maxsize=65536)
def _is_known(word: str) -> bool:
    return any(not key.startswith("f:") for key in keys(word))
