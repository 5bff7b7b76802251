"""Language knowledge as data: one TOML file per language, validated against the schema below.

The checks ask for a language's `Lexicon` and never name a language in code: the words that carry no content,
the reporting verbs of news copy, the doubles a grammar allows, the quotation marks, the abbreviations. Files
ship in `audit/data/languages/<code>.toml`; `AUDIT_LANGUAGE_DATA` (folders separated by the path separator)
adds or overrides languages without touching the package. Every key is checked: an unknown section or word
list, or a value of the wrong type, is an error naming the file and key.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from audit import unpacked
from audit.errors import InputError

PACKAGED = Path(__file__).parent / "data" / "languages"
ENVIRONMENT = "AUDIT_LANGUAGE_DATA"
SHARED = "_shared"  # the file whose word lists every language extends (names such as "Baden-Baden")
MAX_FILE_BYTES = 1_000_000  # the largest language file is 10 kB: more is a mistake, not a language
GRAMMATICAL_CONDITIONS = (
    "always",
    "next-in",
    "next-not-in",
    "after-within",
    "comma-within",
    "comma-between",
    "at-start",
    "case-differs",
)
HONORIFICS = ("mr", "mrs", "miss")  # the courtesy titles before a surname, matched across languages
_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")  # a file name a language code can be, nothing else
# opening mark -> the marks that may close it, the first found closing it: „ closes with ” in Polish and Dutch and
# with “ in German, whichever language's text carries it (German quotes in an English translation)
DEFAULT_QUOTES = {"“": "”", "«": "»", "„": "“”", "‹": "›", '"': '"'}


class Double(NamedTuple):
    """Doubled words a grammar allows, and when: "had had" always, "that that" unless a determiner follows."""

    words: frozenset[str]
    allowed: str = "always"  # one of GRAMMATICAL_CONDITIONS
    context: frozenset[str] = frozenset()  # the words the condition looks for
    distance: int = 1  # how many words back the condition looks


class Inversion(NamedTuple):
    """A verb and its pronoun joined by a hyphen ("a-t-il déclaré", "déclare-t-il")."""

    auxiliaries: frozenset[str]
    pronouns: frozenset[str]
    joiners: tuple[str, ...] = ("-",)


@dataclass(frozen=True)
class Lexicon:
    """What the checks know of one language. An empty word list means the language has none, or none known."""

    code: str
    name: str
    provenance: str
    function_words: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    neutral_reporting_verbs: frozenset[str] = frozenset()  # repeated freely in news ("said")
    auxiliaries: frozenset[str] = frozenset()  # between subject and reporting participle ("has", "a")
    passive_auxiliaries: frozenset[str] = frozenset()  # "was told" is no attribution
    negations: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    inverted_pronouns: frozenset[str] | None = None  # pronouns that may follow the verb; None: all of them
    subject_may_drop: bool = False  # a verb alone attributes ("dijo", "ha detto", "powiedział")
    determiners: frozenset[str] = frozenset()  # open a noun subject ("the", "le")
    bare_subjects: bool = False  # no articles: a noun phrase alone is a subject ("rzecznik powiedział")
    links: frozenset[str] = frozenset()  # join a noun subject's parts ("of": "the Ministry of Defence")
    adverbs: frozenset[str] = frozenset()  # between subject and verb without changing the attribution
    circumstantial: frozenset[str] = frozenset()  # open a circumstance, not a statement ("during", "lors")
    not_circumstantial: frozenset[str] = frozenset()  # prepositions that open an argument (", said to be")
    verb_particles: frozenset[str] = frozenset()  # close a separable verb after its subject ("teilte … mit")
    finite_verbs: frozenset[str] = frozenset()  # between two attributions, make a clause of their own
    complementizers: frozenset[str] = frozenset()  # introduce the statement ("that", "que")
    continuations: frozenset[str] = frozenset()  # after a comma, continue an attribution ("adding", "ajoutant")
    relatives: frozenset[str] = frozenset()  # after a comma, open a clause on the subject ("who", "que"), no statement
    speaker_titles: frozenset[str] = frozenset()  # a person's office as a subject ("the governor"), not a body's
    coordinators: frozenset[str] = frozenset()  # join parallel clauses ("and", "while")
    correlatives: frozenset[str] = frozenset()  # announce a pair ("between … and", "both … and")
    elisions: tuple[str, ...] = ()  # elided words written onto the next ("l'", "d'"), longest first
    nouns_capitalised: bool = False  # German: a capital letter does not make a name
    names_inflect: bool = False  # Polish: a name takes case endings ("Polska", "w Polsce", "Polski")
    names_without_titles: bool = False  # its news writes "Maduro", not "Herr Maduro": a foreign title is deleted
    inversion: Inversion | None = None
    quotes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_QUOTES))  # opening mark -> closing marks
    emphatic_doubles: frozenset[str] = frozenset()  # "very, very": info at most
    reduplications: frozenset[str] = frozenset()  # never an error: "ha ha", "Baden-Baden"
    name_particles: frozenset[str] = frozenset()  # inside personal and place names ("de Villepin", "Chemin de Damas")
    place_qualifiers: frozenset[str] = frozenset()  # the target's words before a place's name ("Upper Galilee")
    place_nouns: frozenset[str] = frozenset()  # capitalised nouns of a kind of place before one ("Hauptstadt")
    compound_linkers: frozenset[str] = frozenset()  # join a closed compound's parts: the language writes them as one
    title_endings: frozenset[str] = frozenset()  # a capitalised word ending so is a title before a name (Außenminister)
    feminine_endings: frozenset[str] = frozenset()  # what an adjective adds for the feminine ("talibane", "talibanes")
    grammatical_doubles: tuple[Double, ...] = ()
    particle_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "in" -> {"checked", ...}
    contractions: dict[str, str] = field(default_factory=dict)  # a preposition and an article written as one
    abbreviations: frozenset[str] = frozenset()  # a sentence may wrongly end after them ("vs.")
    term_introducers: frozenset[str] = frozenset()  # present a foreign term as meant ("known as", "so-called")
    source_introducers: frozenset[str] = frozenset()  # open a sentence with its source ("according to", "selon")
    honorifics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "mr" -> ("M.", "Monsieur"), as written
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "prime_minister" -> ("Premier ministre",)

    def base(self, key: str) -> str:
        """A folded word without an elided article in front: "l'armée" -> "armée"."""
        for prefix in self.elisions:
            if key.startswith(prefix) and len(key) > len(prefix):
                return key[len(prefix) :]
        return key

    def has(self, section: str) -> bool:
        """Whether the language has data for `section` (a field name): a non-empty list or a set value."""
        value = getattr(self, section)
        return value is not None and value is not False and value != () and value != frozenset()


_WORD_LISTS = {f.name for f in fields(Lexicon) if f.type in ("frozenset[str]", "frozenset[str] | None")}
_FLAGS = {"subject_may_drop", "nouns_capitalised", "bare_subjects", "names_inflect", "names_without_titles"}
_TOP = {
    "code", "name", "provenance", "elisions", "inversion", "quotes", "grammatical_doubles", "particle_verbs",
    "contractions", "honorifics", "offices",
}  # fmt: skip


def _folders() -> tuple[Path, ...]:
    return _folders_of(os.environ.get(ENVIRONMENT, ""))


@cache
def _folders_of(setting: str) -> tuple[Path, ...]:
    """The folders of the setting's value, the same paths each time it is asked (a language is asked for some 20
    times a document, and each new path was hashed again to find the loaded language)."""
    return (*(Path(p) for p in setting.split(os.pathsep) if p), PACKAGED)  # the first folder holding one wins


def available() -> list[str]:
    """The codes of every language with a data file (a file whose name is no language code is not one)."""
    codes = {p.stem for folder in _folders() if folder.is_dir() for p in folder.glob("*.toml") if p.is_file()}
    return sorted(code for code in codes if _CODE.fullmatch(code))


@cache
def _load(code: str, folders: tuple[Path, ...]) -> Lexicon | None:
    path = next((folder / f"{code}.toml" for folder in folders if (folder / f"{code}.toml").is_file()), None)
    if path is None:
        return None
    data = parse(_read(path), str(path), _shared(folders))
    if data.code != code:
        raise InputError(f"{path}: 'code' is {data.code!r}, but the file is named for {code!r}")
    return data


def get(code: str | None) -> Lexicon | None:
    """The language's lexicon, or None when no file describes it: found once per code (some 20 asks a document;
    reading the environment and hashing the folders each time was a tenth of the run on a feed of one-line
    documents)."""
    found = _GOT.get(code, _UNASKED)
    if found is _UNASKED:
        found = _GOT[code] = _load(code, _folders()) if code and _CODE.fullmatch(code) else None
    return found


_UNASKED = object()
_GOT: dict[str | None, Lexicon | None] = {}


def clear_cache() -> None:
    """Forget loaded languages (after AUDIT_LANGUAGE_DATA or a file changed)."""
    _GOT.clear()
    _load.cache_clear()
    _bare.cache_clear()
    _shared.cache_clear()


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{path}: a language data file of {path.stat().st_size:,} bytes is too large")
        if path.parent == PACKAGED:  # the shipped files' parsing is kept in the cache folder, a user's file is read
            return unpacked.read(path, unpacked.toml)
        return unpacked.toml(path.read_bytes())
    except (OSError, ValueError) as exc:  # ValueError: a file that is not UTF-8 or not TOML
        raise InputError(f"{path}: cannot read the language data ({exc})") from None


def parse(data: dict[str, Any], origin: str, shared: Lexicon | None = None) -> Lexicon:
    """A Lexicon from a file's table, after checking every key and type; `shared`'s word lists extend its own."""
    unknown = set(data) - _TOP - _WORD_LISTS - _FLAGS
    if unknown:
        raise InputError(f"{origin}: unknown key {sorted(unknown)[0]!r} in the language data")
    for key in ("code", "name", "provenance"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise InputError(f"{origin}: {key!r} must be a non-empty string")
    values: dict[str, Any] = {key: data[key] for key in ("code", "name", "provenance")}
    for key in _WORD_LISTS:
        words = {w.casefold() for w in _strings(data, key, origin)} | (
            getattr(shared, key) or set() if shared else set()
        )
        if key in data or words:
            values[key] = frozenset(words)
    for key in _FLAGS:
        if key in data:
            if not isinstance(data[key], bool):
                raise InputError(f"{origin}: {key!r} must be true or false")
            values[key] = data[key]
    values["elisions"] = tuple(sorted(_strings(data, "elisions", origin), key=len, reverse=True))
    if "inversion" in data:
        table = _table(data, "inversion", origin, {"auxiliaries", "pronouns", "joiners"})
        values["inversion"] = Inversion(
            frozenset(_strings(table, "auxiliaries", origin)),
            frozenset(_strings(table, "pronouns", origin)),
            tuple(_strings(table, "joiners", origin)) or ("-",),
        )
    if "quotes" in data:
        quotes = _table(data, "quotes", origin, None)
        if not all(isinstance(k, str) and isinstance(v, str) and len(k) == 1 <= len(v) for k, v in quotes.items()):
            raise InputError(f"{origin}: 'quotes' maps one opening mark to the marks that may close it")
        values["quotes"] = {**DEFAULT_QUOTES, **quotes}
    values["grammatical_doubles"] = tuple(_double(item, origin) for item in _list(data, "grammatical_doubles", origin))
    particles = _table(data, "particle_verbs", origin, None) if "particle_verbs" in data else {}
    values["particle_verbs"] = {
        particle.casefold(): frozenset(_strings(particles, particle, origin)) for particle in particles
    }
    contractions = _table(data, "contractions", origin, None) if "contractions" in data else {}
    if not all(isinstance(k, str) and isinstance(v, str) and len(k.split()) == 2 for k, v in contractions.items()):
        raise InputError(f"{origin}: 'contractions' maps a preposition and an article (\"à le\") to one word")
    values["contractions"] = {" ".join(k.casefold().split()): v for k, v in contractions.items()}
    honorifics = _table(data, "honorifics", origin, set(HONORIFICS)) if "honorifics" in data else {}
    values["honorifics"] = {title: tuple(_strings(honorifics, title, origin)) for title in honorifics}
    offices = _table(data, "offices", origin, None) if "offices" in data else {}
    if not all(isinstance(v, list) and all(isinstance(f, str) and f.strip() for f in v) for v in offices.values()):
        raise InputError(f"{origin}: 'offices' maps an office to a list of the titles that name it")
    values["offices"] = {office: tuple(" ".join(f.split()) for f in forms) for office, forms in offices.items()}
    return Lexicon(**values)


def _double(item: Any, origin: str) -> Double:
    if not isinstance(item, dict) or set(item) - {"words", "allowed", "context", "distance"}:
        raise InputError(f"{origin}: each 'grammatical_doubles' entry takes words, allowed, context, distance")
    allowed = item.get("allowed", "always")
    if allowed not in GRAMMATICAL_CONDITIONS:
        raise InputError(f"{origin}: 'allowed' must be one of {', '.join(GRAMMATICAL_CONDITIONS)}")
    distance = item.get("distance", 1)
    if isinstance(distance, bool) or not isinstance(distance, int) or not 1 <= distance <= 10:
        raise InputError(f"{origin}: 'distance' must be a whole number from 1 to 10")
    return Double(
        frozenset(w.casefold() for w in _strings(item, "words", origin)),
        allowed,
        frozenset(w.casefold() for w in _strings(item, "context", origin)),
        distance,
    )


def _strings(data: dict[str, Any], key: str, origin: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):  # a long list is easier to write as one string of words
        value = value.split()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"{origin}: {key!r} must be a list of words or a string of words")
    return value


def _list(data: dict[str, Any], key: str, origin: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InputError(f"{origin}: {key!r} must be an array of tables")
    return value


def _table(data: dict[str, Any], key: str, origin: str, allowed: set[str] | None) -> dict[str, Any]:
    value = data[key]
    if not isinstance(value, dict) or (allowed is not None and set(value) - allowed):
        keys = f" with {', '.join(sorted(allowed))}" if allowed else ""
        raise InputError(f"{origin}: {key!r} must be a table{keys}")
    return value


def of(code: str | None) -> Lexicon:
    """The language's lexicon, else one that knows only what every language shares (for the checks that work,
    less well, on any language)."""
    return get(code) or _bare(code or "und", _folders())


@cache
def _bare(code: str, folders: tuple[Path, ...]) -> Lexicon:
    table = {"code": code, "name": code, "provenance": "no language data: only what every language shares"}
    return parse(table, code, _shared(folders))


@cache
def _shared(folders: tuple[Path, ...]) -> Lexicon | None:
    """What every language shares (_shared.toml of the first folder that has one), read once."""
    path = next((f / f"{SHARED}.toml" for f in folders if (f / f"{SHARED}.toml").is_file()), None)
    return parse(_read(path), str(path)) if path else None
