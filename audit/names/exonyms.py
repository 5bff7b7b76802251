"""The exonym table: a place as another language writes it, and the target language's own name for it.

Built by scripts/build_exonyms.py from CLDR (through Babel), Natural Earth and a hand-curated list
(corpora/names/world/); compiled to audit/data/exonyms.json.gz and read once per process.
"""

from __future__ import annotations

import gzip
import json
import marshal
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

from audit import lexicon, unpacked
from audit.caches import per_document
from audit.duplication.tokens import TokenIndex, indexed
from audit.kept import kept
from audit.names import chinese, exonym_index
from audit.names.capitals import capitalised
from audit.names.folding import fold, foreign_marks
from audit.names.lower_words import lower_words_folded
from audit.names.respelling import a_word_not_a_name, native, read_as, written
from audit.names.skeleton import foreign_to, keys, known_as, looks_transliterated, respelled, romanization
from audit.names.syllables import hyphened_stretches
from audit.words import frequencies

DATA = Path(__file__).resolve().parents[1] / "data" / "exonyms.json.gz"
MAX_WORDS = 6  # the longest name looked up ("mar de la China Meridional")
PEOPLE = "people"  # the source of people_hand.tsv's rows
DEMONYMS = "demonyms"  # and of demonyms_hand.tsv's: peoples and groups
POSSESSIVE = ("'s", "’s")
GUESSED = "guessed"  # a spelling no table lists, read by its letters
OWN_WORD = 2.5  # a word the target writes at this Zipf frequency or more is never guessed another's spelling
HEPBURN_WRITTEN = 1.0  # a word with Hepburn's long vowels the target writes less than this is a name to plain
TITLE_WRITTEN = 1.0  # a title spelled so is never a name where the target writes it less than this
COMMON_BEFORE_PARTICLE = 4.5  # a word the target writes this often is no given name (Flughafen von Damaskus)
TOWN_WRITTEN = 1.5  # how often English must write a town's name for a spelling to be read as it (not Cizhu)
GUESSED_LENGTH = 5  # the fewest letters of a word `guess` reads, or one with 's
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"«“„(\[])[\s\"«“„'‘(\[]*$")  # what a sentence's first word follows
# a name of three letters or more, or a part of a hyphenated one (Laškar-e-Tajjiba, Sjarm-el-Sjeikh)
_NAME = (r"(?<![\w'’])", r"[^\W\d_]{2,}(?=['’]s\b|(?![\w'’]))")
_HYPHENED_ADJECTIVE = re.compile(r"\w-[a-z]+$")  # Oil-rich, Iran-backed: a word before a name, not of it
_NAME_GOES_ON = re.compile(r"['’]s\b| [A-Z]")  # after a word: its possessive, or a capitalised word
_POSSESSIVE_END = re.compile(r"['’]s$", re.MULTILINE)  # of words a line each, the possessives' endings


class Exonym(NamedTuple):
    """A span of the text that is another language's name of a place."""

    start: int
    end: int
    text: str
    standard: str  # the target language's name
    languages: tuple[str, ...]  # the languages that write the place so
    source: str  # cldr-territory, cldr-city, naturalearth, hand


Entry = tuple[str, tuple[str, ...], str]  # (standard, languages, source)


@cache
def _data() -> dict:
    """The table file, each target's names still marshalled (`listed` reads them)."""
    return kept(unpacked.read(DATA, _names_apart))


def _names_apart(packed: bytes) -> dict:
    """What a run reads of the table file (its other parts are exonym_index's sources), each target's names as
    {spelling: Entry} marshalled apart: a run reads its target's alone, a quarter of reading them all. An entry's
    standard, languages and source are each one object wherever they recur, which marshal writes once and reads
    back once (the English table 9-11 -> 6 ms)."""
    data = json.loads(gzip.decompress(packed))
    shared: dict = {}

    def one(value):  # the object equal to `value` met first
        return shared.setdefault(value, value)

    for target, rows in data["names"].items():
        entries = {spelling: (one(v[0]), one(tuple(v[1])), one(v[2])) for spelling, v in rows.items()}
        data["names"][target] = marshal.dumps(entries)
    return {"names": data["names"], "phrases": data["phrases"], "kept": data["kept"]}


@cache
def listed(target: str) -> dict[str, Entry]:
    """The target's table, {foreign spelling: (standard, languages, source)}; empty for a target without one."""
    names = _data()["names"].get(target)
    return kept(marshal.loads(names)) if names is not None else {}


class _Table(Mapping[str, dict[str, Entry]]):
    """target -> its table (`listed`), each read when first asked for."""

    def __getitem__(self, target: str) -> dict[str, Entry]:
        if target not in _data()["names"]:
            raise KeyError(target)
        return listed(target)

    def __iter__(self) -> Iterator[str]:
        return iter(_data()["names"])

    def __len__(self) -> int:
        return len(_data()["names"])


def table() -> Mapping[str, dict[str, Entry]]:
    """target -> {foreign spelling: (standard, languages, source)}, each target's read when first asked for."""
    return _TABLE


_TABLE = _Table()


@cache
def phrases(target: str) -> tuple[str, ...]:
    """Phrases of the target that begin with a foreign name but are the target's own ("Peking duck")."""
    return tuple(_data()["phrases"].get(target, ()))


@cache
def _first_words(target: str) -> frozenset[str]:
    """The words the table's names start with, as the text's tokens read them (prebuilt: exonym_index)."""
    return exonym_index.openers(target)


@cache
def _standards(target: str) -> exonym_index.KeyedWords:
    """The target's standard words of the table (built with it: names of one word, and the uncommon words of
    longer ones) by the keys audit.names.skeleton gives them (prebuilt: exonym_index)."""
    return exonym_index.index("standards", target)


def warm(target: str) -> None:
    """Load the indexes `guess` reads for the target, as a driver does before it forks."""
    listed(target)
    _standards(target)
    _others(target)


def guess(text: str, target: str, taken: list[Exonym]) -> list[Exonym]:
    """Words the table does not list as written, outside the spans `taken`: a listed one-word spelling with other
    marks (Chameneï for Chamenei), or a capitalised word no table knows that is a standard name of the target
    written under another language's conventions (Netanyahou, Younès: audit.names.skeleton.respelled); a word
    that may be two names is left alone."""
    standards = _standards(target)
    guessed = []
    lower: frozenset[str] | None = None
    for match in _words_guessed(text, target):
        word, start, end = match.group(), match.start(), match.end()
        if any(found.start <= start < found.end for found in taken):
            continue
        if lower is None:
            lower = lower_words_folded(text)
        if word.casefold() in lower or written(word.casefold(), target) >= OWN_WORD or native(word.casefold()):
            continue  # a word the target writes often is its own (Watch, Scheme, Ramón, Céline in English), and
            # so is a name with a language's own letters (Göncz, Kuchař)
        plain = _hepburn_plain(word)
        if plain is not None and written(word.casefold(), target) < HEPBURN_WRITTEN:
            guessed.append(Exonym(start, end, word, plain, (), GUESSED))
            continue
        marks = foreign_marks(word)
        entry = _folded(fold(word), target) if marks else None
        standard = folded_name(fold(word), target) if marks else None
        if entry is not None and fold(word) != fold(entry[0]):
            guessed.append(Exonym(start, end, word, *entry))
        elif standard is not None:  # accents the source language adds (Shanghaï, Hamás, Bogotà), not Zürich
            if word not in _kept(target) and marks != foreign_marks(standard):
                guessed.append(Exonym(start, end, word, standard, (), GUESSED))
        elif entry is None and not known_as(word):  # a name the tables give has been judged (Island: English)
            candidates = {s for key in keys(word) for s in standards.get(key, ()) if respelled(word, s)}
            if not candidates and looks_transliterated(word):  # the world's names and towns want a stronger sign
                others = _others(target)
                candidates = {
                    s
                    for key in keys(word)
                    for s in others.get(key, ())
                    if respelled(word, s) and written(s.casefold(), target) >= TOWN_WRITTEN
                }
            standard = _one(candidates)
            if standard is not None and not _read_closer(word, standard, target):
                guessed.append(Exonym(start, end, word, standard, (), GUESSED))
    wade_giles = _chinese(text, target, [*taken, *guessed])
    conventions = _respelled(text, target, [*taken, *guessed, *wade_giles])
    return sorted([*guessed, *wade_giles, *conventions], key=lambda found: found.start)


def _read_closer(word: str, standard: str, target: str) -> bool:
    """Whether a letter-by-letter reading of the word (read_as, given by _respelled) is another name that keeps
    its vowels where the table's standard changes them: Kim Dschong Un is Jong, not Zheng; Kirjat Sjmona is
    Shmona, not Simona."""
    reading = read_as(word, target)
    if reading is None or reading == standard:
        return False
    vowels = _vowels(word)
    return _vowels(reading) == vowels and _vowels(standard) != vowels


def _vowels(name: str) -> str:
    return "".join(letter for letter in fold(name) if letter in "aeiouy")


@cache
def _long_vowels() -> tuple[frozenset[str], frozenset[str], dict[int, str]]:
    """Hepburn's long vowels, the others, and each long vowel's plain letter in either case (romanization.toml)."""
    rules = romanization()["rules"]
    hepburn = rules["long_vowels"]
    plain = str.maketrans({long: unicodedata.normalize("NFD", long)[0] for long in hepburn + hepburn.upper()})
    return frozenset(hepburn), frozenset(rules["other_long_vowels"]), plain


def _hepburn_plain(word: str) -> str | None:
    """A Japanese name with Hepburn's long vowels, written plain (Kōmeitō: Komeito)."""
    hepburn, others, plain = _long_vowels()
    letters = set(word.casefold())
    if not letters & hepburn or letters & others:
        return None
    return word.translate(plain)


def _chinese(text: str, target: str, taken: list[Exonym]) -> list[Exonym]:
    """Chinese names of two syllables or more under Wade-Giles or the Czech transcription (Kuang-tung, Mao
    Tse-tung: audit.names.chinese)."""
    found = []
    pattern = capitalised(*chinese.SYLLABLES)
    for match in (m for first, last in hyphened_stretches(text) for m in pattern.finditer(text, first, last)):
        name, start, end = match.group(), match.start(), match.end()
        if name.endswith(POSSESSIVE):  # Mao Tse-tung's
            name, end = name[:-2], end - 2
        if not name[0].isupper() or any(other.start < end and start < other.end for other in taken):
            continue
        standard = chinese.read_as(name, target)
        if standard is None:
            continue
        surname_start = text.rfind(" ", 0, start - 1) + 1  # the word before, a space between
        spaced = text[start - 1 : start] == " "
        surname = chinese.surname_as(text[surname_start : start - 1], target) if spaced else None
        if surname is not None:  # Hsi Chin-p'ing is Xi Jinping, not "Hsi Jinping"
            start, name, standard = surname_start, text[surname_start:end], f"{surname} {standard}"
        found.append(Exonym(start, end, name, standard, (), GUESSED))
    return found


def _respelled(text: str, target: str, taken: list[Exonym]) -> list[Exonym]:
    """Capitalised words no table knows that the target never writes and are a name it does write under another
    convention (Szarif, Kuvajt, Írán: audit.names.respelling), nor the text in lower case (asked first: a third of
    the words, whose reading need not be made)."""
    matches, words = _capitalised_names(text)
    read = {word: standard for word in set(words) if word[0].isupper() and (standard := read_as(word, target))}
    if not read:
        return []  # most texts: no word is another convention's spelling (read_as remembers each word's answer)
    lower = lower_words_folded(text)
    found = []
    for match in compress(matches, map(read.__contains__, words)):
        word, start, end = match.group(), match.start(), match.end()
        standard = read[word]
        if word.casefold() in lower or _transliterations_own(word) or any(o.start <= start < o.end for o in taken):
            continue  # the Ukrainian and Russian names are transliteration's (asked of the few words read as a name)
        if _a_standard(word, target):
            continue  # a name the target's tables write so (Galwan, read as German for the surname Galvan)
        if text[end : end + 1] == "-" and text[start - 1 : start] == "-":
            continue  # a syllable inside a name joined by hyphens (Ho-Tschi-Minh-Stadt is not Chii), read whole
        if _SENTENCE_START.search(text, max(0, start - 8), start) and not _NAME_GOES_ON.match(text, end):
            continue  # a sentence's first word may be any word (Attaqué par les libéraux left untranslated), not
            # one a name's next word or a possessive follows (Israël Katz, Perú's Congress)
        found.append(Exonym(start, end, word, standard, (), GUESSED))
    return found


def _a_standard(word: str, target: str) -> bool:
    """Whether the target's tables give the word, as written, as the standard spelling of a name."""
    standards = _standards(target)
    return any(word in standards.get(key, ()) for key in keys(word))


@per_document
def _capitalised_names(text: str) -> tuple[tuple[re.Match[str], ...], list[str]]:
    """The text's matches of _NAME and their words, read by `_respelled` and (those of GUESSED_LENGTH or more
    without a hyphen either side) by `guess`: one scan of the text for both, where each had its own (some 4 ms).
    Both judge each distinct word once and read only the matches of the words that pass (exonym 6% faster over a
    2,000-article feed, its caches warm, than with a loop over every match)."""
    matches = tuple(capitalised(*_NAME).finditer(text))
    return matches, list(map(re.Match.group, matches))


def _words_guessed(text: str, target: str) -> Iterator[re.Match[str]]:
    """The words `guess` reads: those of `_capitalised_names` of GUESSED_LENGTH letters or more with no hyphen
    either side (Oil-rich) but an article's (al-Bourhane), capitalised (not all capitals), which the table does not
    list as written and which show another language's marks or letter groups (every reading of `guess` wants
    them)."""
    matches, words = _capitalised_names(text)
    worth = {word for word in set(words) if _worth_guessing(word, target)}
    for match in compress(matches, map(worth.__contains__, words)) if worth else ():
        start, end = match.span()
        before = text[start - 1 : start] != "-" or _after_article(text, start - 1)
        if end - start >= GUESSED_LENGTH and before and text[end : end + 1] != "-":
            yield match


def _after_article(text: str, hyphen: int) -> bool:
    """The hyphen at `hyphen` joins an Arabic article to the name (al-Bourhane, el-Sissi): the name is read alone,
    as a word after Oil- or Iran- is not."""
    start = hyphen
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:hyphen].casefold() in _articles() and (start == 0 or text[start - 1] != "-")


@cache
def _articles() -> frozenset[str]:
    return frozenset(romanization()["rules"]["articles"])


@lru_cache(maxsize=65536)
def _worth_guessing(word: str, target: str) -> bool:
    listed_as_written = word in listed(target)  # find() has judged these, inside longer names too (Credit Suisse)
    return word[0].isupper() and not word.isupper() and not listed_as_written and foreign_to(word, target)


@lru_cache(maxsize=65536)
def _transliterations_own(word: str) -> bool:
    """A Ukrainian or Russian name the names gazetteer knows, in any spelling."""
    return any(entity[0] == "g" for entity in known_as(word))


def _one(candidates: set[str]) -> str | None:
    """The standard a word is read as: the only one, or of spellings of one name the tables know, the one
    most entries of the table suggest (Khomeini, not Khomeyni); None when the word may be two names."""
    if len(candidates) <= 1:
        return next(iter(candidates), None)
    shared = frozenset.intersection(*(known_as(candidate) for candidate in candidates))
    return max(sorted(candidates), key=lambda candidate: _suggested()[candidate]) if shared else None


@cache
def _suggested() -> Counter[str]:
    """How many entries of the table suggest each standard, in any target."""
    return Counter(standard for rows in table().values() for standard, _, _ in rows.values())


@cache
def _others(target: str) -> exonym_index.KeyedWords:
    """The target's other one-word names of places and people, and the words of the names of towns whose country
    writes another script (GeoNames), by skeleton key (prebuilt: exonym_index)."""
    return exonym_index.index("others", target)


@cache
def _kept(target: str) -> frozenset[str]:
    return frozenset(_data()["kept"].get(target, ()))


def folded_name(key: str, target: str) -> str | None:
    """The target's one-word name of a place or person of this folded form, or None (prebuilt: exonym_index)."""
    return exonym_index.index("folded_names", target).one(key)


def _folded(key: str, target: str) -> Entry | None:
    """The table's entry for its one-word spelling of this folded form, where that names one standard, or None
    (prebuilt: exonym_index)."""
    spelling = exonym_index.index("folded", target).one(key)
    return listed(target)[spelling] if spelling is not None else None


def find(text: str, target: str) -> list[Exonym]:
    """Foreign names of places in the text, longest first; never one inside a longer name."""
    names = listed(target)
    openers = _first_words(target)
    lang = lexicon.of(target)
    words = indexed(text)  # the words every check reads, found once (read by index, as a list's)
    found: list[Exonym] = []
    after = 0  # the first word no name found covers
    for index, elided in _openings(words, openers, lang):
        if index < after:
            continue
        longest = min(MAX_WORDS, len(words) - index)
        match = _match(text, words, index, longest, names, elided)
        if match is None:
            continue
        length, start, end, (standard, languages, source) = match
        if (
            any(text.startswith(phrase, start) for phrase in phrases(target))
            or _end_of_its_standard(text, start, end, standard)
            or (elided and _not_a_place_after_an_article(text[start:end], source, target))
            or _agreeing(text[start:end], standard, lang, words[index - 1].key if index else "")
        ):
            after = index + length
            continue
        person = source == PEOPLE
        surname = person and text[start].islower()  # a particle opens it: a given name goes before (Omar ben Laden)
        while (
            person
            and length > 1
            and _part_of_a_longer_name(text, words, index, index + length, lang, person, named=surname)
        ):
            # a person's full name inside a longer run (Präsident Kaïs Saïed in German, where nouns are
            # capitalised): its words are still read, the shorter names among them first
            shorter = _match(text, words, index, length - 1, names, elided)
            if shorter is None:
                length = 0  # none: the next word is read on its own (Saïed)
                break
            length, start, end, (standard, languages, source) = shorter
        if not length:
            continue
        after = index + length
        title = source == DEMONYMS and standard[0].islower() and _no_name_of(text[start:end], target)
        inside = _part_of_a_longer_name(
            text, words, index, after, lang, source in (PEOPLE, DEMONYMS), title, title or surname or bool(elided)
        )
        if (source == PEOPLE and length == 1) or not inside:
            # one word of a person's name has others beside it (Benyamin Netanyahou); a place inside a longer
            # name is that name's (Peking University), and so are several (Khaled Abou Bakr is not Abu Bakr)
            written = text[start:end]
            found.append(Exonym(start, end, written, _article_kept(written, standard), languages, source))
    return found


def _end_of_its_standard(text: str, start: int, end: int, standard: str) -> bool:
    """The spelling is the end of its own standard, written whole ("El Cairo": Spanish "a Cairo" is the English
    name, "en El Cairo" the Spanish one)."""
    written = text[start:end]
    head = standard[: len(standard) - len(written)]
    before = text[max(0, start - len(head)) : start]
    return bool(head) and standard.endswith(written) and before.casefold() == head.casefold()


def _article_kept(written: str, standard: str) -> str:
    """The standard with the Arabic article the text writes before the name, where the table's standard has none
    and spells the same name (al-Burhane -> al-Burhan): dropping the article made a third spelling of the name
    ("entre Burhan"); a standard that is another name keeps its own form (al-Quds -> Jerusalem)."""
    from audit.names.skeleton import keys

    article, hyphen, name = written.partition("-")
    if not (hyphen and name and article.casefold() in _articles()) or " " in article:
        return standard
    first = re.split(r"[-\s]", standard, maxsplit=1)[0]
    if not standard[:1].isupper() or first.casefold() in _articles() or not keys(name) & keys(standard):
        return standard  # a group French writes as a noun (Al-Schabaab: les shebab) takes no article
    return f"{article}-{standard}"


def _openings(words: TokenIndex, openers: frozenset[str], lang) -> Iterator[tuple[int, int]]:
    """The indexes of the words a name of the table may start at, past an elided article (French l'Oekraïne,
    d'Irak) or before a possessive, with the article's letters (0 where there is none). Each distinct word is
    judged once and the words that open a name picked out in C: a loop over every word of the WMT14 reference took
    15 ms, of its French source 140 ms (the elided articles). Without elisions, the openers among the distinct words
    are a set's intersection, and the possessives' words found by their endings: a loop over a 500-word article's
    distinct words took twice as long."""
    texts = words.texts
    if lang.elisions:  # read from a word's key, which its text gives
        distinct = {text: _elided(words[at], lang) for text, at in {t: at for at, t in enumerate(texts)}.items()}
        opening = {text: elided for text, elided in distinct.items() if _opens(text[elided:], openers)}
    else:
        different = set(texts)
        possessives = (word for word, first in _possessives(different) if first in openers)
        opening = dict.fromkeys([*(different & openers), *possessives], 0)
    for index in compress(range(len(texts)), map(opening.__contains__, texts)):
        yield index, opening[texts[index]]


def _possessives(words: set[str]) -> Iterator[tuple[str, str]]:
    """The words that end with a possessive, each with the word before it: their endings found in C, in the words
    joined a line each (no word holds a line break)."""
    lines = "\n".join(words)
    for match in _POSSESSIVE_END.finditer(lines):
        start = lines.rfind("\n", 0, match.start()) + 1
        yield lines[start : match.end()], lines[start : match.start()]


def _opens(first: str, openers: frozenset[str]) -> bool:
    """Whether a name of the table starts with the word, or with the word before its possessive."""
    return first in openers or (first.endswith(POSSESSIVE) and first[:-2] in openers)


def _match(text: str, words, index: int, longest: int, names: dict, elided: int = 0) -> tuple | None:
    """The longest name of the table starting at word `index`, `elided` letters into it, of `longest` words at
    most: (words, start, end, entry), or None."""
    for length in range(longest, 0, -1):
        start, end = words[index].start + elided, words[index + length - 1].end
        end -= 2 if text[start:end].endswith(POSSESSIVE) and text[start : end - 2] in names else 0  # Netanyahou's
        entry = names.get(text[start:end])
        if entry is not None:
            return length, start, end, entry
    return None


def _elided(word, lang) -> int:
    """How many letters of the word are an elided article written onto a capitalised name (French L'Oekraïne,
    d'Irak), 0 where there is none."""
    elided = len(word.key) - len(lang.base(word.key))
    return elided if elided and word.text[elided : elided + 1].isupper() else 0


def _not_a_place_after_an_article(spelling: str, source: str, target: str) -> bool:
    """After an elided article, a person's name (d'Anwar al-Awlaki: given names are each person's own) or a word
    the target writes often (l'Australien: the Australian; l'Egypte: the target's own, its capital unaccented); an
    acronym is no person's name (l'ECOWAS)."""
    person = source == PEOPLE and not spelling.isupper()
    return person or frequencies.zipf(spelling.casefold(), target) >= OWN_WORD


def _agreeing(spelling: str, standard: str, lang, before: str) -> bool:
    """A people's adjective in lower case, after a word that is no determiner, that agrees as the target's
    adjectives do: the standard, without its plural's s, with a feminine ending (French "les forces talibanes" of
    "talibans", where the Spanish plural is spelled alike; "les talibanes" is that plural)."""
    if not lang.feminine_endings or not spelling.islower() or not before or before in lang.determiners:
        return False
    stem = standard.casefold().removesuffix("s")
    return any(spelling == stem + ending for ending in lang.feminine_endings)


def _a_word_before(word, lang, people: bool) -> bool:
    """A word of the target before a person's or a people's name, not a name itself: a sentence's first word,
    capitalised only there ("Exiled Tibétains"), or a title ("President Jun Sok-jol", "Prime Minister Szejk
    Hasina"), not a name ("Albert Londres", "Khaled Abou Bakr"): by the target's list of names (audit.names.respelling),
    where it has one; not another language's function word. An adjective made with a hyphen ("Oil-rich Irak") is
    never a name's word; a hyphened title is one of words (Secretary-General); in German, whose nouns are
    capitalised, a noun of a kind of place stands before a place (die Hauptstadt Pyongyang, die Stadt Tombouctou),
    and so does any noun it writes very often (in Richtung Sea of Japan)."""
    if _HYPHENED_ADJECTIVE.search(word.text):
        return True
    if lang.nouns_capitalised and not people:  # German: a noun before a place (die Hauptstadt Pjöngjang)
        return not word.text.isupper() and (_a_place_noun(word.key, lang) or _a_common_word(word.text, lang.code))
    if not people or word.key in _others_function_words(lang.code):
        return False
    if lang.nouns_capitalised:  # German: a noun as common as Präsident is no given name
        return _a_common_word(word.text, lang.code)
    return all(a_word_not_a_name(part, lang.code, OWN_WORD) for part in word.text.casefold().split("-"))


def _a_place_noun(key: str, lang) -> bool:
    """One of the language's nouns of a kind of place (place_nouns), or a compound ending in one (Wüstenstadt,
    Hafenstadt); not a state's (US-Bundesstaat Georgia is the state, not Georgien)."""
    nouns = lang.place_nouns
    return key in nouns or any(key[cut:] in nouns for cut in range(2, len(key) - 3))  # a tail of 4 letters or more


@cache
def _others_function_words(target: str) -> frozenset[str]:
    """The function words of the other languages: a quoted title's article is no title of a person ("Un Américain
    à Paris")."""
    own = lexicon.of(target).function_words
    return frozenset().union(*(lexicon.of(code).function_words for code in lexicon.available())) - own


def _no_name_of(spelling: str, target: str) -> bool:
    """A title's spelling the target never writes, so never a name of its own (Szejk, Scheich; not Cheikh, a
    Senegalese given name English writes): it may stand before one (Szejk Hasina)."""
    return spelling.islower() or written(spelling.casefold(), target) < TITLE_WRITTEN


def _part_of_a_longer_name(
    text: str, words, first: int, after: int, lang, people: bool = False, title: bool = False, named: bool = False
) -> bool:
    """The match goes on with another capitalised word, or a name particle and one ("Peking University",
    "Dominique de Villepin"), or follows one that is no function word, or one and a particle ("Albert Londres",
    "Le Chemin de Damas"): a name of its own. A people's or a person's name may follow a sentence's first word
    or a title ("Exiled Tibétains", "President Jun Sok-jol"), where a place's may not ("Credit Suisse"), but for
    the target's qualifiers ("Upper Galiläa"); a title may stand before a name (szejk Tamim), and after one when
    `named` (Amit Schah), as a surname its particle opens may (Oussama ben Laden); nothing goes on across a
    possessive ("Pakistan's Pendjab"), nor across a particle after a word of the target ("Flughafen von
    Damascus")."""

    def joined(left: int, right: int) -> bool:
        return text[words[left].end : words[right].start] == " "

    def name(index: int) -> bool:
        return words[index].text[0].isupper() and words[index].key not in lang.function_words

    def particle(index: int) -> bool:
        return words[index].key in lang.name_particles and not words[index].text[0].isupper()

    possessive = words[after - 1].text.endswith(POSSESSIVE)  # Jerozolima's Old City: the name ends there
    if after < len(words) and joined(after - 1, after) and not possessive and not title:
        if words[after].text[0].isupper():
            return True
        if particle(after) and after + 1 < len(words) and joined(after, after + 1) and name(after + 1):
            return True
    if first > 0 and joined(first - 1, first) and not words[first - 1].text.endswith(POSSESSIVE) and not named:
        before = words[first - 1]
        if name(first - 1) and before.key not in lang.place_qualifiers and not _a_word_before(before, lang, people):
            return True
        if particle(first - 1) and first > 1 and joined(first - 2, first - 1) and name(first - 2):
            if lang.nouns_capitalised and not people and words[first - 1].key in lang.function_words:
                return False  # a noun before the target's own particle ("Das Militär von South Korea"), not a
                # name; another language's particle joins one ("Santiago de Cuba")
            return not _a_common_word(words[first - 2].text, lang.code)
    return False


def _a_common_word(word: str, target: str) -> bool:
    """A word the target writes very often (German Flughafen, Präsident), so no given name before a particle."""
    return frequencies.zipf(word.casefold(), target) >= COMMON_BEFORE_PARTICLE
