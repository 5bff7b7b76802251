"""Titles of offices left in another language ("der Prime Minister", "le Foreign Secretary", "Bundeskanzler Scholz"
and "Presidente Milei" in English): machine translation keeps a capitalised title with the name it stands before,
where it would translate the same words in lower case. Each language's titles are its data (`offices` in
audit/data/languages/<code>.toml, one office a key); a title is foreign where another language writes it and the
target does not, and the target's first title of the same office is the suggestion."""

from __future__ import annotations

import re
from functools import cache

from audit import lexicon
from audit.words.honorifics import Title

LEAN = 1.0  # a title of one word counts only where its language writes it this much more often (Zipf) than the
# target: Spanish "mayor" is "larger", French "premier" "first", German "Premier" its own
_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w'’-])"
_NAME_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]")
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \u00a0]+$")


@cache
def _foreign(target: str) -> dict[str, tuple[tuple[str, ...], str]]:
    """Each title (folded) other languages write and the target does not, with those languages and the office; a
    title of one word only where it leans to its language (LEAN)."""
    from audit.words import frequencies

    own = {form.casefold() for forms in lexicon.of(target).offices.values() for form in forms}
    found: dict[str, tuple[list[str], str]] = {}
    for code in lexicon.available():
        if code == target:
            continue
        for office, forms in lexicon.of(code).offices.items():
            for form in map(str.casefold, forms):
                if form in own or (
                    " " not in form and frequencies.zipf(form, code) - LEAN < frequencies.zipf(form, target)
                ):
                    continue
                entry = found.setdefault(form, ([], office))
                if entry[1] == office:
                    entry[0].append(code)
    return {form: (tuple(dict.fromkeys(codes)), office) for form, (codes, office) in found.items()}


@cache
def _patterns(target: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The titles of several words, in any case; the titles of one word, capitalised as before a name."""
    forms = sorted(_foreign(target), key=len, reverse=True)
    phrases = [re.escape(form) for form in forms if " " in form]
    words = [re.escape(form[0].upper() + form[1:]) for form in forms if " " not in form]
    return (
        re.compile(f"{_EDGE_BEFORE}(?:{'|'.join(phrases)}){_EDGE_AFTER}", re.IGNORECASE) if phrases else None,
        re.compile(f"{_EDGE_BEFORE}(?:{'|'.join(words)}){_EDGE_AFTER}") if words else None,
    )


def in_text(text: str, target: str) -> list[Title]:
    """The titles of other languages' offices in the text, where the target has titles of its own to suggest: a
    phrase of several words anywhere but after a function word of its language ("Office of the Prime Minister" is
    a name); a word only capitalised before a capitalised word and after none but a function word of the target
    ("Bundeskanzler Scholz", not "Stephen King")."""
    own = lexicon.of(target)
    if not own.offices:
        return []
    phrases, words = _patterns(target)
    found = []
    for pattern, alone in ((phrases, False), (words, True)):
        for match in pattern.finditer(text) if pattern else ():
            languages, office = _foreign(target)[match.group().casefold()]
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            word_before = before.group(1) if before else ""
            if alone:
                if not _NAME_AFTER.match(text, match.end()) or not text[match.end() :].lstrip()[:1].isupper():
                    continue
                if word_before[:1].isupper() and word_before.casefold() not in own.function_words:
                    continue
            elif any(word_before.casefold() in lexicon.of(code).function_words for code in languages):
                continue
            found.append(Title(match.start(), match.end(), match.group(), languages, own.offices[office][0], "a title"))
    return sorted(found)
