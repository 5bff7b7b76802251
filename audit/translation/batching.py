"""Length-sorted batches: sentences of similar length decode together, so little work goes into padding and
into decoding up to a bound set by a much longer sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

MAX_BATCH_SENTENCES = 32
MAX_BATCH_TOKENS = 2048
MAX_SPREAD = 1.25  # the longest sentence of a batch is at most this many times its shortest (plus SLACK tokens)
SLACK = 4


def length_sorted_batches(
    lengths: Sequence[int], max_sentences: int = MAX_BATCH_SENTENCES, max_tokens: int = MAX_BATCH_TOKENS
) -> Iterator[list[int]]:
    """Indices of the items, longest first, cut into batches of at most max_sentences items of similar length
    whose padded size (items x longest) stays within max_tokens; every index appears exactly once."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batch: list[int] = []
    for index in order:
        if batch:
            longest = lengths[batch[0]]
            full = len(batch) >= max_sentences or (len(batch) + 1) * longest > max_tokens
            if full or longest > MAX_SPREAD * lengths[index] + SLACK:
                yield batch
                batch = []
        batch.append(index)
    if batch:
        yield batch
