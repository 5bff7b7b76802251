"""World names in translated news (corpora/names/world/world_cases_*.jsonl, written blind by helpers who had not
seen the code or its data): foreign spellings of names of every origin and source convention, for English,
French, German and Spanish targets, and correct text that must give no finding. Scored by the names checks
together (exonym, transliteration, name-variant), as a user runs them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from audit.checks.exonym import CHECK as exonym
from audit.checks.name_variant import CHECK as name_variant
from audit.checks.transliteration import CHECK as transliteration
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from tests.labelled import load_cases, precision_recall
from tests.paths import CORPORA

WORLD = CORPORA / "names" / "world"
CHECKS = [exonym, transliteration, name_variant]
PRECISION = 0.98
RECALL = 0.9


def _cases() -> list[dict]:
    return [case for path in sorted(WORLD.glob("world_cases_*.jsonl")) for case in load_cases(path)]


def _spans(text: str, flag: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(flag)
    while start >= 0:
        spans.append((start, start + len(flag)))
        start = text.find(flag, start + 1)
    return spans


def _score(case: dict) -> Counter:
    """True and false positives, misses and right suggestions of one case; a finding counts for a flag it
    overlaps (a full name flagged where the case flags one word of it)."""
    ctx = RunContext(target_lang=case["lang"], source_lang=case.get("source_lang"), backtranslate=False)
    [result] = run_checks([Document(case["id"], case["text"])], ctx, CHECKS)
    found = {(f.start, f.end): f.suggestion for f in result.findings}
    count = Counter(found=len(found))
    matched: set[tuple[int, int]] = set()
    for expected in case["expect"]:
        flags = _spans(case["text"], expected["flag"])
        hits = [span for span in found if any(span[0] < end and start < span[1] for start, end in flags)]
        count["expected"] += 1
        if hits:
            matched.update(hits)
            count["tp"] += 1
            accepted = {expected["suggestion"], *expected.get("accepted", ())}
            count["suggested"] += any(found[span] in accepted or _within(found[span], accepted) for span in hits)
    count["fp"] = len(set(found) - matched)
    return count


def _within(suggestion: str | None, accepted: set[str]) -> bool:
    """A suggestion for a longer span that holds an accepted spelling (Kataib Hezbollah for Kataib), or for one
    word of a name that is that word of an accepted spelling (Taro for Taró in "Taró Kóno", Taro Kono)."""
    if suggestion is None:
        return False
    words = set(_words(suggestion))
    return any(name in suggestion.split() or words <= set(_words(name)) for name in accepted)


def _words(name: str) -> list[str]:
    return name.casefold().replace("-", " ").split()


def _report(label: str, counts: dict[str, Counter]) -> Iterable[str]:
    for key, count in sorted(counts.items()):
        precision, recall = precision_recall(count["tp"], count["tp"] + count["fp"], count["expected"])
        yield (
            f"  {label} {key}: precision {precision:.3f} recall {recall:.3f} ({count['tp']}/{count['expected']},"
            f" {count['fp']} wrong, {count['suggested']} right suggestions)"
        )


def test_world_names_precision_and_recall_per_origin_convention_and_target():
    cases = _cases()
    by: dict[str, dict[str, Counter]] = {"origin": {}, "convention": {}, "target": {}}
    total = Counter()
    for case in cases:
        count = _score(case)
        total.update(count)
        for label, key in (("origin", case["origin"]), ("convention", case["convention"]), ("target", case["lang"])):
            by[label].setdefault(key, Counter()).update(count)
    precision, recall = precision_recall(total["tp"], total["tp"] + total["fp"], total["expected"])
    print(f"\nworld names: {len(cases)} cases, precision {precision:.3f} recall {recall:.3f}")
    for label, counts in by.items():
        print("\n".join(_report(label, counts)))
    flagged = sum(1 for case in cases if case["expect"])
    assert flagged >= 1500 and len(cases) - flagged >= 500
    assert precision >= PRECISION and recall >= RECALL
    assert total["suggested"] >= 0.9 * total["tp"]
