"""How other languages romanize Ukrainian and Russian: one letter table per convention, with its contexts.

`romanize(cyrillic, lang, convention)` gives the spellings a convention produces for a Cyrillic name (a few
alternatives where practice varies, e.g. French й as "ï" or "i"). These tables generate the variant index; the
reverse direction (foreign spelling back to Cyrillic) is in `audit.names.signals`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

VOWELS = set("аеёиоуыэюяіїє")
SOFT_VOWELS = set("еёиюяіїє")  # vowels that soften the consonant before them
HUSHING = set("жшчщц")
MAX_SPELLINGS = 24

LABELS = {
    "fr": "French romanization",
    "de": "German romanization",
    "es": "Spanish romanization",
    "pl": "Polish romanization",
    "it": "Italian romanization",
    "nl": "Dutch romanization",
    "cs": "Czech romanization",
    "sv": "Swedish romanization",
    "iso9": "ISO 9 / scholarly transliteration",
}
SOURCE_LANGUAGE = {"fr": "fr", "de": "de", "es": "es", "pl": "pl", "it": "it", "nl": "nl", "cs": "cs", "sv": "sv"}

Letter = Callable[[str, str, str, str], tuple[str, ...]]  # (letter, previous, next, lang) -> spellings


def _opens(previous: str) -> bool:
    """Word-initial, or after a vowel, a soft or hard sign or an apostrophe: where е, ю, я are iotated."""
    return previous == "" or previous in VOWELS or previous in "ьъ'’ʼ"


def _between_vowels(previous: str, following: str) -> bool:
    return previous in VOWELS and following in VOWELS


def _french(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    if ch == "г":
        if uk:
            return ("h",)
        return ("gu", "g") if nxt in "еиыёіє" else ("g",)
    if ch == "е":
        if uk:
            return ("e", "é") if nxt == "" else ("e",)
        if _opens(prev):
            return ("ie", "e")
        return ("e", "é") if nxt == "" else ("e",)
    if ch == "и":
        if uk:
            return ("y", "i")
        return ("ï", "i") if prev in VOWELS else ("i",)
    if ch == "й":
        return ("ï", "i", "y") if prev in VOWELS else ("i", "y")
    if ch == "с":
        return ("ss", "s") if _between_vowels(prev, nxt) else ("s",)
    if ch == "ж" and prev == "ж":
        return ("j", "")
    if ch == "н" and nxt == "" and prev == "и" and not uk:
        return ("ne", "n")
    table = {
        "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "ё": "io", "ж": "j", "з": "z", "і": "i", "ї": "ï",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "т": "t", "у": "ou", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "iou", "я": "ia", "є": "ie", "'": "", "’": "", "ʼ": "",
    }  # fmt: skip
    if ch == "ё" and prev in HUSHING:
        return ("o",)
    return (table.get(ch, ch),)


def _german(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    if ch == "г":
        return ("h",) if uk else ("g",)
    if ch == "е":
        if uk:
            return ("e",)
        return ("je",) if _opens(prev) else ("e",)
    if ch == "ё":
        return ("o",) if prev in HUSHING else ("jo",)
    if ch == "и":
        return ("y", "i") if uk else ("i",)
    if ch == "с":
        return ("ss", "s") if _between_vowels(prev, nxt) else ("s",)
    if ch == "й":
        return ("j", "i") if prev in VOWELS else ("j",)
    table = {
        "а": "a", "б": "b", "в": "w", "ґ": "g", "д": "d", "ж": "sch", "з": "s", "і": "i", "ї": "ji", "й": "j",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "т": "t", "у": "u", "ф": "f",
        "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "ju", "я": "ja", "є": "je", "'": "", "’": "", "ʼ": "",
    }  # fmt: skip
    return (table.get(ch, ch),)


def _spanish(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    if ch == "г":
        if uk:
            return ("h", "g")
        return ("gu", "g") if nxt in "еиыё" else ("g",)
    if ch == "е":
        return ("ye", "e") if prev == "" and not uk else ("e",)
    if ch == "н" and nxt == "б":
        return ("m", "n")
    if ch == "и":
        return ("y", "i") if uk else ("i",)
    table = {
        "а": ("a",), "б": ("b",), "в": ("v",), "ґ": ("g",), "д": ("d",), "ё": ("io", "yo"), "ж": ("zh", "y"),
        "з": ("z",), "і": ("i",), "ї": ("i", "yi"), "й": ("i", "y"), "к": ("k",), "л": ("l",), "м": ("m",),
        "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",),
        "х": ("j",), "ц": ("ts",), "ч": ("ch",), "ш": ("sh",), "щ": ("sch", "shch"), "ъ": ("",), "ы": ("y", "i"),
        "ь": ("",), "э": ("e",), "ю": ("iu", "yu"), "я": ("ia", "ya"), "є": ("ie", "ye"), "'": ("",), "’": ("",),
        "ʼ": ("",),
    }  # fmt: skip
    return table.get(ch, (ch,))


_POLISH_SOFT = {"н": ("ń", "n"), "с": ("ś", "s"), "з": ("ź", "z"), "ц": ("ć", "c"), "т": ("ć", "t"), "д": ("dź", "d")}


def _polish(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    soft_next = nxt in (SOFT_VOWELS - {"е", "и"} if uk else SOFT_VOWELS) or nxt == "ь"  # Ukrainian е, и are hard
    if ch == "л":
        return ("l",) if soft_next else ("ł",)
    if nxt == "ь" and ch in _POLISH_SOFT:
        return _POLISH_SOFT[ch]
    if ch == "н" and nxt == "с":
        return ("n", "ń")  # Berdiańsk, Kupiańsk
    if ch == "г":
        return ("h",) if uk else ("g",)
    iotated = {"е": "e", "ё": "o", "ю": "u", "я": "a", "є": "e"}
    if ch in iotated:
        vowel = iotated[ch]
        if ch == "е" and uk:
            return ("e",)
        if prev in "'’ʼ":
            return ("j" + vowel, "i" + vowel)
        if _opens(prev):
            return ("j" + vowel,)
        if prev == "л" or prev in HUSHING:
            return (vowel,)
        return ("i" + vowel,)
    if ch == "и":
        if uk:
            return ("y",)
        return ("y",) if prev in "жшц" else ("i",)
    if ch == "і":
        return ("i",)
    table = {
        "а": "a", "б": "b", "в": "w", "ґ": "g", "д": "d", "ж": "ż", "з": "z", "ї": "ji", "й": "j", "к": "k",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch",
        "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ь": "", "ы": "y", "э": "e", "'": "", "’": "", "ʼ": "",
    }  # fmt: skip
    return (table.get(ch, ch),)


def _italian(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    front = nxt in "еиіёєюя"
    if ch == "г":
        if uk:
            return ("h",)
        return ("gh",) if nxt in "еиы" else ("g",)
    if ch == "ч":
        return ("c", "č") if front else ("ci", "č")
    if ch == "ш":
        return ("sc", "š") if front else ("sci", "š")
    if ch == "и":
        return ("y", "i") if uk else ("i",)
    table = {
        "а": ("a",), "б": ("b",), "в": ("v",), "ґ": ("g",), "д": ("d",), "е": ("e",), "ё": ("io", "jo"),
        "ж": ("ž", "zh", "j"), "з": ("z", "s"), "і": ("i",), "ї": ("ji", "i"), "й": ("j", "i"), "к": ("k",),
        "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",),
        "у": ("u",), "ф": ("f",), "х": ("ch", "kh", "h"), "ц": ("z", "c"), "щ": ("šč", "sc"), "ъ": ("",),
        "ы": ("y",), "ь": ("",), "э": ("e",), "ю": ("ju", "iu"), "я": ("ja", "ia"), "є": ("je",), "'": ("",),
        "’": ("",), "ʼ": ("",),
    }  # fmt: skip
    return table.get(ch, (ch,))


def _dutch_or_swedish(ch: str, prev: str, lang: str) -> tuple[str, ...] | None:
    """The letters Dutch and Swedish both write by context (г, е, ё, и); None for the others (each one's table)."""
    uk = lang == "uk"
    if ch == "г":
        return ("h",) if uk else ("g",)
    if ch == "е":
        return ("e",) if uk or not _opens(prev) else ("je", "e")
    if ch == "ё":
        return ("o",) if prev in HUSHING else ("jo",)
    if ch == "и":
        return ("y", "i") if uk else ("i",)
    return None


_DUTCH = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "ж": "zj", "з": "z", "і": "i", "ї": "ji", "й": "j", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "oe", "ф": "f", "х": "ch",
    "ц": "ts", "ч": "tsj", "ш": "sj", "щ": "sjtsj", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "joe", "я": "ja",
    "є": "je", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_SWEDISH = {
    **_DUTCH, "у": "u", "ч": "tj", "ш": "sj", "щ": "sjtj", "ю": "ju",
}  # fmt: skip


def _dutch(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    return _dutch_or_swedish(ch, prev, lang) or (_DUTCH.get(ch, ch),)


_CZECH_SOFT = {"т": "ť", "д": "ď", "н": "ň"}


def _czech(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    if nxt == "ь" and ch in _CZECH_SOFT:
        return (_CZECH_SOFT[ch], ch)
    if ch == "г":
        return ("h",) if uk else ("g",)
    if ch == "е":
        if uk:
            return ("e",)
        return ("je",) if _opens(prev) else ("e", "ě") if prev in "бвмпф" else ("e",)
    if ch == "ё":
        return ("o",) if prev in HUSHING else ("jo",)
    if ch == "и":
        return ("y",) if uk else ("i",)
    table = {
        "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "ж": "ž", "з": "z", "і": "i", "ї": "ji", "й": "j",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "ju", "я": "ja", "є": "je", "'": "", "’": "", "ʼ": "",
    }  # fmt: skip
    return (table.get(ch, ch),)


def _swedish(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    if ch == "х":
        return ("ch", "k", "h")
    return _dutch_or_swedish(ch, prev, lang) or (_SWEDISH.get(ch, ch),)


def _scholarly(ch: str, prev: str, nxt: str, lang: str) -> tuple[str, ...]:
    uk = lang == "uk"
    if ch == "г":
        return ("h",) if uk else ("g",)
    if ch == "и":
        return ("y",) if uk else ("i",)
    if ch == "х":
        return ("ch", "x")
    table = {
        "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "ё": "ë", "ж": "ž", "з": "z", "і": "i",
        "ї": "ï", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ф": "f", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "",
        "э": "è", "ю": "ju", "я": "ja", "є": "je", "'": "", "’": "", "ʼ": "",
    }  # fmt: skip
    return (table.get(ch, ch),)


# Adjectival and name endings each convention writes its own way (matched on the lower-case Cyrillic word).
_ENDINGS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "fr": {
        "ru": {"ский": ("ski", "sky"), "ий": ("i", "ï"), "ый": ("y", "i")},
        "uk": {"ський": ("sky", "ski"), "ий": ("yï", "y", "i")},
    },
    "de": {"ru": {"ский": ("ski",), "ий": ("i", "ij"), "ый": ("y", "yj")}, "uk": {"ський": ("skyj", "ski")}},
    "es": {
        "ru": {"ский": ("ski",), "ий": ("i",), "ый": ("i", "y"), "град": ("grado", "grad"), "бург": ("burgo", "burg")},
        "uk": {"ський": ("ski", "skyi"), "град": ("grado", "grad")},
    },
    "pl": {"ru": {"ский": ("ski",), "ий": ("ij",), "ый": ("y",)}, "uk": {"ський": ("ski", "śkyj"), "ий": ("yj", "y")}},
    "it": {"ru": {"ский": ("skij", "ski"), "ий": ("ij", "i")}, "uk": {"ський": ("skyj", "ski")}},
    "nl": {"ru": {"ский": ("ski",), "ий": ("i", "ij"), "ый": ("y", "i")}, "uk": {"ський": ("skyj", "ski")}},
    "cs": {"ru": {"ский": ("skij",), "ий": ("ij",), "ый": ("yj",)}, "uk": {"ський": ("skyj",)}},
    "sv": {"ru": {"ский": ("skij", "ski"), "ий": ("ij", "i"), "ый": ("yj", "y")}, "uk": {"ський": ("skyj", "ski")}},
    "iso9": {"ru": {}, "uk": {}},
}
_LETTERS: dict[str, Letter] = {
    "fr": _french,
    "de": _german,
    "es": _spanish,
    "pl": _polish,
    "it": _italian,
    "nl": _dutch,
    "cs": _czech,
    "sv": _swedish,
    "iso9": _scholarly,
}
CONVENTIONS = tuple(_LETTERS)


def romanize(cyrillic: str, lang: str, convention: str) -> list[str]:
    """The spellings `convention` gives the Cyrillic name (words and hyphenated parts romanized one by one)."""
    words = [_romanize_word(word, lang, convention) for word in _split(cyrillic)]
    spellings = []
    for combination in itertools.islice(itertools.product(*words), MAX_SPELLINGS):
        spellings.append("".join(combination))
    return spellings


def _split(text: str) -> list[str]:
    """Words and the separators between them, separators kept as one-spelling parts."""
    parts, current = [], ""
    for ch in text:
        if ch in " -":
            if current:
                parts.append(current)
            parts.append(ch)
            current = ""
        else:
            current += ch
    if current:
        parts.append(current)
    return parts


def _romanize_word(word: str, lang: str, convention: str) -> list[str]:
    if word in (" ", "-"):
        return [word]
    full = lower = word.lower()
    ending: tuple[str, ...] = ("",)
    for suffix, spellings in _ENDINGS[convention][lang].items():
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            lower, ending = lower[: -len(suffix)], spellings
            break
    letter = _LETTERS[convention]
    options: list[tuple[str, ...]] = []
    for index, ch in enumerate(lower):
        prev = lower[index - 1] if index else ""
        nxt = full[index + 1] if index + 1 < len(full) else ""  # the letter after, even inside the ending
        options.append(letter(ch, prev, nxt, lang))
    options.append(ending)
    spellings = ["".join(combination) for combination in itertools.islice(itertools.product(*options), MAX_SPELLINGS)]
    return [_capitalise(spelling) if word[:1].isupper() else spelling for spelling in spellings]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
