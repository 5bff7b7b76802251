"""Sentence alignment without a model: Gale and Church's length cost, with the anchors both sides share.

Length alone aligns well where sentences are translated one for one, and goes wrong where a sentence is left out
(a long sentence skipped costs more than two merged); the anchors (numbers, names, cognates: audit.alignment.
anchors) tell a merge that fits from one that only fills a gap. A skipped sentence costs a constant, so an
omission is found however long the sentence.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from audit.alignment import lengths
from audit.alignment.anchors import EMPTY, Anchors, anchors, matched
from audit.translation.alignment import Bead, best_path

MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))
PRIOR = {(1, 1): 0.89, (2, 1): 0.045, (1, 2): 0.045, (2, 2): 0.011, (3, 1): 0.005, (1, 3): 0.005}
PRIORS = {move: -math.log(p) for move, p in PRIOR.items()}  # as costs
SKIP_COST = 7.0  # a sentence with no counterpart: an omission or an addition is rare in published news
UNMATCHED_COST = 0.5  # each anchor (weighted: audit.alignment.anchors.matched) the other side lacks


def align_sentences(
    sources: Sequence[str], targets: Sequence[str], source_lang: str | None, target_lang: str | None
) -> list[Bead]:
    """Beads covering every source and target sentence in order."""
    source_windows = _Windows([anchors(text, source_lang) for text in sources])
    target_windows = _Windows([anchors(text, target_lang) for text in targets])

    def cost(i: int, ni: int, j: int, nj: int) -> float:
        left, right = source_windows.joined(i, ni), target_windows.joined(j, nj)
        hits, total = matched(left, right)
        if i == ni or j == nj:
            return SKIP_COST + UNMATCHED_COST * total
        return floor(i, ni, j, nj) + UNMATCHED_COST * (total - hits)

    def floor(i: int, ni: int, j: int, nj: int) -> float:
        """The bead's cost before its anchors: its prior and its length difference (a skip: its constant)."""
        if i == ni or j == nj:
            return SKIP_COST
        left, right = source_windows.length(i, ni), target_windows.length(j, nj)
        return PRIORS[ni - i, nj - j] + lengths.cost(left, right, source_lang, target_lang)

    return best_path(len(sources), len(targets), cost, MOVES, floor)


class _Windows:
    """One side's sentences joined as beads take them, each run of sentences joined once: the search weighs each
    run against some 25 candidates of the other side."""

    def __init__(self, sentences: Sequence[Anchors]) -> None:
        self.sentences = sentences
        self.runs: dict[tuple[int, int], Anchors] = {}
        self.lengths = [0, *itertools.accumulate(side.length for side in sentences)]

    def length(self, start: int, end: int) -> int:
        """The run's length, as its joined anchors have it, without joining them."""
        return self.lengths[end] - self.lengths[start]

    def joined(self, start: int, end: int) -> Anchors:
        found = self.runs.get((start, end))
        if found is None:
            found = EMPTY
            for side in self.sentences[start:end]:
                found = found + side
            self.runs[start, end] = found
        return found
