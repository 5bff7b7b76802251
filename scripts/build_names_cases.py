"""Draw labelled name cases from Natural Earth: attested French, German and Spanish spellings of places in Ukraine
and Russia, and their English names (which must give no finding).

Writes corpora/names/cases/naturalearth.tsv: surface, convention (fr, de, es; en for the English names), the
accepted English spellings, the Russian Cyrillic name Natural Earth records, the country. Natural Earth's English
labels date from 2017; the few that English news has since changed are updated (MODERN_ENGLISH), and spellings that
are renamings rather than romanizations are left out (NOT_ROMANIZATIONS), and so are those equal to the BGN/PCGN
romanization of the Russian name, strict or simplified (Spanish "Oktyabrskiy": an English spelling, not a foreign
one). Run from the
repository:

    python scripts/build_names_cases.py [--naturalearth PATH]
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NATURALEARTH = ROOT.parent / "shared" / "data" / "naturalearth" / "ne_10m_populated_places_names_all.csv"
OUTPUT = ROOT / "corpora" / "names" / "cases" / "naturalearth.tsv"
sys.path.insert(0, str(ROOT))

from audit.names.standard import accepted  # noqa: E402

COUNTRIES = {"UKR": "Ukraine", "RUS": "Russia"}
LANGUAGES = {"NAME_FR": "fr", "NAME_DE": "de", "NAME_ES": "es"}
# English labels of 2017 that English news has replaced (AP and most outlets since 2019), or that have a second
# spelling in common English use.
MODERN_ENGLISH = {
    "Kiev": "Kyiv",
    "Odessa": "Odesa|Odessa",
    "Zaporizhzhya": "Zaporizhzhia|Zaporizhzhya",
    "Oryol": "Oryol|Orel",
    "Veliky Novgorod": "Veliky Novgorod|Novgorod",
}
# Foreign labels that name the place differently (a former name), not a romanization of the same name.
NOT_ROMANIZATIONS = {"Iljitschowsk"}


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().lower()


def cases(path: Path) -> list[tuple[str, str, str, str, str]]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = COUNTRIES.get(row["ADM0_A3"])
            english = row["NAME_EN"].strip()
            if country is None or not english or not row["NAME_RU"].strip():
                continue
            labels = MODERN_ENGLISH.get(english, english)
            russian = row["NAME_RU"].strip()
            out.append((labels.split("|")[0], "en", labels, russian, country))
            english_forms = labels.split("|") + accepted(russian, "ru")
            accepted_spellings = {_normal(a) for a in english_forms}
            for column, convention in LANGUAGES.items():
                surface = row[column].strip()
                if surface and _normal(surface) not in accepted_spellings and surface not in NOT_ROMANIZATIONS:
                    out.append((surface, convention, labels, russian, country))
    return sorted(set(out), key=lambda case: (case[4], case[1], case[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naturalearth", type=Path, default=NATURALEARTH)
    args = parser.parse_args()
    rows = cases(args.naturalearth)
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Built by scripts/build_names_cases.py from Natural Earth 10m populated places\n")
        handle.write("# surface\tconvention\taccepted_english\tnatural_earth_russian\tcountry\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} cases to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
