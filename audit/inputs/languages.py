"""Language tags found in input files (en-US, fr_FR, zh-Hant) as the codes the audit knows, or None."""

from __future__ import annotations

from audit import lexicon
from audit.language import NAMES

_CHINESE_SCRIPTS = {"hant": "zh-tw", "tw": "zh-tw", "hk": "zh-tw", "mo": "zh-tw"}
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "fil": "tl"}


def code_from_tag(tag: str | None) -> str | None:
    """The audit's code for a BCP 47 / xml:lang tag: the whole tag when known, else its primary language."""
    if not tag:
        return None
    normal = tag.strip().lower().replace("_", "-")
    if normal in NAMES or _described(normal):
        return normal
    primary, _, rest = normal.partition("-")
    if primary == "zh":
        return _CHINESE_SCRIPTS.get(rest.partition("-")[0], "zh-cn")
    primary = _ALIASES.get(primary, primary)
    return primary if primary in NAMES or _described(primary) else None


def _described(code: str) -> bool:
    """Whether a data file describes the language, whether langdetect knows it or not; asked only of a code
    langdetect does not know, since it lists the data folders (a document of a feed each, else)."""
    return code in lexicon.available()


def unknown(attribute: str, tag: str | None) -> str | None:
    """What is wrong with a language attribute whose tag is given but names no language the audit knows, else None."""
    if tag is None or code_from_tag(tag):
        return None
    return f"{attribute} {tag!r} is not a language the audit knows (such as en, fr, uk)"
