"""Build the names gazetteer (corpora/names/gazetteer.tsv) and the compiled index the checks load (audit/data/).

Sources: Ukraine's register of administrative units and settlements (katotth, in ../shared/data/katotth/) for the
Ukrainian cities, oblasts and front-line villages; the hand-curated lists in corpora/names/ for Russian places,
public figures, the names of Belarus, the Caucasus and Central Asia in their Russian form, weapons and units,
Russian names of Ukrainian places, established English exceptions and foreign exonyms. English forms come from
the standards (uklatn, iuliia); the spellings of other conventions from the letter tables in
audit.names.conventions plus the library schemes (translitua, iuliia). For French, German and Spanish texts, each
name's accepted spellings there (its own convention's, exonyms.tsv's and target_press.tsv's) and the one
suggested. Run from the repository:

    python scripts/build_names_gazetteer.py [--katotth PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.names import conventions, signals  # noqa: E402
from audit.names.folding import fold, foreign_marks, normal  # noqa: E402
from audit.names.standard import accepted as standard_accepted  # noqa: E402

SOURCES = ROOT / "corpora" / "names"
KATOTTH = ROOT.parent / "shared" / "data" / "katotth" / "kodifikator-16-05-2025.csv"
OUTPUT = ROOT / "audit" / "data" / "names.json.gz"
GAZETTEER = SOURCES / "gazetteer.tsv"
ENGLISH_WORD_ZIPF = 3.0  # a foreign spelling this frequent as an English word is dropped from the index
STOPLIST_WORDS = 200_000  # English words checked against the unknown-name signals
KIND_RANK = {"person": 0, "surname": 1, "oblast": 2, "region": 2, "city": 3, "term": 3, "place": 4, "village": 5}
TARGETS = ("fr", "de", "es")  # the languages whose texts are judged by their own spellings of the names
TARGET_WORD_ZIPF = 2.5  # a spelling this frequent in the target, and no less than in English, is one of its words
TARGET_LETTER_WORDS = 3  # a letter beyond ASCII in this many of the target's commonest words is one of its own
# Kinds judged from the letter tables alone: an oblast's word order differs (Oblast Charkiw, région de Kharkiv) and
# an institution keeps its brand (Gazprom), so those need a target_press.tsv row.
TABLE_KINDS = frozenset({"person", "surname", "city", "village", "term", "place", "region", "river"})


def accepted(cyrillic: str, lang: str) -> list[str]:
    """The English spellings of a name: the standards' (audit.names.standard), and for Ukrainian the BGN/PCGN
    system of 1965 that English news used before 2012 and often still does (Yuliya, Andriy, Zaporizhzhya)."""
    forms = standard_accepted(cyrillic, lang)
    if lang == "uk":
        import translitua

        forms.append(translitua.translit(cyrillic, translitua.UkrainianBGN).replace("'", ""))
    return list(dict.fromkeys(forms))


_RUSSIAN_H = (("kh", "h"), ("Kh", "H"))
RUSSIAN_H = "ru-h"  # the convention of those spellings (audit.names.mentions names it)


def _h_through_russian(form: str, english: list[str]) -> bool:
    """A Russian romanization that writes the h of a Turkic, Persian or Tajik name as Russian does, kh for х or g
    for г (Ilkham, Mekhriban, Geydar, Rakhmon for the Ilham, Mehriban, Heydar, Rahmon of English news): not the
    name's English spelling, which the hand list gives; other Russian forms stay accepted (Lukashenko)."""
    plain = re.sub(r"\bG", "H", form)
    for russian, own in _RUSSIAN_H:
        plain = plain.replace(russian, own)
    return form not in english and plain in english


@dataclass
class Record:
    cyrillic: str
    lang: str
    kind: str
    english: list[str]
    source: str
    russian: str = ""
    variants: dict[str, set[str]] = field(default_factory=dict)  # spelling -> conventions
    established: dict[str, list[str]] = field(default_factory=dict)  # target -> its press spellings, suggested first
    through_russian: list[str] = field(default_factory=list)  # English romanizations of the Russian form, not its own


def rows(name: str) -> list[list[str]]:
    """The rows of a hand-curated tab-separated list, comments and blank lines skipped."""
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    return [line.rstrip("\n").split("\t") for line in lines if line.strip() and not line.startswith("#")]


def cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def read_katotth(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        return [(row[5].strip(), row[6].strip()) for row in reader if len(row) > 6]


class Gazetteer:
    def __init__(self) -> None:
        self.records: dict[tuple[str, str, str], Record] = {}

    def add(self, cyrillic: str, lang: str, kind: str, english: list[str] | None, source: str) -> Record:
        key = (cyrillic, lang, "surname" if kind == "surname" else "name")
        record = self.records.get(key)
        if record is None:
            record = Record(cyrillic, lang, kind, english or accepted(cyrillic, lang), source)
            self.records[key] = record
        elif english:
            record.english = list(dict.fromkeys([*english, *record.english]))
        return record

    def find(self, cyrillic: str, lang: str) -> Record | None:
        return self.records.get((cyrillic, lang, "name")) or self.records.get((cyrillic, lang, "surname"))


def build(katotth: Path) -> Gazetteer:
    gazetteer = Gazetteer()
    register = read_katotth(katotth)
    known = {name for _, name in register}
    for category, name in register:
        if category in ("M", "K"):
            gazetteer.add(name, "uk", "city", None, "katotth")
    for row in rows("oblasts.tsv"):
        name, english = cell(row, 0), cell(row, 1)
        if name not in known:
            raise SystemExit(f"oblast {name!r} is not in the register")
        gazetteer.add(f"{name} область", "uk", "oblast", [english, english.replace(" Oblast", " region")], "katotth")
    for row in rows("ukraine_frontline.tsv"):
        name = cell(row, 0)
        if name in known and not gazetteer.find(name, "uk"):
            gazetteer.add(name, "uk", "village", None, "katotth+frontline")
        elif name not in known:
            print(f"front-line name not in the register, skipped: {name}", file=sys.stderr)
    for row in rows("russia_places.tsv"):
        english = [e for e in cell(row, 2).split("|") if e]
        if english and "exonym" not in cell(row, 3):  # an established spelling beside the standard ones
            english += accepted(cell(row, 0), "ru")
        gazetteer.add(cell(row, 0), "ru", cell(row, 1) or "place", english or None, "russia_places")
    for row in rows("other_terms.tsv"):
        english = [e for e in cell(row, 2).split("|") if e]
        english += accepted(cell(row, 0), cell(row, 1)) if english else []
        gazetteer.add(cell(row, 0), cell(row, 1), "term", english or None, "other_terms")
    for row in rows("public_figures.tsv"):
        cyrillic, lang = cell(row, 0), cell(row, 1)
        english = [e for e in cell(row, 2).split("|") if e] + accepted(cyrillic, lang)
        gazetteer.add(cyrillic, lang, "person", list(dict.fromkeys(english)), "public_figures")
        surnames = list(dict.fromkeys(form.split()[-1] for form in english))
        gazetteer.add(cyrillic.split()[-1], lang, "surname", surnames, "public_figures")
    for row in rows("post_soviet.tsv"):  # Belarus, the Caucasus, Central Asia: through their Russian form
        cyrillic, kind, english = cell(row, 0), cell(row, 1), [e for e in cell(row, 2).split("|") if e]
        through_russian = [form for form in accepted(cyrillic, "ru") if _h_through_russian(form, english)]
        english = list(dict.fromkeys(english + accepted(cyrillic, "ru")))
        english = [form for form in english if form not in through_russian]
        gazetteer.add(cyrillic, "ru", kind, english, "post_soviet").through_russian += through_russian
        if kind == "person":
            surnames = list(dict.fromkeys(form.split()[-1] for form in english))
            surname = gazetteer.add(cyrillic.split()[-1], "ru", "surname", surnames, "post_soviet")
            lasts = (form.split()[-1] for form in through_russian)
            surname.through_russian += [last for last in lasts if last not in surnames]
    for row in rows("exceptions.tsv"):
        cyrillic, lang, english = cell(row, 0), cell(row, 1), cell(row, 2).split("|")
        record = gazetteer.find(cyrillic, lang)
        if record is None:
            gazetteer.add(cyrillic, lang, "place", english, "exceptions")
        else:
            record.english = list(dict.fromkeys([*english, *record.english]))
    for row in rows("russian_forms.tsv"):
        record = gazetteer.find(cell(row, 0), "uk")
        if record is None:
            record = gazetteer.add(cell(row, 0), "uk", "place", None, "russian_forms")
        record.russian = cell(row, 1)
    add_variants(gazetteer)
    for row in rows("target_press.tsv"):
        record = gazetteer.find(cell(row, 0), cell(row, 1))
        if record is None or cell(row, 2) not in TARGETS:
            raise SystemExit(f"press spelling for an unknown name or target: {row}")
        record.established.setdefault(cell(row, 2), []).extend(cell(row, 3).split("|"))
    for row in rows("exonyms.tsv"):
        record = gazetteer.find(cell(row, 0), cell(row, 1))
        if record is None:
            raise SystemExit(f"exonym for an unknown name: {row}")
        record.variants.setdefault(cell(row, 3), set()).add(cell(row, 2))
        record.established.setdefault(cell(row, 2), []).append(cell(row, 3))
    return gazetteer


def add_variants(gazetteer: Gazetteer) -> None:
    import iuliia
    import translitua

    library = {
        "uk": [
            ("fr", lambda s: translitua.translit(s, translitua.UkrainianFrench)),
            ("de", lambda s: translitua.translit(s, translitua.UkrainianGerman)),
            ("iso9", lambda s: translitua.translit(s, translitua.UkrainianISO9)),
        ],
        "ru": [
            ("fr", iuliia.MVD_310_FR.translate),
            ("iso9", iuliia.ISO_9_1968.translate),
            ("iso9", iuliia.SCIENTIFIC.translate),
        ],
    }
    for record in gazetteer.records.values():
        sources = [(record.cyrillic, record.lang, "")]
        if record.russian:
            sources.append((record.russian, "ru", "ru-based"))
        for cyrillic, lang, prefix in sources:
            spellings: list[tuple[str, str]] = []
            if prefix:
                spellings += [(form, prefix) for form in accepted(cyrillic, lang)]
            for convention in conventions.CONVENTIONS:
                spellings += [(form, convention) for form in conventions.romanize(cyrillic, lang, convention)]
            spellings += [(scheme(cyrillic), convention) for convention, scheme in library[lang]]
            if not prefix:
                spellings += [(form, RUSSIAN_H) for form in record.through_russian]
            if record.source == "post_soviet" and any(e.endswith("ia") for e in record.english):
                spellings += [(f"{form[:-3]}ia", convention) for form, convention in spellings if _ya(form)]
            for form, convention in spellings:
                label = f"{prefix}:{convention}" if prefix and convention != prefix else convention
                record.variants.setdefault(form, set()).add(label)


def _ya(form: str) -> bool:
    """A Russian -ия ending as a convention writes it (-ija, -iia, -iya, -ïa): a Georgian name's own -ia, which the
    press of every language writes from the Georgian (Kvaratskhelia: German Kwarazchelia, French Khochtaria)."""
    return form.endswith(("ija", "iia", "iya", "ïia"))


def compile_index(gazetteer: Gazetteer) -> dict[str, object]:
    from wordfreq import top_n_list, zipf_frequency

    records = sorted(gazetteer.records.values(), key=lambda r: (KIND_RANK.get(r.kind, 9), r.lang, r.cyrillic))
    accepted_forms: dict[str, list[int]] = {}
    accepted_folds: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        for form in record.english:
            accepted_forms.setdefault(normal(form), []).append(index)
            accepted_folds.setdefault(fold(form), []).append(index)
    variants: dict[str, list[list[object]]] = {}
    marked: dict[str, list[list[object]]] = {}
    dropped: list[str] = []
    for index, record in enumerate(records):
        for form, labels in record.variants.items():
            key = fold(form)
            if not key or key in accepted_folds:
                continue
            russian_based = "ru-based" in labels  # Kiev, Kharkov: frequent in English, and what the check is for
            target = variants
            if " " not in key and not russian_based and zipf_frequency(key, "en") >= ENGLISH_WORD_ZIPF:
                if not foreign_marks(form):
                    dropped.append(form)
                    continue
                target = marked  # Łuck is Lutsk, but Luck is luck: only matched with its foreign letters
            entries = target.setdefault(key, [])
            if not any(entry[0] == index for entry in entries):
                entries.append([index, sorted(labels)])
    stoplist = sorted(
        word
        for word in top_n_list("en", STOPLIST_WORDS)
        if word.isalpha() and fold(word) not in accepted_folds and signals.suspect(word.capitalize(), set()) is not None
    )
    print(
        f"{len(records)} records, {len(accepted_forms)} accepted spellings, {len(variants)} variant keys, "
        f"{len(marked)} matched only with their diacritics, {len(dropped)} dropped as English words "
        f"({', '.join(sorted(set(dropped)))}), {len(stoplist)} English words stop the signals",
        file=sys.stderr,
    )
    press = press_variants(records, {*accepted_folds, *variants, *marked})
    matched = {*accepted_folds, *variants, *marked, *press}
    return {
        "schema": "audit-names/2",  # 2: the targets
        "records": [[r.cyrillic, r.lang, r.kind, r.english] for r in records],
        "accepted": accepted_forms,
        "accepted_folds": accepted_folds,
        "variants": variants,
        "marked_variants": marked,
        "press_variants": press,
        "english_words": stoplist,
        "targets": {target: compile_target(records, target, matched) for target in TARGETS},
    }


def press_variants(records: list[Record], known: set[str]) -> dict[str, list[list[object]]]:
    """The press lists' spellings the index does not hold yet (Spanish Zaluzhni, French Oumerov), with the
    targets that write them: what a text in another of them is matched by. Not for English texts, which keep
    the index they had."""
    press: dict[str, list[list[object]]] = {}
    for index, record in enumerate(records):
        for target in TARGETS:
            for form in record.established.get(target, []):
                key = fold(form)
                if key in known:
                    continue
                entries = press.setdefault(key, [])
                entry = next((entry for entry in entries if entry[0] == index), None)
                if entry is None:
                    entries.append([index, [target]])
                elif target not in entry[1]:
                    entry[1].append(target)
    return press


def compile_target(records: list[Record], target: str, matched: set[str]) -> dict[str, object]:
    """What a `target` text accepts of each name (its letter table's spellings and its press's, not the library
    schemes': Zelenskyy), the spelling it suggests and where that comes from (its press or its letter table), the
    spellings the index matches that are words of the target rather than names, and the target's own letters."""
    accepted: dict[str, list[int]] = {}
    suggestions: dict[str, list[str]] = {}
    given_names = {record.cyrillic.split()[0] for record in records if record.kind == "person"}
    for index, record in enumerate(records):
        own = conventions.romanize(record.cyrillic, record.lang, target) + record.established.get(target, [])
        for form in own:
            indexes = accepted.setdefault(fold(form), [])
            if index not in indexes:
                indexes.append(index)
        suggestion = target_suggestion(record, target, given_names)
        if suggestion is not None:
            suggestions[str(index)] = list(suggestion)
    russian_based = {  # German Charkow, Saporoschje: Russian forms of Ukrainian places, never words of the target
        fold(form)
        for record in records
        if record.lang == "uk" and record.russian
        for form in conventions.romanize(record.russian, "ru", target)
    }
    words = target_words(matched - set(accepted) - russian_based, target)
    print(
        f"{target}: {len(accepted)} accepted spellings, {len(suggestions)} names judged, words: {words}",
        file=sys.stderr,
    )
    return {"accepted": accepted, "suggestions": suggestions, "words": words, "letters": own_letters(target)}


def target_words(keys: set[str], target: str) -> list[str]:
    """The keys that are words of the target (Spanish mosca, cita), as frequent there as in English or more."""
    from wordfreq import zipf_frequency

    return [key for key in sorted(keys) if TARGET_WORD_ZIPF <= zipf_frequency(key, target) >= zipf_frequency(key, "en")]


def own_letters(target: str) -> str:
    """The target's letters beyond ASCII: a spelling written with others is not its own (Charków in German,
    Izmaïl in Spanish), even where it folds to one that is."""
    from wordfreq import top_n_list

    counts = Counter(ch for word in top_n_list(target, STOPLIST_WORDS // 10) for ch in set(word) if ch.isalpha())
    return "".join(sorted(ch for ch, count in counts.items() if count >= TARGET_LETTER_WORDS and not ch.isascii()))


def target_suggestion(record: Record, target: str, given_names: set[str]) -> tuple[str, str] | None:
    """The spelling `target` news writes: the press list's or an exonym; else, for a person or a name English
    writes by the standard romanization (not a translation: Neptune, Red Square), the target's letter table's.
    A place named as people are (Владимир) is left alone: Wladimir is as often the boxer."""
    if record.kind == "oblast":
        return None
    if record.established.get(target):
        return record.established[target][0], "press"
    romanized = fold(record.english[0]) in {fold(form) for form in accepted(record.cyrillic, record.lang)}
    if record.kind not in TABLE_KINDS or not (romanized or record.kind in ("person", "surname")):
        return None
    if record.kind != "person" and record.cyrillic in given_names:
        return None
    return table_spelling(record, target), "table"


def table_spelling(record: Record, target: str) -> str:
    """The table's first spelling; for a Russian name its texts never use, the alternative they use most, if
    it differs by more than accents (Taganrog, not Taganrogu; Novorossiïsk stays). Ukrainian names keep the
    first: the press follows Ukrainian now (Schytomyr), the frequency lists the older Russian-based forms."""
    from wordfreq import zipf_frequency

    spellings = conventions.romanize(record.cyrillic, record.lang, target)
    if record.lang == "uk" or zipf_frequency(spellings[0].lower(), target) > 0:
        return spellings[0]
    used = max(spellings, key=lambda spelling: zipf_frequency(spelling.lower(), target))
    return used if fold(used) != fold(spellings[0]) else spellings[0]  # accents are not the lists' to decide


def write_gazetteer(gazetteer: Gazetteer) -> None:
    records = sorted(gazetteer.records.values(), key=lambda r: (r.lang, KIND_RANK.get(r.kind, 9), r.cyrillic))
    with GAZETTEER.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Built by scripts/build_names_gazetteer.py; edit the source lists, not this file.\n")
        handle.write("# cyrillic\tlang\tkind\tenglish (standard first)\trussian_form\tsource\n")
        for r in records:
            handle.write(f"{r.cyrillic}\t{r.lang}\t{r.kind}\t{'|'.join(r.english)}\t{r.russian}\t{r.source}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--katotth", type=Path, default=KATOTTH, help="the katotth codifier CSV")
    args = parser.parse_args()
    gazetteer = build(args.katotth)
    write_gazetteer(gazetteer)
    index = compile_index(gazetteer)
    OUTPUT.parent.mkdir(exist_ok=True)
    payload = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as handle:
        handle.write(payload)
    print(f"wrote {GAZETTEER.relative_to(ROOT)} and {OUTPUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
