"""The names checks on the founding article, and properties of their findings on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks.name_variant import CHECK as name_variant
from audit.checks.transliteration import CHECK as transliteration
from audit.context import RunContext
from audit.document import Document
from audit.runner import run_checks
from tests.checking import direct
from tests.paths import SEED

NOT_FLAGGED = ("Kazan", "Kyiv", "Lozova", "Kharkiv", "Sontsivka", "Donetsk", "Vladimir Putin", "Donald Trump")


def findings(text: str, check=transliteration):
    doc = Document(id="doc", text=text)
    return direct(check, doc, RunContext(target_lang="en"))


def test_seed_transliterations_found_at_every_occurrence():
    text = SEED.read_text(encoding="utf-8")
    found = findings(text)
    assert [(f.text, f.suggestion) for f in found] == [
        ("Orechnik", "Oreshnik"),
        ("Kurakhové", "Kurakhove"),
        ("Kurakhové", "Kurakhove"),
    ]
    assert [f.start for f in found if f.text == "Kurakhové"] == [i for i in _all(text, "Kurakhové")]
    assert all("French romanization" in f.message for f in found)


def test_decomposed_text_gives_the_same_findings():
    """NFD text (é as e + U+0301) spots the whole name: the span holds the combining mark."""
    import unicodedata

    text = unicodedata.normalize("NFD", SEED.read_text(encoding="utf-8"))
    found = findings(text)
    assert [(unicodedata.normalize("NFC", f.text), f.suggestion) for f in found] == [
        ("Orechnik", "Oreshnik"),
        ("Kurakhové", "Kurakhove"),
        ("Kurakhové", "Kurakhove"),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)
    assert all(f.category == "fluency/spelling" for f in found)


def test_seed_names_in_standard_spelling_give_nothing():
    text = SEED.read_text(encoding="utf-8")
    flagged = {f.text for f in findings(text)} | {f.text for f in findings(text, name_variant)}
    for name in NOT_FLAGGED:
        assert name in text
        assert not any(name in f or f in name for f in flagged), name
    assert findings(text, name_variant) == []


def _all(text: str, needle: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(needle, i)]


_NAMEISH = st.text(alphabet="KkOoUuRrSsTtCcHhïéÉ’'- .,\nZzWwJjAaIiEeYyVvŁłŚśČč", max_size=80)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_NAMEISH, st.text(max_size=120)))
def test_findings_are_spans_of_the_text(text):
    doc = Document(id="doc", text=text)
    for check in (transliteration, name_variant):
        for finding in run_checks([doc], RunContext(target_lang="en"), [check])[0].findings:
            assert 0 <= finding.start < finding.end <= len(text)
            assert finding.text == text[finding.start : finding.end]
            assert finding.suggestion and finding.suggestion != finding.text
