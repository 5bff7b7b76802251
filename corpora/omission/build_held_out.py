"""Writes held_out.jsonl, the held-out cases of omission and addition, from held_out_parallel.jsonl.

held_out_parallel.jsonl holds 20 news sentences written for this project after the checks' thresholds were set
and never used to set them, in English, French, German, Spanish, Russian and Chinese, each with one optional
clause in [brackets], most with no name or number. Each case names the check it scores (`check`: omission,
addition, or both for a complete translation). Run from the project's root:
`python corpora/omission/build_held_out.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = [
    ("fr", "en"), ("de", "en"), ("es", "en"), ("ru", "en"), ("zh", "en"), ("es", "fr"), ("de", "fr"),
    ("ru", "fr"), ("zh", "fr"), ("fr", "de"), ("es", "de"), ("ru", "de"), ("zh", "de"),
]  # fmt: skip
_CLAUSE = re.compile(r"\[([^\]]*)\]")


def full(text: str) -> str:
    return _CLAUSE.sub(r"\1", text)


def short(text: str) -> str:
    return _CLAUSE.sub("", text)


def clause(text: str) -> str:
    return _CLAUSE.search(text).group(1).strip(" ,，")


def case(check: str, source: str, text: str, src: str, tgt: str, flags: list[str], kind: str) -> dict:
    expect = [{"flag": flag} for flag in flags]
    return {"check": check, "source": source, "text": text, "lang": tgt, "source_lang": src, "expect": expect,
            "kind": kind}  # fmt: skip


def cases(items: list[dict]) -> list[dict]:
    found = []
    for i, item in enumerate(items):
        src, tgt = PAIRS[(5 * i) % len(PAIRS)]
        found.append(case("omission", full(item[src]), short(item[tgt]), src, tgt, [clause(item[src])], "clause"))
        src, tgt = PAIRS[(5 * i + 2) % len(PAIRS)]
        found.append(case("addition", short(item[src]), full(item[tgt]), src, tgt, [clause(item[tgt])], "clause"))
        src, tgt = PAIRS[(5 * i + 4) % len(PAIRS)]
        found.append(case("both", full(item[src]), full(item[tgt]), src, tgt, [], "clean"))
        src, tgt = PAIRS[(5 * i + 6) % len(PAIRS)]
        found.append(case("both", short(item[src]), short(item[tgt]), src, tgt, [], "clean"))
        if i % 4 == 0:
            three = [items[(i + d) % len(items)] for d in range(3)]
            src, tgt = PAIRS[(5 * i + 1) % len(PAIRS)]
            source = " ".join(full(x[src]) for x in three)
            text = " ".join(full(x[tgt]) for x in (three[0], three[2]))
            found.append(case("omission", source, text, src, tgt, [full(three[1][src])], "sentence"))
            src, tgt = PAIRS[(5 * i + 3) % len(PAIRS)]
            source = " ".join(full(x[src]) for x in (three[0], three[2]))
            text = " ".join(full(x[tgt]) for x in three)
            found.append(case("addition", source, text, src, tgt, [full(three[1][tgt])], "sentence"))
    return found


def main() -> None:
    items = [json.loads(line) for line in (HERE / "held_out_parallel.jsonl").read_text("utf-8").splitlines()]
    lines = [json.dumps(c, ensure_ascii=False) for c in cases(items)]
    (HERE / "held_out.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
