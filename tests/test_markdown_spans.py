"""The code spans, tags and link targets a Markdown fix must leave alone: the spans the regular expression below
finds (what audit.fixes used), found in linear time."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.markdown_spans import code_spans

SPEC = re.compile(r"`[^`\n]+`|<[^>\n]+>|\]\([^)\n]*\)")


def _spec(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SPEC.finditer(text)]


def test_code_tags_and_link_targets():
    text = "Run `audit check` on <b>bold</b>, see [docs](https://x.org/a_(b)) and `` or <> or ](\n`a\nb`"
    spans = list(code_spans(text))
    assert [text[s:e] for s, e in spans] == ["`audit check`", "<b>", "</b>", "](https://x.org/a_(b)"]
    assert spans == _spec(text)


def test_unclosed_openers_and_their_neighbours():
    text = "< a < b ](c ](d `e f` ``"
    assert list(code_spans(text)) == _spec(text) == [(16, 21)]
    text = "< x\n<y> ](z)\n` < `"
    assert [text[s:e] for s, e in code_spans(text)] == ["<y>", "](z)", "` < `"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="`<>]()\nab ", max_size=60))
def test_the_same_spans_as_the_regular_expression(text):
    assert list(code_spans(text)) == _spec(text)
