"""glossary: spellings the configuration forbids, each with the spelling it requires (`[tool.audit.glossary]`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document
from audit.findings import Applicability, Finding, Fix, Severity


class Glossary(Check):
    id = "glossary"
    category = "terminology/wrong-term"
    severity = Severity.ERROR
    summary = (
        "A spelling the project's glossary forbids (glossary.force in the configuration), with the one it requires."
    )
    rationale = (
        "A newsroom's house style fixes how names and terms are written (Kyiv, not Kiev); a translation that"
        " ignores it is inconsistent with the rest of the site. The glossary's spelling is a safe fix."
    )
    examples = (Example("en", "The talks were held in Kyiv on Monday."),)

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        required_by = {**ctx.names_prefer, **ctx.glossary_force}  # the house's names, then the glossary's terms
        if not required_by:
            return
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(required_by, key=len, reverse=True))) + r")(?!\w)"
        )
        for match in pattern.finditer(doc.text):
            required = required_by[match.group()]
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"the glossary requires “{required}” for “{match.group()}”"
                if match.group() in ctx.glossary_force
                else f"the house style writes this name “{required}”, not “{match.group()}” ([tool.audit.names])",
                suggestion=required,
                fix=Fix.replace(match.start(), match.end(), required, Applicability.SAFE),
            )


CHECK = Glossary()
