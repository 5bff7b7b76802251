"""JSON Lines: one document per line; a bad line is a problem reported with its number, the others are audited."""

from __future__ import annotations

import json

from audit.document import Document
from audit.errors import InputError
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.problems import InputProblem
from audit.reading import decode

SUFFIXES = frozenset({".jsonl", ".ndjson"})
_OPTIONAL_STRINGS = ("source", "title", "url")


class _BadLine(ValueError):
    pass


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """Objects with `text` (required), `id`, `source`, `source_lang`, `target_lang`, `title` and `url`."""
    documents, bad = [], []
    for number, line in enumerate(decode(data, name).split("\n"), 1):
        if not line.strip():
            continue
        try:
            documents.append(_document(line, name, number))
        except _BadLine as exc:
            bad.append(InputProblem(name, number, str(exc)))
    if not documents:
        raise InputError(str(bad[0]) if bad else f"{name}: no documents")
    problems.extend(bad)
    return documents


def _document(line: str, name: str, number: int) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise _BadLine(f"a JSON object is expected, not {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise _BadLine("`text` is missing")
    if not isinstance(text, str) or not text.strip():
        raise _BadLine("`text` must be a non-empty string")
    identifier = record.get("id", f"{stem(name)}#line-{number}")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or identifier == "":
        raise _BadLine("`id` must be a non-empty string or an integer")
    for key in _OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise _BadLine(f"`{key}` must be a string")
    return Document(
        id=str(identifier),
        text=text,
        path=name,
        lang_hint=_language(record, "target_lang"),
        title=record.get("title"),
        url=record.get("url"),
        source=record.get("source"),
        source_lang=_language(record, "source_lang"),
    )


def _language(record: dict, key: str) -> str | None:
    tag = record.get(key)
    if tag is None:
        return None
    code = code_from_tag(tag) if isinstance(tag, str) else None
    if code is None:
        raise _BadLine(f"`{key}` {tag!r} is not a language code the audit knows (such as en, fr, uk)")
    return code
