"""Running one check on one document without the runner's language detection (fast, for large case sets)."""

from __future__ import annotations

from audit.checks.base import Check, Scope
from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding


def direct(check: Check, doc: Document, ctx: RunContext) -> list[Finding]:
    """The check's findings on the document, by its scope, as the runner would call it."""
    if check.scope is not Scope.DOCUMENT:
        return [finding for _, finding in check.run_feed([doc], ctx)]
    return list(check.run(doc, ctx))
