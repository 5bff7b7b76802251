"""What in a segment is code, not prose: URLs, e-mail addresses, placeholders, inline tags, character entities
and identifiers.

They must come through translation unchanged (markup-mismatch compares them), and the figures inside them are
no quantities (number-mismatch leaves them out). The placeholder syntaxes are those the peer QA tools check
(pofilter's printf, Python brace, Mozilla and shell variables; Okapi's patterns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

URL, EMAIL, PLACEHOLDER, TAG, ENTITY = "URL", "e-mail address", "placeholder", "tag", "entity"

_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"«»“”。，；：！？、（）]+", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
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
_ENTITY = re.compile(r"&(?:[A-Za-z][\w.]*|#\d+|#x[\da-fA-F]+);")  # &amp; &#169; &brandShortName;
_PLACEHOLDER = re.compile(f"{_PRINTF}|{_VARIABLE}")
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\s*/?\s*>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|\S+)")
_TRANSLATABLE = frozenset({"alt", "title", "lang", "xml:lang", "xml-lang", "dir"})  # attributes a translator changes
# letters against digits (G20, A380, MH17, 5G) or a capitalised word, a hyphen and digits (COVID-19, F-16, Су-25)
_LETTER = r"(?:(?![\u3000-\u9fff])[^\W\d_])"  # Chinese writes figures against its characters: no identifier
_IDENTIFIER = re.compile(
    rf"(?<!\w)(?:{_LETTER}+\d(?:{_LETTER}|\d)*|\d+[A-Z][A-Za-z\d]*|[A-ZА-ЯЁ]{_LETTER}*-\d+(?:{_LETTER}|\d)*)(?!\w)"
)
_CURRENCY_CODES = frozenset({"US", "CA", "AU", "HK", "NZ", "SG"})  # "10 $US" is an amount


@dataclass(frozen=True)
class Code:
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
    for kind, pattern in ((TAG, _TAG), (URL, _URL), (EMAIL, _EMAIL), (PLACEHOLDER, _PLACEHOLDER), (ENTITY, _ENTITY)):
        for match in pattern.finditer(text):
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
    return [match.span() for match in _IDENTIFIER.finditer(text)]


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
            for name_, val in _ATTRIBUTE.findall(value[len(name) :])
        )
        closing = "/" if re.search(r"/\s*>$", value) else ""
        return f"{name} {attributes} {closing}"
    if kind == EMAIL:
        return value.lower()
    return value
