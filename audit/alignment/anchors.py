"""What survives translation, read without a model: numbers, names, cognates and strong punctuation.

A translation keeps a source's numbers (1 000,5 and 1,000.5 are one number; "three" and "3" too, and so are
3,4 milliards and 3,400 million, 6h30 and 6.30, as audit.numbers reads them), its names
(Pékin is Beijing: audit.alignment.names), most of the long words that languages share by descent or borrowing
(gouvernement / government / Regierung is not one, but président / president / Präsident is: the first four
letters, accents folded), its frequent content words under any language's word for them (audit.alignment.
concepts: école, Schule, 学校) and its question and exclamation marks. Sentences that translate each other share
these anchors; a source clause whose anchors are all missing from the target may not have been translated.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from audit.alignment import abbreviations, lengths
from audit.alignment.concepts import Concepts, of_ideographs, of_word
from audit.alignment.names import keys as name_keys
from audit.names.folding import fold

COGNATE_PREFIX = 4  # letters two cognates share at the start (Simard, Foster and Isabelle 1992)
MIN_COGNATE = 5  # shorter words are too often alike by chance
NUMBER_WEIGHT, NAME_WEIGHT, MARK_WEIGHT, CONCEPT_WEIGHT = 2.0, 2.0, 0.5, 1.0
_ABBREVIATED = r"(?:[A-ZÀ-Þ]{1,2}\.-?)+[A-ZÀ-Þ]{1,2}\."  # U.S., É.-U., EE.UU.
_WORD = re.compile(rf"{_ABBREVIATED}|[^\W\d_](?:[^\W_]|['’\-](?=[^\W\d_]))*")
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f\u2009.,'’]\d{3})*(?:[.,]\d+)?")  # spaces of all widths group thousands
TOKEN = re.compile(f"{_NUMBER.pattern}|{_WORD.pattern}")  # a number or a word, the units anchors are read from
_IDEOGRAPH = re.compile("[\u3400-\u9fff]")
_MARKS = "?!？！"
ELIDED = re.compile(r"^(?:[a-zA-Z]|[Qq]u)['’](?=\w)")  # French and Italian l', d', qu' before a word
_NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "zero um dois três quatro cinco seis sete oito nove dez onze doze",
    "ru": "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать",
    "zh": "零 一 两 三 四 五 六 七 八 九 十 十一 十二",
}
# Words that are numbers only sometimes ("un" is also an article, "one" a pronoun): never anchors.
_AMBIGUOUS = frozenset({"one", "un", "uno", "um", "eins", "один", "一", "zero", "null", "dos", "sei", "neun"})
_NUMBERS = {
    lang: {word: str(value) for value, word in enumerate(words.split()) if word not in _AMBIGUOUS}
    for lang, words in _NUMBER_WORDS.items()
}
_CYRILLIC_LETTERS = str.maketrans(
    {
        **dict(zip("абвгдезиклмнопрстуфыэіґ", "abvgdeziklmnoprstufieig", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "є": "ye"},
        **{"ъ": "", "ь": ""},
    }
)
_LOOSE = (("ph", "f"), ("th", "t"), ("c", "k"), ("q", "k"), ("z", "s"), ("y", "i"), ("w", "v"), ("x", "ks"))
_GENDERED = {"deux": "2", "zwei": "2", "duas": "2", "две": "2"}  # the other form of two ("une" is an article)


@dataclass(frozen=True)
class Anchors:
    """A stretch of text as the anchors it holds and its length (letters and digits)."""

    length: int
    numbers: tuple[frozenset[str], ...] = ()  # each figure or number word as its readings (number_readings)
    names: tuple[tuple[str, frozenset[str]], ...] = ()  # each name and its keys (audit.alignment.names.keys)
    cognates: Counter[str] = field(default_factory=Counter)
    marks: Counter[str] = field(default_factory=Counter)
    prefixes: frozenset[str] = frozenset()  # the cognate key of every word, names and capitalised nouns included
    concepts: tuple[tuple[Concepts, str | None], ...] = ()  # each content word the table knows, and its cognate key
    concept_ids: frozenset[int] = frozenset()  # every concept of `concepts`

    def __add__(self, other: Anchors) -> Anchors:
        return Anchors(
            self.length + other.length,
            self.numbers + other.numbers,
            self.names + other.names,
            self.cognates + other.cognates,
            self.marks + other.marks,
            self.prefixes | other.prefixes,
            self.concepts + other.concepts,
            self.concept_ids | other.concept_ids,
        )

    @property
    def strong(self) -> int:
        """Numbers and names: the anchors a translation nearly always keeps."""
        return len(self.numbers) + len(self.names)

    # What `matched` asks of a side each time an alignment weighs it against a candidate (some 200 times a
    # sentence), worked out once.
    @cached_property
    def number_readings(self) -> frozenset[str]:
        """Every reading of every number."""
        return frozenset().union(*self.numbers)

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Every key of every name."""
        return frozenset().union(*(keys for _, keys in self.names))

    @cached_property
    def cognate_count(self) -> int:
        return self.cognates.total()

    @cached_property
    def mark_count(self) -> int:
        return self.marks.total()


EMPTY = Anchors(0)


@lru_cache(maxsize=65536)
def anchors(text: str, lang: str | None) -> Anchors:
    """The anchors of a sentence or clause written in `lang`."""
    from audit import lexicon

    data = lexicon.get(lang)
    function_words = data.function_words if data is not None else frozenset()
    capitals_are_names = data is None or not data.nouns_capitalised
    numbers = number_readings(text, lang)
    names: list[frozenset[str]] = []
    cognates: Counter[str] = Counter()
    words = {**_NUMBERS.get(lang or "", {}), **_GENDERED}
    prefixes = set()
    concepts: list[tuple[Concepts, str | None]] = []
    first = True
    phrases = list(abbreviations.phrases().finditer(text))  # United States, Nations unies: one name each
    names.extend((phrase.group(), name_keys(phrase.group())) for phrase in phrases)
    for match in _WORD.finditer(text):
        word = ELIDED.sub("", match.group())
        key = word.casefold()
        cognate = cognate_key(key) if len(key) >= MIN_COGNATE and key not in function_words else None
        if cognate:
            prefixes.add(cognate)
        if any(phrase.start() <= match.start() < phrase.end() for phrase in phrases):
            first = False
            continue
        meaning = of_word(key, lang) if key not in function_words else frozenset()
        if key in words:
            numbers.append(frozenset({words[key]}))
        elif abbreviations.spellings(word):  # before the function words: US is not "us"
            names.append((word, name_keys(word)))
        elif meaning and not (word[0].isupper() and _known(word)):
            concepts.append((meaning, cognate))
        elif word[0].isupper() and key not in function_words and (not first or _known(word)):
            if capitals_are_names or _known(word):
                names.append((word, _compound_keys(word)))
            elif cognate:
                cognates[cognate] += 1
        elif cognate:
            cognates[cognate] += 1
        first = False
    if _IDEOGRAPH.search(text):
        names.extend((name, name_keys(name)) for name in chinese_names(text))
        concepts.extend((meaning, None) for meaning in of_ideographs(text, lang))
    marks = Counter(ch for ch in text if ch in _MARKS)
    ids = frozenset(i for meaning, _ in concepts for i in meaning)
    return Anchors(
        lengths.length(text), tuple(numbers), tuple(names), cognates, marks, frozenset(prefixes), tuple(concepts), ids
    )


@lru_cache(maxsize=65536)
def cognate_key(word: str) -> str | None:
    """The first letters of a word as cognates share them across languages and scripts: accents folded, Cyrillic
    transliterated, the letters spellings trade (c/k, z/s, ph/f, y/i, w/v) made one (crisis, Krise, кризис:
    "kris"); None for other scripts."""
    letters = fold(word).translate(_CYRILLIC_LETTERS)
    if not letters.isascii() or not letters.isalpha():
        return None
    for old, new in _LOOSE:
        letters = letters.replace(old, new)
    return letters[:COGNATE_PREFIX]


def _compound_keys(word: str) -> frozenset[str]:
    """A name's keys, and those of each name a hyphen joins to it (US-Mexico: US and Mexico)."""
    parts = [part for part in word.split("-") if part[:1].isupper()]
    return frozenset().union(name_keys(word), *(map(name_keys, parts) if len(parts) > 1 else ()))


def _known(word: str) -> bool:
    """Whether a capitalised word is a name the tables know (so a sentence's first word, or a German noun, may
    be taken for one), or names joined by a hyphen that they know (US-Mexico)."""
    return any(not key.startswith("f:") for key in _compound_keys(word))


def chinese_names(text: str) -> list[str]:
    """The names of audit.alignment.world_names in a Chinese text, longest first, without overlaps."""
    from audit.alignment.concepts import longest_terms
    from audit.alignment.world_names import CHINESE

    return longest_terms(text, CHINESE.keys() | abbreviations.chinese(), shortest=2)


def number(text: str) -> str:
    """A number as digits: thousands separators dropped, a decimal comma made a point ("1 000,5" -> "1000.5")."""
    digits = re.sub(r"[ \u00a0\u202f\u2009.,'’](?=\d{3}(?!\d))", "", text)
    return digits.replace(",", ".").rstrip(".")


def number_readings(text: str, lang: str | None) -> list[frozenset[str]]:
    """Each figure of the text as the values it may be read as: its digits, and the quantities audit.numbers reads
    the mention it belongs to as, scale words and times included ("3,4 milliards": 3400000000, "6h30": 6.3)."""
    from audit.numbers.mentions import read

    figures = list(_NUMBER.finditer(text))
    if not figures:
        return []
    mentions = read(text, lang)
    found = []
    for figure in figures:
        values = {number(figure.group())}
        for mention in mentions:
            if mention.start <= figure.start() and figure.end() <= mention.end:
                values.update(_plain(kind, value) for kind, value in mention.keys)
        found.append(frozenset(values))
    return found


def _plain(kind: str, value: object) -> str:
    """A reading as `number` writes a number (3400000000.0: "3400000000", 6.3: "6.3"), a time or a date with its
    kind (a time's 390 minutes are no figure 390)."""
    from audit.numbers.mentions import NUMBER, PART

    if kind not in (NUMBER, PART):
        return f"{kind}:{value}"
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def matched(source: Anchors, target: Anchors) -> tuple[float, float]:
    """Anchors of either side found on the other, and anchors there are, weighted (a number or a name tells
    twice what a cognate does, a mark half)."""
    hits = (
        NUMBER_WEIGHT * (_numbers_found(source, target) + _numbers_found(target, source))
        + NAME_WEIGHT * (_names_found(source.names, target) + _names_found(target.names, source))
        + 1.0 * (2 * _shared(source.cognates, target.cognates))
        + CONCEPT_WEIGHT * (_concepts_found(source, target) + _concepts_found(target, source))
        + MARK_WEIGHT * (2 * _shared(source.marks, target.marks))
    )
    total = (
        NUMBER_WEIGHT * (len(source.numbers) + len(target.numbers))
        + NAME_WEIGHT * (len(source.names) + len(target.names))
        + 1.0 * (source.cognate_count + target.cognate_count)
        + CONCEPT_WEIGHT * (len(source.concepts) + len(target.concepts))
        + MARK_WEIGHT * (source.mark_count + target.mark_count)
    )
    return hits, total


def weight(mine: Anchors) -> float:
    """The weight of a text's own anchors (as `matched` counts them)."""
    return (
        NUMBER_WEIGHT * len(mine.numbers)
        + NAME_WEIGHT * len(mine.names)
        + mine.cognates.total()
        + CONCEPT_WEIGHT * len(mine.concepts)
        + MARK_WEIGHT * mine.marks.total()
    )


def found(mine: Anchors, other: Anchors) -> float:
    """The weight of `mine`'s anchors that `other` has: its numbers, cognates and marks, and its names under any
    spelling or inflection (audit.alignment.names.same)."""
    from audit.alignment.names import same

    names = sum(
        1
        for word, keys in mine.names
        if cognate_key(word.casefold()) in other.prefixes or any(keys & k or same(word, w) for w, k in other.names)
    )
    cognates = sum(n for key, n in mine.cognates.items() if key in other.prefixes)
    return (
        NUMBER_WEIGHT * _numbers_found(mine, other)
        + NAME_WEIGHT * names
        + cognates
        + CONCEPT_WEIGHT * _concepts_found(mine, other)
        + MARK_WEIGHT * (mine.marks & other.marks).total()
    )


def _numbers_found(mine: Anchors, other: Anchors) -> int:
    """`mine`'s numbers that `other` has under one of their readings."""
    theirs = other.number_readings
    return sum(1 for readings in mine.numbers if readings & theirs) if theirs else 0


def _concepts_found(mine: Anchors, other: Anchors) -> int:
    """`mine`'s content words that `other` renders: by a concept of the table, or as a cognate."""
    return sum(1 for ids, key in mine.concepts if ids & other.concept_ids or key in other.prefixes)


def _names_found(names: tuple[tuple[str, frozenset[str]], ...], other: Anchors) -> int:
    """The names that share a key with one of `other`'s."""
    theirs = other.name_keys
    return sum(1 for _, keys in names if keys & theirs) if theirs else 0


def _shared(mine: Counter[str], other: Counter[str]) -> int:
    """The size of the two bags' intersection, (mine & other).total() without making it."""
    if len(other) < len(mine):
        mine, other = other, mine
    return sum(min(count, other[key]) for key, count in mine.items() if key in other)
