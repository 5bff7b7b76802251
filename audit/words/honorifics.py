"""Courtesy titles of another language before a name ("M. Macron", "Mme Borne", "Herr Scholz" in English; "Mr
Biden" in French): machine translation keeps them as it keeps a name. Each language's titles are its data
(`honorifics` in audit/data/languages/<code>.toml); a title is foreign where another language writes it and the
target does not, and the target's own title for the same courtesy is the suggestion."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from audit import lexicon

# Before the title: no letter, figure, mark of a word or full stop (inside "J.M." or "Sig.ra"); after it: spaces,
# then a capitalised word (the surname), told in code.
_BEFORE = r"(?<![\w.'’-])"
_AFTER = r"(?=[ \u00a0]+[^\W\d_])"
_SURNAME = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)(?:[ \u00a0]+([^\W\d_]))?")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \u00a0]+$")
_SHORT = 2  # letters: a title this short with a full stop ("M.", "Sr.") may be an initial or "Senior"


class Title(NamedTuple):
    """A title of other languages in the text (a courtesy here, an office in audit.words.offices)."""

    start: int
    end: int
    text: str
    languages: tuple[str, ...]  # the languages that write it
    suggestion: str  # the target's title for the same courtesy or office; "" where its news writes none (the
    # title is then deleted, with the spaces after it, which `end` takes in)
    what: str = "a courtesy title"  # as a finding names it


@cache
def _foreign(target: str) -> dict[str, tuple[tuple[str, ...], str]]:
    """Each title other languages write and the target does not: the languages that write it and the courtesy."""
    own = {form for forms in lexicon.of(target).honorifics.values() for form in forms}
    found: dict[str, tuple[list[str], str]] = {}
    for code in lexicon.available():
        if code == target:
            continue
        for courtesy, forms in lexicon.of(code).honorifics.items():
            for form in forms:
                if form not in own:
                    found.setdefault(form, ([], courtesy))[0].append(code)
    return {form: (tuple(dict.fromkeys(codes)), courtesy) for form, (codes, courtesy) in found.items()}


@cache
def _pattern(target: str) -> re.Pattern[str] | None:
    forms = sorted(_foreign(target), key=len, reverse=True)  # "Sra." before "Sr."
    if not forms:
        return None
    return re.compile(f"{_BEFORE}(?:{'|'.join(map(re.escape, forms))}){_AFTER}")


def in_text(text: str, target: str) -> list[Title]:
    """The courtesy titles of other languages before a capitalised word of the text, where the target has titles
    of its own or writes none: to suggest, or to delete where its news names people without them ("Mr Maduro" in
    German) and before a full name, which news writes without one in every language ("Señor Marcelo Ebrard" in
    English). A
    short title with a full stop ("M.", "Sr.") only before one capitalised word and after none: not an initial
    ("J. M. Coetzee", "M. Night Shyamalan") nor "Senior" after a name."""
    own = lexicon.of(target).honorifics
    pattern = _pattern(target) if own or lexicon.of(target).names_without_titles else None
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        form = match.group()
        surname = _SURNAME.match(text, match.end())
        if surname is None or not surname.group(1)[0].isupper():
            continue
        if form.endswith(".") and len(form) - 1 <= _SHORT:
            if surname.group(2) is not None and surname.group(2).isupper():
                continue  # a name of several words after it: an initial ("M. Night Shyamalan")
            if _after_a_name(text, match.start()):
                continue
        languages, courtesy = _foreign(target)[form]
        full_name = surname.group(2) is not None and surname.group(2).isupper()  # "Señor Marcelo Ebrard"
        if full_name or lexicon.of(target).names_without_titles:  # "Mr Maduro" in German: "Maduro"
            found.append(Title(match.start(), surname.start(1), form, languages, "", "a courtesy title"))
        else:
            found.append(Title(match.start(), match.end(), form, languages, _suggested(text, own, courtesy)))
    return found


def _after_a_name(text: str, start: int) -> bool:
    """A capitalised word or an initial just before the title ("Jean M. Dupont", "J. M. Coetzee"), not the end of
    a sentence ("in Paris. M. Macron")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    word = before.group(1)
    return not word.endswith(".") or len(word) == 2  # an initial, or a name without a full stop


def _suggested(text: str, own: dict[str, tuple[str, ...]], courtesy: str) -> str:
    """The target's first title for the courtesy; its first with a full stop where the text writes one of its
    titles with one before a name ("Ms." beside "Mr. Biden", as American papers write them)."""
    forms = own[courtesy]
    dotted = [form for form in forms if form.endswith(".")]
    if dotted and not forms[0].endswith("."):
        written = {form for titles in own.values() for form in titles if form.endswith(".")}
        if re.search(f"{_BEFORE}(?:{'|'.join(map(re.escape, written))}){_AFTER}", text):
            return dotted[0]
    return forms[0]
