"""A streamed run (`-f jsonl`): documents read input by input (JSON Lines line by line), audited in windows of
WINDOW documents, and each window's results written as JSON Lines and let go, so that memory does not grow with
the length of a feed.

The checks across a feed compare the documents of one window with each other and, for `name-variant`'s known
names, with what a few counts per spelling keep of the earlier windows: a document is judged against the feed up
to its window, never against later ones (ask for `-f json` for that); full names no list knows and
`inconsistent-translation` compare the documents of one window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from audit.checks.base import Check
from audit.context import RunContext
from audit.document import Document
from audit.errors import InputError, InputFailure
from audit.executors import Executor
from audit.inputs.problems import InputProblem
from audit.runner import DocumentResult, run_checks

WINDOW = 512  # documents audited together: the feed's checks see each other's names within it


def documents(
    inputs: Sequence[str],
    problems: list[InputProblem],
    errors: list[InputFailure],
    notes: list[InputFailure],
    ignore: Callable[[str], bool],
) -> Iterator[Document]:
    """Every input's documents in order, ids unique across the run; JSON Lines files (also in folders) are read a
    line at a time, other inputs whole, one at a time."""
    from audit.inputs.ids import unique

    seen: set[str] = set()
    for item in inputs:
        for doc in _read(item, problems, errors, notes, ignore):
            doc.id = unique(doc.id, seen)
            yield doc


def _read(
    item: str,
    problems: list[InputProblem],
    errors: list[InputFailure],
    notes: list[InputFailure],
    ignore: Callable[[str], bool],
) -> Iterator[Document]:
    from audit.inputs import load, read_walked, walk
    from audit.inputs.fetch import is_url

    path = Path(item)
    if item == "-" or is_url(item) or not path.is_dir():
        if _streamable(item):
            yield from _streamed(path, problems, errors)
        else:
            yield from load([item], problems=problems, errors=errors, notes=notes)
        return
    for file in walk(path, ignore, notes, errors):
        if _streamable(str(file)):
            yield from _streamed(file, problems, errors)
        else:
            yield from read_walked(file, problems, errors, notes)


def _streamed(path: Path, problems: list[InputProblem], errors: list[InputFailure]) -> Iterator[Document]:
    from audit.inputs import jsonl

    try:
        yield from jsonl.stream(path, problems)
    except InputError as exc:
        errors.append(InputFailure.from_error(str(path), exc))


def _streamable(item: str) -> bool:
    """A local JSON Lines file, read a line at a time."""
    from audit.inputs import READER_SUFFIXES
    from audit.inputs.fetch import is_url

    suffixes = READER_SUFFIXES["jsonl"]
    return item != "-" and not is_url(item) and Path(item).suffix.lower() in suffixes and Path(item).is_file()


def windows(items: Iterable[Document], size: int = WINDOW) -> Iterator[list[Document]]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def audit(
    stream: Iterable[Document],
    ctx: RunContext,
    checks: Sequence[Check],
    executor: Executor | None,
    size: int = WINDOW,
) -> Iterator[list[DocumentResult]]:
    """Each window's results, audited with a context of its own (its documents, scores and skipped checks) that
    shares the run's memory of earlier windows (RunContext.feed_memory)."""
    from audit.caches import forget_documents

    memory: dict = {}
    for window in windows(stream, size):
        window_ctx = dataclasses.replace(
            ctx, documents=[], scores={}, skipped={}, gathered={}, streamed=True, feed_memory=memory
        )
        yield run_checks(window, window_ctx, checks, executor)
        forget_documents()
