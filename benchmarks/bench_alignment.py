"""Checks against the source on real news: WMT14 fr→en, the professional reference and eight MT systems of 2014
audited against the French source (176 articles, 3,003 sentences, one unit per line), and the LIG post-edition
corpus (10,881 lines: the post-edit, Moses, Google, Bing), findings per 1,000 sentences side by side; then
sentence alignment without a model on the WMT14 articles given as running text (gold: the line each sentence
comes from), with one reference line left out of each article: links found, omissions found, sentences/s.

    python benchmarks/bench_alignment.py            # needs ../shared/data
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.alignment.sentences import align_sentences  # noqa: E402
from audit.checks import REGISTRY  # noqa: E402
from audit.context import RunContext  # noqa: E402
from audit.document import Document  # noqa: E402
from audit.runner import run_checks  # noqa: E402
from audit.segmentation import split_sentences  # noqa: E402
from tests.wmt14 import article_sizes, articles, translations  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
WMT = DATA / "wmt14-fren"
LIG = DATA / "lig-fren-postedit"
CHECKS = ("omission", "addition", "name-mismatch", "inconsistent-translation")
LIG_DOCUMENT = 30  # lines per document of the LIG corpus, which has no document boundaries


def findings(docs: list[Document]) -> Counter:
    checks = [REGISTRY[c] for c in CHECKS if c in REGISTRY]
    counts: Counter = Counter()
    for result in run_checks(docs, RunContext(backtranslate=False), checks):
        counts.update(f.check for f in result.findings if f.check in CHECKS)
    return counts


def lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def side_by_side() -> None:
    source, sizes = lines(WMT / "newstest2014-fren-src.fr"), article_sizes(WMT)
    header = f"{'WMT14 fr→en, per 1,000 sentences':36}" + "".join(f"{c:>26}" for c in CHECKS)
    print(header)
    for name, path in translations(WMT).items():
        started = time.perf_counter()
        counts = findings(articles(source, lines(path), sizes))
        per = [1000 * counts[c] / len(source) for c in CHECKS]
        took = time.perf_counter() - started
        print(f"{name:36}" + "".join(f"{p:26.2f}" for p in per) + f"   ({took:.0f} s)")
    lig_source = lines(LIG / "src-ref-all.fr")
    sizes = [LIG_DOCUMENT] * (len(lig_source) // LIG_DOCUMENT) + [len(lig_source) % LIG_DOCUMENT]
    for name in ("tgt-pe-all.en", "tgt-mt-all.en", "output_Google_Translator.en", "output_Bing_Translator.en"):
        counts = findings(articles(lig_source, lines(LIG / name), [s for s in sizes if s]))
        print(f"{'LIG ' + name:36}" + "".join(f"{1000 * counts[c] / len(lig_source):26.2f}" for c in CHECKS))


def alignment() -> None:
    """Links (source sentence, target sentence) against the gold lines, and the left-out lines found."""
    source, reference = lines(WMT / "newstest2014-fren-src.fr"), lines(WMT / "newstest2014-fren-ref.en")
    sizes = article_sizes(WMT)
    rng = random.Random(0)
    good = bad = gold = hits = trials = sentences = 0
    started = time.perf_counter()
    at = 0
    for size in sizes:
        src, ref = source[at : at + size], reference[at : at + size]
        at += size
        dropped = rng.randrange(1, size - 1) if size > 3 else None
        if dropped is not None:
            ref = ref[:dropped] + ref[dropped + 1 :]
            trials += 1
        s, s_owner = _sentences(src, "fr", None)
        t, t_owner = _sentences(ref, "en", dropped)
        sentences += len(s) + len(t)
        gold += sum(1 for i in s_owner for j in t_owner if i == j)
        for bead in align_sentences(s, t, "fr", "en"):
            if not bead.target and dropped is not None and all(s_owner[i] == dropped for i in bead.source):
                hits += 1
            for i in bead.source:
                for j in bead.target:
                    good, bad = (good + 1, bad) if s_owner[i] == t_owner[j] else (good, bad + 1)
    took = time.perf_counter() - started
    print(
        f"\nalignment without a model, WMT14 articles as running text, one reference line left out of {trials}:"
        f" link precision {good / (good + bad):.3f}, recall {good / gold:.3f};"
        f" left-out lines aligned to nothing {hits}/{trials}; {sentences / took:.0f} sentences/s"
    )


def _sentences(text_lines: list[str], lang: str, dropped: int | None) -> tuple[list[str], list[int]]:
    found, owner = [], []
    for index, line in enumerate(text_lines):
        line_number = index if dropped is None or index < dropped else index + 1
        for start, end in split_sentences(line, 0, len(line), lang):
            found.append(line[start:end])
            owner.append(line_number)
    return found, owner


if __name__ == "__main__":
    if not WMT.is_dir():
        sys.exit(f"the shared data sets are not beside the project ({DATA})")
    side_by_side()
    alignment()
