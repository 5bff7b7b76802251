"""Bilingual units for corpora/untranslated_segment/: two units of news a case (paragraphs separated by a blank
line, as the XLIFF reader makes them), taken from the translated pairs of scripts/number_pairs.py, and the faults
of a translation tool: a unit whose target is its source copied, a unit left without a target, a target of
punctuation alone. Clean cases keep units that legitimately stay the same (a name, a code, an address, figures).
"""

from __future__ import annotations

from number_pairs import PAIRS as TRANSLATED

UNIT = "\n\n"

# Units written the same in both languages (no finding): names of one or two words, acronyms, codes, addresses,
# figures, datelines; each beside a translated unit. QUOTED is an English quotation in a French source, which
# the English translation keeps.
SAME = [
    "Emmanuel Macron",
    "Reuters",
    "AFP",
    "NATO",
    "Olaf Scholz",
    "Wladimir Klitschko",
    "G20",
    "COVID-19",
    "https://www.example.org/live",
    "presse@example.fr",
    "2024",
    "12:30",
    "1 500",
    "+33 1 23 45 67 89",
    "UEFA",
    "Kyiv",
    "Xi Jinping",
    "BBC News",
    "iPhone 15",
    "A380",
    "F-16",
    "MH17",
    "OPEP+",
    "CAC 40",
    "Roland-Garros",
    "Le Monde",
    "Bundestag",
    "Airbus",
    "Gazprom",
    "Huawei",
    "BNP Paribas",
    "Deutsche Bank",
    "Banco Santander",
    "SpaceX",
    "#MeToo",
    "@Elysee",
    "{count}",
    "%s",
    "14h30",
    "—",
    "***",
    "(AFP)",
    "Pedro Sánchez",
    "Vladimir Poutine",
    "Angela Merkel",
    "Mario Draghi",
    "www.example.de",
    "ISO 9001",
    "5G",
]
QUOTED = "“We will not give in to terrorism, and we will rebuild,” the mayor told reporters on Monday."


def _units(first: tuple, second: tuple) -> tuple[str, str, str, str]:
    """Two translated pairs of one language pair as a case of two units."""
    return first[0], first[1], first[2] + UNIT + second[2], first[3] + UNIT + second[3]


def _pairs() -> list[tuple[str, str, str, str, list[tuple[str, ...]]]]:
    """Consecutive translated pairs of the same languages, two by two, each with its three faults on one of its
    units: the source copied, no target, an ellipsis for a target."""
    found = []
    for index in range(0, len(TRANSLATED) - 1, 2):
        first, second = TRANSLATED[index], TRANSLATED[index + 1]
        if first[:2] != second[:2]:
            continue
        source_lang, lang, source, target = _units(first, second)
        faulty = second if index % 4 else first
        found.append(
            (
                source_lang,
                lang,
                source,
                target,
                [(faulty[3], faulty[2]), (faulty[3], "", faulty[2]), (faulty[3], "…")],
            )
        )
    return found


PAIRS = _pairs()

CLEAN: list[tuple[str, str, str, str]] = [
    (pair[0], pair[1], same + UNIT + pair[2], same + UNIT + pair[3])
    for same, pair in zip(SAME, TRANSLATED[1::2], strict=False)
] + [("fr", "en", QUOTED + UNIT + TRANSLATED[0][2], QUOTED + UNIT + TRANSLATED[0][3])]
