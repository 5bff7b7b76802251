"""Build the exonym table: how other languages write the places world news names, per target language.

    python scripts/build_exonyms.py        # writes corpora/names/world/exonyms.tsv and audit/data/exonyms.json.gz

Sources (see corpora/names/world/README.md): CLDR through Babel (country and territory names, and the exemplar
cities of the time zones, in en, fr, de, es, it, pl, nl, pt); Natural Earth 10m populated places (names in en, fr,
de, es, pt; public domain), read from ../shared/data/naturalearth/ when it is there; places_hand.tsv (regions,
seas, and the Italian, Polish and Dutch names neither gives). For each target language (en, fr, de, es) a
spelling of another language is kept when it is not the target's own name of any place, is not a common word of
the target (wordfreq), names one place only, and, for English, is not a Ukrainian or Russian name the names
gazetteer already handles (the transliteration check reports those).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "corpora" / "names" / "world"
NATURAL_EARTH = ROOT.parent / "shared" / "data" / "naturalearth" / "ne_10m_populated_places_names_all.csv"
OUT_TSV = WORLD / "exonyms.tsv"
OUT_DATA = ROOT / "audit" / "data" / "exonyms.json.gz"
TARGETS = ("en", "fr", "de", "es")
LANGUAGES = ("en", "fr", "de", "es", "it", "pl", "nl", "pt")
NATURAL_EARTH_LANGUAGES = {"en": "NAME_EN", "fr": "NAME_FR", "de": "NAME_DE", "es": "NAME_ES", "pt": "NAME_PT"}
MIN_POPULATION = 200_000  # Natural Earth places smaller than this are seldom named in world news
CONTINENTS = {"Africa", "America", "Asia", "Australia", "Europe"}
COMMON_WORD = 3.5  # wordfreq Zipf frequency from which a spelling is a word of the target ("Roma", "Rom")


_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def places(natural_earth: Path) -> list[tuple[str, dict[str, set[str]], set[str]]]:
    """Every place as (source, names per language, its own names where known)."""
    found = [*_cldr(), *_hand()]
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


def _hand():
    with open(WORLD / "places_hand.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            yield "hand", {lang: set(cell.split("|")) for lang, cell in zip(LANGUAGES, cells, strict=True)}, set()


def _natural_earth(path: Path):
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if float(row["POP_MAX"] or 0) < MIN_POPULATION:
                continue
            names = {lang: {row[column]} for lang, column in NATURAL_EARTH_LANGUAGES.items() if row[column]}
            if "en" in names:  # the native name, or, when it is only the English one, unknown
                yield "naturalearth", names, {row["NAME"], row["NAMEASCII"]} - {""}


def build(natural_earth: Path = NATURAL_EARTH) -> dict[str, dict[str, tuple[str, list[str], str]]]:
    from wordfreq import zipf_frequency

    from audit.names.gazetteer import load

    gazetteer = load()
    collected = places(natural_earth)
    standards = {target: {fold(n) for _, names, _ in collected for n in names.get(target, ())} for target in TARGETS}
    table: dict[str, dict[str, tuple[str, set[str], str]]] = {target: {} for target in TARGETS}
    clashes: dict[str, set[str]] = defaultdict(set)
    for source, names, natives in collected:
        for target in TARGETS:
            own = sorted(names.get(target, ()))
            if not own:
                continue
            standard = own[0]
            for lang in LANGUAGES:
                for spelling in names.get(lang, ()):
                    if lang == target or not _foreign(spelling, standard, natives, standards[target]):
                        continue
                    if len(spelling) < 3 or zipf_frequency(spelling, target) >= COMMON_WORD:
                        continue
                    if target == "en" and gazetteer.knows(spelling):
                        continue  # a Ukrainian or Russian name: the transliteration check reports it
                    known = table[target].get(spelling)
                    if known is not None and fold(known[0]) != fold(standard):
                        clashes[target].add(spelling)
                    languages = (known[1] if known else set()) | {lang}
                    table[target][spelling] = (
                        known[0] if known else standard,
                        languages,
                        known[2] if known else source,
                    )
    return {
        target: {
            s: (std, sorted(langs), src) for s, (std, langs, src) in sorted(rows.items()) if s not in clashes[target]
        }
        for target, rows in table.items()
    }


def skeleton(text: str) -> str:
    """What English itself varies folded away: accents, hyphens, spaces, apostrophes, an Arabic article."""
    folded = re.sub(r"[\s\-'’.]", "", fold(text))
    return re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az)(?=[a-z]{4})", "", folded)


def _foreign(spelling: str, standard: str, natives: set[str], standards: set[str]) -> bool:
    """A spelling the target does not use: not its name for this place or any other, not the standard with an
    article or a hyphen more or less (Al-Ain / Al Ain, Al Mukalla / Mukalla), not a longer official name
    (Acapulco de Juárez), not one vowel apart (Ahmadnagar / Ahmednagar, both English); a difference of accents
    alone counts only where the place's own language does not write them (Shanghaï, not Bogotá)."""
    if "(" in spelling or spelling == standard or (fold(spelling) in standards and fold(spelling) != fold(standard)):
        return False
    a, b = skeleton(spelling), skeleton(standard)
    if fold(spelling) != fold(standard) and (a == b or _one_vowel_apart(a, b)):
        return False
    if set(standard.split()) < set(spelling.split()) or set(spelling.split()) < set(standard.split()):
        return False  # the official long name (Acapulco de Juárez) or the short one (Pitcairn): English too
    if any(fold(spelling) == fold(own) for own in natives):
        return False  # the place's own name (Braunschweig, Bogotá, Zürich): English news writes it too
    if fold(spelling) == fold(standard):  # accents alone: added by the source language (Shanghaï, Irán)
        return any(ord(ch) > 127 for ch in spelling) and not any(ord(ch) > 127 for ch in standard)
    return True


def _one_vowel_apart(a: str, b: str) -> bool:
    return (
        len(a) == len(b)
        and sum(x != y for x, y in zip(a, b, strict=True)) == 1
        and all(x in "aeiouy" and y in "aeiouy" for x, y in zip(a, b, strict=True) if x != y)
    )


def compile_table(table) -> dict[str, dict[str, list]]:
    """The table as the check reads it: target -> {foreign: [standard, languages, source]}."""
    return {target: {s: [std, langs, src] for s, (std, langs, src) in rows.items()} for target, rows in table.items()}


def main() -> None:
    table = build()
    with open(OUT_TSV, "w", encoding="utf-8") as out:
        out.write("# target\tforeign\tstandard\tlanguages\tsource   (made by scripts/build_exonyms.py; do not edit)\n")
        for target, rows in table.items():
            for spelling, (standard, languages, source) in rows.items():
                out.write(f"{target}\t{spelling}\t{standard}\t{','.join(languages)}\t{source}\n")
    compiled = {
        target: {s: [std, langs, src] for s, (std, langs, src) in rows.items()} for target, rows in table.items()
    }
    OUT_DATA.write_bytes(gzip.compress(json.dumps(compiled, ensure_ascii=False, sort_keys=True).encode(), mtime=0))
    print(
        {target: len(rows) for target, rows in table.items()},
        f"-> {OUT_TSV.relative_to(ROOT)}, {OUT_DATA.relative_to(ROOT)}",
    )


if __name__ == "__main__":
    main()
