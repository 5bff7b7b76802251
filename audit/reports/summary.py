"""What several report formats share: counts by severity, what fails the run, names of documents and checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from audit.document import Document
from audit.findings import Finding, Severity
from audit.runner import DocumentResult

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)  # most severe first


@dataclass(frozen=True)
class CheckInfo:
    """A registered check as reports describe it."""

    id: str
    description: str
    category: str


def severity_counts(findings: Iterable[Finding]) -> Counter[Severity]:
    return Counter(f.severity for f in findings)


def fails(finding: Finding, fail_on: Severity | None) -> bool:
    """Whether the finding reaches the severity from which the run fails (never when fail_on is None)."""
    return fail_on is not None and finding.severity.rank >= fail_on.rank


def failing_count(results: Sequence[DocumentResult], fail_on: Severity | None) -> int:
    return sum(fails(f, fail_on) for r in results for f in r.findings)


def totals(results: Sequence[DocumentResult]) -> tuple[str, str]:
    """The run in numbers: ("3 documents, 6 findings", "2 errors, 3 warnings, 1 info"; empty without findings)."""
    findings = [f for r in results for f in r.findings]
    counts = severity_counts(findings)
    detail = ", ".join(
        count(counts[s], s.value, "info" if s is Severity.INFO else None) for s in SEVERITIES if counts[s]
    )
    return f"{count(len(results), 'document')}, {count(len(findings), 'finding')}", detail


def document_name(doc: Document) -> str:
    """How a report names a document: its path, else its id."""
    return doc.path or doc.id


def text_is_file(doc: Document) -> bool:
    """Whether the document's text is its local file's whole content, so that its lines and columns are the
    file's: plain text and Markdown, not feed items, JSON lines, XLIFF or TMX targets, page text, URLs or stdin."""
    from audit.inputs import WALKED_SUFFIXES, fetch, ids, text

    if not doc.path or doc.path == ids.STDIN or fetch.is_url(doc.path):
        return False
    suffix = PurePosixPath(doc.path.replace("\\", "/")).suffix.lower()
    if suffix in text.SUFFIXES:
        return True  # read as text by its suffix
    # Unknown suffixes are read by their content: as text the file keeps its own name as id (feed items and
    # JSON lines get theirs; make_unique may add ~2).
    return suffix not in WALKED_SUFFIXES and doc.id.partition("~")[0] == ids.stem(doc.path)


def by_importance(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then in reading order."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.start, f.end, f.check))


def registered_checks() -> list[CheckInfo]:
    """Every registered check with its description and MQM category."""
    from audit.checks import CHECKS

    return [CheckInfo(m.ID, " ".join(m.DESCRIPTION.split()), m.CATEGORY) for m in CHECKS]


def count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def clip(text: str, limit: int) -> str:
    """Text on one line, cut at `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
