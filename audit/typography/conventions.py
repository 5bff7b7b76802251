"""Each language's typographic conventions, from audit/data/typography/<lang>.toml (every key checked)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from audit import unpacked
from audit.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data" / "typography"
_KEYS = {
    "code": str,
    "name": str,
    "provenance": str,
    "quotes": list,
    "inner_quotes": list,
    "quote_space": str,
    "space_before": dict,
    "decimal": str,
    "thousands": list,
    "percent_spaces": list,
    "opening_marks": list,
    "detached": list,
    "question_words": list,
    "decimal_units": list,
    "hour_marks": list,
}


class Conventions(NamedTuple):
    """How one language writes quotation marks, spaces around marks and figures."""

    code: str
    name: str
    quotes: tuple[tuple[str, str], ...]  # the pairs that may open a quotation; the first is the one suggested
    inner_quotes: tuple[tuple[str, str], ...]  # the pairs a quotation may hold
    quote_space: str  # inside quotation marks ("" for none)
    space_before: dict[str, str]  # mark -> the space written before it (French ": ; ? !")
    decimal: str
    thousands: tuple[str, ...]  # digit-group separators; the first is suggested
    percent_spaces: tuple[str, ...]  # what may stand between a figure and %; the first is suggested
    opening_marks: frozenset[str]  # marks that open a question or an exclamation (Spanish ¿ ¡)
    detached: tuple[str, ...]  # clitics written onto the word before ("'s", "n't")
    question_words: frozenset[str]
    decimal_units: frozenset[str]
    hour_marks: tuple[str, ...]  # between the hour and its minutes ("14:30", "14h30"); the first is suggested

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Every pair of quotation marks the language writes, outer or inner."""
        return frozenset(self.quotes + self.inner_quotes)


@cache
def of(lang: str | None) -> Conventions | None:
    """The language's conventions, or None when no file describes them."""
    path = DATA / f"{lang}.toml"
    if not lang or not lang.isalpha() or not path.is_file():
        return None
    return _parse(unpacked.read(path, unpacked.toml), path)


@cache
def every() -> tuple[Conventions, ...]:
    """The conventions of every language with a file, in code order."""
    return tuple(c for path in sorted(DATA.glob("*.toml")) if (c := of(path.stem)) is not None)


def holders(test) -> str:
    """The names of the languages whose conventions pass `test`, for a message ("French, Spanish")."""
    return ", ".join(c.name for c in every() if test(c)) or "another language"


def _parse(table: dict, path: Path) -> Conventions:
    for key, kind in _KEYS.items():
        if not isinstance(table.get(key), kind):
            raise InputError(f"{path}: {key!r} is missing or not a {kind.__name__}")
    unknown = set(table) - set(_KEYS)
    if unknown:
        raise InputError(f"{path}: unknown key {sorted(unknown)[0]!r}")
    for key in ("quotes", "inner_quotes"):
        if any(len(pair) != 2 for pair in table[key]):
            raise InputError(f"{path}: {key!r} holds pairs of an opening and a closing mark")
    return Conventions(
        code=table["code"],
        name=table["name"],
        quotes=tuple((opening, closing) for opening, closing in table["quotes"]),
        inner_quotes=tuple((opening, closing) for opening, closing in table["inner_quotes"]),
        quote_space=table["quote_space"],
        space_before=dict(table["space_before"]),
        decimal=table["decimal"],
        thousands=tuple(table["thousands"]),
        percent_spaces=tuple(table["percent_spaces"]),
        opening_marks=frozenset(table["opening_marks"]),
        detached=tuple(table["detached"]),
        question_words=frozenset(table["question_words"]),
        decimal_units=frozenset(table["decimal_units"]),
        hour_marks=tuple(table["hour_marks"]),
    )
