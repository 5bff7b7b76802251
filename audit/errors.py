"""Errors the user can fix: reported on one line with exit code 2."""

from __future__ import annotations

import re
from typing import NamedTuple

INPUT_ERROR = "input-error"  # how reports name an input that could not be audited, beside the checks' ids
_PLACE = re.compile(r"(\d+)(?::(\d+))?: ")  # "5:55: " or "3: " after the file's name


class InputError(Exception):
    """Bad input or usage: unreadable, empty, binary or malformed files, unknown languages."""


class NotAuditable(InputError):
    """A file of no format the audit reads (an XML file whose root is not a feed, XLIFF or TMX): an error when
    named on the command line, skipped with a note when found in a walked folder."""


class InputFailure(NamedTuple):
    """An input that could not be audited, as the reports show it: its file (URL, `<stdin>`), the line and column
    the error is at when known, and why."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    @property
    def where(self) -> str:
        """`path`, `path:line` or `path:line:column`."""
        place = "".join(f":{n}" for n in (self.line, self.column) if n is not None)
        return self.path + place

    @classmethod
    def from_error(cls, name: str, error: InputError) -> InputFailure:
        """The failure an InputError describes; its message starts with the file's name (as given, or as a path
        prints it) and perhaps a line and column, which become fields."""
        from pathlib import Path

        message = str(error)
        for prefix in dict.fromkeys((name, str(Path(name)) if "://" not in name else name)):
            if message.startswith(prefix + ":"):
                rest = message[len(prefix) + 1 :].lstrip()
                place = _PLACE.match(rest)
                if place is None:
                    return cls(name, rest)
                column = int(place.group(2)) if place.group(2) else None
                return cls(name, rest[place.end() :], int(place.group(1)), column)
        return cls(name, message)
