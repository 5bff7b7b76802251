"""`audit explain ID`: a check's declaration as a page of text, as `ruff rule` prints a rule."""

from __future__ import annotations

import textwrap
from dataclasses import MISSING, fields

from audit import language
from audit.checks.base import Check

WIDTH = 100


def explanation(check: Check) -> str:
    """What the check finds, why it matters, where it runs, its options and its examples."""
    lines = [f"{check.id} ({check.category}, {check.severity.value})", ""]
    lines += [*_wrapped(check.summary), ""]
    lines += ["Why it matters", *_wrapped(check.rationale, "  "), ""]
    scope = {
        "document": "each document",
        "batch": "each document, in batches of the run's documents",
        "feed": "the documents of a run together (a feed)",
    }[check.scope]
    lines.append(f"Runs on: {scope}")
    if check.supersedes:
        lines.append(f"Findings of {', '.join(check.supersedes)} inside its own are left out")
    if check.languages is not None:
        lines.append("Languages: " + ", ".join(language.name(code) for code in sorted(check.languages)))
    if check.needs:
        lines.append("Needs language data: " + ", ".join(check.needs) + " (audit/data/languages/<code>.toml)")
    lines += ["", "Options ([tool.audit.checks." + check.id + "])"]
    options = fields(check.Options)
    if not options:
        lines.append("  none; severity may be set")
    for option in options:
        default = option.default if option.default is not MISSING else None
        name = option.name.replace("_", "-")
        lines.append(f"  {name} = {_toml(default)}")
        lines += _wrapped(option.metadata.get("help", ""), "      ")
    lines += ["", "Examples"]
    for example in check.examples:
        what = "flags " + ", ".join(f"“{text}”" for text in example.flagged) if example.flagged else "no finding"
        lines.append(f"  [{example.lang}] {what}")
        lines += _wrapped(example.text, "      ")
        if example.fixed is not None:
            lines += _wrapped("fixed: " + example.fixed, "      ")
    return "\n".join(lines) + "\n"


def _wrapped(text: str, indent: str = "") -> list[str]:
    return [
        line
        for paragraph in text.splitlines()
        for line in textwrap.wrap(paragraph, WIDTH, initial_indent=indent, subsequent_indent=indent)
    ] or [indent.rstrip()]


def _toml(value: object) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, bool):
        return str(value).lower()
    return repr(value) if isinstance(value, str) else str(value)
