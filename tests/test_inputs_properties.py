"""Properties of the input readers on any input: only input errors, never a crash; what is read is what is quoted."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.checks.double_attribution import CHECK as double_attribution
from audit.checks.repeated_word import CHECK as repeated_word
from audit.checks.sentence_case import CHECK as sentence_case
from audit.context import RunContext
from audit.errors import InputError
from audit.inputs import load
from audit.inputs.paragraphs import join, with_title
from audit.runner import run_checks

SUFFIXES = [".rss", ".atom", ".xml", ".xlf", ".tmx", ".jsonl", ".html", ".txt", ""]
WORDS = st.sampled_from(
    ["he", "said.", "He", "declared", "the", "the", "Kyiv", "Orechnik", "<b>", "&amp;", "&", "<", ">", "\"", "'",
     "é", "«", "»", "\u2028", "\x85", "]]>", "<!--", "Nov.", "1,000", "\t", "\n", "\n\n"]
)  # fmt: skip
TEXT = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)
PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _load_or_input_error(path: Path) -> list:
    try:
        return load([str(path)], [])
    except InputError as exc:
        assert "\n" not in str(exc)  # one line
        return []


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_format_give_documents_or_an_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("any") / f"input{suffix}"
    path.write_bytes(data)
    for doc in _load_or_input_error(path):
        assert doc.text.strip()


@SETTINGS
@given(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.sampled_from([".rss", ".xlf", ".tmx", ".html", ".jsonl"]),
)
def test_any_text_with_markup_around_it_gives_documents_or_an_input_error(tmp_path_factory, text, suffix):
    wrapped = {
        ".rss": f"<rss version='2.0'><channel><item><title>{text}</title></item></channel></rss>",
        ".xlf": f"<xliff version='1.2'><file><body><trans-unit id='1'><target>{text}</target></trans-unit>"
        "</body></file></xliff>",
        ".tmx": f"<tmx><header srclang='fr'/><body><tu><tuv xml:lang='en'><seg>{text}</seg></tuv></tu></body></tmx>",
        ".html": f"<html><body><article><p>{text}</p></article></body></html>",
        ".jsonl": text,
    }[suffix]
    path = tmp_path_factory.mktemp("wrapped") / f"input{suffix}"
    path.write_text(wrapped, "utf-8")
    _load_or_input_error(path)


def _feed(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{escape(title)}</title><description>{escape('<p>' + escape(body) + '</p>')}</description>"
        f"<guid>item-{number}</guid></item>"
        for number, (title, body) in enumerate(items)
    )
    return f"<rss version='2.0'><channel><title>t</title><language>en</language>{entries}</channel></rss>"


@SETTINGS
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=4))
def test_feed_items_findings_quote_the_document_text(tmp_path_factory, items):
    path = tmp_path_factory.mktemp("feed") / "feed.rss"
    path.write_text(_feed(items), "utf-8")
    documents = _load_or_input_error(path)
    results = run_checks(documents, RunContext(), [sentence_case, repeated_word, double_attribution])
    for result in results:
        text = result.document.text
        for finding in result.findings:
            assert finding.text == text[finding.start : finding.end]
            assert (finding.line, finding.column) == result.document.position(finding.start)


@SETTINGS
@given(
    st.lists(
        st.one_of(st.builds(dict, id=st.text(min_size=1, max_size=5), text=TEXT), st.text(PRINTABLE, max_size=20)),
        min_size=1,
        max_size=8,
    )
)
def test_json_lines_good_lines_are_read_and_bad_ones_named(tmp_path_factory, records):
    lines = [json.dumps(r) if isinstance(r, dict) else r.replace("\n", " ").replace("\r", " ") for r in records]
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    path.write_text("\n".join(lines), "utf-8")
    good = [
        n for n, line in enumerate(lines, 1)
        if line.strip() and isinstance(_json(line), dict) and isinstance(_json(line).get("text"), str)
        and _json(line)["text"].strip()
    ]  # fmt: skip
    problems: list = []
    if not good:
        with pytest.raises(InputError):
            load([str(path)], problems)
        return
    documents = load([str(path)], problems)
    assert len(documents) == len(good)
    assert [p.line for p in problems] == [n for n, line in enumerate(lines, 1) if line.strip() and n not in good]


def _json(line: str) -> object:
    try:
        return json.loads(line)
    except ValueError:
        return None


@given(st.text(max_size=40), TEXT)
def test_a_title_is_the_first_paragraph_once(title, body):
    body = join([body])
    text = with_title(title, body)
    assert text.endswith(body)
    first = " ".join(text.partition("\n")[0].split())
    assert first.casefold() == " ".join(title.split()).casefold() or text == body


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "\\ud800", "\\uDE00", "\\uD83D\\uDE00", "\\u00e9", "\\\\u", "\\\\ud800",
                                 "\\udbff", "\\uDC00", "\\n", "\\\"", "\ud800", "\udc00"]), max_size=8))  # fmt: skip
def test_a_json_line_is_bad_for_a_lone_surrogate_exactly_when_its_value_cannot_be_encoded(pieces):
    """A line is looked at again only when it may hold a surrogate: its verdict is the one encoding every value
    gives."""
    from audit.inputs.jsonl import _BadLine, _parse

    line = '{"text": "' + "".join(pieces) + '"}'
    value = json.loads(line)
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        encodable = True
    except UnicodeEncodeError:
        encodable = False
    try:
        assert _parse(line) == value and encodable
    except _BadLine:
        assert not encodable
