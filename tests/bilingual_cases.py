"""Scoring a check on labelled bilingual cases (corpora/omission, consistency, name_mismatch): each case's text
audited against its source, a flag found when a finding covers it in the text or quotes it from the source."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding
from audit.runner import run_checks
from tests.labelled import precision_recall

_QUOTED = re.compile("“([^”]*)”")


@dataclass
class Score:
    true_positive: int = 0
    found: int = 0
    expected: int = 0
    by_language: Counter = field(default_factory=Counter)  # (pair, "tp"|"found"|"expected") -> count
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return precision_recall(self.true_positive, self.found, self.expected)[0]

    @property
    def recall(self) -> float:
        return precision_recall(self.true_positive, self.found, self.expected)[1]

    def report(self, name: str) -> str:
        lines = [f"{name}: precision {self.precision:.3f}, recall {self.recall:.3f} ({self.expected} flags)"]
        pairs = sorted({pair for pair, _ in self.by_language})
        for pair in pairs:
            tp, found, expected = (self.by_language[(pair, k)] for k in ("tp", "found", "expected"))
            p, r = precision_recall(tp, found, expected)
            lines.append(f"  {pair}: precision {p:.2f}, recall {r:.2f} ({expected} flags)")
        return "\n".join(lines)


def findings_of(check: Check, cases: list[dict]) -> list[list[Finding]]:
    """Each case audited as a run of its own (a check of the feed would compare the cases with each other)."""
    found = []
    for i, case in enumerate(cases):
        lang, source_lang = case["lang"], case["source_lang"]
        doc = Document(f"case-{i}", case["text"], lang_hint=lang, source=case["source"], source_lang=source_lang)
        [result] = run_checks([doc], RunContext(backtranslate=False), [check])
        found.append([f for f in result.findings if f.check == check.id])
    return found


def covers(finding: Finding, flag: str, case: dict) -> bool:
    """The finding reports the flag: its span overlaps an occurrence of the flag in the text, or it quotes (“…”)
    a part of the source that overlaps the flag there."""
    for match in re.finditer(re.escape(flag), case["text"]):
        if finding.start < match.end() and match.start() < finding.end:
            return True
    quoted = _QUOTED.search(finding.message)
    at = case["source"].find(flag)
    if quoted is None or at < 0:
        return False
    where = case["source"].find(quoted.group(1).rstrip("…"))
    return where >= 0 and where < at + len(flag) and at < where + len(quoted.group(1))


def score(check: Check, cases: list[dict]) -> Score:
    result = Score()
    for case, findings in zip(cases, findings_of(check, cases), strict=True):
        pair = f"{case['source_lang']}→{case['lang']}"
        flags = [e["flag"] for e in case["expect"]]
        hit_flags = [f for f in flags if any(covers(x, f, case) for x in findings)]
        useful = [x for x in findings if any(covers(x, f, case) for f in flags)]
        result.true_positive += len(hit_flags)
        result.expected += len(flags)
        result.found += len(useful) + sum(1 for x in findings if x not in useful)
        result.by_language[(pair, "tp")] += len(hit_flags)
        result.by_language[(pair, "expected")] += len(flags)
        result.by_language[(pair, "found")] += len(findings)
        for flag in flags:
            if flag not in hit_flags:
                result.misses.append(f"{pair} [{case['kind']}] {flag} || {case['text'][:120]}")
        for x in findings:
            if x not in useful:
                result.false_alarms.append(f"{pair} [{case['kind']}] {x.message} || {case['text'][:120]}")
    return result
