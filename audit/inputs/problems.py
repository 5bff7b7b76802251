"""Problems in part of an input (one bad line of a JSON Lines file) that do not stop the rest being audited."""

from __future__ import annotations

import sys
from typing import NamedTuple

INPUT_PROBLEM = "input-problem"  # how the reports name a part of an input left unread


class InputProblem(NamedTuple):
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def warn(problem: InputProblem) -> None:
    """Print the problem on standard error as a one-line warning."""
    print(f"audit: warning: {problem}", file=sys.stderr)
