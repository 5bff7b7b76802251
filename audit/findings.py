"""The finding: one defect at one span of one document, and the fix a tool can apply."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from audit.origins import Location


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


class Applicability(StrEnum):
    """How far a fix may be trusted, as ruff grades them: `safe` keeps the meaning and is applied by `--fix`;
    `unsafe` may change what the text says and needs `--unsafe-fixes`; `display` is shown, never applied."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"


class Edit(NamedTuple):
    """Replace text[start:end] of the document with `replacement` (an empty span inserts, an empty text deletes)."""

    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


class Fix(NamedTuple):
    """Edits on the document's text that repair the finding, none overlapping another."""

    edits: tuple[Edit, ...]
    applicability: Applicability

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: Applicability) -> Fix:
        return cls((Edit(start, end, replacement),), applicability)

    @classmethod
    def delete(cls, start: int, end: int, applicability: Applicability) -> Fix:
        return cls((Edit(start, end, ""),), applicability)

    @property
    def start(self) -> int:
        return min(edit.start for edit in self.edits)

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)

    def apply(self, text: str) -> str:
        """The text with this fix's edits made."""
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            text = text[: edit.start] + edit.replacement + text[edit.end :]
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"applicability": self.applicability.value, "edits": [edit.to_dict() for edit in self.edits]}


@dataclass(frozen=True)
class Finding:
    """A defect: which check found it, how bad, where (offsets and line/column in the document's text; `location`,
    its place in a container file), and the fix."""

    check: str
    severity: Severity
    category: str
    message: str
    text: str
    start: int
    end: int
    line: int
    column: int
    suggestion: str | None = None
    confidence: float = 1.0
    fix: Fix | None = None
    location: Location | None = None  # None when the text is its file's (plain text): line and column are the file's

    def to_dict(self) -> dict[str, Any]:
        located = {"location": self.location.to_dict()} if self.location else {}  # plain text: as before
        return {
            "check": self.check,
            "severity": self.severity.value,
            "category": self.category,
            "message": self.message,
            "text": self.text,
            "span": {"start": self.start, "end": self.end},
            "line": self.line,
            "column": self.column,
            "suggestion": self.suggestion,
            "confidence": round(self.confidence, 4),
            "fix": self.fix.to_dict() if self.fix else None,
        } | located
