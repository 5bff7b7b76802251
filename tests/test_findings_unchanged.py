"""The findings of large feeds are those of their snapshots: a change made for speed must not change one finding.
A change meant to alter findings writes the snapshots again (`python -m tests.findings_snapshot`) and the diff of
the snapshots shows, in review, every finding it adds or loses."""

from __future__ import annotations

import pytest

from tests.findings_snapshot import FEEDS, WMT, findings, read


def differences(expected: list[list], found: list[list]) -> list[str]:
    """Each document whose findings differ, with the findings lost (-) and added (+), for a readable failure."""
    lines = [f"documents: {len(expected)} expected, {len(found)} found"] if len(expected) != len(found) else []
    was = dict(map(tuple, expected))  # type: ignore[arg-type]
    for doc_id, now in found:
        before = was.get(doc_id, [])
        lost, added = [f for f in before if f not in now], [f for f in now if f not in before]
        lines += [f"{doc_id} - {f}" for f in lost] + [f"{doc_id} + {f}" for f in added]
        if not lost and not added and now != before:
            lines.append(f"{doc_id}: the same findings in another order")
    return lines


@pytest.mark.parametrize("name", list(FEEDS))
def test_the_findings_are_the_snapshots(name, tmp_path):
    if FEEDS[name][1] and not WMT.is_dir():
        pytest.skip(f"the shared data ({WMT}) is absent")
    found = findings(name, tmp_path)
    problems = differences(read(name), found)
    assert not problems, "\n".join([f"{name}: the findings changed", *problems[:40]])
    print(f"{name}: {len(found)} documents, {sum(len(f) for _, f in found)} findings, as in the snapshot")


def test_a_changed_finding_is_shown():
    """The comparison itself: a lost, an added and a reordered finding each show."""
    one, two = (
        ["repeated-word", "warning", 0, 7, "m", None, 0.9, None],
        ["punctuation", "info", 9, 10, "n", ".", 1.0, None],
    )
    assert differences([["a", [one]]], [["a", [two]]]) == [f"a - {one}", f"a + {two}"]
    assert differences([["a", [one, two]]], [["a", [two, one]]]) == ["a: the same findings in another order"]
    assert differences([["a", [one]]], [["a", [one]]]) == []
    assert differences([["a", []]], [["a", []], ["b", [one]]])[1] == f"b + {one}"
