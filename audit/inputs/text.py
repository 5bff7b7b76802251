"""Plain text and Markdown: the decoded file is the document's text, markup and all (offsets match the file)."""

from __future__ import annotations

from audit.document import Document
from audit.inputs.ids import stem
from audit.inputs.problems import InputProblem
from audit.reading import decode


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    return [Document(id=stem(name), text=decoded(data, name, problems), path=name)]


def decoded(data: bytes, name: str, problems: list[InputProblem]) -> str:
    """The input as text (`audit.reading.decode`); a file decoded line by line in two encodings is a problem."""
    notes: list[str] = []
    text = decode(data, name, notes)
    problems.extend(InputProblem(name, None, note) for note in notes)
    return text
