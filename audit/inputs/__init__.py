"""Reading the inputs of a run into documents: files, directories, standard input and http(s) URLs.

The reader is chosen by the file's suffix; `.xml` files, URLs and standard input are recognised by their
content (the XML root element, an HTML page, JSON Lines), anything else is read as plain text.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from audit.document import Document
from audit.errors import InputError, InputFailure, NotAuditable
from audit.inputs import fetch
from audit.inputs.ids import STDIN, make_unique
from audit.inputs.links import OutsideLinks
from audit.inputs.problems import InputProblem, warn
from audit.reading import read_bounded, read_bytes

Reader = Callable[[bytes, str, list[InputProblem]], list[Document]]
# Each reader module of audit.inputs: the suffixes of its files and the XML root elements of its documents. A
# module is imported when a file needs it: a run on plain text loads no XML, XLIFF or bilingual machinery.
READER_SUFFIXES: dict[str, frozenset[str]] = {
    "text": frozenset({".txt", ".text", ".md", ".markdown"}),
    "feeds": frozenset({".rss", ".atom"}),
    "jsonl": frozenset({".jsonl", ".ndjson"}),
    "xliff": frozenset({".xlf", ".xliff"}),
    "tmx": frozenset({".tmx"}),
    "html": frozenset({".html", ".htm", ".xhtml"}),
}
_BY_SUFFIX = {suffix: module for module, suffixes in READER_SUFFIXES.items() for suffix in suffixes}
_BY_XML_ROOT = {  # RSS 0.9x and 2.0, RSS 1.0, Atom, XLIFF, TMX
    "rss": "feeds", "RDF": "feeds", "feed": "feeds", "xliff": "xliff", "tmx": "tmx"
}  # fmt: skip
WALKED_SUFFIXES = frozenset({*_BY_SUFFIX, ".xml"})
_HTML_STARTS = (b"<!doctype html", b"<html")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_LEADING = b" \t\r\n\xef\xbb\xbf"  # whitespace and a UTF-8 byte order mark


def load(
    inputs: Sequence[str],
    problems: list[InputProblem] | None = None,
    ignore: Callable[[str], bool] | None = None,
    errors: list[InputFailure] | None = None,
    notes: list[InputFailure] | None = None,
) -> list[Document]:
    """The documents of every input, with ids unique across the run; files found in directories for which
    `ignore(path)` is true are not read.

    Problems that leave the rest of an input readable (a bad JSON line) are added to `problems`, or printed on
    standard error as warnings when no list is given. An input that cannot be read at all (missing, empty, binary,
    malformed, not a feed) is added to `errors` and the other inputs are read; without that list, it is raised as
    an InputError. A file found in a directory that is of no format the audit reads (an XML file whose root is not
    a feed, XLIFF or TMX) is skipped and added to `notes` (printed on standard error when no list is given).
    """
    found: list[InputProblem] = []
    skipped: list[InputFailure] = []
    documents: list[Document] = []

    def read_one(name: str, read: Callable[[], list[Document]]) -> None:
        before = len(found)
        try:
            documents.extend(read())
        except InputError as exc:
            if errors is None:
                raise
            del found[before:]  # the file's partial problems are part of its error (its items had no text)
            errors.append(InputFailure.from_error(name, exc))

    for item in inputs:
        if item == "-":
            read_one(STDIN, lambda: _without_path(_read(STDIN, read_bounded(sys.stdin.buffer, STDIN), found)))
        elif fetch.names_url(item):
            read_one(item, lambda item=item: _fetched(item, found))
        elif Path(item).is_dir():
            try:
                walked = list(_walk(Path(item), ignore, skipped))
            except InputError as exc:
                if errors is None:
                    raise
                errors.append(InputFailure.from_error(item, exc))
                continue
            for path in walked:
                read_one(str(path), lambda path=path: _walked(path, found, skipped))
        else:
            read_one(item, lambda item=item: _read(item, read_bytes(Path(item)), found))
    make_unique(documents)
    if problems is None:
        for problem in found:
            warn(problem)
    else:
        problems.extend(found)
    if notes is None:
        for note in skipped:
            print(f"audit: note: {note}", file=sys.stderr)
    else:
        notes.extend(skipped)
    return documents


def walk(
    directory: Path, ignore: Callable[[str], bool] | None, notes: list[InputFailure], errors: list[InputFailure]
) -> list[Path]:
    """The files a folder holds that the audit reads (see _walk); a folder that cannot be walked is an error."""
    try:
        return list(_walk(directory, ignore, notes))
    except InputError as exc:
        errors.append(InputFailure.from_error(str(directory), exc))
        return []


def read_walked(
    path: Path, problems: list[InputProblem], errors: list[InputFailure], notes: list[InputFailure]
) -> list[Document]:
    """A file found in a folder, read as load reads it: one of no format the audit reads is a note."""
    try:
        return _walked(path, problems, notes)
    except InputError as exc:
        errors.append(InputFailure.from_error(str(path), exc))
        return []


def _fetched(url: str, found: list[InputProblem]) -> list[Document]:
    response = fetch.fetch(url)
    return _read(url, response.body, found, response.content_type)


def _walked(path: Path, found: list[InputProblem], skipped: list[InputFailure]) -> list[Document]:
    """A file found in a directory: one of no format the audit reads is skipped with a note."""
    name = str(path)
    data = read_bytes(path)
    try:
        reader = _reader(name, data)
    except NotAuditable as exc:
        failure = InputFailure.from_error(name, exc)
        skipped.append(InputFailure(name, f"{failure.message}: skipped", failure.line, failure.column))
        return []
    return reader(data, name, found)


def _walk(directory: Path, ignore: Callable[[str], bool] | None, skipped: list[InputFailure]) -> Iterator[Path]:
    """The supported files under a directory, sorted; hidden files and folders, those the .gitignore files leave
    out, and those for which `ignore(path)` is true (a folder's path ends with `/`) are left out, and the folders
    so left out are not entered. Symbolic links out of the directory are not followed (noted in `skipped`)."""
    gitignore = _GitIgnore(directory)
    links = OutsideLinks(directory)
    files = []
    for folder, subfolders, names in os.walk(directory):
        here = Path(folder)
        gitignore.read(here)
        subfolders[:] = [
            name
            for name in subfolders
            if not name.startswith(".")
            and not gitignore.ignores(here / name, folder=True)
            and not (ignore and ignore(f"{here / name}/"))
            and not links.leaves(here / name)
        ]
        files.extend(
            here / name
            for name in names
            if not name.startswith(".")
            and Path(name).suffix.lower() in WALKED_SUFFIXES
            and (here / name).is_file()
            and not gitignore.ignores(here / name)
            and not (ignore and ignore(str(here / name)))
            and not links.leaves(here / name)
        )
    skipped.extend(links.notes)
    if not files:
        raise InputError(f"{directory}: the directory holds no file to audit ({', '.join(sorted(WALKED_SUFFIXES))})")
    yield from sorted(files)


class _GitIgnore:
    """The .gitignore files that apply under a walked folder, as git applies them: those of the folder and of its
    subfolders, and, in a git work tree, those of the folders above it up to the tree's top and its
    .git/info/exclude; the patterns of a deeper file win over those above it."""

    def __init__(self, directory: Path):
        self._specs: list[tuple[Path, Any]] = []  # (folder, its patterns), a folder after those above it
        start = directory.resolve()
        top = next((folder for folder in (start, *start.parents) if (folder / ".git").exists()), None)
        self._offset = start
        self._directory = directory
        if top is not None:
            self._add(top, top / ".git" / "info" / "exclude")
            for folder in reversed(start.relative_to(top).parents):  # the folders from the top down to the walked one
                if top / folder != start:
                    self._add(top / folder, top / folder / ".gitignore")

    def _add(self, folder: Path, file: Path) -> None:
        try:
            lines = file.read_text("utf-8", errors="replace").splitlines()
        except OSError:
            return
        import pathspec

        spec = pathspec.GitIgnoreSpec.from_lines(lines)
        if spec.patterns:
            self._specs.append((folder, spec))

    def read(self, folder: Path) -> None:
        """Read the .gitignore of a folder of the walk (entered after its parent)."""
        self._add(self._real(folder), folder / ".gitignore")

    def _real(self, path: Path) -> Path:
        return self._offset / path.relative_to(self._directory)

    def ignores(self, path: Path, folder: bool = False) -> bool:
        real = self._real(path)
        ignored = False
        for base, spec in self._specs:  # from the top down: the deepest file that decides wins
            if real.is_relative_to(base):
                result = spec.check_file(real.relative_to(base).as_posix() + ("/" if folder else ""))
                if result.include is not None:
                    ignored = result.include
        return ignored


def _read(name: str, data: bytes, found: list[InputProblem], content_type: str = "") -> list[Document]:
    return _reader(name, data, content_type)(data, name, found)


def _reader(name: str, data: bytes, content_type: str = "") -> Reader:
    """The reader for the file's suffix, else the one its content calls for."""
    suffix = PurePosixPath(urlsplit(name).path if fetch.is_url(name) else name).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _reading(_BY_SUFFIX[suffix])
    said_html = content_type in _HTML_TYPES
    head = data[:512].lstrip(_LEADING).lower()
    if head.startswith(_HTML_STARTS):
        return _reading("html")
    if head.startswith(b"<"):
        return _xml_reader(name, data, said_html)
    if said_html:
        return _reading("html")
    if suffix == ".xml":
        raise NotAuditable(f"{name}: not XML (it does not start with an element)")
    return _reading("jsonl" if _is_json_object(data.lstrip(_LEADING).split(b"\n", 1)[0]) else "text")


def _reading(module: str) -> Reader:
    """The reader of a module of audit.inputs, imported now."""
    return importlib.import_module(f"audit.inputs.{module}").read


def _is_json_object(line: bytes) -> bool:
    """Whether the line holds a JSON object, as the first line of JSON Lines does."""
    if not line.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _xml_reader(name: str, data: bytes, said_html: bool) -> Reader:
    """The reader for the XML root element (XHTML is an HTML page); a server's word that it is HTML wins over
    XML that does not parse."""
    from audit.inputs import safexml

    try:
        root = safexml.local_name(safexml.parse(data, name))
    except InputError:
        if said_html:
            return _reading("html")
        raise
    if root == "html":
        return _reading("html")
    if root not in _BY_XML_ROOT:
        raise NotAuditable(f"{name}: <{root}> is not an RSS or Atom feed, an XLIFF or a TMX document")
    return _reading(_BY_XML_ROOT[root])


def _without_path(documents: list[Document]) -> list[Document]:
    for doc in documents:
        doc.path = None
    return documents
