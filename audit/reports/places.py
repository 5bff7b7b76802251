"""How reports name a finding's place: the file's line and column, and for a container file the unit it is in."""

from __future__ import annotations

from audit.document import Document
from audit.findings import Finding
from audit.origins import Location


def label(finding: Finding) -> str:
    """`line:column` (the text's, which are its file's for plain text), or `line:column [unit]` in a container
    file (XLIFF, TMX, feed, JSON Lines)."""
    location = finding.location
    if location is None:
        return f"{finding.line}:{finding.column}"
    return f"{location.line}:{location.column} [{location.unit}]"


def described(finding: Finding) -> str:
    """`line L, column C`, and `, unit U` in a container file."""
    location = finding.location
    if location is None:
        return f"line {finding.line}, column {finding.column}"
    return f"line {location.line}, column {location.column}, unit {location.unit}"


def end(doc: Document, finding: Finding) -> Location | None:
    """Where a located finding's last character is in its file, when that is known exactly (else None)."""
    location = doc.locate(max(finding.start, finding.end - 1))
    return location if location is not None and location.exact and finding.location.exact else None
