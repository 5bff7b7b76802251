"""JSON Lines: one document per line; a bad line is a problem reported with its number, the others are audited."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from json.decoder import scanstring
from pathlib import Path

from audit.document import Document
from audit.errors import InputError
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.problems import InputProblem
from audit.inputs.text import decoded
from audit.origins import JSON_ESCAPES, Origin, Place

_OPTIONAL_STRINGS = ("source", "title", "url")
LINE_PER_DOCUMENT_BYTES = 4  # a streamed line may be this many times the document limit before it is skipped
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _BadLine(ValueError):
    pass


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """Objects with `text` (required), `id`, `source`, `source_lang`, `target_lang`, `title` and `url`. Each
    document keeps its place: its `id` (else line-N) and where its `text` value is."""
    documents, bad = [], []
    for number, line in enumerate(decoded(data, name, problems).split("\n"), 1):
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


def stream(path: Path, problems: list[InputProblem]) -> Iterator[Document]:
    """The file's documents as read, line by line, in bounded memory however long the file: the streamed run's
    reader. Lines must be UTF-8 (a byte-order mark is allowed); a line that is not, or not a document, is a
    problem on that line, as in `read`; a file with no document at all is an InputError."""
    from audit.limits import current, size

    name, count, bad = str(path), 0, []
    longest = LINE_PER_DOCUMENT_BYTES * current().document_bytes  # JSON escapes make a line longer than its text
    try:
        with path.open("rb") as file:
            for number, raw in enumerate(iter(lambda: file.readline(longest + 1), b""), 1):
                if len(raw) > longest:
                    _rest_of_line(file)
                    message = f"a line over {size(longest)} (--max-document-bytes): skipped"
                    bad.append(InputProblem(name, number, message))
                    continue
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    bad.append(InputProblem(name, number, f"not UTF-8 at byte {exc.start} of the line"))
                    continue
                if not line.strip():
                    continue
                try:
                    document = _document(line.rstrip("\r\n"), name, number)
                except _BadLine as exc:
                    bad.append(InputProblem(name, number, str(exc)))
                    continue
                count += 1
                yield document
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not count:
        raise InputError(str(bad[0]) if bad else f"{name}: no documents")
    problems.extend(bad)


def _rest_of_line(file) -> None:
    """Read past the end of the current line, a block at a time."""
    while (block := file.readline(1 << 20)) and not block.endswith(b"\n"):
        pass


def _document(line: str, name: str, number: int) -> Document:
    record = _parse(line)
    if not isinstance(record, dict):
        raise _BadLine(f"a JSON object is expected, not {type(record).__name__}")
    field = "text" if "text" in record or "target" not in record else "target"  # a bilingual tool's name for it
    text = record.get(field)
    if text is None:
        raise _BadLine("`text` (the translation; or `target`) is missing")
    if not isinstance(text, str) or not text.strip():
        raise _BadLine(f"`{field}` must be a non-empty string")
    identifier = record.get("id", f"{stem(name)}#line-{number}")
    start = _value_start(line, field)
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
        origins=(Origin(0, len(text), _place(line, number, start, str(record.get("id", f"line-{number}")))),),
    )


def _place(line: str, number: int, start: int, unit: str) -> Place:
    """The `text` value's place: its opening quote, and the string as written after it (escapes start with a
    backslash)."""
    return Place(unit, number, start + 1, line[start + 1 :], number, start + 2, escapes=JSON_ESCAPES)


def _value_start(line: str, key: str) -> int:
    """The index in a line holding a JSON object of its `key`'s value (the last, as json.loads keeps the last of
    repeated keys)."""
    found, index = 0, _SPACE.match(line, line.index("{") + 1).end()
    while line.startswith('"', index):
        name, index = scanstring(line, index + 1)
        index = _SPACE.match(line, _SPACE.match(line, index).end() + 1).end()  # past the colon
        found = index if name == key else found
        index = _SPACE.match(line, _DECODER.raw_decode(line, index)[1]).end()
        index = _SPACE.match(line, index + 1).end() if line.startswith(",", index) else index
    return found


def _parse(line: str) -> object:
    """The line's JSON value; JSON the audit cannot take (a lone surrogate, a number of thousands of digits,
    arrays or objects nested hundreds deep) is a bad line like invalid JSON."""
    try:
        value = json.loads(line)
        if _may_hold_surrogate(line):
            json.dumps(value, ensure_ascii=False).encode("utf-8")  # fails on a lone surrogate (from "\ud800")
    except json.JSONDecodeError as exc:
        at = "" if exc.msg.endswith(" at") else " at"  # "Unterminated string starting at"
        raise _BadLine(f"not valid JSON ({exc.msg}{at} column {exc.colno})") from None
    except UnicodeEncodeError as exc:
        code = ord(exc.object[exc.start])
        raise _BadLine(f"a string holds a lone surrogate (\\u{code:04x}), not a character") from None
    except ValueError:  # from int(), past Python's limit on the digits of an integer
        raise _BadLine(f"a number of more than {sys.get_int_max_str_digits()} digits") from None
    except RecursionError:
        raise _BadLine("arrays or objects nested too deeply") from None
    return value


def _may_hold_surrogate(line: str) -> bool:
    """Whether the line's value may hold a surrogate: only from an escape of one or from the line itself, so that
    other lines need not be encoded again (a search and an encoding of the line cost a tenth of that)."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return _SURROGATE_ESCAPE.search(line) is not None


def _language(record: dict, key: str) -> str | None:
    tag = record.get(key)
    if tag is None:
        return None
    code = code_from_tag(tag) if isinstance(tag, str) else None
    if code is None:
        raise _BadLine(f"`{key}` {tag!r} is not a language code the audit knows (such as en, fr, uk)")
    return code
