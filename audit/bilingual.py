"""A document's source text paired with its translation, for the checks that compare the two.

The source is given with --source (one per document of the run, in order) or carried by the input (XLIFF and TMX
units, JSON Lines `source`). Units come as paragraphs on both sides: when the counts agree they pair one to one;
otherwise sentences are aligned (audit.translation.alignment) on what survives translation without a model:
character trigrams of names, numbers and cognates.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.context import RunContext
from audit.document import Document, Span
from audit.translation.alignment import align


@dataclass(frozen=True)
class Pair:
    """Source text and the target span that translates it (either side may be empty: an omission or an
    addition)."""

    source: Span | None  # offsets in the source document's text
    target: Span | None  # offsets in the target document's text


def source_of(doc: Document, ctx: RunContext) -> Document | None:
    """The document's source text, from --source or from the input itself; None when unknown."""
    if ctx.sources:
        return ctx.sources[next(i for i, d in enumerate(ctx.documents) if d is doc)]
    if doc.source:
        return Document(id=f"{doc.id}#source", text=doc.source, path=doc.path, lang_hint=doc.source_lang)
    return None


def pairs(doc: Document, source: Document) -> list[Pair]:
    """Source and target paired: paragraph by paragraph (units) when the counts agree, else sentence by sentence
    by alignment; spans without a counterpart are paired with None."""
    if len(source.paragraphs) == len(doc.paragraphs):
        return [Pair(s, t) for s, t in zip(source.paragraphs, doc.paragraphs, strict=True)]
    sources, targets = source.sentences, doc.sentences
    found = []
    for bead in align([s.text for s in sources], [t.text for t in targets]):
        found.append(
            Pair(
                _joined(source.text, [sources[i] for i in bead.source]),
                _joined(doc.text, [targets[i] for i in bead.target]),
            )
        )
    return found


def _joined(text: str, spans: list[Span]) -> Span | None:
    """The stretch from the first span's start to the last one's end; None for no span."""
    if not spans:
        return None
    return Span(spans[0].start, spans[-1].end, text[spans[0].start : spans[-1].end])
