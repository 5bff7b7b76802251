"""What a punctuation or typography rule reports (a span, why, and the fix when it is plain), and the findings a
check makes of them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.addresses import EMAIL, URL
from audit.findings import Applicability, Finding, Fix, Severity
from audit.fixes import preview

if TYPE_CHECKING:
    from audit.checks.base import Check
    from audit.document import Document

_ADDRESS = re.compile(rf"{URL}|{EMAIL}|<[^<>\n]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Issue:
    start: int
    end: int
    message: str
    fix: Fix | None = None
    severity: Severity | None = None  # None: the check's own
    confidence: float = 0.9

    @classmethod
    def replacing(cls, start: int, end: int, replacement: str, message: str, safe: bool = True, **extra) -> Issue:
        """An issue on text[start:end] whose fix writes `replacement` there."""
        safety = Applicability.SAFE if safe else Applicability.UNSAFE
        return cls(start, end, message, Fix.replace(start, end, replacement, safety), **extra)


def without_overlaps(issues: list[Issue]) -> list[Issue]:
    """The issues in order of the text, each dropped that overlaps one listed before it (the rules run from the
    most telling down: a doubled comma is not also a space before a comma)."""
    kept: list[Issue] = []
    for issue in issues:
        if not any(issue.start < other.end and other.start < issue.end for other in kept):
            kept.append(issue)
    return sorted(kept, key=lambda i: (i.start, i.end))


def findings(check: Check, doc: Document, issues: list[Issue]) -> Iterator[Finding]:
    """The check's findings on the issues, less overlaps and what lies in an address, an e-mail or a tag."""
    protected = addresses(doc.text)
    for issue in without_overlaps(issues):
        if any(start <= issue.start < end for start, end in protected):
            continue
        yield check.finding(
            doc,
            issue.start,
            issue.end,
            issue.message,
            severity=issue.severity or check.severity,
            confidence=issue.confidence,
            suggestion=preview(doc.text, issue.start, issue.end, issue.fix),
            fix=issue.fix,
        )


def addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the text's addresses, e-mails and tags, where no mark is judged."""
    return [m.span() for m in _ADDRESS.finditer(text)]
