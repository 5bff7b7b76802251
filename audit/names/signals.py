"""Names the gazetteer does not know: signs of another language's romanization, mapped back through Cyrillic.

A capitalised word is suspect when it carries the letter groups a convention writes for Slavic sounds (French
"ou", "tch", "ï"; German "sch", "w", "ja"; Polish "sz", "cz", "ł"; Spanish "j" for kh and stress accents;
scholarly "č", "š") and either looks Slavic (-sk, -ov, -ivka, -enko...), or ends as a Georgian or Armenian name
romanized through Russian (-schwili, -chvili, -dse, -jan), or carries three such signs. The word is
then read back into Cyrillic with that convention's letters and romanized with the English standard, which gives
the suggestion. These guesses are less certain than gazetteer matches and are reported with lower confidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import NamedTuple

from audit.names.folding import fold, normal
from audit.names.standard import standard

_CONSONANT = "bcdfgklmnprstvwxzž"
MANY_SIGNS = 3  # without a Slavic ending, this many signs of one convention (French names have two: Bourgeois)
_SLAVIC_ENDING = re.compile(
    r"(?:sk|ck|zk|ov|ev|iv|iw|vka|wka|owa|ewa|ino|ovo|owo|evo|ewo|grad|gorod|horod|ine|enko|"
    r"ouk|uk|tchouk|tschuk|czuk|itch|itsch|icz|ytch|ytsch|ycz|ovitch|owitsch|owicz|sky|skyj|skij|ski|skiy|yj|ij|"
    r"ove|ové|eve|évé|ivske|ovsk|owsk|evsk|ewsk|ievsk|jewsk|oï|eï|aïa|aja|kaïa)$"
)
# Georgian and Armenian names, which other languages romanize through their Russian form (German Dschugaschwili,
# Paschinjan, Kobachidse; French Djougachvili, Kobakhidzé): as telling as a Slavic ending where English does not
# write the word itself (Abidjan, Marjan) and a stem comes before it.
_EX_SOVIET_ENDING = re.compile(r"(?:schwili|szwili|chvili|dse|dzé|(?<=[^aeiouy])jan)$")
_EX_SOVIET_STEM = 4
# Endings that mark a Russian or Ukrainian name, not a Polish one (Polish names keep their own spelling in English).
_EAST_SLAVIC_ENDING = re.compile(r"(?:ow|ew|owa|ewa|owo|ewo|owsk|ewsk|jewsk|iwka|ij|yj|ja|ijsk|grad|gród|gorod|horod)$")

_COMPOUND_PREFIX = re.compile(
    r"^(?:krasno|pervo|severo|novo|staro|belo|chorno|cherno|yuzhno|verkhne|nizhne|sredne|zapadno|vostochno)(?=u)"
)
_WEAK_FRENCH = re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])|é$")  # French only beside another French sign
# Letter groups romanized Russian and Ukrainian never have: the word is English, Korean, Greek...
_UNSLAVIC = re.compile(r"th|wh|ph|oo(?!u)|ee|qu|[ýůřěåø]")
_MARKS = (("éèêëïîôçàùû", "fr"), ("áíóúñ", "es"), ("äöüß", "de"), ("łśżźćńęą", "pl"), ("čšžěǎ", "iso9"))
_GERMAN_OW = re.compile(r"[oe]w$")
_POLISH_SURNAME = re.compile(r"(?:ski|ska|cki|cka)$")
_SIGNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "pl": tuple(re.compile(p) for p in (r"szcz", r"cz", r"sz", r"ż", r"ł", r"[ńśćź]", rf"(?<=[{_CONSONANT}])ie")),
    "de": tuple(
        re.compile(p)
        for p in (
            r"tsch",
            r"sch",
            r"(?:^w|(?<!sch)w(?=[aeiouy])|[oe]w$|iw$|[oe]wsk$|iwka|owka)",
            r"j(?=[aeou])",
            r"[iy]j$",
            r"zk$",
            r"dse$",
        )
    ),
    "fr": tuple(
        re.compile(p)
        for p in (
            r"tch",
            r"ou(?!gh)",
            r"ï",
            r"(?<=[aeiouy])j(?=[aeiouy])|jj|j$",
            r"gu[eiy]",
            r"^i[aeo]",
            r"dj",
            r"dzé$|chvili$",
        )
    ),
    "es": tuple(re.compile(p) for p in (r"[áíóú]", rf"j(?=[{_CONSONANT}])", r"^j[ao]")),
}
_ANY_SIGN = re.compile("|".join(f"(?:{sign.pattern})" for signs in _SIGNS.values() for sign in signs))
# Scholarly letters (č, š, ž) are left to the gazetteer: Czech, Slovak and South Slavic names use them natively.
_ORDER = ("pl", "de", "fr", "es")

_COMMON = {
    "shch": "щ", "kh": "х", "zh": "ж", "sh": "ш", "ch": "ч", "ts": "ц", "ya": "я", "yu": "ю", "yo": "ё", "ye": "е",
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к", "l": "л", "m": "м",
    "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "y": "ы", "c": "к", "w": "в",
    "x": "кс", "q": "к", "h": "х", "j": "й", "-": "-", " ": " ",
}  # fmt: skip
_READINGS: dict[str, dict[str, str]] = {
    "fr": {
        "chtch": "щ", "tch": "ч", "ch": "ш", "kh": "х", "iou": "ю", "ou": "у", "ia": "я", "io": "ё", "ie": "е",
        "j": "ж", "dj": "дж", "ï": "й", "gue": "ге", "gui": "ги", "ss": "с", "é": "е", "è": "е", "ë": "ё", "s": "с",
    },
    "de": {
        "schtsch": "щ", "tsch": "ч", "dsch": "дж", "sch": "ш", "dse": "дзе", "ch": "х", "w": "в", "z": "ц", "ss": "с",
        "ja": "я", "ju": "ю",
        "jo": "ё", "je": "е", "j": "й", "v": "в", "ts": "ц", "ä": "е", "ö": "ё", "ü": "ю",
    },
    "pl": {
        "szcz": "щ", "cz": "ч", "sz": "ш", "rz": "ж", "ż": "ж", "ź": "зь", "ś": "сь", "ć": "ць", "ń": "нь", "ł": "л",
        "ch": "х", "w": "в", "c": "ц", "ia": "я", "ie": "е", "io": "ё", "iu": "ю", "ja": "я", "je": "е", "jo": "ё",
        "ju": "ю", "j": "й", "ó": "о",
    },
    "es": {
        "j": "х", "sh": "ш", "zh": "ж", "ch": "ч", "ts": "ц", "ia": "я", "iu": "ю", "io": "ё", "gue": "ге",
        "gui": "ги", "á": "а", "é": "е", "í": "и", "ó": "о", "ú": "у", "ye": "е", "ya": "я", "yu": "ю",
    },
    "iso9": {
        "šč": "щ", "č": "ч", "š": "ш", "ž": "ж", "x": "х", "ch": "х", "c": "ц", "ja": "я", "ju": "ю", "je": "е",
        "jo": "ё", "j": "й", "ë": "ё", "è": "э", "ì": "і", "ï": "ї", "ʹ": "ь", "â": "я", "û": "ю", "ě": "е",
    },
}  # fmt: skip
_UKRAINIAN_H = re.compile(r"(?<![kcsz])h")
_UKRAINIAN_ENDING = re.compile(r"(?:iv|iw|ivka|iwka|ivske|ivsk|ytskyi|skyj)$")
_TO_UKRAINIAN = str.maketrans({"и": "і", "ы": "и", "ё": "ьо", "э": "е"})


class Suspicion(NamedTuple):
    """A word that looks romanized by another convention, with the English form read back through Cyrillic."""

    convention: str
    cyrillic: str
    lang: str
    english: str


def suspect(word: str, english_words: Collection[str]) -> Suspicion | None:
    """The convention `word` seems romanized by and its English form, or None when nothing points to one."""
    if len(word) < 4 or not word[:1].isupper():
        return None
    lower = unicodedata.normalize("NFC", word).lower()
    unprefixed = _COMPOUND_PREFIX.sub("", lower)  # Krasno|ufimsk: the "ou" spans two words of a compound
    if not _ANY_SIGN.search(unprefixed):
        return None  # most words (85%): no convention's sign at all, asked first
    key = fold(lower)
    if key in english_words or not key.replace(" ", "").replace("-", "").isalpha() or _UNSLAVIC.search(lower):
        return None
    if not lower.isascii() and len({language for letters, language in _MARKS if any(c in letters for c in lower)}) > 1:
        return None  # letters of two languages (Králové): a name in its own spelling, not a romanization
    slavic = _SLAVIC_ENDING.search(lower) is not None or _ex_soviet(lower)
    best, best_count = None, 0
    for convention in _ORDER:
        count = sum(1 for sign in _SIGNS[convention] if sign.search(unprefixed))
        if convention == "fr" and count and _WEAK_FRENCH.search(unprefixed):
            count += 1  # Ussuriysk is English, Bové French; with another sign, ss and a final é are French too
        if convention == "pl" and count and not _EAST_SLAVIC_ENDING.search(lower):
            return None  # Polish letters without a Russian or Ukrainian ending: a Polish name (Balcerowicz)
        if convention == "de" and _POLISH_SURNAME.search(lower):
            count -= 1 if _SIGNS["de"][2].search(lower) else 0  # w in -owski, -ewska: a Polish name
        if count > best_count:
            best, best_count = convention, count
    slavic = slavic or best == "pl"  # Polish signs only count with a Russian or Ukrainian ending
    slavic = slavic or (best == "de" and best_count >= 2 and _GERMAN_OW.search(lower) is not None)  # Balaschow
    if best is None or not (slavic or best_count >= MANY_SIGNS):
        return None
    cyrillic, lang = to_cyrillic(lower, best)
    english = _capitalised_like(standard(cyrillic, lang), word)
    if normal(english) == lower:
        return None
    return Suspicion(best, cyrillic, lang, english)


def written_so_in_english(word: str) -> bool:
    """The world tables give the word, marks and all, as English's spelling of a person or place (Zourabichvili,
    Japarov keep the spelling they chose; Kobakhidzé is not Kobakhidze): no suspect, whatever its letters. Asked
    by the text's reading, not by `suspect`, which the names gazetteer's build calls before those tables exist."""
    from audit.names.exonyms import folded_name

    lower = unicodedata.normalize("NFC", word).lower()
    return (folded_name(fold(lower), "en") or "").casefold() == lower


def _ex_soviet(lower: str) -> bool:
    """A Georgian or Armenian name's ending on a word English does not write (audit.names.respelling's list)."""
    from audit.names.respelling import WRITTEN_ACCENTED, written

    ending = _EX_SOVIET_ENDING.search(lower)
    return ending is not None and ending.start() >= _EX_SOVIET_STEM and written(lower, "en") < WRITTEN_ACCENTED


def _capitalised_like(english: str, word: str) -> str:
    """Capitalise each hyphenated part of `english` whose counterpart in `word` is capitalised (Khanty-Mansiysk)."""
    parts, originals = english.split("-"), word.split("-")
    if len(parts) != len(originals):
        return english[:1].upper() + english[1:]
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, originals, strict=True))


def to_cyrillic(lower: str, convention: str) -> tuple[str, str]:
    """Read a lower-case romanized word back into Cyrillic with `convention`'s letters; also the language guessed."""
    folded = fold(lower)
    lang = "uk" if _UKRAINIAN_H.search(folded) or _UKRAINIAN_ENDING.search(folded) else "ru"
    table = {**_COMMON, **_READINGS[convention]}
    if lang == "uk":
        table["h"] = "г"
    longest = max(map(len, table))
    out, index = [], 0
    if convention == "fr" and lower.endswith("ine"):
        lower = lower[:-1]
    while index < len(lower):
        for size in range(min(longest, len(lower) - index), 0, -1):
            piece = lower[index : index + size]
            if piece in table:
                out.append(table[piece])
                index += size
                break
        else:
            out.append(_COMMON.get(fold(lower[index]), ""))
            index += 1
    cyrillic = "".join(out)
    return (cyrillic.translate(_TO_UKRAINIAN), lang) if lang == "uk" else (cyrillic, lang)
