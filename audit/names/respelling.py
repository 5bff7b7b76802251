"""A capitalised word English never writes that is a name English does write, spelled under another language's
conventions: accents the source language added (Írán, Hokkaidó, Kagamé) or other letters for one sound (Polish
Szarif, Czech Hirošima, German Jemen, Dutch Sjiraz for Sharif, Hiroshima, Yemen, Shiraz).

What English writes is read from word frequencies (audit/data/name_words/, built by scripts/build_name_words.py
from wordfreq less a dictionary's lower-case words), so the names of the whole world are covered, not those a
table lists. Precision comes from the frequencies: the word itself is (almost) never written in English, the name
it is read as is written often and far more, and no other name of that sound comes near it; names English keeps
with their accents (López, Erdoğan, São) are written in English often enough to be left alone.
"""

from __future__ import annotations

import bisect
import gzip
import itertools
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from audit import unpacked
from audit.kept import kept
from audit.names.folding import fold
from audit.names.skeleton import alike, known_as, native_marks, readings, romanization, sounds, spelled_out
from audit.words import frequencies

DATA = Path(__file__).resolve().parents[1] / "data" / "name_words"
WRITTEN = 1.5  # a spelling English writes at this Zipf frequency or more is English's own (Galant, Katherine)
WRITTEN_ACCENTED = 1.0  # and with accents, at this one (Perú 2.3, López 2.9, Fabián 1.3; Írán, Hamás never)
ACCENTED_MARGIN = 2.0  # how much more often English writes the name without the accents than with them
RESPELLED_ZIPF = 2.0  # the least frequency of a name a respelling is read as (Sharif 3.0, Kuwait 3.9)
KNOWN_RESPELLED_ZIPF = 1.0  # and of one the world tables know as a place or person (Shymkent 1.1, Khorog 1.1)
FOREIGN_SURNAME = 2.5  # how often English writes a surname a woman's ending was added to (Gandhi 3.9, Meir 2.6)
CLEAR_LEAD = 0.5  # how far the name read must lead any other name of the same sound
SHORT_ZIPF = 3.0  # how often English must write a name of three letters another language gave accents (Ali 4.3)
SPANISH_ACCENTS = "áéíóú"
FIGURE_ZIPF = 2.5  # a plain name English writes this often takes no Spanish accent from a transcription (Kohli)
MIN_RESPELLED = 5  # letters: shorter words sound like too many names
MIN_STEM = 3  # letters left before an ending read as English's
MAX_LONGER = 2  # letters the name read may have more than the word (Bacu is no Backhoe)
BLOCK = 64  # lines of a list of names a block: its first line's sound is what a look-up bisects


class Names:
    """The names a target language writes, one "sound<TAB>word<TAB>zipf" line each (a word under each of its
    sounds), in code-point order: one bytes object in memory, each line after its line break (UTF-8, which sorts
    as the code points do; read back without decoding its 4 MB, 6 ms a run), the lines of a sound found by a
    bisection in C over the first sound of each block of lines, then a search of the blocks its lines may start
    in (a dictionary of 190,000 names took a second to build, on every run that met a name; a bisection over every
    line, which Python read for it, some 18 steps a sound)."""

    def __init__(self, text: bytes, firsts: list[bytes], starts: list[int], count: int) -> None:
        self._text = text
        self._firsts = firsts  # the sound of each block's first line
        self._starts = starts  # where each block starts (its first line's break), the end of the text last
        self._count = count  # lines

    def __len__(self) -> int:
        return self._count

    @lru_cache(maxsize=65536)  # noqa: B019 - one list per target, kept for the process
    def sounding(self, sound: str) -> tuple[tuple[str, float], ...]:
        """The names of this sound, with their Zipf frequency."""
        key = sound.encode("utf-8", "surrogatepass")
        if b"\t" in key or b"\n" in key:
            return ()
        block = max(bisect.bisect_left(self._firsts, key) - 1, 0)  # the sound's first line is in it or opens the next
        line = b"\n" + key + b"\t"
        at = self._text.find(line, self._starts[block], self._starts[min(block + 2, len(self._starts) - 1)])
        found = []
        while at >= 0:
            end = self._text.find(b"\n", at + 1)
            _, word, zipf = self._text[at + 1 : end if end >= 0 else len(self._text)].split(b"\t")
            found.append((word.decode("utf-8"), float(zipf)))
            at = end if end >= 0 and self._text.startswith(line, end) else -1
        return tuple(found)

    def zipf(self, word: str) -> float:
        """The name's Zipf frequency; 0.0 when the list does not hold it."""
        return next((zipf for name, zipf in self.sounding(sounds(word)) if name == word), 0.0)


@cache
def names(target: str) -> Names | None:
    """The target's names, or None when no list is built for it."""
    path = DATA / f"{target}.txt.gz"
    if not path.is_file():
        return None
    return kept(Names(*unpacked.read(path, _lines)))


def _lines(packed: bytes) -> tuple[bytes, list[bytes], list[int], int]:
    """A list of names without its provenance lines, each line after its line break; the sound of the first line of
    each block of BLOCK lines, where each block starts (the end of the text last), and how many lines."""
    text = gzip.decompress(packed)
    body = text[text.index(b"\n", text.rindex(b"\n#") + 1) + 1 if b"\n#" in text else 0 :]
    lines = body[:-1].split(b"\n") if body.endswith(b"\n") else body.split(b"\n")
    breaks = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))  # each line's break
    firsts = [line[: line.index(b"\t")] for line in lines[::BLOCK]]
    return b"\n" + b"\n".join(lines), firsts, [*breaks[:-1:BLOCK], breaks[-1]], len(lines)


def written(word: str, target: str) -> float:
    """How often the target writes the word (Zipf), by its word list, else its names list."""
    common = frequencies.zipf(word, target)
    listed = names(target) if common < WRITTEN else None  # most words are found in the word list
    return max(common, listed.zipf(word) if listed else 0.0)


def a_word_not_a_name(word: str, target: str, floor: float) -> bool:
    """Whether the target writes `word` (lower case) as one of its words at Zipf `floor` or more and its list of
    names does not hold it (great, exiled; not Albert, Biden); False where the target has no list of names."""
    listed = names(target)
    return listed is not None and not listed.zipf(word) and frequencies.zipf(word, target) >= floor


@lru_cache(maxsize=16384)
def read_as(word: str, target: str) -> str | None:
    """The name the target writes that `word` spells under another convention, in the word's case; None when the
    target writes the word itself, or the reading is weak or not the only one."""
    listed = names(target)
    lower = word.casefold()
    if listed is None or len(word) < 3 or not word.isalpha() or word.isupper():
        return None
    own = written(lower, target)
    if own >= WRITTEN:  # most capitalised words of a text: the target's own
        return None
    if len(word) < 4:  # three letters: accents alone, on a name written very often (Alí, Abú: Ali, Abu)
        plain = fold(word)
        frequency = written(plain, target) if plain != lower and plain.isalpha() else 0.0
        known = own < WRITTEN_ACCENTED and frequency >= SHORT_ZIPF and not native(lower)  # Őri is Hungarian
        return plain.capitalize() if known else None
    for ending in _rules().surname_endings:
        stem = word[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 4 and own < WRITTEN_ACCENTED:
            return _surname(stem, target, listed)
    if native(lower) or (not lower.isascii() and own >= WRITTEN_ACCENTED):
        return None
    candidates = {
        name: zipf
        for form, needed in _forms(lower)
        for reading in readings(form)
        for name, zipf in listed.sounding(reading)
        if len(name) <= len(lower) + MAX_LONGER and respelled(form, name, needed)
    }
    ranked = sorted(candidates.items(), key=lambda item: (-item[1], item[0]))
    plain = spelled_out(word).replace(" ", "")  # š, č, ž as English writes them (Šuša: Shusha, not Susa)
    if not listed.zipf(plain):
        plain = fold(word).replace(" ", "")
    accented = listed.zipf(plain) if plain != lower and plain.isalpha() else 0.0
    if (
        accented >= own + ACCENTED_MARGIN
        and not (ranked and ranked[0][1] > accented + CLEAR_LEAD)
        and (_a_world_name(plain) or _transcribed(lower, accented))
    ):
        return plain.capitalize()  # accents the source added to a name: the plainest reading (Írán, Kagamé),
        # unless a reading of its ending is a name far more written (Géorgie: Georgia, not Georgie)
    if not ranked or len(lower) < MIN_RESPELLED:
        return None
    name, zipf = ranked[0]
    close = [other for other, its in ranked[1:] if its > zipf - CLEAR_LEAD]
    if zipf < RESPELLED_ZIPF and not (zipf >= KNOWN_RESPELLED_ZIPF and _rarely_written_but_known(lower, name)):
        return None
    if not all(alike(name, other) for other in close):
        return None  # two names read alike, unless they are spellings of one (Masoud, Masood)
    return name.capitalize()


def _rarely_written_but_known(word: str, name: str) -> bool:
    """Whether a name English seldom writes may still be read: one the world tables know, read by a
    transliteration's letters in a word of plain letters (Szymkent, Chorog: Shymkent, Khorog), never by letters a
    spelling may have of its own (Cassese is no Kasese) nor a marked letter (Kiliç is no Kilis)."""
    strong = any(respelled(form, name, STRONG) for form, _ in _forms(word))
    return word.isascii() and strong and _a_world_name(name)


def _forms(word: str) -> list[tuple[str, int | None]]:
    """The word, and the word with another language's ending for a place read as English's (Anatolie: Anatolia,
    Georgië: Georgia), with the evidence each needs: the ending is a sign of its own, but with no other letter
    read otherwise (a translator's Lattaquie is left alone)."""
    spelled = spelled_out(word)
    forms: list[tuple[str, int | None]] = [(word, None)]
    for ending, englishes in _rules().endings:
        stem = spelled[: -len(ending)]
        if spelled.endswith(ending) and len(stem) >= MIN_STEM:
            forms += [(stem + english, ENDING) for english in englishes]
    return forms


def _surname(stem: str, target: str, listed: Names) -> str | None:
    """The foreign surname a woman's ending was added to, where English writes it often as a name or the world
    tables know it (Gándhíová: Gandhi; Bhuttová: Bhutto; Erdoğanová: Erdoğan; Rybakinová: Rybakina); a surname of
    the language's own is left alone (Dvořáková, Muchová: much is a word, Nováková: Novák is Czech)."""
    if native(stem.casefold()):  # a language's own letters: a world name the tables know (Erdoğan, Akşener), not
        own = set(_rules().surname_own_letters)  # one of the language that adds the ending (Dvořák)
        return stem if not own & set(stem.casefold()) and known_as(stem) else None
    restored = () if written(stem.casefold(), target) else (stem + "o", stem + "a")  # Bhuttová: Bhutto, not Mucho
    for surname in (stem, *restored):
        found = read_as(surname, target) or (surname if written(surname.casefold(), target) >= WRITTEN else None)
        if found is not None and listed.zipf(fold(found)) >= FOREIGN_SURNAME:
            return found
        if surname in restored and known_as(surname):  # a world figure the tables know (Rybakinová: Rybakina)
            return surname
    return None


def respelled(word: str, name: str, needed: int | None = None) -> bool:
    """Whether `word` (in lower case) is `name` with letters another convention writes for the same English ones
    (audit/data/romanization.toml, [respelling]), doubled letters and accents all else that differs; a doubled
    letter alone is no other convention (Glading / Gladding, Munnich / Munich are names of their own). A word
    with the marks of a language's own spelling (French é, è, ç) must show a transliteration's letters, not
    letters that language writes its own names with (Bacqué is no Bakke)."""
    rules = _rules()
    if needed is None:
        needed = STRONG if any(mark in rules.own_spelling_marks for mark in word) else WEAK
    marked = spelled_out(word) != fold(word).replace(" ", "")  # š, č, ž spelled out: a transliteration's marks
    word = spelled_out(word)

    @cache
    def match(i: int, j: int) -> int:
        """The strongest reading of the rest of the word from i as the rest of the name from j: STRONG where a
        transliteration's letters are read, WEAK where only letters a spelling may have of its own, NONE where
        nothing is, -1 where it cannot be read."""
        if i == len(word) and j == len(name):
            return NONE
        best = -1
        if i < len(word) and j < len(name) and word[i] == name[j]:
            best = max(best, match(i + 1, j + 1))
        if i and i < len(word) and word[i] == word[i - 1]:  # Chalill / Khalil
            french_s = word[i] == "s" and _between_vowels(word, i - 1, i + 1)  # Tbilissi: ss for one s sound
            best = max(best, _with(match(i + 1, j), WEAK) if french_s else match(i + 1, j))
        if j and j < len(name) and name[j] == name[j - 1]:  # Alepo / Aleppo
            best = max(best, match(i, j + 1))
        if j and j < len(name) and name[j] == "h" and name[j - 1] in rules.silent_h_after:  # Bagdad
            best = max(best, _with(match(i, j + 1), WEAK))
        for foreign, englishes, strength in rules.pairs.get(word[i : i + 1], ()) if needed != ENDING else ():
            if word.startswith(foreign, i):
                for english in englishes:
                    if name.startswith(english, j):
                        best = max(best, _with(match(i + len(foreign), j + len(english)), strength))
        return best

    found = match(0, 0)
    return (STRONG if marked and found >= NONE else found) >= max(needed, NONE)


def _between_vowels(word: str, before: int, after: int) -> bool:
    return before > 0 and after < len(word) and word[before - 1] in VOWELS and word[after] in VOWELS


VOWELS = "aeiouy"
ENDING, NONE, WEAK, STRONG = -1, 0, 1, 2  # ENDING: an ending read already, and no letter besides (Lattaquie)


def _with(rest: int, strength: int) -> int:
    return -1 if rest < 0 else max(rest, strength)


class _Rules(NamedTuple):
    """audit/data/romanization.toml's [respelling], compiled."""

    pairs: dict[str, tuple[tuple[str, tuple[str, ...], int], ...]]  # by first letter: foreign, English, strength
    silent_h_after: str
    own_spelling_marks: str
    surname_endings: tuple[str, ...]
    surname_own_letters: str  # of the languages that add those endings: a surname with one is their own
    endings: tuple[tuple[str, tuple[str, ...]], ...]  # a place's endings in other languages, and English's


@cache
def _rules() -> _Rules:
    data = romanization()
    table = dict(data["respelling"])
    place_endings = tuple((ending, tuple(englishes)) for ending, englishes in data["respelling_endings"].items())
    silent_h = table.pop("silent_h_after")
    own_marks = table.pop("own_spelling_marks")
    endings = tuple(table.pop("surname_endings"))
    surname_own = table.pop("surname_own_letters")
    weak = set(table.pop("weak"))
    by_letter: dict[str, list[tuple[str, tuple[str, ...], int]]] = {}
    for foreign, englishes in table.items():
        by_letter.setdefault(foreign[0], []).append((foreign, tuple(englishes), WEAK if foreign in weak else STRONG))
    pairs = {letter: tuple(found) for letter, found in by_letter.items()}
    return _Rules(pairs, silent_h, own_marks, endings, surname_own, place_endings)


def _a_world_name(plain: str) -> bool:
    """Whether the world tables know the plain name as a place's or a person's (Iran, Hokkaido, Kagame, Ali): its
    accents are then another language's (a name they do not know: _transcribed)."""
    return bool(known_as(plain.capitalize()))


def _transcribed(word: str, plain_zipf: float) -> bool:
    """Accents on a name the world tables do not know that are a transcription's (Czech Módí, Ebráhím, French
    Naïm): not those of a French or Italian name's own spelling (Létourneau, Héma), nor a language's own
    accented name (_accented_own), nor the one accent of a Spanish name (Jerí), unless English writes the name
    plain as often as a public figure's (Kohlí, Téndulkar: Kohli, Tendulkar)."""
    marks = [letter for letter in word if not letter.isascii()]
    if any(mark in _rules().own_spelling_marks for mark in marks) or word in _accented_own():
        return False
    spanish = all(mark in SPANISH_ACCENTS for mark in marks)  # Spanish writes one: José Jerí
    return len(marks) > 1 or not spanish or plain_zipf >= FIGURE_ZIPF


@cache
def _accented_own() -> frozenset[str]:
    """Accented names a language writes as its own people's (Lukáš, Lívia, Ádám: scripts/build_name_words.py):
    their accents are no transliteration's, though English writes the name plain (Lukas, Livia, Adam)."""
    return unpacked.read(DATA / "accented_own.txt.gz", _own_names)


def _own_names(packed: bytes) -> frozenset[str]:
    lines = gzip.decompress(packed).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def native(word: str) -> bool:
    """Whether the word has a letter only a language's own spelling uses, never a transliteration into it
    (Polish ń, Czech ř, Turkish ğ, German ü: Szymański, Dvořák, Kövér are their own names)."""
    return any(letter in native_marks() for letter in word)
