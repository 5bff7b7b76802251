"""Throughput of the duplication checks against a plain regex pass over the same generated articles.

    python benchmarks/bench_duplication.py [--articles 5000]

Prints articles per second for the four duplication checks (documents segmented beforehand, as the run does
once for all checks), for a classic doubled-word regex over the same text (the baseline, measured in the same
run), their ratio, and the time per character at 1x, 2x and 4x article length to show the checks are linear.
"""

from __future__ import annotations

import argparse
import random
import re
import time

from audit.checks.double_attribution import CHECK as double_attribution
from audit.checks.duplicate_phrase import CHECK as duplicate_phrase
from audit.checks.duplicate_sentence import CHECK as duplicate_sentence
from audit.checks.repeated_word import CHECK as repeated_word
from audit.context import RunContext
from audit.document import Document, Language

CHECKS = (repeated_word, duplicate_phrase, double_attribution, duplicate_sentence)
SUBJECTS = ["Russian troops", "The Ukrainian army", "Officials in Kyiv", "The Kremlin", "European leaders", "Analysts"]
VERBS = ["captured", "attacked", "discussed", "rejected", "announced", "welcomed", "criticised", "reinforced"]
OBJECTS = ["two villages near Pokrovsk", "the energy grid", "a new package of sanctions", "the peace proposal",
           "air defence deliveries", "the front line in the east", "talks in Geneva", "the grain corridor"]  # fmt: skip
TAILS = ["on Sunday", "according to local authorities", "in recent weeks", "despite heavy losses", "overnight"]
QUOTES = ["“We will respond,” he said.", "“The situation is difficult,” she told reporters.",
          "“Nothing has been decided,” the spokesman said. he declared during a briefing."]  # fmt: skip
BASELINE = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def article(rng: random.Random, paragraphs: int) -> str:
    lines = []
    for _ in range(paragraphs):
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
            for _ in range(rng.randint(2, 4))
        ]
        if rng.random() < 0.3:
            sentences.append(rng.choice(QUOTES))
        if rng.random() < 0.1:
            sentences.append(sentences[0])
        if rng.random() < 0.1:
            sentences[0] = sentences[0].replace(" the ", " the the ", 1)
        lines.append(" ".join(sentences))
    return "\n".join(lines)


def documents(texts: list[str]) -> list[Document]:
    docs = [Document(str(i), text, language=Language("en", "en", 1.0)) for i, text in enumerate(texts)]
    for doc in docs:
        _ = doc.paragraphs  # segment once, as a run does for all its checks
    return docs


def time_checks(docs: list[Document]) -> tuple[float, int]:
    ctx = RunContext(target_lang="en")
    start = time.perf_counter()
    findings = sum(1 for doc in docs for check in CHECKS for _ in check.run(doc, ctx))
    return time.perf_counter() - start, findings


def time_baseline(texts: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    matches = sum(len(BASELINE.findall(text)) for text in texts)
    return time.perf_counter() - start, matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [article(rng, rng.randint(4, 10)) for _ in range(args.articles)]
    characters = sum(map(len, texts))
    start = time.perf_counter()
    docs = documents(texts)
    segmenting = time.perf_counter() - start
    checks_time, findings = time_checks(docs)
    baseline_time, matches = time_baseline(texts)
    print(f"{args.articles} articles, {characters:,} characters")
    print(f"segmentation (once per run, shared by all checks): {args.articles / segmenting:,.0f} articles/s")
    print(f"duplication checks: {args.articles / checks_time:,.0f} articles/s ({findings} findings)")
    print(f"regex baseline:     {args.articles / baseline_time:,.0f} articles/s ({matches} doubled words)")
    print(f"ratio checks/baseline time: {checks_time / baseline_time:.1f}x")
    print("linearity (microseconds per character, articles of growing length):")
    for scale in (1, 2, 4):
        long_texts = [article(random.Random(i), 4 * scale) for i in range(300)]
        elapsed, _ = time_checks(documents(long_texts))
        print(f"  {scale}x: {1e6 * elapsed / sum(map(len, long_texts)):.2f} µs/char")


if __name__ == "__main__":
    main()
