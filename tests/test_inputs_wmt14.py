"""Real news through every bilingual and feed format: WMT14 fr→en (176 articles, 3,003 sentences) written as
XLIFF 1.2, XLIFF 2.0, TMX, JSON Lines and RSS, read back, and compared with the sentences sentence by sentence."""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from xml.sax.saxutils import escape, quoteattr

import pytest

from audit.inputs import load

WMT = "wmt14-fren"


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, list[str], list[str]]]:
    """(docid, English sentences, French sentences) of each article, in order."""
    from tests.paths import SHARED_DATA

    folder = SHARED_DATA / WMT
    if not folder.is_dir():
        pytest.skip(f"the WMT14 data set is not beside the project ({folder})")
    english = (folder / "newstest2014-fren-ref.en").read_text("utf-8").splitlines()
    french = (folder / "newstest2014-fren-src.fr").read_text("utf-8").splitlines()
    sgm = (folder / "sgm" / "newstest2014-fren-ref.en.sgm").read_text("utf-8")
    result, start = [], 0
    for docid, body in re.findall(r'<doc [^>]*docid="([^"]+)"[^>]*>(.*?)</doc>', sgm, re.S):
        count = body.count("<seg ")
        result.append((docid, english[start : start + count], french[start : start + count]))
        start += count
    assert start == len(english) == len(french) == 3003 and len(result) == 176
    return result


def collapsed(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def paragraphs(text: str | None) -> list[str]:
    return (text or "").split("\n\n")


def test_xliff_1_2_one_file_per_article(tmp_path, articles):
    files = "".join(
        f'<file original={quoteattr(docid)} source-language="fr" target-language="en" datatype="plaintext"><body>'
        + "".join(
            f'<trans-unit id="{n}"><source>{escape(fr)}</source><target>{escape(en)}</target></trans-unit>'
            for n, (en, fr) in enumerate(zip(english, french, strict=True))
        )
        + "</body></file>"
        for docid, english, french in articles
    )
    path = tmp_path / "newstest.xlf"
    path.write_text(f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">{files}</xliff>', "utf-8")
    documents = load([str(path)], [])
    assert [d.id for d in documents] == [f"newstest#{docid}" for docid, _, _ in articles]
    for doc, (_, english, french) in zip(documents, articles, strict=True):
        assert paragraphs(doc.text) == collapsed(english)
        assert paragraphs(doc.source) == collapsed(french)
        assert (doc.lang_hint, doc.source_lang) == ("en", "fr")


def test_xliff_2_one_file_per_article(tmp_path, articles):
    files = "".join(
        f"<file id={quoteattr(docid)}>"
        + "".join(
            f'<unit id="u{n}"><segment><source>{escape(fr)}</source><target>{escape(en)}</target></segment></unit>'
            for n, (en, fr) in enumerate(zip(english, french, strict=True))
        )
        + "</file>"
        for docid, english, french in articles
    )
    path = tmp_path / "newstest.xlf"
    path.write_text(
        f'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="en">{files}</xliff>',
        "utf-8",
    )
    documents = load([str(path)], [])
    assert len(documents) == 176
    for doc, (_, english, french) in zip(documents, articles, strict=True):
        assert paragraphs(doc.text) == collapsed(english)
        assert paragraphs(doc.source) == collapsed(french)


def test_tmx_of_every_sentence(tmp_path, articles):
    units = "".join(
        f'<tu><tuv xml:lang="fr"><seg>{escape(fr)}</seg></tuv><tuv xml:lang="en"><seg>{escape(en)}</seg></tuv></tu>'
        for _, english, french in articles
        for en, fr in zip(english, french, strict=True)
    )
    path = tmp_path / "newstest.tmx"
    path.write_text(f'<tmx version="1.4"><header srclang="fr"/><body>{units}</body></tmx>', "utf-8")
    [doc] = load([str(path)], [])
    assert paragraphs(doc.text) == collapsed([s for _, english, _ in articles for s in english])
    assert paragraphs(doc.source) == collapsed([s for _, _, french in articles for s in french])


def test_json_lines_texts_are_taken_exactly(tmp_path, articles):
    path = tmp_path / "newstest.jsonl"
    lines = [
        json.dumps({"id": docid, "text": "\n".join(en), "source": "\n".join(fr), "source_lang": "fr"})
        for docid, en, fr in articles
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    documents = load([str(path)], [])
    assert [(d.id, d.text, d.source) for d in documents] == [
        (docid, "\n".join(en), "\n".join(fr)) for docid, en, fr in articles
    ]


def test_rss_headline_as_title_and_sentences_as_html_paragraphs(tmp_path, articles):
    items = "".join(
        f"<item><title>{escape(english[0])}</title><guid>{escape(docid)}</guid><description>"
        + escape("".join(f"<p>{html_escape(sentence)}</p>" for sentence in english[1:]))
        + "</description></item>"
        for docid, english, _ in articles
    )
    path = tmp_path / "newstest.rss"
    path.write_text(
        f'<rss version="2.0"><channel><title>WMT14</title><link>https://x.example</link><description>d</description>'
        f"<language>en</language>{items}</channel></rss>",
        "utf-8",
    )
    documents = load([str(path)], [])
    assert [d.id for d in documents] == [docid for docid, _, _ in articles]
    for doc, (_, english, _) in zip(documents, articles, strict=True):
        assert doc.title == english[0].strip()
        assert paragraphs(doc.text) == collapsed(english)
