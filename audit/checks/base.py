"""What every check declares, and how the runner calls it.

A check is a small declared unit, as a ruff rule is: an id, a category (MQM), a default severity, a scope (each
document on its own, or the documents of a run together), the language data it needs, its options (a frozen
dataclass read from `[tool.audit.checks.<id>]`) and examples, flagged and fixed, that document it and run as
tests. `audit explain ID` prints all of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from audit import language, lexicon
from audit.findings import Finding, Severity

if TYPE_CHECKING:
    from audit.alignment.examples import BilingualExample
    from audit.context import RunContext
    from audit.document import Document


class Scope(StrEnum):
    DOCUMENT = "document"  # run(document) for each document
    FEED = "feed"  # run_feed(documents) once for the run: a name spelled two ways across a feed
    BATCH = "batch"  # run_feed(documents) on batches of the run's documents, each judged alone: the round trip


class Example(NamedTuple):
    """Text in `lang` the check flags (the `flagged` spans, in order) and the text once its fixes are applied
    (safe and unsafe); an example with nothing flagged is text the check must leave alone."""

    lang: str
    text: str
    flagged: tuple[str, ...] = ()
    fixed: str | None = None


@dataclass(frozen=True)
class NoOptions:
    """The check takes no options."""


def option(default: Any, help: str, low: float | None = None, high: float | None = None) -> Any:
    """An option field: its default, what it does, and its bounds for numbers."""
    return dataclasses.field(default=default, metadata={"help": help, "low": low, "high": high})


class Check:
    """One check. Subclasses set the class attributes and implement run (DOCUMENT) or run_feed (FEED)."""

    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]  # of its usual finding; a finding may be milder (an emphatic double is info)
    summary: ClassVar[str]  # what it finds, in one line
    rationale: ClassVar[str]  # why it matters to a reader of the news
    scope: ClassVar[Scope] = Scope.DOCUMENT
    needs: ClassVar[tuple[str, ...]] = ()  # Lexicon sections the document's language must have (audit.lexicon)
    languages: ClassVar[frozenset[str] | None] = None  # the only target languages it knows; None: any
    Options: ClassVar[type] = NoOptions
    examples: ClassVar[tuple[Example | BilingualExample, ...]] = ()
    # checks whose findings inside one of this check's say less of the same defect, and are left out
    supersedes: ClassVar[tuple[str, ...]] = ()

    def unmet(self, lang: str | None) -> str | None:
        """Why the check cannot run on a document in `lang`, or None when it can."""
        if self.languages is not None and lang is not None and lang not in self.languages:
            known = ", ".join(language.name(code) for code in sorted(self.languages))
            return f"knows {known} only, the document is {language.name(lang)}"
        if not self.needs:
            return None
        if lang is None:
            return "the document's language is unknown: give --target-lang"
        data = lexicon.get(lang)
        if data is None:
            return (
                f"no language data for {language.name(lang)}: add {lang}.toml to a folder named by"
                f" {lexicon.ENVIRONMENT} (see `audit explain {self.id}`)"
            )
        missing = [section for section in self.needs if not data.has(section)]
        if missing:
            return f"the {language.name(lang)} language data has no {', '.join(missing)}"
        return None

    def unmet_each(self, languages: Sequence[str | None]) -> list[str | None]:
        """unmet() for each of the languages, asked once for each distinct one: a feed's documents share a few, and
        asking for each document and check was 2% of the instructions of a run over one-line documents."""
        reasons = {lang: self.unmet(lang) for lang in set(languages)}
        return list(map(reasons.__getitem__, languages))

    def run(self, doc: Document, ctx: RunContext) -> Iterable[Finding]:
        raise NotImplementedError(f"{self.id} runs on the whole feed (run_feed)")

    def run_feed(self, documents: Sequence[Document], ctx: RunContext) -> Iterable[tuple[Document, Finding]]:
        raise NotImplementedError(f"{self.id} runs on each document (run)")

    def gather(self, doc: Document, ctx: RunContext) -> Any:
        """What run_feed reads of one document, found where the document's own checks run (a worker, whose caches
        they have filled) and carried back, compact: the driver need not read each document again, nor keep the
        caches of a feed's every document. None: nothing (a check across the feed that reads each document
        defines it)."""
        return None

    def gathered(self, doc: Document, ctx: RunContext) -> Any:
        """gather()'s answer for the document: carried back from its chunk, else found now."""
        found = ctx.gathered.get(id(doc), {})
        return found[self.id] if self.id in found else self.gather(doc, ctx)

    def options_in(self, ctx: RunContext) -> Any:
        """The run's options for this check: the configuration's, else the defaults."""
        return ctx.check_options.get(self.id) or self.Options()

    def finding(self, doc: Document, start: int, end: int, message: str, **extra: Any) -> Finding:
        """A finding of this check on doc.text[start:end], with its category and (unless given) its severity."""
        extra.setdefault("severity", self.severity)
        return doc.finding(self.id, start, end, category=self.category, message=message, **extra)
