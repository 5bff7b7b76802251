"""Sentence alignment of a source and its published translation, through a fresh machine translation of the
source (as Bleualign does): dynamic programming over 1-1, 1-2, 2-1, 1-0 and 0-1 beads, each scored by the
overlap (Dice) of character trigrams between the translated source side and the target side. `best_path` is the
search itself, for other bead costs (audit.alignment.sentences aligns without a model)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SKIP_COST = 0.55  # a sentence with no counterpart; a 1-1 bead costs 1 - similarity, so any pair beats two skips
MERGE_COST = 0.3  # added to a 1-2 or 2-1 bead: merge only when the joined sentences match clearly better
BAND = 12  # beads stay within this many sentences of the diagonal
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
    scale = m / n if n else 0.0
    infinity = float("inf")
    cost = [[infinity] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == infinity or abs(i * scale - j) > BAND + abs(n - m):
                continue
            here = cost[i][j]
            for di, dj in moves:
                ni, nj = i + di, j + dj
                if ni > n or nj > m or (floor is not None and here + floor(i, ni, j, nj) >= cost[ni][nj]):
                    continue
                step = here + bead_cost(i, ni, j, nj)
                if step < cost[ni][nj]:
                    cost[ni][nj], back[ni][nj] = step, (i, j)
    beads, i, j = [], n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        beads.append(Bead(tuple(range(pi, i)), tuple(range(pj, j))))
        i, j = pi, pj
    return beads[::-1]


def _bead_cost(source: Sequence[Counter[str]], target: Sequence[Counter[str]]) -> float:
    if not source or not target:
        return SKIP_COST
    merge = MERGE_COST if len(source) + len(target) > 2 else 0.0
    return 1 - similarity(_joined(source), _joined(target)) + merge


def _joined(grams: Sequence[Counter[str]]) -> Counter[str]:
    return grams[0] if len(grams) == 1 else grams[0] + grams[1]
