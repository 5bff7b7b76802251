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
    text = render([DocumentResult(doc, [], scores)], ReportOptions(show_clean=True))
    assert text.splitlines()[0].startswith("feed.rss [feed.rss#3] “Quiet night”  (English 0.99")
    assert text.splitlines()[1] == "  round-trip: chrf 61.2, bleu 30.0"


def test_header_says_when_a_document_is_too_short_to_tell_its_language():
    doc = Document("item", "Zelensky in Washington")
    doc.language = Language(None, None, 0.0)
    assert render([DocumentResult(doc)], ReportOptions(show_clean=True)).splitlines()[0] == (
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


# Big feeds


def _feed(count: int, flagged: set[int]) -> list[DocumentResult]:
    results = []
    for number in range(count):
        text = "Kyiv was quiet overnight, the the mayor said." if number in flagged else "Kyiv was quiet overnight."
        doc = Document(f"item-{number}", text, path="feed.rss", title=f"Item {number}")
        doc.language = Language("en", "en", 0.99)
        findings = []
        if number in flagged:
            start = text.index("the the")
            findings.append(doc.finding("repeated-word", start, start + 7, severity=Severity.ERROR, category="c",
                                        message="“the the”: the word is repeated", suggestion="the"))  # fmt: skip
        results.append(DocumentResult(doc, findings))
    return results


def test_documents_without_findings_are_counted_not_listed():
    results = _feed(200, {3, 150})
    report = render(results, ReportOptions())
    assert [line for line in report.splitlines() if line.startswith("feed.rss [")] == [
        "feed.rss [item-3] “Item 3”  (English 0.99, expected English; 1 sentence, 1 finding)",
        "feed.rss [item-150] “Item 150”  (English 0.99, expected English; 1 sentence, 1 finding)",
    ]
    assert report.endswith(
        "198 documents without findings not shown (--show-clean shows them)\n200 documents, 2 findings (2 errors)\n"
    )
    everything = render(results, ReportOptions(show_clean=True))
    assert sum(line.startswith("feed.rss [") for line in everything.splitlines()) == 200
    assert "without findings not shown" not in everything


def _columns(line: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line.expandtabs())


@pytest.mark.parametrize("width", [40, 60, 100])
def test_the_report_fits_the_terminal_width(width):
    from audit import checks
    from audit.context import RunContext
    from audit.runner import run_checks
    from tests.paths import SEED

    seed = Document("seed", SEED.read_text("utf-8"), path="seeds/" + "long-folder-name/" * 6 + "article.txt")
    chinese = Document("zh", "新华社北京电 国务院总理今天在北京会见了来访的代表团 代表团 团长。" * 3, path="zh.txt")
    results = run_checks([seed, chinese], RunContext(backtranslate=False), checks.select(None, ["round-trip"]))
    assert all(r.findings for r in results)
    report = render(results, ReportOptions(width=width))
    for line in report.splitlines():
        assert _columns(line) <= width, (width, line)
    for row, carets in zip(report.splitlines(), report.splitlines()[1:], strict=False):
        if carets.strip() and set(carets.strip()) == {"^"}:  # the caret under the span, wide characters too
            column = _columns(carets[: carets.index("^")])
            assert _columns(row) > column
    assert "suggestion: “Anyone who attempts" in report


def test_without_a_width_lines_are_as_long_as_they_need():
    import dataclasses

    results = _feed(1, {0})
    results[0].findings[0] = dataclasses.replace(results[0].findings[0], message="x " * 200)
    assert max(len(line) for line in render(results, ReportOptions()).splitlines()) > 400
