"""How a language writes its figures, read from audit/data/numbers/<lang>.toml and checked key by key."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path

from audit import unpacked
from audit.errors import InputError

READERS = ("text2num", "number-parser", "cn2an", "")  # the libraries that read number words
DATA = Path(__file__).resolve().parent.parent / "data" / "numbers"
SHARED = "_shared"


@dataclass(frozen=True)
class Conventions:
    """One language's conventions; a language without a file gets the shared ones (digits only)."""

    code: str
    provenance: str = ""
    reader: str = ""
    decimal: tuple[str, ...] = ()
    group: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    ordinal_prefixes: tuple[str, ...] = ()
    plural_suffixes: tuple[str, ...] = ()
    approximately: tuple[str, ...] = ()  # before a figure: it may be rounded
    approximately_after: tuple[str, ...] = ()
    not_numbers: tuple[str, ...] = ()  # words a reader takes for numbers that are none here (hundreds, neuf)
    hours: tuple[str, ...] = ()  # after a figure: a time of day (14 h, 14 Uhr)
    minutes: tuple[str, ...] = ()
    am: tuple[str, ...] = ()
    pm: tuple[str, ...] = ()
    am_before: tuple[str, ...] = ()
    pm_before: tuple[str, ...] = ()
    months_case_sensitive: bool = False
    numerals: str = ""  # characters that make a run of numerals (Chinese)
    percent_prefixes: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()  # between two figures sharing the last one's scale (325 à 340 M$)
    ranks: tuple[str, ...] = ()  # before a figure: a rank (No. 1, n°1), written or left out freely
    decades_before: tuple[str, ...] = ()  # before a two-digit figure: a decade (années 80)
    decades_after: tuple[str, ...] = ()  # after a two-digit figure: a decade (80年代)
    not_quantities: tuple[str, ...] = ()  # phrases whose figure names something (le 20h: the evening news)
    month_suffix: str = ""
    day_suffixes: tuple[str, ...] = ()
    year_suffix: str = ""
    words: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)  # after a figure: 1,5 million
    glued_scales: dict[str, tuple[float, ...]] = field(default_factory=dict)  # against it: $10m (or metres)
    approximate_nouns: dict[str, float] = field(default_factory=dict)  # une dizaine, a dozen
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)  # class -> its signs and words
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)  # Monday 1 to Sunday 7 (CLDR's names, through Babel)
    fractions: dict[str, float] = field(default_factory=dict)  # after a number: 12 ans et demi
    measures: dict[str, dict[str, float]] = field(default_factory=dict)  # dimension -> unit -> its SI factor


_LISTS = {f.name for f in fields(Conventions) if f.type == "tuple[str, ...]"}
_FLAG = "months_case_sensitive"
_STRINGS = {"provenance", "reader", "numerals", "month_suffix", "year_suffix"}
_TABLES = {
    "words": float,
    "scales": float,
    "approximate_nouns": float,
    "months": int,
    "weekdays": int,
    "fractions": float,
}


@cache
def get(code: str | None) -> Conventions:
    """The language's conventions merged with the shared ones; the shared ones alone for a language without a
    file (digits in any script still compare)."""
    from audit.language import data_code

    code = data_code(code)
    shared = _read(SHARED)
    own = _read(code) if code and code != SHARED and _exists(code) else {}
    units = {
        cls: tuple(dict.fromkeys([*shared.get("units", {}).get(cls, ()), *own.get("units", {}).get(cls, ())]))
        for cls in {*shared.get("units", {}), *own.get("units", {})}
    }
    measures = {
        dimension: {**shared.get("measures", {}).get(dimension, {}), **own.get("measures", {}).get(dimension, {})}
        for dimension in {*shared.get("measures", {}), *own.get("measures", {})}
    }
    merged = {**shared, **own, "units": units, "measures": measures}
    merged.pop("provenance", None)
    return Conventions(code=code or SHARED, provenance=own.get("provenance", shared["provenance"]), **merged)


def _exists(code: str) -> bool:
    return (DATA / f"{code}.toml").is_file()


def _read(code: str) -> dict:
    """The file's values as the dataclass takes them."""
    origin = f"audit/data/numbers/{code}.toml"
    try:  # the parsed file kept unpacked (audit.unpacked): segmentation asks for a language's ordinals at once
        raw = unpacked.read(DATA / f"{code}.toml", unpacked.toml)
    except (OSError, ValueError) as exc:  # ValueError: tomllib's TOMLDecodeError, or bytes that are not UTF-8
        raise InputError(f"{origin}: cannot read the number conventions ({exc})") from None
    return _check(origin, raw)


def _check(origin: str, raw: dict) -> dict:
    """The values checked key by key: an unknown key or a wrong type is an error naming the file and the key."""
    values: dict = {}
    for key, value in raw.items():
        if key in _LISTS and isinstance(value, list) and all(isinstance(v, str) for v in value):
            values[key] = tuple(value)
        elif (key in _STRINGS and isinstance(value, str)) or (key == _FLAG and isinstance(value, bool)):
            values[key] = value
        elif key in _TABLES and isinstance(value, dict):
            values[key] = {word: _number(origin, key, word, v, _TABLES[key]) for word, v in value.items()}
        elif key == "glued_scales" and isinstance(value, dict):
            values[key] = {
                w: tuple(_number(origin, key, w, f, float) for f in _list(origin, key, v)) for w, v in value.items()
            }
        elif key == "measures" and isinstance(value, dict):
            values[key] = {
                dimension: {unit: _number(origin, key, unit, factor, float) for unit, factor in units.items()}
                for dimension, units in value.items()
                if isinstance(units, dict) or _list(origin, key, units)
            }
        elif key == "units" and isinstance(value, dict):
            values[key] = {cls: tuple(_list(origin, key, words)) for cls, words in value.items()}
        else:
            raise InputError(f"{origin}: unknown key or wrong type: {key!r}")
    if values.get("reader", "") not in READERS:
        raise InputError(f"{origin}: 'reader' must be one of {', '.join(map(repr, READERS))}")
    if "provenance" not in values:
        raise InputError(f"{origin}: 'provenance' is missing")
    return values


def _number(origin: str, key: str, word: str, value: object, kind: type) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or (kind is int and not isinstance(value, int)):
        raise InputError(f"{origin}: {key}.{word} must be a {'whole ' if kind is int else ''}number")
    return kind(value)


def _list(origin: str, key: str, value: object) -> list:
    if not isinstance(value, list):
        raise InputError(f"{origin}: every entry of {key!r} must be a list")
    return value
