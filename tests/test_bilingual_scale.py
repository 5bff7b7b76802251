"""The checks against a source made linear (issue 14): the alignment's search skips beads that cannot make a
cheaper path and gives the path it gave weighing them all; a document's sentences are aligned once for every check
that pairs them; a name is looked for among the other side's names through an index that finds what `same` finds.
Behaviour only: the timings are the benchmark's."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from audit import bilingual
from audit.alignment import sentences
from audit.alignment.names import Namesakes, same
from audit.caches import forget_documents
from audit.checks import select
from audit.checks.base import Scope
from audit.context import RunContext
from audit.document import Document
from audit.translation.alignment import BAND, MAX_DRIFT, MOVES, Bead, best_path

NAMES = [
    "Putin", "Putina", "Putins", "Путин", "Путина", "Lausanne", "Лозанны", "Pékin", "Beijing", "Kharkiv", "Kharkov",
    "Charkiw", "Харків", "Gorbatschow", "Gorbachev", "Merkel", "Angela", "Moscou", "Moscow", "Moskau", "Allemagne",
    "Germany", "Zaouahiri", "Zawahiri", "Bouteflika", "Butefliqa", "Kadhafi", "Gaddafi", "Sarkozy", "Londres",
    "London", "Londons", "Obama", "Washington", "Etats-Unis", "US", "États-Unis", "Bagdad", "Baghdad", "Mossoul",
    "Mosul", "Frank", "Franc", "Samara", "Samarra", "Eric",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(NAMES), max_size=12), st.sampled_from(NAMES))
def test_namesakes_find_what_same_finds(others, word):
    assert Namesakes(others).has(word) == any(same(word, other) for other in others)


def test_namesakes_pair_the_spellings_of_one_name():
    index = Namesakes(["Putina", "Лозанны", "Beijing", "Zaouahiri"])
    assert index.has("Putin") and index.has("Lausanne") and index.has("Pékin") and index.has("Zawahiri")
    assert not index.has("Merkel")


@st.composite
def _costs(draw):
    """Sides of up to 40 sentences and bead costs of a few values (ties are common), drawn from a seed; where skips
    cost nothing, the path runs along the band's edges."""
    n, m, seed = draw(st.integers(0, 40)), draw(st.integers(0, 40)), draw(st.integers(0, 2**32))
    free_skips = draw(st.booleans())
    rng = random.Random(seed)
    beads = [
        (i, i + di, j, j + dj) for i, j in itertools.product(range(n + 1), range(m + 1)) for di, dj in sentences.MOVES
    ]
    floors = {bead: rng.choice([0.0, 0.5, 1.0, 3.0]) for bead in beads}
    extra = {bead: rng.choice([0.0, 0.25, 1.0, 2.0]) for bead in beads}
    if free_skips:
        floors.update({(i, ni, j, nj): 0.0 for i, ni, j, nj in beads if i == ni or j == nj})
        extra.update({(i, ni, j, nj): 0.0 for i, ni, j, nj in beads if i == ni or j == nj})
    return n, m, floors, extra


def _every_bead(n: int, m: int, bead_cost, moves) -> list[Bead]:
    """The search as it was, weighing every bead from every cell of the band in turn: the specification."""
    scale, infinity = (m / n if n else 0.0), float("inf")
    cost = [[infinity] * (m + 1) for _ in range(n + 1)]
    back: list[list] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i, j in itertools.product(range(n + 1), range(m + 1)):
        if cost[i][j] == infinity or abs(i * scale - j) > BAND + min(abs(n - m), MAX_DRIFT):
            continue
        for di, dj in moves:
            ni, nj = i + di, j + dj
            if ni <= n and nj <= m and (step := cost[i][j] + bead_cost(i, ni, j, nj)) < cost[ni][nj]:
                cost[ni][nj], back[ni][nj] = step, (i, j)
    beads, i, j = [], n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        beads.append(Bead(tuple(range(pi, i)), tuple(range(pj, j))))
        i, j = pi, pj
    return beads[::-1]


@settings(max_examples=300, deadline=None)
@given(_costs(), st.sampled_from([MOVES, sentences.MOVES]))
def test_the_search_finds_the_path_weighing_every_bead_finds(costs, moves):
    """With a floor or without, ties included, wide and narrow bands (a side much longer than the other)."""
    n, m, floors, extra = costs

    def cost(*bead: int) -> float:
        return floors[bead] + extra[bead]

    def floor(*bead: int) -> float:
        return floors[bead]

    expected = _every_bead(n, m, cost, moves)
    assert best_path(n, m, cost, moves, floor) == expected
    assert best_path(n, m, cost, moves) == expected


def test_the_path_may_run_along_the_bands_edge():
    """Twelve sources left out first (as far from the diagonal as the band goes), then one for one to the end."""
    n = m = 30
    skipped = BAND

    def cost(i: int, ni: int, j: int, nj: int) -> float:
        along = ((ni - i, nj - j) == (1, 0) and ni <= skipped) or ((ni - i, nj - j) == (1, 1) and i - j == skipped)
        return 0.0 if along or (i == n and nj - j == 1) else 1.0

    expected = _every_bead(n, m, cost, sentences.MOVES)
    assert expected[0] == Bead((0,), ()) and Bead((skipped,), (0,)) in expected
    assert best_path(n, m, cost, sentences.MOVES, lambda *bead: 0.0) == expected


def test_sides_of_very_different_lengths_search_a_bounded_band():
    """Linear in the sides' length: a side of 1,200 sentences against 300 weighs beads of cells within
    BAND + MAX_DRIFT of the diagonal only, and still covers both sides."""
    n, m, weighed = 1200, 300, []

    def cost(i: int, ni: int, j: int, nj: int) -> float:
        weighed.append((i, j))
        return 1.0

    beads = best_path(n, m, cost, sentences.MOVES)
    assert [i for b in beads for i in b.source] == list(range(n)) and [j for b in beads for j in b.target] == list(
        range(m)
    )
    assert max(abs(i * m / n - j) for i, j in weighed) <= BAND + MAX_DRIFT
    assert len(weighed) <= len(sentences.MOVES) * (n + 1) * (2 * (BAND + MAX_DRIFT) + 1)


def test_every_check_against_the_source_reads_one_alignment(monkeypatch):
    calls = []
    align = sentences.align_sentences

    def counted(*args):
        calls.append(args)
        return align(*args)

    monkeypatch.setattr(bilingual, "align_sentences", counted)
    forget_documents()
    source = Document("s", "Le président a parlé à Paris. Il a annoncé 1 200 postes. La réforme entre en vigueur.")
    doc = Document("d", "The president spoke in Paris. The reform takes effect.")
    ctx = RunContext(target_lang="en", source_lang="fr", backtranslate=False, documents=[doc], sources=[source])
    pairing = [c for c in select() if c.id in {"number-mismatch", "name-mismatch", "markup-mismatch"}]
    assert len(pairing) == 3 and all(c.scope is Scope.DOCUMENT for c in pairing)
    for check in pairing:
        list(check.run(doc, ctx))
    assert len(calls) == 1
