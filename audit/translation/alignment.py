"""Sentence alignment of a source and its published translation, through a fresh machine translation of the
source (as Bleualign does): dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1 beads, each scored by the
overlap (Dice) of character trigrams between the translated source side and the target side. `best_path` is the
search itself, for other bead costs (audit.alignment.sentences aligns without a model)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SKIP_COST = 0.55  # a sentence with no counterpart; a 1-1 bead costs 1 - similarity, so any pair beats two skips
MERGE_COST = 0.3  # added to a 1-2 or 2-1 bead: merge only when the joined sentences match clearly better
# Beads stay within BAND sentences of the diagonal, and as many more as the sides' sentence counts differ
# (sentences left out in one place take the path off it), up to MAX_DRIFT more: the search's cost is the band's
# cells, and a side of 3,000 sentences against one of 1,500 would otherwise have some 9 million.
BAND, MAX_DRIFT = 12, 100
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


@dataclass(frozen=True)
class Bead:
    """Source sentences and target sentences that translate each other (either side may be empty)."""

    source: tuple[int, ...]
    target: tuple[int, ...]


def trigrams(text: str) -> Counter[str]:
    """Character trigrams of the text with spaces removed (as chrF ignores them) and case folded."""
    squeezed = "".join(text.casefold().split())
    return Counter(squeezed[i : i + 3] for i in range(max(0, len(squeezed) - 2)))


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Dice overlap of two trigram bags, 0..1."""
    total = a.total() + b.total()
    return 2 * (a & b).total() / total if total else 0.0


def align(translated_source: Sequence[str], target: Sequence[str]) -> list[Bead]:
    """Beads covering every source and target sentence in order; translated_source[i] is a translation of
    source sentence i into the target's language."""
    source_grams, target_grams = [trigrams(t) for t in translated_source], [trigrams(t) for t in target]
    return best_path(
        len(source_grams), len(target_grams), lambda i, ni, j, nj: _bead_cost(source_grams[i:ni], target_grams[j:nj])
    )


def best_path(
    n: int,
    m: int,
    bead_cost: Callable[[int, int, int, int], float],
    moves: Sequence[tuple[int, int]] = MOVES,
    floor: Callable[[int, int, int, int], float] | None = None,
) -> list[Bead]:
    """The cheapest sequence of beads over n source and m target sentences, by dynamic programming within a band
    around the diagonal; bead_cost(i, ni, j, nj) is the cost of pairing sources i..ni-1 with targets j..nj-1, and
    floor(i, ni, j, nj), when given, a cheap part of it no bead's cost is under: a bead that cannot make a
    cheaper path even at its floor is not weighed (the path is the same, the cost of most beads spared)."""
    scale, width = (m / n if n else 0.0), BAND + min(abs(n - m), MAX_DRIFT)
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}  # the band's cells only: a path never leaves it
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for a in range(n + 1):
        middle = a * scale
        for b in range(max(0, math.floor(middle - width)), min(m, math.ceil(middle + width)) + 1):
            if abs(middle - b) <= width and (best := _cheapest(a, b, cost, moves, bead_cost, floor)) is not None:
                cost[a, b], back[a, b] = best
    beads, i, j = [], n, m
    while (i, j) != (0, 0):
        pi, pj = back[i, j]
        beads.append(Bead(tuple(range(pi, i)), tuple(range(pj, j))))
        i, j = pi, pj
    return beads[::-1]


def _cheapest(
    a: int,
    b: int,
    cost: dict[tuple[int, int], float],
    moves: Sequence[tuple[int, int]],
    bead_cost: Callable[[int, int, int, int], float],
    floor: Callable[[int, int, int, int], float] | None,
) -> tuple[float, tuple[int, int]] | None:
    """The cheapest way into cell (a, b) from a cell of the band reached so far, and where from; of equal costs,
    the one a search in the order of cells then moves meets first. Beads are weighed from the lowest floor up,
    until the next floor is above the cheapest cost found."""
    candidates = []
    for order, (di, dj) in enumerate(moves):
        i, j = a - di, b - dj
        here = cost.get((i, j))
        if here is not None:
            least = here + floor(i, a, j, b) if floor is not None else -math.inf
            candidates.append((least, i, j, order, here))
    best = None
    for least, i, j, order, here in sorted(candidates):
        if best is not None and least > best[0]:
            break
        found = (here + bead_cost(i, a, j, b), i, j, order)
        if best is None or found < best:
            best = found
    return None if best is None else (best[0], (best[1], best[2]))


def _bead_cost(source: Sequence[Counter[str]], target: Sequence[Counter[str]]) -> float:
    if not source or not target:
        return SKIP_COST
    merge = MERGE_COST if len(source) + len(target) > 2 else 0.0
    return 1 - similarity(_joined(source), _joined(target)) + merge


def _joined(grams: Sequence[Counter[str]]) -> Counter[str]:
    return grams[0] if len(grams) == 1 else grams[0] + grams[1]
