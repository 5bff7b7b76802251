"""The HTML report: nothing from the input can run or load (escaping), overlapping findings still render, the
article text survives the highlighting exactly, and any scores render."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.document import Document
from audit.findings import Severity
from audit.reports import ReportOptions, html_report
from audit.reports.summary import visible
from audit.runner import DocumentResult
from tests.test_reports import feed_results

ATTACKS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea></title><iframe src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<style>body{display:none}</style>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
)
# What HTML text cannot carry (controls but for tab, newline and CR; lone surrogates; noncharacters U+FFFE, U+FFFF)
NOT_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
OWN_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "span", "section", "div",
    "svg", "text", "rect", "a", "mark", "sup", "ol", "li", "code", "b", "details", "summary", "table", "tr", "th",
    "td",
}  # fmt: skip


class Page(HTMLParser):
    """Every element with its attributes, and the text of each element by its id or class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


class ArticleText(HTMLParser):
    """The text inside the article boxes, without the finding numbers and insertion markers the report adds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "article":
            self.articles.append("")
            self._stack = ["article"]
        elif self._stack:
            added = tag == "sup" or "point" in (attrs.get("class") or "")
            self._stack.append("added" if added or self._stack[-1] == "added" else tag)

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if self._stack and self._stack[-1] != "added":
            self.articles[-1] += data


def hostile_results() -> list[DocumentResult]:
    text = "Kyiv said: " + " | ".join(ATTACKS) + "\nhe declared. he said."
    doc = Document(
        id="<script>id</script>",
        text=text,
        path='feed/"><img src=x onerror=alert(1)>.txt',
        title="<script>alert('title')</script>" + ATTACKS[1],
        url="javascript:alert(1)",
    )
    scores = {
        "round_trip": {"chrf": {"score": 12.5, "signature": ATTACKS[0]}, ATTACKS[2]: [{ATTACKS[1]: ATTACKS[3]}]},
        "<b>note</b>": ATTACKS[4],
    }
    findings = [
        doc.finding(
            ATTACKS[0], text.index(attack), text.index(attack) + len(attack), severity=Severity.ERROR,
            category=ATTACKS[5], message=f"message {attack}", suggestion=f"suggestion {attack}",
        )
        for attack in ATTACKS
    ]  # fmt: skip
    return [DocumentResult(doc, findings, scores)]


def test_nothing_from_the_input_becomes_markup():
    page = html_report.render(hostile_results(), ReportOptions())
    parser = Page()
    parser.feed(page)
    tags = {tag for tag, _ in parser.elements}
    assert tags <= OWN_ELEMENTS, tags - OWN_ELEMENTS
    assert "script" not in tags and "img" not in tags and "iframe" not in tags
    assert [tag for tag, _ in parser.elements].count("style") == 1  # the report's own
    assert not any("display:none" in style for style in parser.styles)
    for tag, attrs in parser.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "https://", "http://")), href
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as text, escaped
    assert "&amp;lt;script&amp;gt;" in page  # text that looks escaped is escaped again, shown as typed


def test_links_only_for_http_urls():
    results = feed_results()
    page = html_report.render(results, ReportOptions())
    parser = Page()
    parser.feed(page)
    hrefs = [attrs["href"] for tag, attrs in parser.elements if tag == "a" and not attrs["href"].startswith("#")]
    assert hrefs == ["https://news.example/kyiv (live)"]


def test_overlapping_findings_render_as_segments_with_every_finding():
    """“he” (sentence-case) lies inside “he declared” (double-attribution): the overlap is one segment that names
    both findings; the rest of “he declared” is another; each finding's number follows its end."""
    [kyiv, _, _] = feed_results()
    page = html_report.render([kyiv], ReportOptions())
    overlap = '<mark class="error overlap" title="[2] warning sentence-case: sentence starts in lower case'
    assert overlap in page
    assert "[3] error double-attribution: statement attributed twice" in page.split(overlap)[1].split("</mark>")[0]
    assert '>he</mark><sup class="ref"><a href="#doc-1-f2">2</a></sup><mark class="error" title="[3]' in page
    assert '> declared</mark><sup class="ref"><a href="#doc-1-f3">3</a></sup>' in page
    for number in range(1, 5):
        assert f'<li id="doc-1-f{number}">' in page


def test_an_empty_span_is_a_marker_in_place():
    doc = Document(id="omission", text="First sentence. Third sentence.", path="a.txt")
    at = doc.text.index("Third")
    finding = doc.finding(
        "round-trip", at, at, severity=Severity.WARNING, category="accuracy/omission",
        message="source sentence 2 is not translated",
    )  # fmt: skip
    page = html_report.render([DocumentResult(doc, [finding])], ReportOptions())
    assert 'First sentence. <a class="point warning" href="#doc-1-f1"' in page
    assert "⁁1</a>Third sentence." in page


def test_scores_render_whatever_their_shape():
    [kyiv, odesa, kharkiv] = feed_results()
    page = html_report.render([kyiv, odesa, kharkiv], ReportOptions())
    assert "round-trip chrf <b>61.2</b>" in page and "round-trip ter <b>45</b>" in page
    assert "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0" in page  # signatures are shown
    assert "no translation package for en→fr" in page  # the reason the round trip did not run
    assert "Scores per document" in page and "n/a" in page  # Kharkiv, with findings, has no scores


def test_the_article_text_survives_highlighting_exactly():
    for result in [*feed_results(), *hostile_results()]:
        parser = ArticleText()
        parser.feed(html_report.render([result], ReportOptions()))
        assert parser.articles == [result.document.text]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(min_size=1, max_size=120),
    spans=st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), max_size=6),
    scores=st.dictionaries(st.text(max_size=10), json_values, max_size=3),
)
def test_any_text_findings_and_scores_render(text, spans, scores):
    doc = Document(id="x", text=text, path="x.txt")
    findings = []
    for a, b in spans:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        findings.append(doc.finding("c", start, end, severity=Severity.INFO, category="c", message=text[:10]))
    findings.sort(key=lambda f: (f.start, f.end, f.check))
    page = html_report.render([DocumentResult(doc, findings, scores)], ReportOptions())
    assert not NOT_HTML.search(page)
    parser = ArticleText()
    parser.feed(page)
    assert parser.articles == [visible(text, keep="\t\n\r")]  # one character for one: the marks stay in place
    elements = Page()
    elements.feed(page)
    assert {tag for tag, _ in elements.elements} <= OWN_ELEMENTS


def test_characters_html_cannot_carry_are_shown_replaced():
    """NUL and ESC from a feed, a lone surrogate from a JSON escape or an undecodable file name, U+FFFF: the page
    was written with them raw (or not at all: UTF-8 cannot encode a lone surrogate)."""
    text = "\x1b[31mred\x00 alert \ud800 the the \uffff end\x85."
    doc = Document(id="a\x1b", text=text, path="feed\udcff.jsonl", title="T\x00itle")
    start = text.index("the the")
    finding = doc.finding(
        "repeated-word", start, start + 7, severity=Severity.ERROR, category="c", message="m\x1b[5m",
        suggestion="s\x00",
    )  # fmt: skip
    page = html_report.render([DocumentResult(doc, [finding])], ReportOptions())
    assert not NOT_HTML.search(page)
    page.encode("utf-8")
    parser = ArticleText()
    parser.feed(page)
    assert parser.articles == ["␛[31mred␀ alert \ufffd the the \ufffd end\ufffd."]
    assert "feed\ufffd.jsonl" in page and "T␀itle" in page and "m␛[5m" in page and "s␀" in page


def _charts(page: str) -> dict[str, str]:
    """Each chart's SVG by its heading."""
    return dict(re.findall(r'<div class="chart"><h3>([^<]*)</h3>(<svg.*?</svg>.*?</p>)</div>', page))


def test_charts_leave_clean_documents_out_and_name_documents_by_title_or_id():
    results = feed_results()  # Kyiv and Kharkiv have findings, Odesa none
    results.append(DocumentResult(Document(id="https://news.example/2024/12/22/kazan-strike", text="x y z",
                                           path="feed/kyiv-strike.txt"), results[0].findings[:1]))  # fmt: skip
    page = html_report.render(results, ReportOptions())
    charts = _charts(page)
    findings = charts["Findings per document"]
    labels = re.findall(r"<title>[^<]*</title>([^<]*)</text>", findings)
    assert labels[:2] == ["Drones over Kyiv | air force", "Charkiw: &lt;i&gt;@desk&lt;/i&gt; *update*"]
    assert labels[2].startswith("…") and labels[2].endswith("/2024/12/22/kazan-strike") and len(labels[2]) == 30
    assert "Odesa" not in findings and "feed/kyiv-strike.txt</text>" not in findings
    assert '<a href="#doc-1">' in findings and '<a href="#doc-3">' in findings and '<a href="#doc-2">' not in findings
    assert "1 document without findings is not charted." in page


def test_ter_is_charted_apart_from_chrf_and_bleu():
    page = html_report.render(feed_results(), ReportOptions())
    charts = _charts(page)
    higher = charts["Scores per document (chrF, BLEU: higher is better)"]
    lower = charts["TER per document (lower is better)"]
    assert "round-trip chrf" in higher and "round-trip bleu" in higher and "round-trip ter" not in higher
    assert "round-trip ter" in lower and "chrf" not in lower
    assert ": 45</title>" in lower and ": 61.2</title>" in higher  # feed_results' scores: TER 45, chrF 61.25


def test_no_chart_when_no_document_has_findings():
    [_, odesa, _] = feed_results()
    page = html_report.render([odesa], ReportOptions())
    assert '<section class="charts">' not in page
