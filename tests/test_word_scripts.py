"""Whether a text holds a letter of another script is told from the characters that may be in one, as from all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.words import scripts


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=40) | st.text("aZ1 .é会Ωд\udcff\u0301ǅ", max_size=40))
def test_the_characters_that_may_be_in_a_script_are_the_texts_own(text):
    in_scripts = scripts._in_scripts(text)
    assert in_scripts <= set(text)
    assert {c for c in set(text) if scripts.script_of(c) is not None} <= in_scripts
