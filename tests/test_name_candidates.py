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
            bare = name_variant._bare(word)
            assert bare is None or bare[2] in lower
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


NAMED_TEXT = st.lists(
    st.sampled_from(["Kyiv", "Kharkiv's", "al-Assad", "Bachar", "Said", "said", "NATO", "Zelensky", "Rostov am Don"])
    | st.text(alphabet="aAbKé-'’ ,.", max_size=6),
    max_size=12,
).map(" ".join)


@given(NAMED_TEXT)
def test_the_candidates_are_those_read_word_by_word_outside_the_known_names(text):
    """Each word read once per process and the known names' offsets a set: the candidates of reading each word of
    the text and bisecting the known names' spans."""
    import bisect

    from audit.names.mentions import mentions

    spans = sorted((m.start, m.end) for m in mentions(text) if m.known)
    lower = lower_words(text)
    expected = []
    for match in name_variant._words(text):
        word, offset = match.group(1), 0
        article = name_variant._ARTICLE.match(word)
        if article:
            offset, word = article.end(), word[article.end() :]
        word = name_variant._POSSESSIVE.sub("", word)
        start = match.start() + offset
        index = bisect.bisect_right(spans, (start, float("inf"))) - 1
        covered = index >= 0 and spans[index][0] <= start < spans[index][1]
        if not word.isupper() and word.casefold() not in lower and not covered:
            expected.append((start, start + len(word), word))
    assert [(m.start, m.end, m.text) for m in name_variant._candidates.__wrapped__(text)] == expected
