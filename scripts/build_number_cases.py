"""Writes corpora/numbers/cases.jsonl from scripts/number_pairs.py: each pair's correct translation (a clean
case), each of its perturbations (a flagged case: the figure the faulty translation writes, or the source's figure
it drops) and the clean translations that write figures another way.

    python scripts/build_number_cases.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from number_pairs import CLEAN, PAIRS  # noqa: E402

OUT = ROOT / "corpora" / "numbers" / "cases.jsonl"


def cases() -> list[dict]:
    found = []
    for number, (source_lang, lang, source, target, perturbations) in enumerate(PAIRS, 1):
        stem = f"{source_lang}-{lang}-{number:03d}"
        found.append(_case(f"{stem}-ok", lang, source_lang, source, target, []))
        for variant, (old, new, *dropped) in enumerate(perturbations, 1):
            if old not in target:
                raise ValueError(f"{stem}: {old!r} is not in the translation")
            text = target.replace(old, new, 1)
            flag = {"flag": dropped[0], "side": "source"} if dropped else {"flag": new}
            found.append(_case(f"{stem}-{variant}", lang, source_lang, source, text[:1].upper() + text[1:], [flag]))
    for number, (source_lang, lang, source, target) in enumerate(CLEAN, 1):
        found.append(_case(f"{source_lang}-{lang}-clean-{number:03d}", lang, source_lang, source, target, []))
    return found


def _case(case_id: str, lang: str, source_lang: str, source: str, text: str, expect: list[dict]) -> dict:
    return {"id": case_id, "lang": lang, "source_lang": source_lang, "source": source, "text": text, "expect": expect}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases()), "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(cases())} cases")


if __name__ == "__main__":
    main()
