"""The checks against a source made linear (issue 14): the alignment's search skips beads that cannot make a
cheaper path and gives the path it gave weighing them all; a document's sentences are aligned once for every check
that pairs them; a name is looked for among the other side's names through an index that finds what `same` finds.
Behaviour only: the timings are the benchmark's."""

from __future__ import annotations

import itertools

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
from audit.translation.alignment import MOVES, best_path

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
    n, m = draw(st.integers(0, 7)), draw(st.integers(0, 7))
    floors = {}
    extra = {}
    for i, j in itertools.product(range(n + 1), range(m + 1)):
        for di, dj in MOVES:
            floors[i, i + di, j, j + dj] = draw(st.sampled_from([0.0, 0.5, 1.0, 3.0]))
            extra[i, i + di, j, j + dj] = draw(st.sampled_from([0.0, 0.25, 1.0, 2.0]))
    return n, m, floors, extra


@settings(max_examples=200, deadline=None)
@given(_costs())
def test_a_floor_spares_beads_without_changing_the_path(costs):
    """Ties included: the path is the one the search finds weighing every bead."""
    n, m, floors, extra = costs

    def cost(*bead: int) -> float:
        return floors[bead] + extra[bead]

    def floor(*bead: int) -> float:
        return floors[bead]

    assert best_path(n, m, cost, MOVES, floor) == best_path(n, m, cost, MOVES)


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
