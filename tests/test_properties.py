"""Properties of every registered check on any input: no crash, spans inside the text, text == slice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.checks import CHECKS
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks

WORDS = st.sampled_from(
    ["he", "said", "He", "declared", "the", "The", "Kyiv", "Orechnik", "Kurakhové", "and", "a", "le", "président",
     "Selenskyj", "according", "to", "local", "authorities", "U.S.", "Nov.", "5", "1,000", "“", "”", "«", "»"]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "! ", "? ", "\n", "\r\n", "\n\n", "\t", "  "])
NEWSLIKE = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=80).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
ANY_TEXT = st.text(min_size=1, max_size=300)


def _check_all(text: str, target: str | None) -> None:
    [result] = run_checks([Document("d", text)], RunContext(target_lang=target), CHECKS)
    doc = result.document
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]
        assert (finding.line, finding.column) == doc.position(finding.start)
        assert 0.0 <= finding.confidence <= 1.0
    for unit in (*doc.paragraphs, *doc.sentences):
        assert text[unit.start : unit.end] == unit.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSLIKE)
def test_newslike_text(text):
    _check_all(text, "en")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from([None, "en", "fr"]))
def test_any_text(text, target):
    _check_all(text, target)
