"""Refusing a report or baseline path that holds what the run reads: a named input, a file of a walked input
folder, a `--source`, the `--baseline` or the configuration file.

Files are compared by identity (device and inode), so a symbolic link or a hard link to an input is caught as
well as the input itself. A file of a walked folder that is a report this tool wrote earlier (a run that writes its
reports into the folder it audits, run again) may be replaced: the walk never reads the run's own reports.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from audit import TOOL_NAME
from audit.errors import InputError

_PEEK = 4096  # bytes read at each end of a file to tell an earlier report
_TEXT_SUMMARY = re.compile(rb"(?:^|\n)\d+ documents?, \d+ findings?[^\n]*\n?$")  # the text report's last line

Identity = tuple[int, int] | str


def refuse_overwrites(
    targets: Iterable[Path],
    inputs: Sequence[str],
    sources: Sequence[Path] | None = None,
    baseline: Path | None = None,
    config: str | None = None,
) -> None:
    """Raise an InputError (one line) for the first target that is a file the run reads."""
    named = {_identity(Path(item)): "an input of this run" for item in inputs if _is_local(item)}
    named |= {_identity(path): "a --source file of this run" for path in sources or ()}
    if baseline is not None:
        named[_identity(baseline)] = "the --baseline file of this run"
    if config is not None:
        named[_identity(Path(config))] = "the configuration file of this run"
    walked = {
        _identity(file): folder
        for folder in inputs
        if _is_local(folder) and os.path.isdir(folder)
        for file in _walked_files(Path(folder))
    }
    for target in targets:
        if str(target) == "-":
            continue
        identity = _identity(target)
        if identity in named:
            raise InputError(f"{target}: is {named[identity]}; a run never overwrites what it audits")
        if identity in walked and not _replaceable(target):
            raise InputError(
                f"{target}: is a file of the input folder {walked[identity]}; a run never overwrites what it audits"
            )


def _is_local(item: str) -> bool:
    return item != "-" and "://" not in item


def _identity(path: Path) -> Identity:
    """The file's device and inode when it exists (links to it compare equal), else its resolved path."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return os.path.realpath(path)
    return (status.st_dev, status.st_ino)


def _walked_files(folder: Path) -> Iterator[Path]:
    """The files a walk of the folder may read: not hidden, of a suffix the walk reads, links not followed."""
    from audit.inputs import WALKED_SUFFIXES

    for here, subfolders, names in os.walk(folder):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in WALKED_SUFFIXES:
                yield Path(here) / name


def _replaceable(path: Path) -> bool:
    """Whether the file is empty or a report this tool wrote: it names the tool (JSON, SARIF, JUnit, HTML,
    Markdown), ends with the text report's summary line, or holds only workflow commands (the GitHub report)."""
    try:
        with path.open("rb") as file:
            head = file.read(_PEEK)
            file.seek(max(0, file.seek(0, os.SEEK_END) - _PEEK))
            tail = file.read()
    except OSError:
        return False
    if not head.strip() or TOOL_NAME.encode() in head + tail or _TEXT_SUMMARY.search(tail):
        return True
    lines = head.splitlines()[: -1 if len(head) == _PEEK else None]  # the last line of a full peek may be cut
    lines = [line for line in lines if line.strip()]
    return bool(lines) and all(line.startswith(b"::") for line in lines)
