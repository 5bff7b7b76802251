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
    assert exonyms._others("it") == {} and exonyms._first_words("it") == frozenset()
