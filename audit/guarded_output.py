"""Standard output and error that a CI runner cannot take orders from, and that draw a server's control codes.

GitHub Actions (and Azure Pipelines) run a line of a job's output as a workflow command when, after leading
whitespace, it starts with `::`, or when it holds `##[`. Every line the program prints can carry input (article
text in the text report, a file name or a language tag in a warning, a server's words in an error), so the two
streams are wrapped once for the whole run: a word joiner (U+2060, invisible, not whitespace to the runner) goes
before such a `::` and inside such a `##[`. On standard error, control characters (an escape sequence in an HTTP
reason phrase) are drawn as the text report draws them (`visible`). Only the GitHub report, whose own lines are
commands with their data escaped, and the progress bar, which draws with control codes, write past the guard.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

JOINER = "\u2060"
_PIECES = re.compile(r"\r\n|\r|\n|[^\r\n]+")  # the runner ends a line at \n, \r or \r\n
_LEAD = re.compile(r"(?:\s|\x1b\[[0-9;?]*[A-Za-z])*")  # whitespace and terminal styles before a line's text
_COMMAND_STARTS = ("::", "##[")
_LEGACY = "##["  # found anywhere in a line by the runner's older parser
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and line feed


def defuse(text: str, at_line_start: bool = True) -> tuple[str, bool]:
    """The text with no line able to start a workflow command, and whether it ends at the start of a line (or in
    the whitespace before a line's text, so that the next write still counts as the line's start)."""
    out = []
    for piece in _PIECES.findall(text):
        if piece[0] in "\r\n":
            out.append(piece)
            at_line_start = True
            continue
        piece = piece.replace(_LEGACY, f"##{JOINER}[")
        if at_line_start:
            lead = _LEAD.match(piece).end()
            rest = piece[lead:]
            if rest.startswith(_COMMAND_STARTS) or rest in (":", "#", "##"):  # a command, or one cut by the write
                piece = piece[:lead] + JOINER + rest
            at_line_start = not rest
        out.append(piece)
    return "".join(out), at_line_start


class GuardedStream:
    """A text stream whose writes are defused (and, for standard error, have their control characters drawn)."""

    def __init__(self, stream: TextIO, draw_controls: bool):
        self.wrapped = stream
        self._draw_controls = draw_controls
        self._at_line_start = True
        self.open = True  # False while a trusted writer writes past the guard

    def write(self, text: Any) -> int:
        if not isinstance(text, str) or not self.open:
            return self.wrapped.write(text)
        shown = text
        if self._draw_controls and _CONTROL.search(shown):
            from audit.reports.summary import visible

            shown = visible(shown)
        shown, self._at_line_start = defuse(shown, self._at_line_start)
        self.wrapped.write(shown)
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextmanager
def guarded_streams() -> Iterator[None]:
    """Guard sys.stdout and sys.stderr for the block (once: a nested call leaves them as they are)."""
    if isinstance(sys.stdout, GuardedStream):
        yield
        return
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = GuardedStream(stdout, draw_controls=False), GuardedStream(stderr, draw_controls=True)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr


@contextmanager
def unguarded(stream: Any) -> Iterator[None]:
    """Let a trusted writer (the GitHub report, whose lines are meant as commands) write past the guard."""
    if not isinstance(stream, GuardedStream):
        yield
        return
    stream.open = False
    try:
        yield
    finally:
        stream.open = True


def underlying(stream: Any) -> Any:
    """The stream under the guard, for a writer that draws with control codes (the progress bar)."""
    return stream.wrapped if isinstance(stream, GuardedStream) else stream
