"""The text checks (untranslated-word, punctuation, typography) on real news: WMT14 fr→en, the professional
reference beside eight MT systems of the same 176 articles, side by side, and how fast each check runs.

    python benchmarks/bench_text_checks.py

Prints, per check and per file, the findings per 1,000 sentences (and their count), then the sentences per second
of each check (documents segmented beforehand, as a run segments them once for all checks). Reads
../shared/data/wmt14-fren/; says so and stops when it is not there.
"""

from __future__ import annotations

import sys
import time
from itertools import pairwise
from pathlib import Path

from audit.checks import get
from audit.context import RunContext
from audit.document import Document

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "data" / "wmt14-fren"
CHECKS = ("untranslated-word", "punctuation", "typography")
ALONGSIDE = ("wrong-language", "exonym")  # what untranslated-word leaves passages and known exonyms to
FILES = {
    "reference": "newstest2014-fren-ref.en",
    "Stanford": "system-outputs/newstest2014.Stanford-University.3496.fr-en",
    "KIT": "system-outputs/newstest2014.kit.3112.fr-en",
    "online-A": "system-outputs/newstest2014.onlineA.0.fr-en",
    "online-B": "system-outputs/newstest2014.onlineB.0.fr-en",
    "online-C": "system-outputs/newstest2014.onlineC.0.fr-en",
    "RBMT-1": "system-outputs/newstest2014.rbmt1.0.fr-en",
    "RBMT-4": "system-outputs/newstest2014.rbmt4.0.fr-en",
    "UEdin": "system-outputs/newstest2014.uedin-wmt14.3024.fr-en",
}


def articles(path: Path) -> list[Document]:
    """The file's lines as the reference's 176 articles (document bounds of its SGML), segmented."""
    sgm = (WMT / "sgm" / "newstest2014-fren-ref.en.sgm").read_text("utf-8")
    sizes = [chunk.count("<seg ") for chunk in sgm.split("<doc ")[1:]]
    lines = path.read_text("utf-8").splitlines()
    cuts = [sum(sizes[:i]) for i in range(len(sizes) + 1)]
    documents = [Document(f"{path.name}#{i}", "\n".join(lines[a:b])) for i, (a, b) in enumerate(pairwise(cuts))]
    for doc in documents:
        _ = doc.paragraphs
    return documents


def main() -> None:
    if not WMT.is_dir():
        sys.exit(f"the WMT14 data is not beside the project ({WMT})")
    ctx = RunContext(target_lang="en", backtranslate=False, checks=frozenset({*CHECKS, *ALONGSIDE}))
    counts: dict[str, dict[str, int]] = {}
    seconds = dict.fromkeys(CHECKS, 0.0)
    total_sentences = 0
    for label, name in FILES.items():
        documents = articles(WMT / name)
        ctx.documents = documents
        sentences = sum(len(doc.sentences) for doc in documents)
        total_sentences += sentences
        counts[label] = {"sentences": sentences}
        for check_id in CHECKS:
            check = get(check_id)
            start = time.perf_counter()
            counts[label][check_id] = sum(1 for doc in documents for _ in check.run(doc, ctx))
            seconds[check_id] += time.perf_counter() - start
    print(f"{'findings per 1,000 sentences':<30}" + "".join(f"{c:>20}" for c in (*CHECKS, "all three")))
    for label, row in counts.items():
        found = [row[c] for c in CHECKS]
        cells = [f"{1000 * n / row['sentences']:.1f} ({n})" for n in (*found, sum(found))]
        print(f"{label:<30}" + "".join(f"{cell:>20}" for cell in cells))
    print("\nsentences per second (all files; the first file pays for loading the word lists):")
    for check_id in CHECKS:
        print(f"  {check_id:<20} {total_sentences / seconds[check_id]:>10,.0f}")


if __name__ == "__main__":
    main()
