"""Whether a text holds a letter of another script is told from the characters that may be in one, as from all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.words import scripts

_SHORT_TEXTS = st.text(st.characters(codec="utf-8"), max_size=40) | st.text("aZ1 .é会Ωд\udcff\u0301ǅ", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_SHORT_TEXTS | _SHORT_TEXTS.map(lambda text: text + " " * scripts._SHORT))  # read by set(), or searched
def test_the_characters_that_may_be_in_a_script_are_the_texts_own(text):
    in_scripts = scripts._in_scripts(text)
    assert in_scripts <= set(text)
    assert {c for c in set(text) if scripts.script_of(c) is not None} <= in_scripts
