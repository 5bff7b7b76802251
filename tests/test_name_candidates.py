"""name-variant's candidates: the words its pattern leaves unmatched (ASCII lower-case letters alone) are words no
reading would have made a candidate of."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.checks import name_variant
from audit.names.lower_words import lower_words

EVERY_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[^\W_]")  # the pattern before the lower-case words were left
TEXT = st.lists(
    st.sampled_from(["al-Assad", "straße", "said", "Said", "abc-", "x’s", "iPhone", "l'Irak"])
    | st.text(alphabet="aAbß-'’_1 ,éÉ\n(“", max_size=8),
    max_size=12,
).map(" ".join)


@given(TEXT)
def test_the_words_left_unmatched_are_no_candidates(text):
    matched = {m.start(): m.group(1) for m in name_variant._words(text)}
    lower = lower_words(text)
    every = {m.start(): m.group() for m in EVERY_WORD.finditer(text)}
    assert matched.keys() <= every.keys()
    for start, word in every.items():
        if start not in matched:
            assert name_variant._candidate(word, lower) is None
        else:
            assert matched[start] == word


SPELLINGS = ["Bachar", "Bashar", "Baschar", "Younès", "Younis", "Yunus", "Kobakhidzé", "Kobakhidze", "Paris",
             "Parris", "Peres", "Perez", "Mursi", "Moersi", "Morsi", "Zurich", "Zürich", "Khamenei", "Chamenei",
             "Jasir", "Yasser", "Kursk", "Koursk", "Ali", "Alia", "Netanyahou", "Netanyahu", "Sharif", "Szarif",
             "Chérif"]  # fmt: skip


def _linked_comparing_every_bucket(spellings: list[str]) -> list[list[str]]:
    """name_variant._linked as it read every bucket and every spelling, before it kept the shared keys' alone."""
    from audit.names.skeleton import keys, same_name

    buckets: dict[str, list[str]] = {}
    for spelling in spellings:
        for name_key in keys(spelling):
            buckets.setdefault(name_key, []).append(spelling)
    parent: dict[str, str] = {}

    def root(spelling: str) -> str:
        while parent.setdefault(spelling, spelling) != spelling:
            spelling = parent[spelling]
        return spelling

    for bucket in buckets.values():
        for index, spelling in enumerate(bucket):
            for earlier in bucket[max(0, index - name_variant.MAX_EARLIER) : index]:
                if root(earlier) != root(spelling) and same_name(earlier, spelling, known_alike=False):
                    parent[root(spelling)] = root(earlier)
                    break
    groups: dict[str, list[str]] = {}
    for spelling in spellings:
        groups.setdefault(root(spelling), []).append(spelling)
    return [group for group in groups.values() if len(group) > 1]


@given(st.lists(st.sampled_from(SPELLINGS), unique=True))
def test_the_spellings_linked_from_the_shared_keys_are_those_every_bucket_links(spellings):
    assert name_variant._linked(spellings) == _linked_comparing_every_bucket(spellings)
