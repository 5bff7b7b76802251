"""A document's source text, when the run knows one: kept apart from audit.bilingual so that the checks against a
source learn there is none without importing the alignment machinery (some 15 ms of a run's start)."""

from __future__ import annotations

from audit.context import RunContext
from audit.document import Document

NO_SOURCE = "no source text: give --source, or a bilingual input (XLIFF, TMX, JSON Lines with `source`)"


def source_or_skip(doc: Document, ctx: RunContext, check: str) -> Document | None:
    """The document's source (source_of); without one, the check is recorded as skipped on it, with what to give."""
    source = source_of(doc, ctx)
    if source is None:
        ctx.skip(doc, check, NO_SOURCE)
    return source


def source_of(doc: Document, ctx: RunContext) -> Document | None:
    """The document's source text, from --source or from the input itself; None when unknown."""
    if ctx.sources:
        return ctx.sources[next(i for i, d in enumerate(ctx.documents) if d is doc)]
    if doc.source is not None:
        return Document(id=f"{doc.id}#source", text=doc.source, path=doc.path, lang_hint=doc.source_lang)
    return None
