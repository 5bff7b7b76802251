"""Writes the labelled cases of omission, addition, inconsistent-translation and name-mismatch from parallel.jsonl.

parallel.jsonl holds 40 news sentences written for this project in English, French, German, Spanish, Russian and
Chinese, each with one optional clause in [brackets] (a translation may drop it, or add it) and one name in
{braces} (a translation may change it). Run from the project's root: `python corpora/omission/build_cases.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
PAIRS = [
    ("fr", "en"), ("de", "en"), ("es", "en"), ("ru", "en"), ("zh", "en"), ("es", "fr"), ("de", "fr"),
    ("ru", "fr"), ("zh", "fr"), ("fr", "de"), ("es", "de"), ("ru", "de"), ("zh", "de"),
]  # fmt: skip
_CLAUSE = re.compile(r"\[([^\]]*)\]")
_NAME = re.compile(r"\{([^}]*)\}")
# A second wording of a translation, for a source translated two ways (the first rule that applies).
REWORDINGS = {
    "en": [(" said ", " stated "), (" announced ", " declared "), (" promised ", " pledged "), (" fell ", " dropped "),
           (" will ", " is going to "), (" more than ", " over "), (" about ", " around "), (" the ", " this ")],
    "fr": [(" a déclaré ", " a affirmé "), (" a annoncé ", " a fait savoir "), (" a promis ", " s'est engagé "),
           (" environ ", " quelque "), (" plus de ", " au-delà de "), (" le ", " ce ")],
    "de": [(" sagte", " erklärte"), (" kündigte ", " gab "), (" rund ", " etwa "), (" mehr als ", " über "),
           (" wird ", " soll "), (" die ", " jene ")],
}  # fmt: skip


def full(text: str) -> str:
    """The sentence with its clause and its name as written."""
    return _NAME.sub(r"\1", _CLAUSE.sub(r"\1", text))


def short(text: str) -> str:
    """The sentence without its clause."""
    return _NAME.sub(r"\1", _CLAUSE.sub("", text))


def clause(text: str) -> str:
    """The optional clause, without the comma or space that joins it."""
    return _CLAUSE.search(text).group(1).strip(" ,")


def name(text: str) -> str:
    return _NAME.search(text).group(1)


def case(source: str, text: str, src: str, tgt: str, flags: list[str], kind: str) -> dict:
    return {
        "source": source,
        "text": text,
        "lang": tgt,
        "source_lang": src,
        "expect": [{"flag": flag} for flag in flags],
        "kind": kind,
    }


def pair(index: int, offset: int = 0) -> tuple[str, str]:
    return PAIRS[(index * 3 + offset) % len(PAIRS)]


def omissions(items: list[dict]) -> list[dict]:
    cases = []
    for i, item in enumerate(items):
        for k in range(3):
            src, tgt = pair(i, k)
            cases.append(case(full(item[src]), short(item[tgt]), src, tgt, [clause(item[src])], "clause"))
        src, tgt = pair(i, 3)
        three = [items[(i + d) % len(items)] for d in range(3)]
        source = " ".join(full(x[src]) for x in three)
        text = " ".join(full(x[tgt]) for x in (three[0], three[2]))
        cases.append(case(source, text, src, tgt, [full(three[1][src])], "sentence"))
        if i % 2 == 0:
            src, tgt = pair(i, 4)
            source = "\n\n".join(full(x[src]) for x in three)
            text = "\n\n".join(full(x[tgt]) for x in (three[0], three[2]))
            cases.append(case(source, text, src, tgt, [full(three[1][src])], "unit"))
    return cases + clean(items)


def additions(items: list[dict]) -> list[dict]:
    cases = []
    for i, item in enumerate(items):
        for k in range(3):
            src, tgt = pair(i, k + 1)
            cases.append(case(short(item[src]), full(item[tgt]), src, tgt, [clause(item[tgt])], "clause"))
        src, tgt = pair(i, 5)
        three = [items[(i + d) % len(items)] for d in range(3)]
        source = " ".join(full(x[src]) for x in (three[0], three[2]))
        text = " ".join(full(x[tgt]) for x in three)
        cases.append(case(source, text, src, tgt, [full(three[1][tgt])], "sentence"))
        if i % 2 == 1:
            src, tgt = pair(i, 6)
            source = "\n\n".join(full(x[src]) for x in (three[0], three[2]))
            text = "\n\n".join(full(x[tgt]) for x in three)
            cases.append(case(source, text, src, tgt, [full(three[1][tgt])], "unit"))
    return cases + clean(items)


def clean(items: list[dict]) -> list[dict]:
    """Complete translations: each sentence with and without its clause, and three sentences together."""
    cases = []
    for i, item in enumerate(items):
        src, tgt = pair(i, 7)
        cases.append(case(full(item[src]), full(item[tgt]), src, tgt, [], "clean"))
        src, tgt = pair(i, 8)
        cases.append(case(short(item[src]), short(item[tgt]), src, tgt, [], "clean"))
        if i % 2 == 0:
            src, tgt = pair(i, 9)
            three = [items[(i + d) % len(items)] for d in range(3)]
            cases.append(
                case(
                    " ".join(full(x[src]) for x in three), " ".join(full(x[tgt]) for x in three), src, tgt, [], "clean"
                )
            )
    return cases


def reworded(text: str, lang: str) -> str | None:
    for old, new in REWORDINGS[lang]:
        if old in text:
            return text.replace(old, new, 1)
    return None


def consistency(items: list[dict]) -> list[dict]:
    cases = []
    n = len(items)
    for i, item in enumerate(items):
        for k in range(4):
            src, tgt = pair(i, k)
            other, third = items[(i + 1 + k) % n], items[(i + 7 + k) % n]
            if k % 2 == 0:  # one source, two translations
                second = reworded(full(item[tgt]), tgt) or short(item[tgt])
                sources = [full(item[src]), full(other[src]), full(item[src])]
                targets = [full(item[tgt]), full(other[tgt]), second]
                flags = [second]
            else:  # two sources, one translation
                sources = [full(item[src]), full(third[src]), full(other[src])]
                targets = [full(item[tgt]), full(third[tgt]), full(item[tgt])]
                flags = [full(item[tgt])]
            cases.append(case("\n\n".join(sources), "\n\n".join(targets), src, tgt, flags, "inconsistent"))
    for i, item in enumerate(items):
        src, tgt = pair(i, 5)
        other = items[(i + 3) % n]
        same = full(item[tgt])
        variant = same[0].lower() + same[1:].rstrip(".") if i % 2 else "  " + same.replace(" ", "  ", 1)
        sources = [full(item[src]), full(other[src]), full(item[src])]
        cases.append(case("\n\n".join(sources), "\n\n".join([same, full(other[tgt]), variant]), src, tgt, [], "clean"))
        src, tgt = pair(i, 6)
        short_source, short_targets = (
            {"fr": "Oui.", "de": "Ja.", "es": "Sí.", "ru": "Да.", "zh": "是的。"}[src],
            {
                "en": ("Yes.", "Indeed."),
                "fr": ("Oui.", "En effet."),
                "de": ("Ja.", "Genau."),
            }[tgt],
        )
        sources = [short_source, full(item[src]), short_source, full(other[src])]
        targets = [short_targets[0], full(item[tgt]), short_targets[1], full(other[tgt])]
        cases.append(case("\n\n".join(sources), "\n\n".join(targets), src, tgt, [], "clean"))
        if i % 2 == 0:
            src, tgt = pair(i, 7)
            sources = [full(x[src]) for x in (item, other, items[(i + 5) % n])]
            targets = [full(x[tgt]) for x in (item, other, items[(i + 5) % n])]
            cases.append(case("\n\n".join(sources), "\n\n".join(targets), src, tgt, [], "clean"))
    return cases


def name_mismatches(items: list[dict]) -> list[dict]:
    cases = []
    for i, item in enumerate(items):
        same_kind = [x for x in items[i + 1 :] + items[:i] if x["kind"] == item["kind"]]
        for k in range(4):
            src, tgt = pair(i, k)
            target = full(item[tgt])
            replacement = next(name(x[tgt]) for x in same_kind[k:] + same_kind if name(x[tgt]) not in target)
            changed = target.replace(name(item[tgt]), replacement, 1)
            cases.append(case(full(item[src]), changed, src, tgt, [replacement], "changed"))
        for k in range(3):
            src, tgt = pair(i, k + 4)
            text = full(item[tgt]) if k < 2 else short(item[tgt])
            cases.append(case(full(item[src]) if k < 2 else short(item[src]), text, src, tgt, [], "clean"))
    return cases


def main() -> None:
    items = [json.loads(line) for line in (HERE / "parallel.jsonl").read_text("utf-8").splitlines() if line]
    outputs = {
        HERE / "omission_cases.jsonl": omissions(items),
        HERE / "addition_cases.jsonl": additions(items),
        CORPORA / "consistency" / "cases.jsonl": consistency(items),
        CORPORA / "name_mismatch" / "cases.jsonl": name_mismatches(items),
    }
    for path, cases in outputs.items():
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), "utf-8")
        flagged = sum(1 for c in cases if c["expect"])
        print(f"{path.relative_to(CORPORA)}: {flagged} flagged, {len(cases) - flagged} clean")


if __name__ == "__main__":
    main()
