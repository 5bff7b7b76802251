"""Sentence alignment without a model: Gale and Church's length cost, with the anchors both sides share.

Length alone aligns well where sentences are translated one for one, and goes wrong where a sentence is left out
(a long sentence skipped costs more than two merged); the anchors (numbers, names, cognates: audit.alignment.
anchors) tell a merge that fits from one that only fills a gap. A skipped sentence costs a constant, so an
omission is found however long the sentence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from audit.alignment import lengths
from audit.alignment.anchors import EMPTY, Anchors, anchors, matched
from audit.translation.alignment import Bead, best_path

MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))
PRIOR = {(1, 1): 0.89, (2, 1): 0.045, (1, 2): 0.045, (2, 2): 0.011, (3, 1): 0.005, (1, 3): 0.005}
SKIP_COST = 7.0  # a sentence with no counterpart: an omission or an addition is rare in published news
UNMATCHED_COST = 0.5  # each anchor (weighted: audit.alignment.anchors.matched) the other side lacks


def align_sentences(
    sources: Sequence[str], targets: Sequence[str], source_lang: str | None, target_lang: str | None
) -> list[Bead]:
    """Beads covering every source and target sentence in order."""
    source_anchors = [anchors(text, source_lang) for text in sources]
    target_anchors = [anchors(text, target_lang) for text in targets]

    def cost(i: int, ni: int, j: int, nj: int) -> float:
        return bead_cost(source_anchors[i:ni], target_anchors[j:nj], source_lang, target_lang)

    return best_path(len(sources), len(targets), cost, MOVES)


def bead_cost(
    source: Sequence[Anchors], target: Sequence[Anchors], source_lang: str | None, target_lang: str | None
) -> float:
    """-log of the bead's prior and of its length difference, and a cost for each anchor without its match."""
    left, right = _joined(source), _joined(target)
    hits, total = matched(left, right)
    if not source or not target:
        return SKIP_COST + UNMATCHED_COST * total
    prior = -math.log(PRIOR[(len(source), len(target))])
    length = lengths.cost(left.length, right.length, source_lang, target_lang)
    return prior + length + UNMATCHED_COST * (total - hits)


def _joined(sides: Sequence[Anchors]) -> Anchors:
    total = EMPTY
    for side in sides:
        total = total + side
    return total
