"""WMT14 fr→en for the checks against the source: the reference and the eight systems, each article one
document with one unit per line on both sides (benchmarks/bench_alignment.py prints the same side by side)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks


def article_sizes(wmt: Path) -> list[int]:
    sizes: list[int] = []
    for line in (wmt / "sgm" / "newstest2014-fren-src.fr.sgm").read_text("utf-8").splitlines():
        if line.startswith("<doc"):
            sizes.append(0)
        elif line.startswith("<seg"):
            sizes[-1] += 1
    return sizes


def translations(wmt: Path) -> dict[str, Path]:
    found = {"reference": wmt / "newstest2014-fren-ref.en"}
    for path in sorted((wmt / "system-outputs").iterdir()):
        found[path.name.split(".")[1]] = path
    return found


def articles(source: list[str], target: list[str], sizes: list[int]) -> list[Document]:
    found, start = [], 0
    for index, size in enumerate(sizes):
        text = "\n\n".join(target[start : start + size]) or " "
        source_text = "\n\n".join(source[start : start + size])
        found.append(Document(f"doc-{index}", text, lang_hint="en", source=source_text, source_lang="fr"))
        start += size
    return found


def findings_per_thousand(shared_data: Path, checks: Sequence[Check]) -> dict[str, float]:
    """Findings of the checks per 1,000 sentences, for the reference and each system."""
    wmt = shared_data / "wmt14-fren"
    source = (wmt / "newstest2014-fren-src.fr").read_text("utf-8").splitlines()
    sizes = article_sizes(wmt)
    rates = {}
    for name, path in translations(wmt).items():
        docs = articles(source, path.read_text("utf-8").splitlines(), sizes)
        results = run_checks(docs, RunContext(backtranslate=False), checks)
        rates[name] = 1000 * sum(len(r.findings) for r in results) / len(source)
    return rates
