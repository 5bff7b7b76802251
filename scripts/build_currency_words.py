"""Build the list of currency names news writes as the currency's own country does, from CLDR through Babel.

    python scripts/build_currency_words.py      # writes audit/data/words/currencies.txt

English, French, German and Spanish news give a currency its own country's name and plural: "billions of reais",
"millions de pesos", "5 Millionen Złoty", "300 millones de soles". The word lists take such a word for one left
untranslated ("reais" is Portuguese), so the untranslated-word check accepts it in every target. For each
currency of one territory, the names CLDR gives in the territory's official languages (singular and every plural
form) where the language's name of the unit is the one English borrowed, of which the words that share the stem of
the unit's English name ("real" -> "reais", "koruna" -> "koruny", "korun"; not the country's adjective,
"brasileiros"), written in Latin letters; those spelled as the English name are the target's own words already and
are left out.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "audit" / "data" / "words" / "currencies.txt"
_ENDING = 2  # letters a local form may add to the unit's name ("real" -> "reais"), not a country's ("Nàìjíríà")
_WORD = re.compile(r"[^\W\d_]+")
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i"})  # letters NFKD leaves whole


def _latin_words(name: str) -> list[str]:
    """The words of a currency's name written in Latin letters, case folded ("đồng" in Vietnamese's)."""
    import unicodedata

    words = _WORD.findall(name.casefold())
    return [word for word in words if all(unicodedata.name(char, "").startswith("LATIN") for char in word)]


def _stem_length(unit: str) -> int:
    """How many first letters a local word must share with the English unit's name to be its form: three, or all
    but the last of a shorter name ("leu" -> "lei")."""
    return min(3, len(unit) - 1)


def currency_words() -> dict[str, set[str]]:
    """The local words of each currency's name, by ISO code: of a currency one territory uses, in an official
    language of it whose name of the unit English borrowed ("real" in Portuguese; not German "Franken" for the
    franc, nor the Finnish forms of the euro)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_name, get_territory_currencies

    users: dict[str, list[str]] = {}
    for territory in sorted(get_global("territory_currencies")):
        for code in get_territory_currencies(territory):
            users.setdefault(code, []).append(territory)
    found: dict[str, set[str]] = {}
    for code, territories in sorted(users.items()):
        if len(territories) > 1:
            continue
        english = {word for count in (1, 2) for word in _latin_words(get_currency_name(code, count=count, locale="en"))}
        unit = _folded(get_currency_name(code, locale="en").casefold().split()[-1])
        if len(unit) < 3:
            continue
        for language in get_official_languages(territories[0], de_facto=True):
            try:
                locale = Locale.parse(language)
            except (ValueError, UnknownLocaleError):
                continue
            names = [locale.currencies.get(code, ""), *locale._data["currency_names_plural"].get(code, {}).values()]
            words = {word for name in names for word in _latin_words(name)}
            if unit not in map(_folded, words):
                continue  # the language's own name, not the one English borrowed
            stem = unit[: _stem_length(unit)]
            found.setdefault(code, set()).update(
                word
                for word in words
                if _folded(word).startswith(stem) and word not in english and 2 < len(word) <= len(unit) + _ENDING
            )
    return {code: words for code, words in found.items() if words}


def _folded(word: str) -> str:
    """The word without its accents ("złoty" -> "zloty", "bolívar" -> "bolivar", "đồng" -> "dong")."""
    import unicodedata

    plain = word.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))


def render(found: dict[str, set[str]]) -> str:
    """The file's text: the provenance, then each currency's English name and its words."""
    from babel.numbers import get_currency_name

    lines = [
        "# Currency names news writes as the currency's own country does (“billions of reais”), accepted in every",
        "# target by the untranslated-word check. Made by scripts/build_currency_words.py from CLDR through Babel",
        f"# {version('babel')} (Unicode License); do not edit. One word a line, after the currency it names.",
    ]
    for code in sorted(found):
        lines.append(f"# {code}: {get_currency_name(code, locale='en')}")
        lines.extend(sorted(found[code]))
    return "\n".join(lines) + "\n"


def main() -> None:
    found = currency_words()
    OUT.write_text(render(found), "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {sum(map(len, found.values()))} words of {len(found)} currencies")


if __name__ == "__main__":
    main()
