"""Malformed and hostile inputs through the command line: exit 2, one line naming the file (and the line), no hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import CORPORA

INPUTS = CORPORA / "inputs"

XLIFF_UNCLOSED = """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>
    <trans-unit id="1"><source>Bonjour.</source><target>Hello.</trans-unit>
  </body></file>
</xliff>
"""
XLIFF_NO_TARGET = """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>
    <trans-unit id="1"><source>Bonjour.</source></trans-unit>
  </body></file>
</xliff>
"""
TMX_BAD_ATTRIBUTE = """<?xml version="1.0"?>
<tmx version="1.4"><header srclang="fr"/>
<body><tu><tuv xml:lang="fr><seg>Bonjour.</seg></tuv></tu></body></tmx>
"""
TMX_SOURCE_ONLY = """<?xml version="1.0"?>
<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu></body></tmx>
"""
RSS_BLANK_ITEMS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title><link>https://x.example</link><description>d</description>
<item><guid>a</guid></item><item><link>https://x.example/b</link></item></channel></rss>
"""
XLIFF_UNKNOWN_LANGUAGE = XLIFF_NO_TARGET.replace('target-language="en"', 'target-language="xx-YY"').replace(
    "<source>Bonjour.</source>", "<source>Bonjour.</source><target>Hello.</target>"
)
RSS_NO_ITEMS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Empty</title><link>https://x.example</link><description>d</description></channel></rss>
"""
ATOM_BAD_CHARACTER = (
    '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>A \x01 B</title></feed>\n'
)
EXTERNAL_ENTITY_TMX = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/hostname">]>
<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>
"""
QUADRATIC_BLOWUP = '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "{a}">]>\n<feed>{refs}</feed>\n'.format(
    a="a" * 50_000, refs="&a;" * 50_000
)


def audit(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audit", "check", str(path), "--no-backtranslate"],
        capture_output=True,
        text=True,
        timeout=60,  # a billion laughs that were expanded would not finish in time
    )


def assert_one_line_error(completed: subprocess.CompletedProcess, *expected: str) -> None:
    assert completed.returncode == 2, completed.stderr
    assert completed.stderr.count("\n") == 1, completed.stderr
    assert completed.stderr.startswith("audit: error: ")
    assert "Traceback" not in completed.stderr
    for part in expected:
        assert part in completed.stderr


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("malformed.rss", ["malformed.rss:5:55: malformed XML: mismatched tag"]),
        ("billion_laughs.xml", ["billion_laughs.xml: refused XML", "entity 'lol'"]),
        ("external_entity.xlf", ["external_entity.xlf: refused XML", "entity 'secret'"]),
        ("not_a_feed.xml", ["not_a_feed.xml: <configuration> is not an RSS or Atom feed"]),
    ],
)
def test_corpus_files_that_are_refused(name, expected):
    assert_one_line_error(audit(INPUTS / name), *expected)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("unclosed.xlf", XLIFF_UNCLOSED, ["unclosed.xlf:4:", "malformed XML: mismatched tag"]),
        ("untranslated.xlf", XLIFF_NO_TARGET, ["untranslated.xlf: no translated segment"]),
        ("quote.tmx", TMX_BAD_ATTRIBUTE, ["quote.tmx:3:", "malformed XML"]),
        ("source.tmx", TMX_SOURCE_ONLY, ["source.tmx: no segments in a language other than the source"]),
        ("empty.rss", RSS_NO_ITEMS, ["empty.rss: the feed has no items"]),
        ("blank.rss", RSS_BLANK_ITEMS, ["blank.rss: no item of the feed has a title or text"]),
        ("lang.xlf", XLIFF_UNKNOWN_LANGUAGE, ["lang.xlf: <file> 'a': target-language 'xx-YY' is not a language"]),
        ("control.atom", ATOM_BAD_CHARACTER, ["control.atom:3:", "malformed XML: not well-formed"]),
        ("entity.tmx", EXTERNAL_ENTITY_TMX, ["entity.tmx: refused XML", "entity 'x'"]),
        ("blowup.xml", QUADRATIC_BLOWUP, ["blowup.xml: refused XML", "entity 'a'"]),
        ("empty.xlf", "  \n", ["empty.xlf: the input is empty"]),
        ("encoding.tmx", '<?xml version="1.0" encoding="x-unknown"?><tmx/>', ["encoding.tmx: unknown XML encoding"]),
        ("bad.jsonl", '{"id": 1}\n[1, 2]\n', ["bad.jsonl:1: `text` (the translation; or `target`) is missing"]),
        ("blank.html", "<html><body><img src='a.png'></body></html>", ["blank.html: no article text"]),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 20 else "",
)
def test_malformed_files_exit_2_with_file_and_line(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    assert_one_line_error(audit(path), *[str(tmp_path / e) if e.startswith(name) else e for e in expected])


def test_a_bad_json_line_is_a_warning_and_the_rest_is_audited():
    completed = audit(INPUTS / "articles.jsonl")
    assert completed.returncode == 1  # the first line's double attribution is an error
    assert completed.stderr.splitlines() == [
        f"audit: warning: {INPUTS / 'articles.jsonl'}:3: not valid JSON (Expecting ',' delimiter at column 93)"
    ]
    assert "3 documents" in completed.stdout


def test_a_json_line_with_a_lone_surrogate_is_a_bad_line_and_the_rest_is_audited(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Bad \\ud800 the the end."}\n{"text": "The talks resumed on Monday."}\n', "utf-8")
    completed = audit(path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == f"audit: warning: {path}:1: a string holds a lone surrogate (\\ud800), not a character\n"
    assert "1 document" in completed.stdout


def test_a_file_mixing_utf8_and_latin1_is_audited_with_one_warning(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Sontsivka is near Kurakhové, the the town.\n".encode()
        + "The Kurakhové power plant was hit.\n".encode("latin-1")
    )
    completed = audit(path)
    assert completed.returncode == 1, completed.stderr  # the repeated word is an error
    [warning] = completed.stderr.splitlines()
    assert warning.startswith(f"audit: warning: {path}: line 2 is not UTF-8 (the rest of the file is): decoded as ")
    assert "near Kurakhové, the the town" in completed.stdout and "Ã" not in completed.stdout


def test_utf16_without_bom_is_audited(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes(("Президент заявил в понедельник. " * 40).encode("utf-16-le"))
    completed = audit(path)
    assert completed.returncode in (0, 1), completed.stderr
    assert "Russian" in completed.stdout and completed.stderr == ""
