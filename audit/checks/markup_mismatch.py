"""markup-mismatch: inline tags, placeholders, URLs and e-mail addresses of the source that the translation
drops, adds or alters (pofilter's xmltags, printf, variables, urls and emails; Okapi's patterns)."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator

from audit.alignment.examples import BilingualExample
from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity
from audit.numbers.codes import EMAIL, ENTITY, PLACEHOLDER, URL, Code, find

_PRINTF = re.compile(r"%(?:(\d+)\$|\((\w+)\))?(.*)", re.S)
_BRACE = re.compile(r"\{(\d*)\}")
_SEVERITY = {URL: Severity.WARNING, EMAIL: Severity.WARNING}  # else an error: a broken tag or placeholder


class MarkupMismatch(Check):
    id = "markup-mismatch"
    category = "design/markup"
    severity = Severity.ERROR
    summary = (
        "An inline tag, placeholder ({0}, %s, %1$s, {{name}}, $VAR), URL or e-mail address of the source that the"
        " translation drops, adds or alters."
    )
    rationale = (
        "Tags and placeholders are code: a lost </a> breaks the page, a renamed {count} the template, a translated"
        " link or address sends the reader nowhere. They must come through translation as they are; placeholders"
        " may move (%1$s, {0}, {name} in another order), translatable attributes (alt, title, lang) may change."
        " XLIFF inline codes (<ph>, <bpt>, <ept>, <it>, <ut>) are dropped when the file is read and are not seen"
        " here; markup written in the text is. Needs the source: --source, or a bilingual input."
    )
    examples = (
        BilingualExample(
            "en",
            "Read the full report at https://www.example.org/rapport and write to presse@example.fr.",
            found=("https://www.example.org/rapport",),
            source="Lire le rapport complet sur https://www.exemple.org/rapport et écrire à presse@example.fr.",
            source_lang="fr",
        ),
        BilingualExample(
            "de",
            "{count} Menschen wurden in {stadt} evakuiert.",
            found=("{stadt}",),
            source="{count} personas fueron evacuadas en {city}.",
            source_lang="es",
        ),
        BilingualExample(
            "en",
            "%2$s people were evacuated from %1$s, <b>the police</b> said.",
            source="%1$s : %2$s personnes évacuées, a indiqué <b>la police</b>.",
            source_lang="fr",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.sources import source_or_skip

        source = source_or_skip(doc, ctx, self.id)
        if source is None:
            return
        from audit.bilingual import pairs  # the alignment machinery only with a source

        for pair in pairs(doc, source):
            if pair.source is None or pair.target is None:
                continue
            yield from self._compare(doc, pair.target.start, find(pair.source.text), find(pair.target.text), pair)

    def _compare(self, doc: Document, offset: int, source: list[Code], target: list[Code], pair) -> Iterator[Finding]:
        """Findings for the codes one side has more often than the other: a dropped one beside an added one of
        its kind is one code altered; a character entity is the other side's character written plainly (“&amp;”
        is “&”: an evaluation on the LIG post-edits, whose sources escape it)."""
        missing = [c for c in _difference(source, target, added=False) if not _written(c, pair.target.text)]
        added = [c for c in _difference(target, source, added=True) if not _written(c, pair.source.text)]
        for code in added:
            was = next((m for m in missing if m.kind == code.kind), None)
            if was is not None:
                missing.remove(was)
                message = f"the source's {code.kind} “{was.text}” is “{code.text}” in the translation"
            else:
                message = f"the {code.kind} “{code.text}” is not in the source"
            yield self._finding(doc, offset + code.start, offset + code.end, code.kind, message)
        for code in missing:
            start = offset + (target[0].start if target else 0)
            yield self._finding(doc, start, start, code.kind, f"the source's {code.kind} “{code.text}” is missing")

    def _finding(self, doc: Document, start: int, end: int, kind: str, message: str) -> Finding:
        return self.finding(doc, start, end, message, severity=_SEVERITY.get(kind, Severity.ERROR), confidence=0.9)


def _written(code: Code, other: str) -> bool:
    """A character entity whose character the other side writes plainly."""
    if code.kind != ENTITY:
        return False
    character = html.unescape(code.text)
    return character != code.text and character in other


def _difference(one: list[Code], other: list[Code], added: bool) -> list[Code]:
    """The codes of `one` that `other` lacks, counted as often as they occur; placeholders by what they stand
    for (see _keys)."""
    keys, other_keys = _keys(one), _keys(other)
    left = Counter(keys) - Counter(other_keys)
    result = []
    for code, key in zip(one, keys, strict=True):
        if left[key] > 0:
            left[key] -= 1
            if not _excused(key, other_keys, added):
                result.append(code)
    return result


def _keys(codes: list[Code]) -> list[tuple]:
    """What each code must match on the other side: %s and %d by their order, which %1$s and %2$d name, with
    their flags, width and conversion; %(name)s by its name; {} by its order, which {0} names; anything else as
    written (a tag by its name and untranslatable attributes)."""
    keys, printf, brace = [], 0, 0
    for code in codes:
        printf_match = _PRINTF.fullmatch(code.key) if code.kind == PLACEHOLDER else None
        brace_match = _BRACE.fullmatch(code.key) if code.kind == PLACEHOLDER else None
        spec = printf_match.group(3) if printf_match else ""
        if spec and (spec[-1].isalpha() or spec[-1] == "@"):
            position, name = printf_match.group(1), printf_match.group(2)
            if not (position or name):
                printf += 1
            keys.append(("printf", name or int(position or printf), spec))
        elif brace_match:
            keys.append(("brace", int(brace_match.group(1)) if brace_match.group(1) else brace))
            brace += 0 if brace_match.group(1) else 1
        else:
            keys.append((code.kind, code.key))
    return keys


def _excused(key: tuple, other_keys: list[tuple], added: bool) -> bool:
    """A difference that is none: a %.0s stands for the argument of its position, hiding a number (plural forms);
    the translation may write a brace index the source skips below its highest ("{1}" / "{} {}")."""
    if key[0] == "printf":
        hidden = ("printf", key[1], ".0s") in other_keys
        return hidden or (key[2] == ".0s" and any(k[0] == "printf" and k[1] == key[1] for k in other_keys))
    if added and key[0] == "brace" and isinstance(key[1], int):
        return key[1] < max((k[1] for k in other_keys if k[0] == "brace" and isinstance(k[1], int)), default=-1)
    return False


CHECK = MarkupMismatch()
