"""Tables of sorted lines: a table shipped whole is indexed as one joined from its lines, and every key found, one by
one or many in one loop."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import sorted_lines
from audit.words import frequencies


@pytest.mark.parametrize("count", [0, 1, sorted_lines.BLOCK, sorted_lines.BLOCK + 1, 5 * sorted_lines.BLOCK - 3])
def test_a_joined_table_is_indexed_as_joining_it_indexes_it(count):
    keys = sorted(f"k{index:04d}é" for index in range(count))
    lines = [f"\n{key}\t{'v' * (index % 7)}" for index, key in enumerate(keys)]
    text, firsts, starts = sorted_lines.joined(lines, "\t")
    assert len(firsts) == -(-count // sorted_lines.BLOCK) and starts[-1] == len(text)
    assert [
        text[start + 1 : start + 1 + len(first)] for start, first in zip(starts[:-1], firsts, strict=True)
    ] == firsts
    encoded = text.encode("utf-8")
    assert sorted_lines.indexed(encoded, b"\t") == sorted_lines.joined([line.encode() for line in lines], b"\t")[1:]
    for index, key in enumerate(keys):
        at = sorted_lines.find(text, firsts, starts, f"\n{key}\t")
        assert text[at : at + index % 7] == "v" * (index % 7)
    assert sorted_lines.find(text, firsts, starts, "\nk\t") == -1


KEYS = st.text(st.sampled_from("abkzé会\t\udcff"), max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(KEYS, max_size=3 * sorted_lines.BLOCK, unique=True), st.lists(KEYS, max_size=40), st.booleans())
def test_keys_found_in_one_loop_are_found_one_by_one(table, asked, ordered):
    table = sorted(key for key in table if "\t" not in key)
    text, firsts, starts = sorted_lines.joined([f"\n{key}\t{len(key)}" for key in table], "\t")
    asked = sorted(asked + table[::3]) if ordered else asked + table[::5]
    lines = [f"\n{key}\t" for key in asked]
    expected = [sorted_lines.find(text, firsts, starts, line) for line in lines]
    assert list(sorted_lines.find_in_order(text, firsts, starts, lines)) == expected


def test_the_table_s_rows_read_in_one_loop_are_read_one_by_one():
    words = ["the", "pourparlers", "maßnahmen", "zzzqx", "états-unis", "会议", "a", "the", "\udcff"]
    assert frequencies._rows(sorted(words)) == [
        frequencies._find(frequencies.table(), w.encode("utf-8", "surrogatepass") + b"\t") for w in sorted(words)
    ]
