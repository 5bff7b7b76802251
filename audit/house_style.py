"""A newsroom's spellings of names (`[tool.audit.names]`): the names checks follow them.

`prefer = { "Gaddafi" = ["Qaddafi", "Kadhafi"] }` makes Gaddafi the house spelling: the spellings it replaces
are reported wherever they stand (as the glossary's), a check's suggestion that is one of them or the same name
by its sounds becomes the house spelling, and the house spelling itself is never reported. `accept` lists
spellings never reported (as the glossary's accept).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from audit.context import RunContext
from audit.findings import Edit, Finding, Fix
from audit.names.folding import normal
from audit.names.skeleton import same_name

NAME_CHECKS = frozenset({"transliteration", "name-variant", "exonym"})


def follow(findings: Sequence[Finding], ctx: RunContext) -> list[Finding]:
    """The findings with the house's spellings: none on a house spelling, suggestions and fixes in its spelling,
    and a name check's finding left out where the glossary reports the same span."""
    houses = set(ctx.names_houses)
    if not houses:
        return list(findings)
    glossary = {(f.start, f.end) for f in findings if f.check == "glossary"}
    kept = []
    for finding in findings:
        if finding.check not in NAME_CHECKS:
            kept.append(finding)
            continue
        if normal(finding.text) in {normal(h) for h in houses} or (finding.start, finding.end) in glossary:
            continue
        house = _house(finding.suggestion, ctx.names_prefer, houses)
        kept.append(_respelled(finding, house) if house else finding)
    return kept


def _house(suggestion: str | None, prefer: dict[str, str], houses: set[str]) -> str | None:
    if not suggestion:
        return None
    if suggestion in prefer:
        return prefer[suggestion]
    return next((house for house in houses if house != suggestion and same_name(house, suggestion)), None)


def _respelled(finding: Finding, house: str) -> Finding:
    fix = finding.fix
    if fix is not None and len(fix.edits) == 1 and fix.edits[0].replacement == finding.suggestion:
        edit = fix.edits[0]
        fix = Fix((Edit(edit.start, edit.end, house),), fix.applicability)
    return dataclasses.replace(finding, suggestion=house, fix=fix)
