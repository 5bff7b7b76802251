"""name-mismatch: a person or place named in the source and missing, or changed for another, in the translation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from audit import language, lexicon
from audit.alignment.examples import BilingualExample
from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document, Span
from audit.findings import Finding, Severity
from audit.language import data_code

if TYPE_CHECKING:
    from audit.alignment.names import Namesakes

HEAD_NOUN = 4.0  # a name's last word this common is its head noun (Police, Hospital): an institution, not a person
COMMON_WORD = 3.0  # Zipf frequency of a word a language writes in its sentences (great 5.9, pumpkin 3.9)
# Capitalised in English without being names: days, months, titles before a name, and the nationalities and
# languages (their source words are in lower case: mardi, français).
ENGLISH_COMMON = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "President",
        "Minister",
        "Prime",
        "Foreign",
        "Secretary",
        "Chancellor",
        "Mayor",
        "General",
        "Pope",
        "King",
        "Queen",
        "Prince",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Professor",
        "Senator",
        "Governor",
        "Judge",
        "Justice",
        "Ambassador",
        "Chief",
        "Director",
        "Deputy",
        "French",
        "German",
        "British",
        "English",
        "American",
        "Russian",
        "Ukrainian",
        "Chinese",
        "Italian",
        "Spanish",
        "European",
        "Polish",
        "Dutch",
        "Swiss",
        "Belgian",
        "Austrian",
        "Greek",
        "Turkish",
        "Iranian",
        "Israeli",
        "Arab",
        "Arabic",
        "Palestinian",
        "Syrian",
        "Iraqi",
        "Egyptian",
        "Japanese",
        "Korean",
        "Indian",
        "African",
        "Canadian",
        "Mexican",
        "Brazilian",
        "Australian",
        "Portuguese",
        "Swedish",
        "Norwegian",
        "Danish",
        "Finnish",
        "Hungarian",
        "Czech",
        "Romanian",
        "Bulgarian",
        "Serbian",
        "Croatian",
        "Irish",
        "Scottish",
        "Welsh",
        "Muslim",
        "Christian",
        "Catholic",
        "Jewish",
        "Islamic",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
        "Republican",
        "Democrat",
        "Democratic",
        "Socialist",
        "Communist",
        "Conservative",
        "Labour",
    ]
)


class _Side:
    """One side of a pair, its text and its names (audit.alignment.names.Name), read once; a plain class, as a
    dataclass costs a millisecond to declare at every start."""

    def __init__(self, text: str, lang: str | None, names: tuple) -> None:
        self.text, self.lang, self.names = text, lang, names

    @cached_property
    def folded(self) -> str:
        """The text case-folded once, for every name looked for in it."""
        return self.text.casefold()

    @cached_property
    def namesakes(self) -> Namesakes:
        """The words of its names and the names whole, filed for `same`."""
        from audit.alignment.names import Namesakes

        return Namesakes(other for name in self.names for other in (*name.words, name.text))


class NameMismatch(Check):
    id = "name-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.ERROR
    summary = (
        "A person or place of the source missing from the translation, or changed for another (Lyon translated"
        " as Marseille); any accepted spelling, exonym or transliteration counts as present (Pékin / Beijing,"
        " Харків / Kharkiv / Charkiw)."
    )
    rationale = (
        "A wrong name is the error a reader cannot detect and the one that does most harm: the wrong city shelled,"
        " the wrong minister quoted. Names are matched across languages through the names tables (exonyms, the"
        " Ukrainian and Russian gazetteer, world places and people, declined Russian forms), so a name the"
        " translation spells by another convention is present here and left to transliteration and name-variant."
        " A person's full name the translation names nowhere, and puts no other name in place of, is a warning on"
        " the sentence (a party to the story gone); a name dropped for a title or pronoun where it is named"
        " elsewhere is not."
    )
    examples = (
        BilingualExample(
            "en",
            "Firefighters in Marseille fought the blaze for six hours.",
            found=("Marseille",),
            source="Les pompiers de Lyon ont combattu l'incendie pendant six heures.",
            source_lang="fr",
        ),
        BilingualExample(
            "en",
            "The mayor of Kharkov said 11 schools had been damaged.",
            source="Мэр Харькова заявил, что повреждены 11 школ.",
            source_lang="ru",
        ),
        BilingualExample(
            "fr",
            "Le président français a été reçu à Pékin.",
            source="法国总统在北京受到接待。",
            source_lang="zh",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.sources import source_of

        source = source_of(doc, ctx)
        if source is None:
            return
        from audit.bilingual import pairs, source_language  # the alignment machinery only with a source

        source_lang, target_lang = source_language(doc, source, ctx), data_code(ctx.expected_language(doc))
        if source_lang != "zh" and _caseless(source.text):
            name = language.name(source_lang) if source_lang else "this"
            ctx.skip(doc, self.id, f"the names of {name} source text are not read (its script has no capitals and"
                     " no table gives its names): compare them by hand")  # fmt: skip
            return
        there = _side(source.text, source_lang)
        here = _side(doc.text, target_lang)
        for pair in pairs(doc, source):
            if pair.source is None or pair.target is None:
                continue  # a sentence left out or added: omission and addition report it
            in_source = [n for n in _within(there.names, pair.source) if _long(n)]
            missing = [n for n in in_source if not _present(n, here, source_lang)]
            in_target = _within(here.names, pair.target)
            named = [n for n in in_target if not _words(n, here)]
            unexplained = [n for n in named if not _present(n, there, target_lang)]
            if unexplained and not missing:  # a name of the source's sentence may be elsewhere, not here
                sentence = _side(pair.target.text, target_lang)
                missing = [n for n in in_source if n.known and not _present(n, sentence, source_lang)]
            if not missing:
                continue
            changed = _changed(missing, pair, unexplained, source_lang, target_lang)
            for name, replaced in changed:
                start = name.start + _title_length(name, target_lang)  # the name, not the title before it
                yield self.finding(
                    doc,
                    start,
                    name.end,
                    f"“{doc.text[start : name.end]}” is not in the source, which names"
                    f" “{replaced.text[_title_length(replaced, source_lang) :]}” here",
                    confidence=0.8,
                )
            stood_in = {id(replaced) for _, replaced in changed}
            if len(named) < len(in_target):
                continue  # a name translated word for word (The Great Pumpkin): the source's may be that one
            for name in missing:
                if id(name) not in stood_in and _a_person(name, source_lang):
                    yield self._dropped(doc, pair.target, name, source_lang)

    def _dropped(self, doc: Document, sentence: Span, name, source_lang: str | None) -> Finding:
        """A person's full name of the source that the translation names nowhere, under any spelling, and puts no
        other name in place of: a party to the story gone ("after a meeting with Olaf Scholz" for "mit Olaf Scholz
        und Emmanuel Macron"). A translation may name a person by a title alone, but not a full name everywhere."""
        person = name.text[_title_length(name, source_lang) :]
        return self.finding(
            doc,
            sentence.start,
            sentence.end,
            f"the source names “{person}” here; the translation does not name them anywhere",
            severity=Severity.WARNING,
            confidence=0.7,
        )


def _caseless(text: str) -> bool:
    """Whether most of the text's letters are of a script without capitals (Arabic, Hebrew, Japanese, Korean,
    Devanagari, Thai), in which a name is not told from the words around it."""
    letters = [char for char in text if char.isalpha()]
    return sum(char.lower() == char.upper() for char in letters) * 2 > len(letters)


def _side(text: str, lang: str | None) -> _Side:
    return _Side(text, lang, _names(text, lang))


@lru_cache(maxsize=256)
def _names(text: str, lang: str | None) -> tuple:
    from audit.alignment.names import names_in

    found = names_in(text, lang)
    if lang == "en":
        found = [n for n in found if not all(w in ENGLISH_COMMON for w in n.words)]
    elif lang is not None and lexicon.of(lang).nouns_capitalised:  # German: Städte der Welt, Jahr are no names
        found = [n for n in found if n.known or not all(_common_noun(w, lang) for w in n.words)]
    return tuple(found)


@lru_cache(maxsize=8)
def _demonyms(lang: str) -> frozenset[str]:
    """The peoples' names and adjectives the language's exonym table gives (Lebanese, Libanesen): before a title,
    part of it (Lebanese Parliament Speaker Walid Jumblatt)."""
    from audit.names.exonyms import DEMONYMS, listed

    return frozenset(entry[0] for entry in listed(lang).values() if entry[2] == DEMONYMS)


def _zipf(word: str, lang: str | None) -> float:
    from audit.words.frequencies import zipf

    return zipf(word.casefold(), lang) if lang else 0.0


def _common_noun(word: str, lang: str) -> bool:
    """A word a language that capitalises its nouns writes often, and no given name or surname English news
    knows (Bundeskanzler, Städte; not Sebastian, Olaf)."""
    from audit.names.respelling import names

    english = names("en")
    return _zipf(word, lang) >= COMMON_WORD and (english is None or english.zipf(word.casefold()) < COMMON_WORD)


_TITLED = frozenset({"en", "de"})  # languages that capitalise a title before a name (Parliament Speaker, Bundeskanzler)


def _title_words(name, lang: str | None) -> int:
    """How many of the name's first words are a title before it (Chancellor, Parliament Speaker; German
    Bundeskanzler, SPD-Chef): common words of a language that capitalises its titles, leaving two words at
    least."""
    words = name.whole_words
    count = 0
    while len(words) - count > 2 and (
        words[count] in ENGLISH_COMMON
        or (lang in _TITLED and (_common_noun(words[count], lang) or words[count] in _demonyms(lang)))
        or (lang is not None and words[count].casefold().endswith(tuple(lexicon.of(lang).title_endings)))
    ):
        count += 1
    if count and _zipf(words[-1], lang) >= HEAD_NOUN:
        return 0  # a common noun last: a name of words (Royal Canadian Mounted Police), not a person's
    return count


def _title_length(name, lang: str | None) -> int:
    """How many characters of the name's text its title takes, with the space after it."""
    count = _title_words(name, lang)
    if not count:
        return 0
    last = name.whole_words[count - 1]
    at = name.text.find(last) + len(last)
    return len(name.text) - len(name.text[at:].lstrip())


def _within(names: Sequence, span: Span) -> list:
    return [n for n in names if span.start <= n.start and n.end <= span.end]


def _present(name, side: _Side, lang: str | None = None) -> bool:
    """The name is on the other side under some spelling (one of its words is enough: Angela Merkel may be
    Merkel; a title before it is not: Prime Minister Donald Tusk is not "el primer ministro Mateusz Morawiecki"),
    written as a name or as a word (lower-case MT output), or translated (Maison-Blanche)."""
    rest = name.whole_words[_title_words(name, lang) :]
    words = (*rest, *(part for word in rest if "-" in word for part in word.split("-"))) or (name.text,)
    if _translated(name.text, side):
        return True
    found = [word for word in words if _found(word, side)]
    if found != [rest[0]] or len(rest) < 2:
        return bool(found)
    return not (_a_person(name, lang) and _another_after(rest, side))  # only a person's given name found


def _another_after(rest: tuple[str, ...], side: _Side) -> bool:
    """The other side writes the name's first word only as the first of another full name: one person for another
    who shares a given name (Vladimir Medvedev for Vladimir Medinski), where a name written by its surname alone
    keeps it (Angela Merkel, Merkel) and a place's words in another order are no person's (South Pacific)."""
    from audit.alignment.names import same

    first, last = rest[0], rest[-1]
    others = [n.whole_words for n in side.names if 2 <= len(n.whole_words) <= 3 and same(first, n.whole_words[0])]
    return bool(others) and all(not _one_surname(last, words[-1]) for words in others)


def _one_surname(one: str, other: str) -> bool:
    """Two last words of one person: the same name, a letter apart or its letters in another order, as spellings
    and slips of one (Bissimwa / Bisimwa, Julliard / Juillard)."""
    from audit.alignment.names import same
    from audit.checks.name_variant import one_edit

    a, b = one.casefold(), other.casefold()
    return same(one, other) or one_edit(a, b) or sorted(a) == sorted(b)


def _translated(text: str, other: _Side) -> bool:
    """A name of common words (audit.alignment.world_names.TRANSLATED) whose translation the other side has."""
    from audit.alignment.world_names import TRANSLATED

    folded, there = text.casefold(), other.folded
    return any(
        any(form.casefold() in folded for form in forms) and any(form.casefold() in there for form in forms)
        for forms in TRANSLATED
    )


def _words(name, side: _Side) -> bool:
    """A name no table knows made of the language's common words, none of them a name it writes (The Great
    Pumpkin for La Grosse Citrouille): a title or a name translated word for word, not another name."""
    from audit.names.respelling import a_word_not_a_name

    if name.known or not side.lang or len(name.words) < 2:
        return False
    return all(a_word_not_a_name(word.casefold(), side.lang, COMMON_WORD) for word in name.words)


def _changed(missing: list, pair, unexplained: list, source_lang: str | None, target_lang: str | None) -> list[tuple]:
    """Each missing source name with the translation's name that stands in its place: one of the same sort (a
    place or person the tables know for one they know, a full name no table knows for another), nearest to
    where the missing one stands in its sentence. A name missing with nothing in its place is no finding: news
    translations drop names for pronouns and titles, and omission reports a dropped clause."""
    candidates = list(unexplained)
    chosen = []
    for name in missing:
        fitting = [n for n in candidates if _same_sort(name, n, source_lang, target_lang)]
        if not fitting:
            continue
        where = _position(name.start, pair.source)
        best = min(fitting, key=lambda n: abs(_position(n.start, pair.target) - where))
        chosen.append((best, name))
        candidates.remove(best)
    return sorted(chosen, key=lambda pair_: pair_[0].start)


def _long(name) -> bool:
    """Longer than an initial or a two-letter abbreviation (Md, St)."""
    return len(name.text) >= 3 or not name.text.isascii()


def _same_sort(missing, stand_in, source_lang: str | None = None, target_lang: str | None = None) -> bool:
    """What may stand for a missing name: a place or person the tables know, or a person's full name for a
    person's name (a full name, or one the lists of Chinese and Russian names give; a capitalised noun, Noël or
    Maison-Blanche, is no person), a title before either left out (Chancellor Sebastian Kurz for Bundeskanzler
    Karl Nehammer)."""
    full = _full_name(stand_in, target_lang)
    return stand_in.known or (full and (_full_name(missing, source_lang) or not missing.text.isascii()))


def _full_name(name, lang: str | None = None) -> bool:
    """Two or three capitalised words after a title, none of them a common word of English news (Joe Biden, Lula
    da Silva, Prime Minister Donald Tusk)."""
    from audit.alignment.names import NAME_WORD

    text = name.text[_title_length(name, lang) :]
    words = [w for w in NAME_WORD.findall(text) if w[0].isupper() or not w.isascii()]
    return 2 <= len(words) <= 3 and not any(w in ENGLISH_COMMON or "-" in w for w in words)


def _a_person(name, lang: str | None) -> bool:
    """A person's full name (see _full_name) that opens with a given name English news writes (its list of names
    is the world's): Emmanuel Macron, not "La Grosse Citrouille" or "Ambassade de l'Équateur", an institution or
    a title translated word for word."""
    from audit.alignment.names import NAME_WORD
    from audit.names.respelling import names

    listed = names("en")
    if listed is None or not _full_name(name, lang):
        return False
    words = NAME_WORD.findall(name.text[_title_length(name, lang) :])
    if not words or not listed.zipf(words[0].casefold()):
        return False
    return not (lang and lexicon.of(lang).nouns_capitalised and _common_noun(words[0], lang))  # Hafen von Rotterdam


def _position(offset: int, span: Span) -> float:
    return (offset - span.start) / max(1, span.end - span.start)


def _found(word: str, side: _Side) -> bool:
    """The word is a name of the other side (audit.alignment.names.same), or one of the spellings the tables
    give it, or its adjective, is a word of the other side, or shares a cognate's first letters with one."""
    from audit.alignment.anchors import cognate_key
    from audit.alignment.names import keys
    from audit.alignment.world_names import DEMONYMS
    from audit.names.folding import fold

    if side.namesakes.has(word):
        return True
    words, cognates = _folded_words(side.text), _keys(side.text)
    spellings = {fold(word)} | {key[2:] for key in keys(word) if key.startswith("f:")}
    for spelling in list(spellings):
        spellings.update(fold(d) for name, forms in DEMONYMS.items() if fold(name) == spelling for d in forms)
    for spelling in spellings:
        if len(spelling) >= 3 and (spelling in words or all(part in words for part in spelling.split())):
            return True
        key = cognate_key(spelling) if len(spelling) >= 4 else None
        if key is not None and key in cognates:
            return True
    return False


@lru_cache(maxsize=256)
def _folded_words(text: str) -> frozenset[str]:
    from audit.alignment.names import NAME_WORD
    from audit.names.folding import fold

    return frozenset(fold(m.group()) for m in NAME_WORD.finditer(text))


@lru_cache(maxsize=256)
def _keys(text: str) -> frozenset[str]:
    from audit.alignment.anchors import cognate_key
    from audit.alignment.names import NAME_WORD

    return frozenset(k for m in NAME_WORD.finditer(text) if len(m.group()) >= 4 and (k := cognate_key(m.group())))


CHECK = NameMismatch()
