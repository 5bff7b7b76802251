"""Plain text and Markdown: the decoded file is the document's text, markup and all (offsets match the file)."""

from __future__ import annotations

from audit.document import Document
from audit.inputs.ids import stem
from audit.inputs.problems import InputProblem
from audit.reading import decode

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    return [Document(id=stem(name), text=decode(data, name), path=name)]
