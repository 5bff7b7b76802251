"""Translation speed: our batched CTranslate2 path against argostranslate sentence by sentence, and a cached
re-run against the first run, all measured in the same run on the same package.

The package has the shape of the argos fr/en packages (transformer base: 6+6 layers, d_model 512, 8 heads,
FFN 2048, 32,000-piece vocabulary) with random weights and a SentencePiece model trained on the sentences.
Random weights never emit the end-of-sentence token, so both paths are bounded by the same output length rule
(2 x source tokens + 10, `translator.max_decoding_length`), applied to argostranslate through a thin wrapper on
its CTranslate2 translator. argostranslate runs its own per-sentence path (`PackageTranslation.translate`,
beam 4 from its settings) with a plain splitter that returns the sentence whole: the stanza and minisbd
sentence models that real packages ship cannot be downloaded here, and the sentences are already split.
argostranslate's cost is per sentence, so its throughput is measured on an evenly spread sample of the run
(--argos-sample sentences) rather than on all of it; our path translates the whole run, as the audit does.

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


class BoundedTranslator:
    """argostranslate's CTranslate2 translator with our output bound added, nothing else changed."""

    def __init__(self, inner):
        self.inner = inner

    def translate_batch(self, tokens, **options):
        from audit.translation.translator import max_decoding_length

        return self.inner.translate_batch(
            tokens, max_decoding_length=max_decoding_length(max(map(len, tokens))), **options
        )


def argos_per_sentence(package_path: Path, texts: list[str]) -> float:
    """Seconds for argostranslate's own per-sentence path over texts."""
    import ctranslate2
    from argostranslate import settings
    from argostranslate.package import Package
    from argostranslate.translate import Language, PackageTranslation

    class WholeSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    package = Package(package_path)
    translation = PackageTranslation(Language("fr", "French"), Language("en", "English"), package)
    translation.sentencizer = WholeSentence()
    translation.translator = BoundedTranslator(
        ctranslate2.Translator(
            str(package_path / "model"),
            device=settings.device,
            inter_threads=settings.inter_threads,
            intra_threads=settings.intra_threads,
            compute_type=settings.compute_type,
        )
    )
    translation.translate(texts[0])  # warm-up, as for our path
    start = time.perf_counter()
    for text in texts:
        translation.translate(text)
    return time.perf_counter() - start


def ours(package, texts: list[str], beam_size: int) -> float:
    from audit.translation.translator import PackageTranslator

    translator = PackageTranslator(package, beam_size=beam_size)
    translator.translate(texts[:1])  # warm-up: model load
    start = time.perf_counter()
    translator.translate(texts)
    return time.perf_counter() - start


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
        archive = build_package(scratch_dir, "fr", "en", corpus[:3000], shape=BASE, sp_vocab=8000)
        package = packages.install_file(archive)
        built = time.perf_counter() - started
        print(f"package: transformer base, random weights, {archive.stat().st_size / 1e6:.0f} MB int8,"
              f" built in {built:.1f} s; sentences: {origin}; {cpu_threads()} cores")  # fmt: skip

        batched = ours(package, texts, BEAM_SIZE)
        sample = texts[:: max(1, len(texts) // args.argos_sample)][: args.argos_sample]
        argos = argos_per_sentence(package.path, sample) / len(sample)  # seconds per sentence
        per_sentence = batched / len(texts)
        print(f"argostranslate, sentence by sentence (beam 4): {1 / argos:8.2f} sentences/s  ({len(sample)} sentences)")
        print(f"ours, batched (beam {BEAM_SIZE}, as the audit runs):      {1 / per_sentence:8.2f} sentences/s"
              f"  ({len(texts)} sentences)   ratio {argos / per_sentence:5.1f}x")  # fmt: skip
        if args.like_for_like:
            same_beam = ours(package, texts, 4) / len(texts)
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
