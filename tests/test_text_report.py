import re

import click
import pytest

from audit.document import Document, Language
from audit.findings import Severity
from audit.reports import ReportOptions
from audit.reports.text_report import render
from audit.runner import DocumentResult


def test_header_carries_round_trip_scores_and_feed_items_are_named():
    doc = Document("feed.rss#3", "Kyiv was quiet overnight.", path="feed.rss", title="Quiet night")
    doc.language = Language("en", "en", 0.99)
    scores = {
        "round_trip": {
            "mode": "round-trip",
            "chrf": {"score": 61.237, "signature": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0"},
            "bleu": {"score": 30.0, "signature": "..."},
            "ter": {"score": None, "signature": "..."},
        }
    }
    text = render([DocumentResult(doc, [], scores)], ReportOptions())
    assert text.splitlines()[0].startswith("feed.rss [feed.rss#3] “Quiet night”  (English 0.99")
    assert text.splitlines()[1] == "  round-trip: chrf 61.2, bleu 30.0"


def test_header_says_when_a_document_is_too_short_to_tell_its_language():
    doc = Document("item", "Zelensky in Washington")
    doc.language = Language(None, None, 0.0)
    assert render([DocumentResult(doc)], ReportOptions()).splitlines()[0] == (
        "item  (too short to tell; 1 sentence, 0 findings)"
    )


CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # what a terminal obeys, but for newline and tab


def _feed_line(text: str, span: str, message: str) -> DocumentResult:
    doc = Document("item\x1b]0;title\x07", text, path="feed\x1b[2J.jsonl", title="\x1b[1mTitle\x9b")
    doc.language = Language("en", "en", 0.99)
    start = text.index(span)
    finding = doc.finding(
        "repeated-word", start, start + len(span), severity=Severity.ERROR, category="c", message=message,
        suggestion="\x1b[32mfixed\x1b[0m\r",
    )  # fmt: skip
    return DocumentResult(doc, [finding])


@pytest.mark.parametrize("colour", [False, True])
def test_control_characters_from_the_input_are_drawn_not_obeyed(colour):
    text = "\x1b[31mred\x00 alert\x1b[0m\x85 the the \u009b2Jarmy said."
    result = _feed_line(text, "the the", "“the\rthe”: \x1b[5mrepeated")
    report = render([result], ReportOptions(colour=colour))
    shown = click.unstyle(report) if colour else report  # the report's own colours, nothing from the input
    assert not CONTROLS.search(shown), repr(shown)
    assert "␛[31mred␀ alert␛[0m\ufffd the the \ufffd2Jarmy said." in shown
    assert "feed␛[2J.jsonl [item␛]0;title␇] “␛[1mTitle\ufffd”" in shown
    assert "suggestion: ␛[32mfixed␛[0m" in shown
    assert "␛[5mrepeated" in shown


def test_caret_stays_under_the_span_with_controls_and_tabs():
    text = "\x1b[31mred\x1b[0m\tand\t\x07 the the army said."
    result = _feed_line(text, "the the", "m")
    sentence, carets = render([result], ReportOptions()).splitlines()[2:4]
    assert sentence == "      ␛[31mred␛[0m\tand\t␇ the the army said."
    assert carets == "      " + " " * 12 + "\t   \t  " + "^" * 7
    assert sentence.expandtabs().index("the the") == carets.expandtabs().index("^")
