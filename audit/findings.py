"""The finding: one defect at one span of one document."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True)
class Finding:
    """A defect: which check found it, how bad, where (offsets and line/column), and the fix."""

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

    def to_dict(self) -> dict[str, Any]:
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
        }
