"""XML parsed safely (safexml's protections) with the place of every element in the file, for findings to point into.

ElementTree keeps no positions and lxml's `sourceline` has lines only; expat has both. defusedxml's parser is the
pure-Python XMLParser over expat, so a tree builder given to it reads expat's line, column and byte index as each
start and end tag is met. Expat counts columns in characters from 0, and lines after CRLF, CR or LF, as editors do.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, TreeBuilder

from defusedxml.ElementTree import DefusedXMLParser

from audit.inputs import safexml
from audit.origins import Place, advance

_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


@dataclass
class PlacedTree:
    """A parsed document and where its elements are: (line, column from 0, start byte, end byte) by element."""

    root: Element
    data: bytes  # what expat read (re-encoded as UTF-8 when expat lacks the file's encoding)
    shift: int  # columns line 1 lost to that re-encoding
    spans: dict[Element, tuple[int, int, int, int]] = field(default_factory=dict)

    def place(self, element: Element, unit: str, collapsed: bool) -> Place:
        """The element's place: where its start tag is, its content as written (markup, references and all) and
        where that content starts; for `collapsed`, see Place."""
        line, column, start, end = self.spans[element]
        column += 1 + (self.shift if line == 1 else 0)
        try:
            written = self.data[start:end].decode(_encoding(self.data))
        except (LookupError, UnicodeDecodeError):  # an encoding Python cannot slice: the element's start only
            return Place(unit, line, column)
        tag_end = _start_tag_end(written)
        content_line, content_column = advance(line, column, written[:tag_end])
        return Place(unit, line, column, written[tag_end:], content_line, content_column, collapsed)


def parse(data: bytes, name: str) -> PlacedTree:
    """The document's tree with its elements' places; errors and refusals as safexml.parse."""
    return safexml.guarded(data, name, _placed)


class _Builder:
    """A TreeBuilder that notes expat's position at each start and end tag."""

    def __init__(self) -> None:
        self._builder = TreeBuilder()
        self.parser: DefusedXMLParser | None = None
        self.starts: dict[Element, tuple[int, int, int]] = {}
        self.ends: dict[Element, int] = {}

    def start(self, tag: str, attributes: dict[str, str]) -> Element:
        element = self._builder.start(tag, attributes)
        expat = self.parser.parser
        self.starts[element] = (expat.CurrentLineNumber, expat.CurrentColumnNumber, expat.CurrentByteIndex)
        return element

    def end(self, tag: str) -> Element:
        element = self._builder.end(tag)
        self.ends[element] = self.parser.parser.CurrentByteIndex  # at `</`, or just after an empty element's `/>`
        return element

    def data(self, text: str) -> None:
        self._builder.data(text)

    def close(self) -> Element:
        return self._builder.close()


def _placed(data: bytes, shift: int) -> PlacedTree:
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, **safexml.PROTECTIONS)
    builder.parser = parser
    parser.feed(data)
    tree = PlacedTree(parser.close(), data, shift)
    for element, (line, column, start) in builder.starts.items():
        tree.spans[element] = (line, column, start, builder.ends[element])
    return tree


def _encoding(data: bytes) -> str:
    """The encoding the document's bytes are in: its byte order mark's, else its declaration's, else UTF-8."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    declared = _DECLARED_ENCODING.match(data[:200])
    return declared.group(1).decode("ascii") if declared else "utf-8"


def _start_tag_end(written: str) -> int:
    """The index just after the start tag at the head of `written` (a `>` inside a quoted attribute value does not
    end it)."""
    quote = ""
    for index, char in enumerate(written):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == ">":
            return index + 1
    return len(written)
