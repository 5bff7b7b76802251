"""Throughput of the names checks over a large generated feed, against a plain capitalised-word regex scan.

    python benchmarks/bench_names.py [--documents 2000] [--seed 7]

The feed mixes standard English spellings from the gazetteer, foreign spellings of the same names (French,
German, Polish...), made-up Slavic-looking names the gazetteer does not hold, and ordinary English capitalised
words. Prints the time to load the gazetteer, names checked per second by `transliteration`, `exonym` and `name-variant`
(each document, then the whole feed), the same for a regex that only finds capitalised words (the baseline,
measured in the same run), and their ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import time
from importlib import resources

from audit.checks.exonym import CHECK as exonym
from audit.checks.name_variant import CHECK as name_variant
from audit.checks.transliteration import CHECK as transliteration
from audit.context import RunContext
from audit.document import Document
from audit.names import gazetteer, mentions

BASELINE = re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
ENGLISH = ["Washington", "European", "Monday", "The", "Officials", "Pentagon", "Macron", "Brussels", "Trump"]
SYLLABLES = ["ko", "vo", "tcha", "schi", "lo", "mi", "pou", "rja", "sze", "zo", "ha", "kri", "dou", "wo", "ne"]
ENDINGS = ["vka", "sk", "ovo", "ine", "ow", "ytsch", "ïa", "enko"]
FRAMES = [
    "Officials in {} said on {} that the night had been calm.",
    "{} was shelled again overnight, {} said.",
    "Troops near {} and {} held their positions, according to {}.",
]


def names(seed: int) -> tuple[list[str], list[str]]:
    """English and foreign spellings from the gazetteer's own data."""
    data = json.loads(gzip.decompress(resources.files("audit").joinpath("data", gazetteer.DATA_FILE).read_bytes()))
    english = [record[3][0] for record in data["records"]]
    foreign = list(data["variants"])
    rng = random.Random(seed)
    return english, [" ".join(part.capitalize() for part in key.split()) for key in rng.sample(foreign, 3000)]


def feed(count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    english, foreign = names(seed)

    def name() -> str:
        roll = rng.random()
        if roll < 0.45:
            return rng.choice(english)
        if roll < 0.65:
            return rng.choice(foreign)
        if roll < 0.8:
            return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() + rng.choice(ENDINGS)
        return rng.choice(ENGLISH)

    documents = []
    for index in range(count):
        sentences = [rng.choice(FRAMES).format(name(), name(), name()) for _ in range(rng.randint(8, 16))]
        documents.append(Document(id=f"doc{index}", text=" ".join(sentences)))
    return documents


def run_checks(documents: list[Document]) -> tuple[float, int, int]:
    mentions._mentions.cache_clear()
    ctx = RunContext(target_lang="en", documents=documents)
    start = time.perf_counter()
    findings = 0
    for check in (transliteration, exonym):
        for doc in documents:
            findings += sum(1 for _ in check.run(doc, ctx))
    findings += sum(1 for _ in name_variant.run_feed(documents, ctx))
    elapsed = time.perf_counter() - start
    checked = sum(len(mentions.mentions(doc.text)) for doc in documents)
    return elapsed, checked, findings


def run_baseline(documents: list[Document]) -> tuple[float, int]:
    start = time.perf_counter()
    found = sum(len(BASELINE.findall(doc.text)) for doc in documents)
    return time.perf_counter() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    gazetteer.load.cache_clear()
    start = time.perf_counter()
    loaded = gazetteer.load()
    print(f"gazetteer: {len(loaded)} records loaded in {time.perf_counter() - start:.3f} s")

    documents = feed(args.documents, args.seed)
    characters = sum(len(doc.text) for doc in documents)
    print(f"feed: {len(documents)} documents, {characters:,} characters")
    elapsed, checked, findings = run_checks(documents)
    baseline, scanned = run_baseline(documents)
    names_per_second = checked / elapsed
    baseline_per_second = scanned / baseline
    print(
        f"names checks: {checked:,} names in {elapsed:.2f} s = {names_per_second:,.0f} names/s ({findings:,} findings)"
    )
    print(f"baseline regex scan: {scanned:,} capitalised runs in {baseline:.3f} s = {baseline_per_second:,.0f} /s")
    print(f"ratio: the names checks run at 1/{baseline_per_second / names_per_second:.0f} of the regex scan's rate")


if __name__ == "__main__":
    main()
