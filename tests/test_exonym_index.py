"""The exonym table's prebuilt indexes (audit/data/exonym_index.tsv.gz) are what scripts/build_exonyms.py makes of
the shipped table with today's skeleton keys: after a change to audit.names.skeleton or romanization.toml,
`python scripts/build_exonyms.py --index` makes them again."""

from __future__ import annotations

import gzip
import json

from audit.names import exonym_index, exonyms
from tests.building import build_script


def test_the_shipped_index_is_what_the_build_script_makes():
    build = build_script("build_exonyms", ())
    table = json.loads(gzip.decompress(exonyms.DATA.read_bytes()))
    assert gzip.decompress(build.index(table)) == gzip.decompress(exonym_index.DATA.read_bytes())


def test_a_target_without_a_table_has_empty_indexes():
    assert exonyms._others("cs").get("ROM") == () and exonyms._first_words("cs") == frozenset()


def test_the_indexes_by_key_give_the_words_the_build_script_gives():
    build = build_script("build_exonyms", ())
    table = json.loads(gzip.decompress(exonyms.DATA.read_bytes()))
    built = {line.split("\t", 1)[0]: json.loads(line.split("\t", 1)[1]) for line in
             gzip.decompress(build.index(table)).decode("utf-8").splitlines()}  # fmt: skip
    for target, indexes in built.items():
        for kind in ("standards", "others"):
            keyed = exonym_index.index(kind, target)
            assert all(keyed.get(key) == tuple(words) for key, words in indexes[kind].items()), (target, kind)
            assert keyed.get("") == () and keyed.get("\uffff") == ()
        for kind in ("folded", "folded_names"):
            keyed = exonym_index.index(kind, target)
            assert all(keyed.one(key) == word for key, word in indexes[kind].items()), (target, kind)
            assert keyed.one("") is None and keyed.one("\uffff") is None


def test_keyed_words_find_every_key_and_no_other():
    index = {"a": ["x"], "ab": ["y", "z"], "b": ["w"], **{f"k{n:04}": [f"v{n}"] for n in range(300)}}
    keyed = exonym_index.KeyedWords(*exonym_index.KeyedWords.of(index))
    assert all(keyed.get(key) == tuple(words) for key, words in index.items())
    assert keyed.get("aa") == () and keyed.get("k9999") == () and keyed.get("0") == ()
