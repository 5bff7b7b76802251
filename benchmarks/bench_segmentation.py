"""Sentence splitting of one-line paragraphs of growing length: cut into pieces first, against pysbd on the whole.

    python benchmarks/bench_segmentation.py [--sentences 500]

pysbd slows down faster than a paragraph grows (a feed item or a converted document may hold thousands of
sentences on one line), so audit.segmentation cuts long paragraphs at safe sentence ends before splitting. Prints,
for paragraphs of 1x, 4x and 16x the base length, microseconds per character of the cut path and of pysbd on the
whole paragraph (the baseline, measured in the same run; skipped above 4x, where it takes minutes), and their ratio.
"""

from __future__ import annotations

import argparse
import time

from audit.segmentation import _split_piece, split_sentences

PROSE = (
    "Talks in Geneva ended on Friday without a deal, officials said. The U.S. envoy left early, and Mr. Smith "
    "declined to comment. Drones struck the outskirts of Kharkiv overnight, the regional governor said. "
)


def _timed(split, text: str) -> tuple[float, int]:
    started = time.perf_counter()
    count = len(split(text, 0, len(text), "en"))
    return (time.perf_counter() - started) * 1e6 / len(text), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500, help="sentences in the shortest paragraph")
    args = parser.parse_args()
    for factor in (1, 4, 16):
        text = PROSE * (args.sentences * factor // 3)
        cut, sentences = _timed(split_sentences, text)
        line = f"{factor:>2}x ({len(text):>9,} chars, {sentences:>6,} sentences): cut {cut:6.2f} µs/char"
        if factor <= 4:
            whole, _ = _timed(_split_piece, text)
            line += f", pysbd whole {whole:7.2f} µs/char, ratio {whole / cut:5.1f}x"
        print(line)


if __name__ == "__main__":
    main()
