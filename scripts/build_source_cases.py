"""Writes the labelled cases of the checks against the source: corpora/numbers/cases.jsonl from
scripts/number_pairs.py, corpora/markup/cases.jsonl from scripts/markup_pairs.py and
corpora/untranslated_segment/cases.jsonl from scripts/untranslated_pairs.py. Each pair's correct translation is a
clean case, each of its perturbations a flagged case (flagged where the faulty translation writes its change, or
on the source's text it drops), and the clean translations of each table clean cases.

    python scripts/build_source_cases.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import markup_pairs  # noqa: E402
import number_pairs  # noqa: E402
import untranslated_pairs  # noqa: E402

CORPORA = {"numbers": number_pairs, "markup": markup_pairs, "untranslated_segment": untranslated_pairs}


def cases(table) -> list[dict]:
    """The cases of one table (PAIRS and CLEAN)."""
    found = []
    for number, (source_lang, lang, source, target, perturbations) in enumerate(table.PAIRS, 1):
        stem = f"{source_lang}-{lang}-{number:03d}"
        found.append(_case(f"{stem}-ok", lang, source_lang, source, target, []))
        for variant, (old, new, *dropped) in enumerate(perturbations, 1):
            if old not in target:
                raise ValueError(f"{stem}: {old!r} is not in the translation")
            text = target.replace(old, new, 1)
            dropped_flag = {"flag": dropped[0] if dropped else old, "side": "source"}  # what the finding names
            flag = dropped_flag if dropped or not new else {"flag": new}
            found.append(_case(f"{stem}-{variant}", lang, source_lang, source, _capitalised(text), [flag]))
    for number, (source_lang, lang, source, target) in enumerate(table.CLEAN, 1):
        found.append(_case(f"{source_lang}-{lang}-clean-{number:03d}", lang, source_lang, source, target, []))
    return found


def _case(case_id: str, lang: str, source_lang: str, source: str, text: str, expect: list[dict]) -> dict:
    return {"id": case_id, "lang": lang, "source_lang": source_lang, "source": source, "text": text, "expect": expect}


def _capitalised(text: str) -> str:
    """A translation whose first word was dropped starts with the next one, capitalised."""
    return text[:1].upper() + text[1:]


def main() -> None:
    for folder, table in CORPORA.items():
        out = ROOT / "corpora" / folder / "cases.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        written = cases(table)
        out.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in written), "utf-8")
        flagged = sum(1 for case in written if case["expect"])
        print(f"{out.relative_to(ROOT)}: {flagged} flagged, {len(written) - flagged} clean")


if __name__ == "__main__":
    main()
