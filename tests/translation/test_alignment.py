"""Sentence alignment for reference mode."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.translation.alignment import Bead, align

SENTENCES = [
    "The president spoke today in Paris.",
    "He said the war would end.",
    "Prices rose by ten percent in the last year.",
    "The minister resigned.",
]


def test_identical_sides_align_one_to_one():
    assert align(SENTENCES, SENTENCES) == [Bead((i,), (i,)) for i in range(4)]


def test_a_missing_sentence_is_an_omission_and_an_extra_one_an_addition():
    assert Bead((2,), ()) in align(SENTENCES, [SENTENCES[0], SENTENCES[1], SENTENCES[3]])
    extra = [SENTENCES[0], "A football match was played in Lyon on Sunday.", *SENTENCES[1:]]
    assert Bead((), (1,)) in align(SENTENCES, extra)


def test_joined_sentences_align_two_to_one():
    joined = [f"{SENTENCES[0]} {SENTENCES[1]}", SENTENCES[2], SENTENCES[3]]
    assert align(SENTENCES, joined)[0] == Bead((0, 1), (0,))


@given(st.lists(st.text(max_size=40), max_size=12), st.lists(st.text(max_size=40), max_size=12))
def test_beads_cover_both_sides_in_order(source, target):
    beads = align(source, target)
    assert [i for b in beads for i in b.source] == list(range(len(source)))
    assert [j for b in beads for j in b.target] == list(range(len(target)))
    assert all(b.source or b.target for b in beads)
