"""glossary: spellings the configuration forbids, each with the spelling it requires (`[tool.audit.glossary]`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity

ID = "glossary"
DESCRIPTION = (
    "A spelling the project's glossary forbids (glossary.force in the configuration), with the one it requires."
)
CATEGORY = "terminology/wrong-term"


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    if not ctx.glossary_force:
        return
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(ctx.glossary_force, key=len, reverse=True))) + r")(?!\w)"
    )
    for match in pattern.finditer(doc.text):
        required = ctx.glossary_force[match.group()]
        yield doc.finding(
            ID,
            match.start(),
            match.end(),
            severity=Severity.ERROR,
            category=CATEGORY,
            message=f"the glossary requires “{required}” for “{match.group()}”",
            suggestion=required,
        )
