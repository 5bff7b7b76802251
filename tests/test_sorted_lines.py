"""Tables of sorted lines: a table shipped whole is indexed as one joined from its lines, and every key found."""

from __future__ import annotations

import pytest

from audit import sorted_lines


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
