"""What in a segment is code, not prose: URLs, e-mail addresses, placeholders, inline tags, character entities
and identifiers.

They must come through translation unchanged (markup-mismatch compares them), and the figures inside them are
no quantities (number-mismatch leaves them out). The placeholder syntaxes are those the peer QA tools check
(pofilter's printf, Python brace, Mozilla and shell variables; Okapi's patterns).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

URL, EMAIL, PLACEHOLDER, TAG, ENTITY = "URL", "e-mail address", "placeholder", "tag", "entity"

_TRAILING = ".,;:!?)]}'’"  # punctuation that ends the sentence, not the address
# printf (C, POSIX positions, Objective-C %@, Python %(name)s), Boost %1%, Qt %1; no space flag: "20 % de" is prose
_PRINTF = (
    r"%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcCsSpn@]"
    r"|%\(\w+\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrs]|%\d+%|%\|[^|\s]+\||%\d+"
)
_VARIABLE = (
    r"\{\{\s*[\w.]+\s*\}\}|\{\d*\}|\{[A-Za-z_][\w.]*\}|\$\{\w+\}|\$\([^)\s]+\)"  # {{name}} {0} {} {name} ${x} $(x)
    r"|\$[A-Za-z_]\w*\$?|%[A-Za-z_]\w*%|@[A-Za-z_]\w*@"  # $VAR $x$ %VAR% @VAR@
)
# letters against digits (G20, A380, MH17, 5G) or a capitalised word, a hyphen and digits (COVID-19, F-16, Су-25)
_LETTER = r"(?:(?![\u3000-\u9fff])[^\W\d_])"  # Chinese writes figures against its characters: no identifier
_IDENTIFIER = "identifier"
_NO_HOUR = r"(?!(?:[01]?\d|2[0-4])H(?:[0-5]\d)?(?!\w))"  # "18H00" is a French time, no identifier
_ATTRIBUTE = "attribute"
# Each kind's regular expression, compiled on first use (_pattern): only the checks against a source need them,
# and compiling them was some 8 ms of every run's start.
_PATTERNS: dict[str, tuple[str, int]] = {
    TAG: (r"</?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\s*/?\s*>", 0),
    URL: (r"\b(?:https?://|ftp://|www\.)[^\s<>\"«»“”。，；：！？、（）]+", re.I),
    EMAIL: (r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b", 0),
    PLACEHOLDER: (f"{_PRINTF}|{_VARIABLE}", 0),
    ENTITY: (r"&(?:[A-Za-z][\w.]*|#\d+|#x[\da-fA-F]+);", 0),  # &amp; &#169; &brandShortName;
    _ATTRIBUTE: (r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|\S+)", 0),
    _IDENTIFIER: (
        rf"(?<!\w)(?:{_LETTER}+\d(?:{_LETTER}|\d)*|{_NO_HOUR}\d+[A-Z][A-Za-z\d]*|[A-ZА-ЯЁ]{_LETTER}*-\d+(?:{_LETTER}|\d)*)(?!\w)",
        0,
    ),
}
_KINDS = (TAG, URL, EMAIL, PLACEHOLDER, ENTITY)  # in the order find looks for them: a tag before the address in it
_TRANSLATABLE = frozenset({"alt", "title", "lang", "xml:lang", "xml-lang", "dir"})  # attributes a translator changes
_CURRENCY_CODES = frozenset({"US", "CA", "AU", "HK", "NZ", "SG"})  # "10 $US" is an amount


class Code(NamedTuple):
    """A code at [start, end) of a text; `key` is what must be the same on both sides."""

    start: int
    end: int
    kind: str
    text: str
    key: str


def find(text: str) -> list[Code]:
    """The codes of the text, in order, none overlapping (a tag with the address of its link, an address with the
    placeholder inside it)."""
    found: list[Code] = []
    taken: list[tuple[int, int]] = []
    for kind in _KINDS:
        for match in _pattern(kind).finditer(text):
            start, end = match.span()
            if kind == URL:
                end = start + len(match.group().rstrip(_TRAILING))
            if any(start < e and s < end for s, e in taken) or not _wanted(kind, text, start, end):
                continue
            taken.append((start, end))
            found.append(Code(start, end, kind, text[start:end], _key(kind, text[start:end])))
    return sorted(found, key=lambda code: code.start)


def identifiers(text: str) -> list[tuple[int, int]]:
    """Spans of identifiers such as G20, A380 or COVID-19: figures inside a name are no quantity."""
    return [match.span() for match in _pattern(_IDENTIFIER).finditer(text)]


def _wanted(kind: str, text: str, start: int, end: int) -> bool:
    """Whether the match is a code: a tag whose name is a capitalised word alone (“<Error>”) is text in angle
    brackets; "$US" after an amount is a currency."""
    value = text[start:end]
    if kind == TAG:
        return not re.fullmatch(r"<[A-Z][a-z]+>", value)
    if kind == PLACEHOLDER and value.startswith("$") and not value.endswith("$"):
        before = text[:start].rstrip()
        return value[1:] not in _CURRENCY_CODES and not (before[-1:].isdigit())
    return True


def _key(kind: str, value: str) -> str:
    """What must match: a tag by its name and untranslatable attributes (whitespace inside it collapsed), an
    address without its letter case in the host, anything else as written."""
    if kind == TAG:
        name = re.match(r"</?[\w:.-]+", value).group()
        attributes = sorted(
            (name_, val if name_.lower() not in _TRANSLATABLE else "")
            for name_, val in _pattern(_ATTRIBUTE).findall(value[len(name) :])
        )
        closing = "/" if re.search(r"/\s*>$", value) else ""
        return f"{name} {attributes} {closing}"
    if kind == EMAIL:
        return value.lower()
    return value


@cache
def _pattern(name: str) -> re.Pattern[str]:
    text, flags = _PATTERNS[name]
    return re.compile(text, flags)
