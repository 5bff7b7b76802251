"""Every input format read into documents: ids, titles, links, languages, text and source (corpora/inputs/)."""

from __future__ import annotations

import io
import shutil

import pytest

from audit.errors import InputError
from audit.inputs import load
from tests.paths import CORPORA

INPUTS = CORPORA / "inputs"


def read(name: str, problems: list | None = None):
    return load([str(INPUTS / name)], [] if problems is None else problems)


def paragraphs(text: str | None) -> list[str]:
    return (text or "").split("\n\n")


def test_rss_items_are_documents_with_title_first_and_markup_removed():
    kazan, sontsivka, power = read("feed.rss")
    assert [kazan.id, sontsivka.id, power.id] == [
        "news.example.org/2024-12-22-kazan",  # the guid
        "https://news.example.org/en/2024/12/22/sontsivka",  # no guid: the link
        "https://news.example.org/en/2024/12/22/power",
    ]
    assert kazan.url == "https://news.example.org/en/2024/12/22/kazan"
    assert kazan.title == "Putin promises Ukraine more “destruction” after the drone attack on Kazan"
    assert kazan.path == str(INPUTS / "feed.rss")
    assert {d.lang_hint for d in (kazan, sontsivka, power)} == {"en"}  # <language>en-us</language>
    # content:encoded wins over the description; the script and the tags are gone, the paragraphs stay
    assert paragraphs(kazan.text)[0] == kazan.title
    assert len(paragraphs(kazan.text)) == 4
    assert "he said. he declared during an official ceremony." in kazan.text
    assert "new “Orechnik” missile." in kazan.text
    assert "<" not in kazan.text and "document.write" not in kazan.text
    # the description's own heading is the title: it is not repeated
    assert paragraphs(sontsivka.text)[0] == "Russian troops take Sontsivka near Kurakhové"
    assert paragraphs(sontsivka.text)[1].startswith("Russian troops have captured")
    assert sontsivka.text.count("Russian troops take Sontsivka") == 1


def test_atom_entries_with_xhtml_content_html_title_and_their_own_language():
    front, donbass = read("feed.atom")
    assert front.id == "urn:uuid:9f0e7a52-6c1b-4b8e-8e1d-2f4a6b3c5d01"
    assert front.title == "Acceleration on the front"  # type="html": the <em> is removed
    assert front.url == "https://dispatches.example.net/front"
    assert paragraphs(front.text) == [
        "Acceleration on the front",
        "On the front, the Russian army is advancing rapidly, particularly in the eastern region of Donetsk.",
        "Russia has accelerated its advance into eastern Ukraine in recent months.",
    ]
    assert (front.lang_hint, donbass.lang_hint) == ("en", "fr")  # xml:lang of the feed, then of the entry
    assert donbass.text.endswith("selon le ministère de la Défense.")


def test_json_lines_bad_line_is_a_problem_and_the_others_are_read():
    problems: list = []
    kazan, front, fourth = read("articles.jsonl", problems)
    bad_line = "not valid JSON (Expecting ',' delimiter at column 93)"
    assert [str(p) for p in problems] == [f"{INPUTS / 'articles.jsonl'}:3: {bad_line}"]
    assert (kazan.id, front.id, fourth.id) == ("kazan-1", "front-2", "4")
    assert kazan.text.startswith("On Sunday, Vladimir Putin promised Ukraine more destruction")
    assert kazan.source.startswith("Dimanche, Vladimir Poutine")
    assert (kazan.lang_hint, kazan.source_lang, kazan.title) == ("en", "fr", "Putin promises more destruction")
    assert kazan.url == "https://news.example.org/en/kazan"
    assert front.lang_hint == "en"  # en-GB
    assert (fourth.lang_hint, fourth.source, fourth.title) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('["a list"]', "a JSON object is expected, not list"),
        ('{"id": "x"}', "`text` (the translation; or `target`) is missing"),
        ('{"id": "x", "text": "   "}', "`text` must be a non-empty string"),
        ('{"id": "x", "text": 3}', "`text` must be a non-empty string"),
        ('{"id": true, "text": "Some text."}', "`id` must be a non-empty string or an integer"),
        ('{"id": "x", "text": "Some text.", "title": ["t"]}', "`title` must be a string"),
        ('{"id": "x", "text": "Some text.", "target_lang": "xx"}', "`target_lang` 'xx' is not a language code"),
        ('{"id": "x", "text": "Some text.", "source_lang": 7}', "`source_lang` 7 is not a language code"),
        ('{"id": "x", "text": "Some', "not valid JSON"),
        ('{"id": "x", "text": "Bad \\ud800 the the end."}', "a string holds a lone surrogate (\\ud800)"),
        ('{"id": "x", "text": "ok", "note": {"\\udfff": 1}}', "a string holds a lone surrogate (\\udfff)"),
        ('{"id": "x", "text": "ok", "x": ' + "9" * 5000 + "}", "a number of more than 4300 digits"),
        ('{"id": "x", "text": "ok", "x": ' + "[" * 100_000 + "}", "arrays or objects nested too deeply"),
    ],
    ids=lambda value: value[:40],
)
def test_json_lines_bad_lines_are_named_with_their_line_number(tmp_path, line, message):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "good", "text": "A good line."}\n' + line + "\n", "utf-8")
    problems: list = []
    [good] = load([str(path)], problems)
    assert good.id == "good"
    [problem] = problems
    assert problem.line == 2 and message in problem.message


def test_json_lines_without_one_good_line_is_an_input_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1}\n\nnot json\n', "utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:1: `text` \(the translation; or `target`\) is missing"):
        load([str(path)], [])


def test_json_lines_read_target_where_there_is_no_text(tmp_path):
    """A bilingual record as tools write it, source and target (a blind review's feed was refused)."""
    path = tmp_path / "pairs.jsonl"
    line = '{"id": "a", "source": "Il a dit.", "target": "He said it, \\"twice\\"."}'
    path.write_text(line + '\n{"id": "b", "text": "Kept.", "target": "Not read."}\n', "utf-8")
    first, second = load([str(path)], [])
    assert (first.text, first.source, second.text) == ('He said it, "twice".', "Il a dit.", "Kept.")
    assert line[first.origins[0].place.column - 1 :].startswith('"He said')


def test_json_lines_without_id_are_named_by_line(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('\n{"text": "First."}\n{"text": "Second."}\n', "utf-8")
    assert [d.id for d in load([str(path)], [])] == ["news#line-2", "news#line-3"]


def test_xliff_1_2_targets_and_sources_in_the_same_order():
    [doc] = read("article.xlf")
    assert doc.id == "article"
    assert (doc.lang_hint, doc.source_lang) == ("en", "fr")  # en-US, fr-FR
    assert paragraphs(doc.text) == [
        "Putin promises Ukraine even more “destruction”",
        "“Anyone who attempts to destroy anything in our country will regret it,” he said. he declared during an "
        "official ceremony.",
        "Vladimir Putin threatened to strike Kyiv with his new Orechnik missile.",  # <g> kept, <x/> empty
        "Russian troops took Sontsivka, near Kurakhové.",  # the <ph> native code left out
    ]
    # the untranslated unit keeps its source (an omission reference mode can see); translate="no" is left out
    assert paragraphs(doc.source)[-1] == "L'Ukraine n'a pas commenté l'attaque."
    assert len(paragraphs(doc.source)) == 5
    assert "AFP" not in doc.text and "AFP" not in doc.source


def test_xliff_2_units_groups_inline_codes_and_an_untranslated_file():
    problems: list = []
    [doc] = read("article2.xlf", problems)
    assert doc.id == "article2#kazan"
    assert (doc.lang_hint, doc.source_lang) == ("en", "fr")
    assert paragraphs(doc.text) == [
        "On Sunday, Vladimir Putin promised Ukraine even more “destruction”. The attack targeted buildings in "
        "Kazan, according to local authorities.",
        "Kyiv regularly carries out strikes in Russia.",
        "Russia has accelerated its advance. he said. he declared.",
    ]
    assert paragraphs(doc.source)[1] == "Kiev mène régulièrement des frappes en Russie."
    assert paragraphs(doc.source)[2] == "La Russie a accéléré son avancée."  # <cp hex="00A0"/> is a space
    assert "AFP" not in doc.text
    assert [p.message for p in problems] == ["<file> 'untranslated' has no translated segment; not audited"]


def test_tmx_one_document_per_target_language():
    english, german = read("memory.tmx")
    assert (english.id, german.id) == ("memory#en-gb", "memory#de")
    assert (english.lang_hint, english.source_lang, german.lang_hint) == ("en", "fr", "de")
    assert paragraphs(english.text)[1] == "The Republican promised to quickly put an end to this conflict."  # no <b>
    assert paragraphs(german.text)[1] == "Der Republikaner versprach, diesen Konflikt rasch zu beenden."  # <hi> kept
    assert len(paragraphs(english.text)) == 3 and len(paragraphs(german.text)) == 2
    assert english.source == german.source
    assert paragraphs(english.source)[1] == "Le républicain a promis de mettre rapidement fin à ce conflit."


def test_html_page_main_text_without_navigation_or_boilerplate():
    [doc] = read("article.html")
    assert doc.id == "article"
    assert doc.title == "Putin promises Ukraine more “destruction”"
    assert doc.url == "https://news.example.org/en/2024/12/22/kazan"  # the canonical link
    assert doc.lang_hint == "en"
    assert paragraphs(doc.text)[0] == doc.title
    assert len(paragraphs(doc.text)) == 4
    assert "he said. he declared during an official ceremony" in doc.text
    for boilerplate in ("Home", "Most read", "Ten recipes", "Privacy", "All rights reserved", "analytics"):
        assert boilerplate not in doc.text


def test_html_page_without_article_text(tmp_path):
    path = tmp_path / "empty.html"
    page = '<!DOCTYPE html><html><head><script>var a = "code";</script></head><body><img src="a.png"></body></html>'
    path.write_text(page, "utf-8")
    with pytest.raises(InputError, match="no article text"):
        load([str(path)], [])


def test_text_and_markdown_are_read_as_they_are(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nThe *talks* ended.", "utf-8")
    [doc] = load([str(tmp_path / "a.md")], [])
    assert (doc.id, doc.text, doc.path) == ("a", "# Title\n\nThe *talks* ended.", str(tmp_path / "a.md"))


@pytest.mark.parametrize(("name", "count"), [("feed.rss", 3), ("feed.atom", 2), ("article.xlf", 1), ("memory.tmx", 2)])
def test_xml_files_are_recognised_by_their_root_element(tmp_path, name, count):
    copy = tmp_path / "export.xml"
    shutil.copy(INPUTS / name, copy)
    assert len(load([str(copy)], [])) == count


def test_an_unknown_xml_root_and_a_non_xml_xml_file_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="<configuration> is not an RSS or Atom feed"):
        load([str(INPUTS / "not_a_feed.xml")], [])
    (tmp_path / "x.xml").write_text("just words", "utf-8")
    with pytest.raises(InputError, match="not XML"):
        load([str(tmp_path / "x.xml")], [])


def test_a_directory_is_walked_for_every_format_hidden_files_left_out(tmp_path):
    for name in ("feed.rss", "articles.jsonl", "article.xlf", "memory.tmx", "article.html"):
        shutil.copy(INPUTS / name, tmp_path / name)
    (tmp_path / "note.txt").write_text("The talks ended on Friday.", "utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("Not to be read.", "utf-8")
    documents = load([str(tmp_path)], [])
    assert len(documents) == 3 + 3 + 1 + 2 + 1 + 1
    assert not any(".cache" in (d.path or "") for d in documents)


def test_a_directory_without_supported_files(tmp_path):
    (tmp_path / "data.bin").write_bytes(b"\x00")
    with pytest.raises(InputError, match="holds no file to audit"):
        load([str(tmp_path)], [])


def test_ids_are_unique_across_a_run(tmp_path):
    shutil.copy(INPUTS / "feed.rss", tmp_path / "copy.rss")
    documents = load([str(INPUTS / "feed.rss"), str(tmp_path / "copy.rss")], [])
    ids = [d.id for d in documents]
    assert len(set(ids)) == 6
    assert ids[3] == "news.example.org/2024-12-22-kazan~2"


@pytest.mark.parametrize(
    ("data", "count", "doc_id"),
    [
        (b"Plain text on standard input.", 1, "stdin"),
        (b"{Breaking} Text in braces is not JSON.", 1, "stdin"),
        ((INPUTS / "feed.rss").read_bytes(), 3, "news.example.org/2024-12-22-kazan"),
        (b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n', 2, "a"),
        (b'{"text": "Nested too deep to parse.", "x": ' + b"[" * 100_000 + b"}", 1, "stdin"),
    ],
    ids=["text", "braces", "feed", "jsonl", "json-too-deep"],
)
def test_standard_input_is_recognised_by_its_content(monkeypatch, data, count, doc_id):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    documents = load(["-"], [])
    assert len(documents) == count and documents[0].id == doc_id
    assert all(d.path is None for d in documents)


def test_problems_are_printed_as_warnings_when_not_collected(capsys):
    load([str(INPUTS / "articles.jsonl")])
    assert capsys.readouterr().err == (
        f"audit: warning: {INPUTS / 'articles.jsonl'}:3: not valid JSON (Expecting ',' delimiter at column 93)\n"
    )


def test_ignored_files_in_a_directory_are_not_read(tmp_path):
    shutil.copy(INPUTS / "feed.rss", tmp_path / "feed.rss")
    shutil.copy(INPUTS / "not_a_feed.xml", tmp_path / "settings.xml")  # would be refused if it were read
    documents = load([str(tmp_path)], [], ignore=lambda path: path.endswith("settings.xml"))
    assert len(documents) == 3
    notes: list = []
    assert len(load([str(tmp_path)], [], notes=notes)) == 3  # read, it is skipped with a note: not a feed
    assert [str(note) for note in notes] == [
        f"{tmp_path / 'settings.xml'}: <configuration> is not an RSS or Atom feed, an XLIFF or a TMX document: skipped"
    ]


def test_a_feed_item_without_title_or_text_is_a_problem(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>t</title><link>https://x.example</link><description>d</description>'
        "<item><guid>empty</guid></item><item><title>Talks resume</title></item></channel></rss>",
        "utf-8",
    )
    problems: list = []
    [doc] = load([str(path)], problems)
    assert doc.text == "Talks resume"
    assert [str(p) for p in problems] == [f"{path}: item 1 has neither title nor text; not audited"]


def test_a_feed_whose_items_all_lack_title_and_text_is_an_input_error(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>t</title><link>https://x.example</link><description>d</description>'
        "<item><guid>a</guid></item><item><link>https://x.example/b</link></item></channel></rss>",
        "utf-8",
    )
    with pytest.raises(InputError, match=r"feed\.rss: no item of the feed has a title or text$"):
        load([str(path)], [])


TMX_TEMPLATE = (
    '<tmx version="1.4"><header srclang="{src}"/><body>'
    '<tu><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv>'
    '<tuv xml:lang="{other}"><seg>Hallo.</seg></tuv></tu>'
    '<tu><tuv xml:lang="fr"><seg>Merci.</seg></tuv><tuv xml:lang=""><seg>Thanks.</seg></tuv></tu>'
    "</body></tmx>"
)


def test_tmx_segments_without_language_and_unknown_target_languages_are_problems(tmp_path):
    path = tmp_path / "memory.tmx"
    path.write_text(TMX_TEMPLATE.format(src="fr", other="xx-YY"), "utf-8")
    problems: list = []
    [doc] = load([str(path)], problems)
    assert (doc.id, doc.text, doc.lang_hint, doc.source_lang) == ("memory", "Hello.", "en", "fr")
    assert [str(p) for p in problems] == [
        f"{path}: translation unit 2: a <tuv> without xml:lang; left out",
        f"{path}: xml:lang 'xx-yy' is not a language the audit knows (such as en, fr, uk); not audited",
    ]


def test_tmx_with_an_unknown_source_language_is_an_input_error(tmp_path):
    path = tmp_path / "memory.tmx"
    path.write_text(TMX_TEMPLATE.format(src="xx", other="de"), "utf-8")
    with pytest.raises(InputError, match=r"memory\.tmx: srclang 'xx' is not a language the audit knows"):
        load([str(path)], [])


XLIFF_TEMPLATE = (
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file original="a" source-language="fr" target-language="{a}" datatype="plaintext"><body>'
    '<trans-unit id="1"><source>Bonjour.</source><target>Hello.</target></trans-unit></body></file>'
    '<file original="b" source-language="fr" target-language="{b}" datatype="plaintext"><body>'
    '<trans-unit id="1"><source>Merci.</source><target>Thanks.</target></trans-unit></body></file></xliff>'
)


def test_an_xliff_file_with_an_unknown_language_is_a_problem(tmp_path):
    path = tmp_path / "export.xlf"
    path.write_text(XLIFF_TEMPLATE.format(a="en-GB", b="xx-YY"), "utf-8")
    problems: list = []
    [doc] = load([str(path)], problems)
    assert (doc.id, doc.text, doc.lang_hint) == ("export#a", "Hello.", "en")
    assert [str(p) for p in problems] == [
        f"{path}: <file> 'b': target-language 'xx-YY' is not a language the audit knows (such as en, fr, uk); "
        "not audited"
    ]
    path.write_text(XLIFF_TEMPLATE.format(a="xx-YY", b="xx-YY"), "utf-8")
    with pytest.raises(InputError, match=r"export\.xlf: <file> 'a': target-language 'xx-YY' is not a language"):
        load([str(path)], [])


def test_an_xliff_2_code_point_that_is_a_surrogate_is_left_out(tmp_path):
    path = tmp_path / "units.xlf"
    path.write_text(
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="en">'
        '<file id="f"><unit id="1"><segment><source>Bonjour.</source>'
        '<target>Hello<cp hex="D800"/> and<cp hex="0001"/> bye.</target></segment></unit></file></xliff>',
        "utf-8",
    )
    [doc] = load([str(path)], [])
    assert doc.text == "Hello and\x01 bye."


@pytest.mark.parametrize("encoding", ["windows-1251", "gb2312", "shift_jis", "utf-16"])
def test_xml_in_its_declared_encoding(tmp_path, encoding):
    title = {"windows-1251": "Удар по Києву", "gb2312": "基辅遭袭", "shift_jis": "キーウ攻撃", "utf-16": "Удар 基辅"}[
        encoding
    ]
    feed = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>t</title>'
        f"<link>https://x.example</link><description>d</description><item><title>{title}</title></item>"
        "</channel></rss>"
    )
    memory = (
        f"<?xml version='1.0' encoding='{encoding}'?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"
        f'<tuv xml:lang="en"><seg>Strike on Kyiv</seg></tuv><tuv xml:lang="uk"><seg>{title}</seg></tuv>'
        "</tu></body></tmx>"
    )
    (tmp_path / "feed.rss").write_bytes(feed.encode(encoding))
    (tmp_path / "memory.tmx").write_bytes(memory.encode(encoding))
    from_feed, from_memory = load([str(tmp_path / "feed.rss"), str(tmp_path / "memory.tmx")], [])
    assert from_feed.text == title
    assert from_memory.text == title and from_memory.source == "Strike on Kyiv"


def test_a_page_whose_utf8_title_line_precedes_a_windows_1251_body_keeps_its_title(tmp_path):
    """Decoded whole as Windows-1251 (its <meta charset>), the title was “РќРѕРІРѕСЃС‚Рё”: each line is decoded as what
    it is, and the page is reported as mixed."""
    path = tmp_path / "news.html"
    head = '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="windows-1251">\n<title>Новости</title>\n</head>\n'
    body = "<body><article><p>Президент заявил в понедельник, что переговоры продолжатся в Женеве.</p></article>"
    path.write_bytes(head.encode() + (body + "</body></html>\n").encode("cp1251"))
    problems: list = []
    [doc] = load([str(path)], problems)
    assert doc.title == "Новости"
    assert paragraphs(doc.text) == ["Новости", "Президент заявил в понедельник, что переговоры продолжатся в Женеве."]
    assert [str(p) for p in problems] == [
        f"{path}: line 7 is not UTF-8 (the rest of the file is): decoded as Windows-1251"
    ]


def test_an_html_fragment_is_read_whole(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text("<p>The talks ended on <b>Friday</b>.</p><p>They resume in January.</p>", "utf-8")
    [doc] = load([str(path)], [])
    assert doc.text == "The talks ended on Friday.\n\nThey resume in January."


def test_xliff_suggestions_and_metadata_are_not_the_translation(tmp_path):
    """XLIFF 1.2 <alt-trans> and XLIFF 2 translation-candidate matches hold other translations: left out."""
    version1 = tmp_path / "one.xlf"
    version1.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="fr" '
        'target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>Bonjour.</source>'
        "<target>Hello.</target><alt-trans><source>Bonjour !</source><target>Good morning!</target></alt-trans>"
        "<note>Greeting.</note></trans-unit></body></file></xliff>",
        "utf-8",
    )
    version2 = tmp_path / "two.xlf"
    version2.write_text(
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        'xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="fr" trgLang="en"><file id="f"><unit id="u">'
        '<mtc:matches><mtc:match ref="#s"><source>Bonjour !</source><target>Good morning!</target></mtc:match>'
        '</mtc:matches><notes><note>Greeting.</note></notes><segment id="s"><source>Bonjour.</source>'
        "<target>Hello.</target></segment></unit></file></xliff>",
        "utf-8",
    )
    for doc in load([str(version1), str(version2)], []):
        assert (doc.text, doc.source) == ("Hello.", "Bonjour.")


def test_rss_1_0_is_recognised_by_its_rdf_root(tmp_path):
    path = tmp_path / "news.xml"
    path.write_text(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
        '<channel rdf:about="https://x.example/"><title>t</title><link>https://x.example/</link>'
        "<description>d</description></channel>"
        '<item rdf:about="https://x.example/talks"><title>Talks resume</title><link>https://x.example/talks</link>'
        "<description>The talks resumed on Monday.</description></item></rdf:RDF>",
        "utf-8",
    )
    [doc] = load([str(path)], [])
    assert (doc.id, doc.text) == ("https://x.example/talks", "Talks resume\n\nThe talks resumed on Monday.")


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en-US", "en"), ("fr_FR", "fr"), ("EN", "en"), ("zh-Hans-CN", "zh-cn"), ("zh-Hant", "zh-tw"), ("zh-TW", "zh-tw"),
     ("nb-NO", "no"), ("pt-BR", "pt"), ("x-klingon", None), ("", None), (None, None)],
)  # fmt: skip
def test_language_tags_become_the_audits_codes(tag, code):
    from audit.inputs.languages import code_from_tag

    assert code_from_tag(tag) == code
