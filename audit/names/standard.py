"""The standard English spelling of a Cyrillic name, and the other spellings English news accepts.

Ukrainian: the national system of 2010 (Cabinet of Ministers resolution 55, adopted by BGN/PCGN in 2012),
through uklatn. Russian: BGN/PCGN through iuliia, as English news simplifies it (iuliia's "Wikipedia" scheme:
no apostrophes for the soft and hard signs, -y for -iy and -yy: "Kazan", "Nizhny Novgorod", "Dmitry"); the strict
BGN/PCGN spelling ("Nizhniy Novgorod", "Dmitriy") is accepted too.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

LABELS = {"uk": "Ukrainian national system (2010)", "ru": "BGN/PCGN romanization of Russian, as English news writes it"}
_SIGN_MARKS = re.compile("[’'ʼ”\"·]")  # sign apostrophes, and BGN/PCGN's separator dot (Usuri·ysk)
_E_WITH_DIAERESIS = str.maketrans({"ë": "e", "Ë": "E", "ё": "e", "Ё": "E"})  # iuliia leaves ё in BGN/PCGN output


def standard(cyrillic: str, lang: str) -> str:
    """The standard English spelling of a Cyrillic name in Ukrainian (`uk`) or Russian (`ru`)."""
    if lang == "uk":
        return _ukrainian(cyrillic)
    return _russian_simple(cyrillic)


def accepted(cyrillic: str, lang: str) -> list[str]:
    """The spellings English news uses: the standard first, then the strict form and common simplifications."""
    forms = [standard(cyrillic, lang)]
    if lang == "ru":
        forms.append(_russian_strict(cyrillic))
    for form in list(forms):
        forms.extend(_simplified(form, lang))
    return list(dict.fromkeys(forms))


def of_gazetteer(cyrillic: str, lang: str) -> str:
    """`standard`, for a name of the gazetteer: a Ukrainian name's read from the user's cache folder, where those of
    all its Ukrainian names are kept under the gazetteer's file, uklatn's and this module's (importing uklatn
    compiles the tables of all its systems: some 7 ms of a run that reports a name of the gazetteer)."""
    if lang == "uk":
        found = _gazetteer_ukrainian().get(cyrillic)
        if found is not None:
            return found
    return standard(cyrillic, lang)


@cache
def _gazetteer_ukrainian() -> dict[str, str]:
    from audit import unpacked
    from audit.names.gazetteer import DATA

    romanizer = find_spec("uklatn")
    if romanizer is None or romanizer.origin is None:
        return {}
    files = [DATA, Path(romanizer.origin), Path(__file__)]
    return unpacked.read_together(files, "uklatn-standards", _romanized_ukrainian)


def _romanized_ukrainian(packed: list[bytes]) -> dict[str, str]:
    """The standard spelling of each Ukrainian name of the gazetteer's file (the first)."""
    from audit import unpacked

    records = unpacked.gzip_json(packed[0])["records"]
    return {cyrillic: _ukrainian(cyrillic) for cyrillic, lang, _, _ in records if lang == "uk"}


@cache
def _ukrainian(cyrillic: str) -> str:
    import uklatn

    return uklatn.encode(cyrillic.replace("ʼ", "'"), uklatn.KMU_55)


@cache
def _russian_strict(cyrillic: str) -> str:
    import iuliia

    return _SIGN_MARKS.sub("", iuliia.BGN_PCGN.translate(cyrillic)).translate(_E_WITH_DIAERESIS)


@cache
def _russian_simple(cyrillic: str) -> str:
    """The "Wikipedia" simplification of BGN/PCGN: Yeltsin, Dmitry, Kiselyovsk."""
    import iuliia

    return _SIGN_MARKS.sub("", iuliia.WIKIPEDIA.translate(cyrillic)).translate(_E_WITH_DIAERESIS)


# Endings English news writes more than one way: Sergei, Dmitry or Dmitri, Zhukovsky; Zelenskyy, Yuriy.
_RUSSIAN_ENDINGS = (
    (re.compile(r"iy\b"), ("y", "i")),
    (re.compile(r"ey\b"), ("ei",)),
    (re.compile(r"yy\b"), ("y",)),
)
_UKRAINIAN_ENDINGS = ((re.compile(r"yi\b"), ("yy", "y")), (re.compile(r"ii\b"), ("iy",)))


def _simplified(form: str, lang: str) -> list[str]:
    """The form with each common ending rewritten, one rule at a time and all together."""
    rules = _RUSSIAN_ENDINGS if lang == "ru" else _UKRAINIAN_ENDINGS
    out, combined = [], form
    for pattern, replacements in rules:
        out.extend(pattern.sub(replacement, form) for replacement in replacements)
        combined = pattern.sub(replacements[0], combined)
    return [*out, combined]
