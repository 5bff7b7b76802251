"""name-variant: one name spelled two or more ways in a document, or across the documents of a feed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from audit.context import RunContext
from audit.document import Document
from audit.findings import Finding, Severity

ID = "name-variant"
DESCRIPTION = (
    "One name spelled several ways (Koursk and Kursk, Zelensky and Zelenskyy) within a document or across a "
    "feed; reports each minority spelling and suggests the standard one (else the majority)."
)
CATEGORY = "terminology/inconsistent"
CONFIDENCE = 0.85


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    for group in _groups(doc).values():
        yield from _report(doc, group, {doc.id: group}, feed=False)


def run_feed(documents: Sequence[Document], ctx: RunContext) -> Iterator[tuple[Document, Finding]]:
    """Spellings that differ between documents, each document being consistent within itself."""
    if len(documents) < 2:
        return
    by_key: dict[str, dict[int, list]] = {}
    for position, doc in enumerate(documents):
        for key, group in _groups(doc).items():
            by_key.setdefault(key, {})[position] = group
    for per_doc in by_key.values():
        if len(per_doc) < 2:
            continue
        everything = [m for group in per_doc.values() for m in group]
        if len({_spelling(m) for m in everything}) < 2:
            continue
        places = {documents[p].id: group for p, group in per_doc.items()}
        for position, group in per_doc.items():
            if len({_spelling(m) for m in group}) > 1:
                continue  # inconsistent within the document: reported by run()
            doc = documents[position]
            for finding in _report(doc, everything, places, feed=True, only=group):
                yield doc, finding


def _groups(doc: Document) -> dict[str, list]:
    """The document's name mentions grouped by the name they spell (the same folded standard or folded text),
    for names with a known or guessed standard spelling."""
    from audit.names.mentions import mentions

    found = mentions(doc.text)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for mention in found:
        parent[root(fold_text(mention))] = root(mention.key)
    known = {root(m.key) for m in found if m.known}
    groups: dict[str, list] = {}
    for mention in found:
        key = root(mention.key)
        if key in known:
            groups.setdefault(key, []).append(mention)
    return groups


def fold_text(mention) -> str:
    from audit.names.folding import fold

    return fold(mention.text)


def _report(doc: Document, group: list, places: dict[str, list], *, feed: bool, only: list | None = None):
    """A finding on each mention not in the kept spelling: the majority when it is an accepted spelling, else the
    standard (or, when no standard is known, the majority)."""
    spellings = Counter(_spelling(m) for m in group)
    if len(spellings) < 2:
        return
    majority = spellings.most_common(1)[0][0]
    standard = next((m.standard for m in group if m.known), None)
    accepted = {_spelling(m) for m in group if m.entity is not None and m.convention is None}
    if majority in accepted or standard is None or _spelling_of(standard) not in spellings:
        kept = majority
    else:
        kept = _spelling_of(standard)
    kept_text = next(m.text for m in group if _spelling(m) == kept)
    suggestion = kept_text if kept in accepted or standard is None else standard
    scope = "across the feed" if feed else "in this document"
    for mention in only if only is not None else group:
        if _spelling(mention) == kept:
            continue
        others = _elsewhere(places, _spelling(mention), feed)
        yield doc.finding(
            ID,
            mention.start,
            mention.end,
            severity=Severity.WARNING,
            category=CATEGORY,
            message=f"“{mention.text}” is spelled differently {scope}: {others}",
            suggestion=suggestion,
            confidence=CONFIDENCE,
        )


def _spelling(mention) -> str:
    return _spelling_of(mention.text)


def _spelling_of(text: str) -> str:
    from audit.names.folding import normal

    return normal(text)


def _elsewhere(places: dict[str, list], spelling: str, feed: bool) -> str:
    """Where the other spellings occur: “Kursk” (3 times in doc-a, once in doc-b)."""
    parts = []
    counts: dict[str, Counter] = {}
    for doc_id, group in places.items():
        for mention in group:
            if _spelling(mention) != spelling:
                counts.setdefault(mention.text, Counter())[doc_id] += 1
    for text, per_doc in counts.items():
        where = ", ".join(
            f"{n} time{'s' if n > 1 else ''}" + (f" in {doc_id}" if feed else "") for doc_id, n in per_doc.items()
        )
        parts.append(f"“{text}” ({where})")
    return "; ".join(parts)
