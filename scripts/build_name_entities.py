"""Build audit/data/name_entities.json.gz: the one-word names of the world's places and people, by entity.

`audit.names.skeleton` decides whether two spellings are one name; where the world tables know both spellings,
knowledge decides instead: Kazajistán and Kazakhstan name one country (CLDR), Tombouctou and Timbuktu one city
(Natural Earth), Bachar and Bashar one person (people_hand.tsv), while Samara and Samarra, Harar and Harare,
Nanjing and Nanning, Shanxi and Shaanxi are different places that look like one name. Sources: CLDR through
Babel, Natural Earth populated places (with their regions and countries), corpora/names/world/people_hand.tsv
and places_hand.tsv. Run from the repository:

    pip install -e '.[names-data]'
    python scripts/build_name_entities.py   # after build_exonyms.py; it then makes the exonym index again
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_exonyms import NATURAL_EARTH, OUT_DATA, places, write_index  # noqa: E402

from audit.names.folding import fold  # noqa: E402

OUT = ROOT / "audit" / "data" / "name_entities.json.gz"
MIN_KNOWN_LETTERS = 4  # "Chad" / "Tchad", "Iraq" / "Irak"; shorter names are initials and words too often
NAME_COLUMNS = ("NAME", "NAMEASCII", "NAME_EN", "NAME_FR", "NAME_DE", "NAME_ES", "NAME_PT")


def entities(natural_earth: Path = NATURAL_EARTH) -> dict[str, set[str]]:
    """Each one-word name, folded, with the entities it names."""
    named: dict[str, set[str]] = defaultdict(set)

    def add(name: str, entity: str) -> None:
        folded = fold(name)
        if folded.isalpha() and len(folded) >= MIN_KNOWN_LETTERS:
            named[folded].add(entity)

    for index, (source, names, own) in enumerate(places(natural_earth)):
        for spelling in {n for spellings in names.values() for n in spellings} | own:
            add(spelling, f"{source}:{index}")
    if natural_earth.is_file():
        with open(natural_earth, encoding="utf-8") as handle:
            for number, row in enumerate(csv.DictReader(handle)):
                for column in NAME_COLUMNS:
                    add(row[column], f"place:{number}")
                add(row["ADM1NAME"], f"region:{row['ADM0_A3']}:{row['ADM1NAME']}")
                add(row["ADM0NAME"], f"country:{row['ADM0_A3']}")
    return named


def compile_entities(named: dict[str, set[str]]) -> dict:
    """{"names": {folded name: [entity numbers]}}: entities numbered in order of first appearance."""
    numbers: dict[str, int] = {}
    compiled = {}
    for name in sorted(named):
        compiled[name] = sorted(numbers.setdefault(entity, len(numbers)) for entity in sorted(named[name]))
    return {"provenance": "scripts/build_name_entities.py: CLDR, Natural Earth, corpora/names/world", "names": compiled}


def main() -> None:
    data = compile_entities(entities())
    OUT.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, sort_keys=True).encode(), mtime=0))
    print(f"{len(data['names'])} one-word names -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
    write_index(json.loads(gzip.decompress(OUT_DATA.read_bytes())))  # its skeleton keys read these entities
    print("and the exonym index made again with them")


if __name__ == "__main__":
    main()
