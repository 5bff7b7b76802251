"""What a punctuation or typography rule reports (a span, why, and the fix when it is plain), and the findings a
check makes of them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from audit.addresses import finder
from audit.caches import per_document
from audit.duplication.spans import Spans
from audit.findings import Applicability, Finding, Fix, Severity
from audit.fixes import preview

if TYPE_CHECKING:
    from audit.checks.base import Check
    from audit.document import Document

_ADDRESSES = finder(r"<[^<>\n]*>")


class Issue(NamedTuple):
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
    most telling down: a doubled comma is not also a space before a comma). Two spans overlap when one starts
    before the other ends, both ways; a kept span's characters are marked with its number and a kept empty
    span's place is remembered, so an issue is checked in time of its own length, not of all kept before it
    (a line of 20,000 lone brackets took over a minute)."""
    kept: list[Issue] = []
    owner: dict[int, int] = {}  # a character of a kept span -> that span's number
    places: set[int] = set()  # where kept empty spans (insertions) are
    for issue in issues:
        start, end = issue.start, issue.end
        if start == end:  # inside a kept span: its characters on both sides are that span's
            before = owner.get(start - 1)
            overlaps = before is not None and owner.get(start) == before
        else:
            overlaps = any(p in owner for p in range(start, end)) or any(p in places for p in range(start + 1, end))
        if not overlaps:
            kept.append(issue)
            if start == end:
                places.add(start)
            owner.update(dict.fromkeys(range(start, end), len(kept)))
    return sorted(kept, key=lambda i: (i.start, i.end))


def findings(check: Check, doc: Document, issues: list[Issue]) -> Iterator[Finding]:
    """The check's findings on the issues, less overlaps and what lies in an address, an e-mail or a tag."""
    protected = Spans(addresses(doc.text))
    for issue in without_overlaps(issues):
        if protected.holds(issue.start):
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


@per_document  # read by punctuation and typography in turn
def addresses(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the text's addresses, e-mails and tags, where no mark is judged."""
    return tuple(m.span() for m in _ADDRESSES(text))
