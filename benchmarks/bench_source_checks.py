"""The checks against the source on real news: WMT14 fr→en, the professional reference and eight MT systems of
2014, each audited against the French source, sentence by sentence (one unit per line).

    python benchmarks/bench_source_checks.py [--data ../shared/data/wmt14-fren] [--show NAME]

Prints, side by side, the findings of number-mismatch, markup-mismatch and untranslated-segment per translation
and per 1,000 sentences, and the time taken; --show NAME lists one translation's findings.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from audit.checks.markup_mismatch import CHECK as markup_mismatch
from audit.checks.number_mismatch import CHECK as number_mismatch
from audit.checks.untranslated_segment import CHECK as untranslated_segment
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding

CHECKS = (number_mismatch, markup_mismatch, untranslated_segment)
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wmt14-fren"
SOURCE, REFERENCE = "newstest2014-fren-src.fr", "newstest2014-fren-ref.en"


def translations(folder: Path) -> dict[str, list[str]]:
    """The reference and each system's output, by name, line-aligned with the source."""
    found = {"reference": (folder / REFERENCE).read_text("utf-8").splitlines()}
    for path in sorted((folder / "system-outputs").iterdir()):
        found[path.name.split(".")[1]] = path.read_text("utf-8").splitlines()
    return found


def audit(source: list[str], target: list[str]) -> list[tuple[int, Finding]]:
    """Each line audited against its source line by the three checks."""
    ctx = RunContext(target_lang="en", source_lang="fr", backtranslate=False)
    found = []
    for number, (french, english) in enumerate(zip(source, target, strict=True), 1):
        doc = Document(f"line-{number}", english, source=french, source_lang="fr", lang_hint="en")
        found += [(number, finding) for check in CHECKS for finding in check.run(doc, ctx)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", help="list the findings of this translation (reference, onlineB, ...)")
    args = parser.parse_args()
    source = (args.data / SOURCE).read_text("utf-8").splitlines()
    print(f"{'translation':<12}" + "".join(f"{c.id:>22}" for c in CHECKS) + f"{'all':>8}{'per 1,000':>11}{'s':>7}")
    for name, target in translations(args.data).items():
        started = time.perf_counter()
        found = audit(source, target)
        seconds = time.perf_counter() - started
        counts = Counter(finding.check for _, finding in found)
        per_thousand = 1000 * len(found) / len(source)
        print(
            f"{name:<12}"
            + "".join(f"{counts[c.id]:>22}" for c in CHECKS)
            + f"{len(found):>8}{per_thousand:>11.2f}{seconds:>7.1f}"
        )
        if name == args.show:
            for number, finding in found:
                print(f"  line {number}: {finding.check}: {finding.message}")


if __name__ == "__main__":
    main()
