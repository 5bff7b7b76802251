"""Running the checks over the documents of one run."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from audit import house_style, language
from audit.checks.base import Check, Scope
from audit.context import RunContext
from audit.document import Document
from audit.executors import Checked, Executor, chunks
from audit.findings import Finding, Severity
from audit.fixes import protect, reconcile
from audit.inputs import load as inputs_load
from audit.inputs.problems import InputProblem


@dataclass
class DocumentResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)  # [{check, reason}]: checks that did not run
    proposed: list[Finding] = field(default_factory=list, repr=False)  # the findings before fixes were reconciled


def load_documents(
    inputs: Sequence[str], problems: list[InputProblem] | None = None, ignore: Callable[[str], bool] | None = None
) -> list[Document]:
    """The documents of every input (see audit.inputs: files, directories, `-`, URLs; feeds, JSON Lines, XLIFF,
    TMX, HTML); problems in part of an input go to `problems`, else to standard error as warnings; files in
    directories for which `ignore(path)` is true are not read."""
    return inputs_load(inputs, problems, ignore)


def detect_languages(documents: list[Document], ctx: RunContext) -> None:
    """Each document's language from its prose; the run's language, for documents too short to tell."""
    for doc in documents:
        doc.language.detected, doc.language.confidence = language.detect_prose(doc.text)
    detected = Counter(doc.language.detected for doc in documents if doc.language.detected)
    ctx.run_language = detected.most_common(1)[0][0] if detected else None
    for doc in documents:
        _lean_on_the_run(doc, ctx.run_language)
        doc.language.expected = ctx.expected_language(doc)


def _lean_on_the_run(doc: Document, run_language: str | None) -> None:
    """A document judged another language than the run's whose prose the run's function words carry (a short
    English article langdetect takes for Norwegian, in an English feed) is in the run's language."""
    from audit.language_evidence import carried_by

    found = doc.language.detected
    if found is None or run_language is None or found == run_language:
        return
    words = language.prose(doc.text)
    if carried_by(words, run_language, found):
        doc.language.detected = run_language
        doc.language.confidence = dict(language.probabilities(words)).get(run_language, 0.0)


def run_checks(
    documents: list[Document], ctx: RunContext, checks: Sequence[Check], executor: Executor | None = None
) -> list[DocumentResult]:
    """Every check on the documents whose language it can handle; the others are recorded as skipped. The checks of
    single documents run on `executor` (default: this process), those across the feed here, after them."""
    ctx.documents = documents
    ctx.checks = frozenset(check.id for check in checks)
    detect_languages(documents, ctx)
    results = {id(doc): DocumentResult(doc) for doc in documents}
    per_document = [check.id for check in checks if check.scope is not Scope.FEED]  # and batches of them
    for doc, checked in _document_checks(documents, ctx, per_document, executor):
        result = results[id(doc)]
        result.findings.extend(checked.findings)
        result.scores.update(checked.scores)
        result.skipped.extend(checked.skipped)
        if checked.gathered:
            ctx.gathered[id(doc)] = checked.gathered
    languages = [ctx.expected_language(doc) for doc in documents]
    for check in checks:
        if check.scope is not Scope.FEED:
            continue
        able = []
        for doc, reason in zip(documents, check.unmet_each(languages), strict=True):
            if reason is None:
                able.append(doc)
            else:
                ctx.skip(doc, check.id, reason)
        for doc, finding in check.run_feed(able, ctx):
            results[id(doc)].findings.append(finding)
    order = {check.id: index for index, check in enumerate(checks)}
    superseding = {check.id: frozenset(check.supersedes) for check in checks if check.supersedes}
    for key, result in results.items():
        found = _not_superseded(result.findings, superseding) if superseding else result.findings
        ordered = sorted(_configured(found, ctx), key=lambda f: (f.start, f.end, f.check))
        result.proposed = protect(result.document, ordered)
        result.findings = reconcile(result.proposed)
        result.scores.update(ctx.scores.get(key, {}))
        result.skipped = sorted([*result.skipped, *ctx.skipped.get(key, [])], key=lambda s: order.get(s["check"], 0))
    return list(results.values())


def _document_checks(
    documents: list[Document], ctx: RunContext, check_ids: list[str], executor: Executor | None
) -> Iterator[tuple[Document, Checked]]:
    """Each document with what the checks of single documents made of it, in order; the sentences a worker split
    are kept, so the checks across the feed and the reports need not split them again."""
    chunked = list(chunks(documents, ctx.sources))
    elsewhere = executor is not None and len(chunked) > 1 and ctx.translation_service is None  # a given one is ours
    runner = executor if elsewhere else Executor()
    for chunk, checked in zip(chunked, runner.map(chunked, ctx, check_ids), strict=True):
        for doc, one in zip(chunk.documents, checked, strict=True):
            if "paragraphs" not in doc.__dict__:
                doc.__dict__["paragraphs"] = one.paragraphs
            yield doc, one


def _not_superseded(findings: list[Finding], superseding: dict[str, frozenset[str]]) -> list[Finding]:
    """The findings less those inside a finding of a check that supersedes theirs (a segment copied from its source
    is not also a passage in the wrong language)."""
    wider = [(f.start, f.end, superseding[f.check]) for f in findings if f.check in superseding]
    if not wider:
        return findings
    return [f for f in findings if not any(a <= f.start and f.end <= b and f.check in ids for a, b, ids in wider)]


def _configured(findings: list[Finding], ctx: RunContext) -> list[Finding]:
    """The findings with the configuration's severities and house spellings of names, less those on names the
    glossary accepts."""
    return [
        dataclasses.replace(f, severity=ctx.severity[f.check]) if f.check in ctx.severity else f
        for f in house_style.follow(findings, ctx)
        if f.text not in ctx.glossary_accept
    ]


def worst_severity(results: Sequence[DocumentResult]) -> Severity | None:
    severities = [f.severity for r in results for f in r.findings]
    return max(severities, key=lambda s: s.rank) if severities else None
