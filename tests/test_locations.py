"""Findings inside bilingual files, feeds and JSON Lines point into the file: the unit, and the line and column of
the defect (where the text before it is written as itself) or of its element, looked up here in the file's text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from audit import origins
from audit.cli import app
from audit.origins import Origin, Place, locate
from audit.reports import suffix

DEFECT = "the the"  # repeated-word finds it without a model

XLIFF1 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr" target-language="en" datatype="plaintext" original="news.txt">
    <body>
      <trans-unit id="t1">
        <source>Le président a parlé.</source>
        <target>The president spoke on Sunday.</target>
      </trans-unit>
      <group id="g1">
        <trans-unit id="t2">
          <source>Les drones ont frappé la ville.</source>
          <target>Drones struck the city overnight.</target>
        </trans-unit>
        <trans-unit id="t3">
          <source>Il a dit que la guerre continuait.</source>
          <target state="translated">He said that
            the the war went on.</target>
        </trans-unit>
        <trans-unit id="t4">
          <source>Ben et Jerry ont dit que la guerre continuait.</source>
          <target>Ben &amp; Jerry said that the the war went on.</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
"""

XLIFF2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Le président a parlé.</source>
        <target>The president spoke on Sunday.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment id="s1">
        <source>Les drones ont frappé.</source>
        <target>Drones struck the city.</target>
      </segment>
      <segment id="s2">
        <source>Il a dit que la guerre continuait.</source>
        <target>He said that the the war went on.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en"
          creationtool="t" creationtoolversion="1" o-tmf="t"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="fr"><seg>Le président a parlé.</seg></tuv>
      <tuv xml:lang="en"><seg>The president spoke on Sunday.</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="fr"><seg>Les drones ont frappé la ville.</seg></tuv>
      <tuv xml:lang="en"><seg>Drones struck the city overnight.</seg></tuv>
    </tu>
    <tu tuid="war-3">
      <tuv xml:lang="fr"><seg>Il a dit que la guerre continuait.</seg></tuv>
      <tuv xml:lang="en">
        <seg>He said that the the war went on.</seg>
      </tuv>
    </tu>
  </body>
</tmx>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>News</title>
    <link>https://news.example/</link>
    <description>Dispatches.</description>
    <item>
      <title>Drones over Kyiv</title>
      <guid>https://news.example/kyiv</guid>
      <description>The air force said drones struck overnight.</description>
    </item>
    <item>
      <title>War goes on</title>
      <guid>https://news.example/war</guid>
      <description>The governor said that the the war went on
        and that help was coming.</description>
    </item>
    <item>
      <title>Markup in the summary</title>
      <guid>https://news.example/markup</guid>
      <description>&lt;p&gt;The mayor said that the the city held.&lt;/p&gt;</description>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>News</title>
  <id>urn:news</id>
  <updated>2024-12-22T10:00:00Z</updated>
  <entry>
    <title>Drones over Kyiv</title>
    <id>urn:news:kyiv</id>
    <updated>2024-12-22T10:00:00Z</updated>
    <content type="text">The air force said drones struck overnight.</content>
  </entry>
  <entry>
    <title>War goes on</title>
    <id>urn:news:war</id>
    <updated>2024-12-22T10:00:00Z</updated>
    <content type="text">The governor said that the the war went on.</content>
  </entry>
</feed>
"""

JSONL = "\n".join(
    [
        json.dumps({"id": "a1", "text": "The president spoke on Sunday."}),
        json.dumps({"id": "a2", "title": "War", "text": "He said that the the war went on."}, ensure_ascii=False),
        json.dumps({"text": "Le “président” said that the the war went on."}, ensure_ascii=False),
        json.dumps({"id": 4, "text": 'A quote: "yes" said that the the war went on.'}),
    ]
)

VALUE = '"text": "'  # a JSON line's element: its text value, at its opening quote
# (file name, content, [(unit, the element the defect is in, whether the position is the defect's own)])
CASES = [
    ("news.xlf", XLIFF1, [("t3", "<target", True), ("t4", "<target", False)]),
    ("news2.xlf", XLIFF2, [("u2", "<target", True)]),
    ("memory.tmx", TMX, [("war-3", "<seg", True)]),
    (
        "news.rss",
        RSS,
        [("https://news.example/war", "<description", True), ("https://news.example/markup", "<description", False)],
    ),
    ("news.atom", ATOM, [("urn:news:war", "<content", True)]),
    ("news.jsonl", JSONL, [("a2", VALUE, True), ("line-3", VALUE, True), ("4", VALUE, True)]),  # escapes read
]


def audit(path: Path, *formats: str) -> dict[str, str]:
    """The reports of `audit check PATH` (repeated-word only, no model) by format."""
    out = path.parent / "reports"
    args = ["check", str(path), "--no-backtranslate", "--check", "repeated-word", "--report-dir", str(out)]
    for name in formats:
        args += ["-f", name]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # repeated words are errors
    return {name: (out / f"audit-report{suffix(name)}").read_text("utf-8") for name in formats}


def offset_of(text: str, line: int, column: int) -> int:
    """The offset in `text` of a 1-based line and column (lines end at CRLF, CR or LF, as editors count them)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[line - 1] + column - 1


def defects(text: str) -> list[int]:
    """The offsets in the file of each repeated word (the second “the” of each “the the”)."""
    return [m.start() + len("the ") for m in re.finditer(DEFECT, text)]


def element_start(text: str, defect: int, element: str) -> int:
    """Where the element holding the defect starts: the last such tag before it, or the JSON value's quote."""
    return text.rindex(element, 0, defect) + (len(element) - 1 if element == VALUE else 0)


def located_findings(report: str) -> list[dict]:
    return [f for doc in json.loads(report)["documents"] for f in doc["findings"]]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(("name", "content", "expected"), CASES, ids=[case[0] for case in CASES])
def test_a_finding_points_at_its_defect_or_its_element_in_the_file(tmp_path, name, content, expected, newline):
    path = tmp_path / name
    path.write_bytes(content.replace("\n", newline).encode("utf-8"))
    text = path.read_bytes().decode("utf-8")
    findings = located_findings(audit(path, "json")["json"])
    assert len(findings) == len(expected) == len(defects(text))
    for finding, defect, (unit, element, exact) in zip(findings, defects(text), expected, strict=True):
        location = finding["location"]
        assert (location["unit"], location["exact"]) == (unit, exact)
        at = offset_of(text, location["line"], location["column"])
        if exact:
            assert at == defect and text[at:].startswith(finding["text"])
        else:
            assert at == element_start(text, defect, element), text[at : at + 30]


def test_reports_show_the_file_position_and_the_unit(tmp_path):
    path = tmp_path / "news.xlf"
    path.write_text(XLIFF1, "utf-8")
    reports = audit(path, "json", "text", "github", "sarif", "junit")
    exact, coarse = (f["location"] for f in located_findings(reports["json"]))
    assert offset_of(XLIFF1, exact["line"], exact["column"]) == defects(XLIFF1)[0]

    assert f"{path}:{exact['line']}:{exact['column']} [t3]" in reports["text"]
    assert f"{path}:{coarse['line']}:{coarse['column']} [t4]" in reports["text"]

    first, second = reports["github"].splitlines()
    assert first.startswith(f"::error file={path},line={exact['line']},endLine={exact['line']},")
    assert f",col={exact['column']},endColumn={exact['column'] + 2},title=repeated-word (t3)::" in first
    assert second.startswith(f"::error file={path},line={coarse['line']},title=repeated-word (t4)::")  # no column

    [run] = json.loads(reports["sarif"])["runs"]
    for result, location in zip(run["results"], (exact, coarse), strict=True):
        [place] = result["locations"]
        assert place["physicalLocation"]["artifactLocation"]["uri"] == path.as_uri()
        region = place["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (location["line"], location["column"])
        assert place["logicalLocations"] == [{"name": location["unit"]}]
        assert "charOffset" in result["relatedLocations"][0]["physicalLocation"]["region"]  # the text's, for fixes

    case = re.search(r"<testcase [^>]*>", reports["junit"])[0]
    assert 'name="news"' in case and f'classname="{str(path)[: -len(".xlf")]}_xlf"' in case
    assert f"{exact['line']}:{exact['column']} [t3] error repeated-word" in reports["junit"]


def test_feed_items_are_jenkins_tests_of_their_file(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, "utf-8")
    junit = audit(path, "junit")["junit"]
    cases = re.findall(r'<testcase name="([^"]*)" classname="([^"]*)"', junit)
    classname = str(path)[: -len(".rss")] + "_rss"  # news.atom beside it: news_atom
    assert cases == [
        ("https://news.example/kyiv “Drones over Kyiv”", classname),
        ("https://news.example/war “War goes on”", classname),
        ("https://news.example/markup “Markup in the summary”", classname),
    ]


def test_plain_text_keeps_its_own_lines_and_columns(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("A first line.\nHe said that the the war went on.\n", "utf-8")
    reports = audit(path, "json", "text", "github")
    [finding] = located_findings(reports["json"])
    assert "location" not in finding and (finding["line"], finding["column"]) == (2, 18)
    assert "\n  2:18  error   repeated-word" in reports["text"]
    assert reports["github"].startswith(
        f"::error file={path},line=2,endLine=2,col=18,endColumn=20,title=repeated-word::"
    )


@pytest.mark.parametrize(
    ("text", "written", "collapsed", "escapes", "offset", "expected"),
    [
        ("a b c", "a\n   b c", True, "&<", 2, (2, 4, True)),  # whitespace runs read as one space
        ("a b c", "a\n   b c", False, "&<", 2, (1, 1, False)),  # but only where the reader collapsed them
        ("a & b", "a &amp; b", True, "&<", 0, (1, 1, True)),  # before a reference, the text is as written
        ("a & b", "a &amp; b", True, "&<", 4, (1, 1, False)),  # after it, it is not
        ("a b", "a <ph/>b", True, "&<", 2, (1, 1, False)),  # markup dropped before the span
        ("R&D", "R&D", True, "\\", 2, (1, 3, True)),  # JSON: an ampersand is itself
        ('say "x"', 'say \\"x\\"', False, "\\", 4, (1, 5, True)),  # a JSON escape: its backslash
        ('say "x" y', 'say \\"x\\" y', False, "\\", 8, (1, 11, True)),  # after escapes, read through them
        ("a\tb", "a\\q", False, "\\", 2, (1, 1, False)),  # an escape that does not write the text
        ("end.", "  end.", True, "&<", 4, (1, 7, True)),  # the end of the text, leading space skipped
        ("ab cd", "ab cd ", True, "&<", 5, (1, 6, True)),  # the end, where the content goes on after it
    ],
)
def test_a_text_offset_is_placed_exactly_only_where_the_file_writes_the_text_as_itself(
    text, written, collapsed, escapes, offset, expected
):
    place = Place("u", 1, 1, written, 1, 1, collapsed, escapes)
    location = locate(text, (Origin(0, len(text), place),), offset)
    assert (location.line, location.column, location.exact) == expected


@settings(max_examples=500, deadline=None)
@given(st.text('ab &\\\n"', max_size=12), st.sampled_from(["&<", ""]), st.data())
def test_a_unit_read_without_collapsing_is_placed_as_a_walk_over_it_places_it(text, escapes, data):
    written = data.draw(
        st.sampled_from([text, "  " + text, text + "b", text.replace("&", "&amp;"), " \n" + text[1:], "ab"])
    )
    place = Place("u", 1, 1, written, 1, 1, False, escapes)
    offset = data.draw(st.integers(0, len(text)))
    start = len(written) - len(written.lstrip()) if text[:1].strip() else 0
    assert origins._written_index(text, place, offset) == origins._walked(text, place, offset, start)


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20), st.data())
def test_a_json_string_s_character_is_placed_at_its_escape_or_itself(text, data):
    """Written as JSON writes it (escapes, \\uXXXX and surrogate pairs), every character of the text is placed
    where its written form starts: the written content before it decodes to the text before it."""
    written = json.dumps(text)[1:-1]
    offset = data.draw(st.integers(0, len(text)))
    index = origins._written_index(text, Place("u", 1, 1, written, 1, 1, False, origins.JSON_ESCAPES), offset)
    assert index is not None and json.loads(f'"{written[:index]}"') == text[:offset]
