"""Translation speed: our batched CTranslate2 path against argostranslate sentence by sentence, and a cached
re-run against the first run, all measured in the same run on the same package.

The package has the shape of the argos fr/en packages (transformer base: 6+6 layers, d_model 512, 8 heads,
FFN 2048, 32,000-piece vocabulary, int8) and a SentencePiece model trained on the sentences. Its weights are
built, not trained (tests/translation/package_builder.py): it returns its input, so every sentence ends after
as many tokens as it has, as with a trained model, and both paths can be checked to give the same output;
every layer still does a trained model's work. argostranslate runs its own per-sentence path
(`PackageTranslation.translate`, beam 4 and the CTranslate2 settings from its own settings) with a plain
splitter that returns the sentence whole: the stanza and minisbd sentence models that real packages ship cannot
be downloaded here, and the sentences are already split. argostranslate's cost is per sentence, so it runs on
an evenly spread sample of the run (--argos-sample); our path translates the whole run, as the audit does.

    python benchmarks/bench_translation.py [--sentences 160] [--argos-sample 32] [--like-for-like] [--min-ratio 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WMT_SOURCE = ROOT.parent / "shared" / "data" / "wmt14-fren" / "newstest2014-fren-src.fr"


def sentences(count: int) -> tuple[list[str], str]:
    """News sentences: the WMT14 French source when the shared data is there, else the seed article."""
    if WMT_SOURCE.is_file():
        lines = [line.strip() for line in WMT_SOURCE.read_text("utf-8").splitlines() if line.strip()]
        return lines, f"WMT14 newstest fr ({count} of {len(lines)} sentences)"
    text = (ROOT / "seeds" / "000_7d63f8e2644207a4.txt").read_text("utf-8").replace("\n", " ")
    lines = [part.strip() + "." for part in text.split(". ") if part.strip()]
    return lines, f"the seed article ({count} sentences, repeated as needed; ../shared/data absent)"


def argos_per_sentence(package_path: Path, texts: list[str]) -> tuple[float, list[str]]:
    """Seconds for argostranslate's own per-sentence path over texts, and its translations."""
    from argostranslate.package import Package
    from argostranslate.translate import Language, PackageTranslation

    class WholeSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    translation = PackageTranslation(Language("fr", "French"), Language("en", "English"), Package(package_path))
    translation.sentencizer = WholeSentence()
    translation.translate(texts[0])  # warm-up: model load, as for our path
    start = time.perf_counter()
    results = [translation.translate(text) for text in texts]
    return time.perf_counter() - start, results


def ours(package, texts: list[str], beam_size: int) -> tuple[float, list[str]]:
    from audit.translation.translator import PackageTranslator

    translator = PackageTranslator(package, beam_size=beam_size)
    translator.translate(texts[:1])  # warm-up: model load
    start = time.perf_counter()
    results = translator.translate(texts)
    return time.perf_counter() - start, results


def cached_rerun(texts: list[str], cache_dir: Path) -> tuple[float, float]:
    from audit.translation.service import TranslationService

    timings = []
    for _ in range(2):
        service = TranslationService(cache_path=cache_dir / "cache.sqlite3")
        start = time.perf_counter()
        service.translate(texts, "fr", "en")
        timings.append(time.perf_counter() - start)
    return timings[0], timings[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=160, help="sentences in the run")
    parser.add_argument("--argos-sample", type=int, default=32, help="of which argostranslate translates")
    parser.add_argument("--like-for-like", action="store_true", help="also time our path with argos's beam of 4")
    parser.add_argument("--min-ratio", type=float, default=5.0, help="exit 1 when the batched path is slower")
    args = parser.parse_args()

    from audit.translation import packages
    from audit.translation.translator import BEAM_SIZE, cpu_threads
    from tests.translation.package_builder import BASE, build_package

    corpus, origin = sentences(args.sentences)
    texts = (corpus * (args.sentences // len(corpus) + 1))[: args.sentences]
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        os.environ["ARGOS_PACKAGES_DIR"] = str(scratch_dir / "packages")
        started = time.perf_counter()
        archive = build_package(scratch_dir, "fr", "en", corpus[:3000], shape=BASE, sp_vocab=8000, copy=True)
        package = packages.install_file(archive)
        built = time.perf_counter() - started
        print(f"package: transformer base, built to copy its input, {archive.stat().st_size / 1e6:.0f} MB int8,"
              f" built in {built:.1f} s; sentences: {origin}; {cpu_threads()} cores")  # fmt: skip

        batched, our_output = ours(package, texts, BEAM_SIZE)
        indices = list(range(0, len(texts), max(1, len(texts) // args.argos_sample)))[: args.argos_sample]
        sample = [texts[i] for i in indices]
        argos, argos_output = argos_per_sentence(package.path, sample)
        argos /= len(sample)  # seconds per sentence
        per_sentence = batched / len(texts)
        same = sum(our_output[i] == theirs for i, theirs in zip(indices, argos_output, strict=True))
        copied = sum(ours_ == text for ours_, text in zip(our_output, texts, strict=True))
        print(f"argostranslate, sentence by sentence (beam 4): {1 / argos:8.2f} sentences/s  ({len(sample)} sentences)")
        print(f"ours, batched (beam {BEAM_SIZE}, as the audit runs):      {1 / per_sentence:8.2f} sentences/s"
              f"  ({len(texts)} sentences)   ratio {argos / per_sentence:5.1f}x")  # fmt: skip
        print(f"same output as argostranslate: {same}/{len(sample)}; output = input: {copied}/{len(texts)}")
        if args.like_for_like:
            same_beam = ours(package, texts, 4)[0] / len(texts)
            print(f"ours, batched (beam 4, like for like):          {1 / same_beam:8.2f} sentences/s"
                  f"  ({len(texts)} sentences)   ratio {argos / same_beam:5.1f}x")  # fmt: skip

        first, second = cached_rerun(texts, scratch_dir)
        print(f"cached re-run: first run {first:.2f} s, re-run {second:.3f} s   ratio {first / second:5.0f}x")
    ratio = argos / per_sentence
    if ratio < args.min_ratio:
        print(f"FAIL: batched path only {ratio:.1f}x faster than argostranslate (wanted {args.min_ratio}x)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
