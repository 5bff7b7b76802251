"""Names in a text resolved against the gazetteer and the convention signals: what both names checks read."""

from __future__ import annotations

from functools import cache, lru_cache, partial
from itertools import compress, repeat
from operator import is_not, itemgetter, or_
from typing import NamedTuple

from audit.caches import per_document
from audit.names import conventions, signals, spotting
from audit.names.folding import fold, foreign_marks
from audit.names.gazetteer import Entity, Gazetteer, load
from audit.names.standard import LABELS as STANDARD_LABELS
from audit.names.standard import of_gazetteer

GAZETTEER_CONFIDENCE = 0.9
SIGNAL_CONFIDENCE = 0.6
# Which convention a foreign letter points to, most telling first.
_MARK_CONVENTIONS = (
    ("čšžěʹ", "iso9"),
    ("łśżźćńęąó", "pl"),
    ("äöüß", "de"),
    ("áíóúñ", "es"),
    ("éèêëïîôçàùû", "fr"),
)
_PREFERENCE = ("fr", "de", "es", "pl", "it", "nl", "cs", "sv", "iso9")


class Mention(NamedTuple):
    """A spotted name: where it is, the spelling it should have, and the convention it was written in; a named
    tuple, as one is made for every capitalised word of a text (a frozen dataclass took three times as long)."""

    start: int
    end: int
    text: str
    suggestion: str  # the standard English spelling (the text itself when it is accepted or unknown)
    convention: str | None  # None: an accepted English spelling, or a word nothing is known about
    entity: Entity | None
    confidence: float
    conventions: tuple[str, ...] = ()  # every convention that gives this spelling

    @property
    def standard(self) -> str:
        """The standard spelling of the name: the gazetteer's, the one read back through Cyrillic, or the text."""
        return self.entity.standard if self.entity is not None else self.suggestion

    @property
    def key(self) -> str:
        """Spellings of one name share this key: the folded standard spelling (fold remembers it: a cached property
        takes a lock, and cost four times as much)."""
        return fold(self.standard)

    @property
    def known(self) -> bool:
        return self.entity is not None or self.convention is not None


_placed = partial(tuple.__new__, Mention)  # a Mention made from a tuple in C, without the named tuple's constructor


_CONVENTION, _ENTITY = itemgetter(4), itemgetter(5)  # a Mention's fields, read in C
_NONE = repeat(None)  # compared with each field


def mentions(text: str) -> tuple[Mention, ...]:
    """Every capitalised word or name in `text`, longest gazetteer match first."""
    return _mentions(text, load())


@per_document
def known_mentions(text: str) -> tuple[Mention, ...]:
    """The mentions of `text` that are `known`, picked out in C, found once for the checks that read them alone
    (transliteration, name-variant): most are words nothing is known about, and most documents have none known.
    Reading the property of each mention, and name-variant's groups made of a document without one, took 1% of
    the instructions of a run over a news feed."""
    found = mentions(text)
    known = map(or_, map(is_not, map(_ENTITY, found), _NONE), map(is_not, map(_CONVENTION, found), _NONE))
    return tuple(compress(found, known))


@per_document
def _mentions(text: str, gazetteer: Gazetteer) -> tuple[Mention, ...]:
    """The text's mentions: each run of capitalised words read once per process wherever it stands (a name comes
    back in an article, and in a feed; "Said " x 20,000 asks of one run), its mentions placed where it stands."""
    found: list[Mention] = []
    for start, end in spotting.spans(text):
        read = _run_read(text[start:end], gazetteer)
        if not start:
            found += read
        elif len(read) == 1:  # most runs: one word, its mention placed without a list made
            mention = read[0]
            found.append(_placed((start + mention.start, start + mention.end, *mention[2:])))
        else:
            found += [_placed((start + m.start, start + m.end, *m[2:])) for m in read]
    return tuple(found)


@lru_cache(maxsize=65536)
def _run_read(span: str, gazetteer: Gazetteer) -> tuple[Mention, ...]:
    """The mentions of one run (spotting.spans), placed in the run: the longest gazetteer match first, what the
    gazetteer (resolve) and the signals make of a spelling asked once per process. No mention of a run is joined to
    another's (`_append_unknown`): more than a single space stands between runs."""
    found: list[Mention] = []
    run = spotting.words_of(span, 0, len(span))
    index = 0
    while index < len(run):
        longest = min(len(run), index + gazetteer.max_words) if gazetteer.may_open(run[index].text) else index + 1
        for stop in range(longest, index, -1):
            if run[stop - 1].particle:
                continue
            start, end = run[index].start, run[stop - 1].end
            mention = resolve(span[start:end], start, gazetteer)
            if mention is not None:
                found.append(mention)
                index = stop
                break
        else:
            token = run[index]
            if not token.particle:
                prefix = _hyphen_prefix(token, gazetteer)
                if prefix is not None:
                    found.append(prefix)
                elif index and _arabic_name_word(run[index - 1].text):
                    _append_unknown(found, _plain(token), span)  # "Abu Shouk": an Arabic name, no Slavic sign
                else:
                    _append_unknown(found, _unknown(token, gazetteer), span)
            index += 1
    return tuple(found)


def _hyphen_prefix(token: spotting.Token, gazetteer: Gazetteer) -> Mention | None:
    """A name at the head of a hyphenated compound: Kyiv-backed, Charkiw-based."""
    parts = token.text.split("-")
    for size in range(len(parts) - 1, 0, -1):
        mention = resolve("-".join(parts[:size]), token.start, gazetteer)
        if mention is not None:
            return mention
    return None


def _append_unknown(found: list[Mention], mention: Mention, text: str) -> None:
    """Add a word the gazetteer does not know, joined to a suspect word just before it (Staraïa Roussa)."""
    last = found[-1] if found and mention.convention else None  # most words: no convention, nothing to join
    if last is not None and last.entity is None and last.convention and text[last.end : mention.start] == " ":
        found[-1] = Mention(
            last.start,
            mention.end,
            text[last.start : mention.end],
            f"{last.suggestion} {mention.suggestion}",
            last.convention,
            None,
            SIGNAL_CONFIDENCE,
        )
    else:
        found.append(mention)


def resolve(surface: str, start: int, gazetteer: Gazetteer) -> Mention | None:
    """The gazetteer's reading of `surface`: accepted, foreign diacritics, a foreign convention, or None."""
    reading = _reading(surface, gazetteer)
    return None if reading is None else Mention(start, start + len(surface), surface, *reading)


@lru_cache(maxsize=65536)
def _reading(surface: str, gazetteer: Gazetteer) -> tuple | None:
    """A Mention's fields after its place and text, wherever the surface stands: asked once per process (a name
    comes back in an article, and in every article of a feed)."""
    entities = gazetteer.accepted(surface)
    if entities:
        return surface, None, entities[0], 1.0
    entities = gazetteer.accepted_folded(surface)
    if entities:
        marks = foreign_marks(surface)
        if not marks:  # the same letters, other hyphens or apostrophes: an accepted spelling
            return surface, None, entities[0], 1.0
        suggestion = match_case(entities[0].standard, surface)
        return suggestion, _mark_convention(marks), entities[0], GAZETTEER_CONFIDENCE
    variants = gazetteer.variants(surface)
    if variants:
        variant = variants[0]
        suggestion = match_case(variant.entity.standard, surface)
        convention = choose(variant.conventions, foreign_marks(surface))
        return suggestion, convention, variant.entity, GAZETTEER_CONFIDENCE, variant.conventions
    return None


def _unknown(token: spotting.Token, gazetteer: Gazetteer) -> Mention:
    """A word the gazetteer does not know, as the signals read it."""
    suspicion = _suspicion(token.text, gazetteer.english_words)
    if suspicion is None:
        return _plain(token)
    return Mention(token.start, token.end, token.text, suspicion.english, suspicion.convention, None, SIGNAL_CONFIDENCE)


def _plain(token: spotting.Token) -> Mention:
    """A word nothing is known or suspected of."""
    return Mention(token.start, token.end, token.text, token.text, None, None, 1.0)


@cache
def _arabic_name_words() -> frozenset[str]:
    from audit.names.skeleton import romanization

    return frozenset(romanization()["rules"]["arabic_name_words"])


def _arabic_name_word(word: str) -> bool:
    """A word of Arabic names that another name follows (Abu, Ibn): see romanization.toml."""
    return word.casefold() in _arabic_name_words()


@lru_cache(maxsize=65536)
def _suspicion(word: str, english_words: frozenset[str]) -> signals.Suspicion | None:
    """What the signals make of a word the gazetteer does not know (`english_words`: the gazetteer's)."""
    suspicion = signals.suspect(word, english_words)
    return None if suspicion and signals.written_so_in_english(word) else suspicion


def choose(labels: tuple[str, ...], marks: str) -> str:
    """The convention to name: the one the foreign letters point to (of those listed, else the one language whose
    letters they are: Polish ł in Zełenski, which the letter tables spell Zelenski), else the most telling one
    listed."""
    pointed = [convention for letters, convention in _MARK_CONVENTIONS if any(m.lower() in letters for m in marks)]
    for convention in pointed:
        listed = next((label for label in labels if label.endswith(convention)), None)
        if listed is not None:
            return listed
    if len(pointed) == 1:  # letters of one language only
        return pointed[0]
    if "ru-based" in labels:  # Kiev, Kharkov: an English spelling, but of the Russian name
        return "ru-based"
    if "ru-h" in labels:  # Ilkham Aliyev: the Russian form's romanization, not the name's own
        return "ru-h"
    plain = [label for label in labels if ":" not in label and label != "ru-based"]
    for convention in _PREFERENCE:
        if convention in plain:
            return convention
    return "ru-based" if "ru-based" in labels else labels[0]


def _mark_convention(marks: str) -> str:
    for letters, convention in _MARK_CONVENTIONS:
        if any(mark.lower() in letters for mark in marks):
            return convention
    return "diacritics"


def match_case(suggestion: str, surface: str) -> str:
    return suggestion.upper() if surface.isupper() and len(surface) > 1 else suggestion


def describe(mention: Mention, source_lang: str | None = None) -> str:
    """The finding's message: the spelling, the convention recognised (the source language's when it is one) and the
    standard; the spelling named, as an annotation or a JSON report shows the message without the text."""
    convention = source_lang if source_lang in mention.conventions else mention.convention or ""
    what = convention_label(convention) if convention == source_lang else _either(mention.conventions, convention)
    entity = mention.entity
    if entity is None:
        how = "read back through Cyrillic; not in the gazetteer"
    elif entity.standard == _capitalised(of_gazetteer(entity.cyrillic, entity.lang)):
        how = f"{STANDARD_LABELS[entity.lang]}, from {entity.cyrillic}"
    else:
        how = f"established English spelling of {entity.cyrillic}"
    return f"“{mention.text}” ({what}): English news writes “{mention.suggestion}” ({how})"


def _either(followed: tuple[str, ...], convention: str) -> str:
    """The conventions a spelling follows, when it follows several languages' romanizations alike and the source
    language is none of them: "German or Polish romanization" (Moskwa), not the first alone."""
    suffix = " romanization"
    labels = [conventions.LABELS.get(c, "") for c in followed]
    if len(labels) < 2 or not all(label.endswith(suffix) for label in labels):
        return convention_label(convention)
    names = [label.removesuffix(suffix) for label in labels]
    return f"{', '.join(names[:-1])} or {names[-1]}{suffix}"


def convention_label(convention: str, language: str = "English") -> str:
    """How a message names a convention (`language`: the text's, whose letters "diacritics" are not)."""
    if convention == "diacritics":
        return f"letters with diacritics {language} does not use"
    if convention == "ru-based":
        return "the Russian-based spelling of a Ukrainian name"
    if convention == "ru-h":
        return "the romanization of its Russian form, kh or g for its h"
    if convention.startswith("ru-based:"):
        return f"{conventions.LABELS[convention.split(':')[1]]} of the Russian form of a Ukrainian name"
    return conventions.LABELS.get(convention, convention)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
