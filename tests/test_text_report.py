from audit.document import Document, Language
from audit.reports import ReportOptions
from audit.reports.text_report import render
from audit.runner import DocumentResult


def test_header_carries_round_trip_scores_and_feed_items_are_named():
    doc = Document("feed.rss#3", "Kyiv was quiet overnight.", path="feed.rss", title="Quiet night")
    doc.language = Language("en", "en", 0.99)
    doc.scores["round_trip"] = {
        "mode": "round-trip",
        "chrf": {"score": 61.237, "signature": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0"},
        "bleu": {"score": 30.0, "signature": "..."},
        "ter": {"score": None, "signature": "..."},
    }
    text = render([DocumentResult(doc)], ReportOptions())
    assert text.splitlines()[0].startswith("feed.rss [feed.rss#3] “Quiet night”  (English 0.99")
    assert text.splitlines()[1] == "  round-trip: chrf 61.2, bleu 30.0"
