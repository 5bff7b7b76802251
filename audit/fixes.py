"""Fixes across the findings of one document: never two that contradict each other, and applying them."""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import os
import re
from collections.abc import Iterable, Sequence

from audit.addresses import finder
from audit.duplication.spans import Spans
from audit.findings import Applicability, Edit, Finding, Fix
from audit.markdown_spans import code_spans


def reconcile(findings: Sequence[Finding]) -> list[Finding]:
    """The findings, in their order, with every fix that overlaps a stronger finding's fix taken away (its
    suggestion stays): an error's fix before a warning's, a wider fix before a narrower one it would contradict
    ("he said. he declared": deleting “. he declared” wins over capitalising “he”)."""
    kept = _Kept()
    dropped: set[int] = set()
    order = sorted(
        (i for i, f in enumerate(findings) if f.fix is not None),
        key=lambda i: (-findings[i].severity.rank, -(findings[i].fix.end - findings[i].fix.start), i),
    )
    for i in order:
        edits = findings[i].fix.edits
        if any(map(kept.overlaps, edits)):
            dropped.add(i)
        else:
            kept.add(edits)
    return [dataclasses.replace(f, fix=None) if i in dropped else f for i, f in enumerate(findings)]


_STRETCH = 256  # characters of each stretch the kept edits are filed under


class _Kept:
    """The edits kept so far, filed under the stretches of text they reach, so that an edit is compared only with
    those of its own stretches (compared with every kept edit, a long document's thousands of fixes took minutes).
    Two edits that overlap share a character or an insertion point, so they share a stretch."""

    def __init__(self) -> None:
        self._filed: dict[int, list[Edit]] = {}

    def overlaps(self, edit: Edit) -> bool:
        return any(_overlap(edit, other) for at in _stretches(edit) for other in self._filed.get(at, ()))

    def add(self, edits: Iterable[Edit]) -> None:
        for edit in edits:
            for at in _stretches(edit):
                self._filed.setdefault(at, []).append(edit)


def _stretches(edit: Edit) -> range:
    return range(edit.start // _STRETCH, max(edit.start, edit.end) // _STRETCH + 1)


def _overlap(a: Edit, b: Edit) -> bool:
    """Two edits touch the same characters, or insert at the same place."""
    if a.start == a.end or b.start == b.end:
        return a.start == b.start or b.start < a.start < b.end or a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def applicable(findings: Sequence[Finding], unsafe: bool = False) -> list[Fix]:
    """The fixes `--fix` applies: the safe ones, and the unsafe ones too when asked, reconciled among themselves
    (from the findings as proposed, so that a safe fix an unsafe one had displaced comes back when only safe
    fixes are applied)."""
    allowed = {Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE}
    candidates = [f for f in findings if f.fix is not None and f.fix.applicability in allowed]
    return [f.fix for f in reconcile(candidates) if f.fix is not None]


def preview(text: str, start: int, end: int, fix: Fix | None) -> str | None:
    """text[start:end] as the fix leaves it (the fix's edits lie inside), or None without a fix."""
    if fix is None:
        return None
    inner = [Edit(e.start - start, e.end - start, e.replacement) for e in fix.edits]
    return apply(text[start:end], [Fix(tuple(inner), fix.applicability)])


_ADDRESSES = finder()
_FENCE = re.compile(r"^(?:```|~~~).*?^(?:```|~~~)[^\n]*$", re.MULTILINE | re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---\n.*?^---$", re.MULTILINE | re.DOTALL)
MARKDOWN_SUFFIXES = (".md", ".markdown")
_MARKUP = set("*_#>[]|`~<")


def protect(doc, findings: Sequence[Finding]) -> list[Finding]:
    """The findings without the fixes that would touch what is not prose: addresses (URLs, e-mail), and in
    Markdown code, front matter, tags and link targets, or markup itself (a heading's #, emphasis, a list's -)."""
    protected = [m.span() for m in _ADDRESSES(doc.text)]
    markdown = bool(doc.path) and doc.path.lower().endswith(MARKDOWN_SUFFIXES)
    if markdown:
        for pattern in (_FENCE, _FRONT_MATTER):
            protected += [m.span() for m in pattern.finditer(doc.text)]
        protected += code_spans(doc.text)

    spans = Spans(protected)

    def harmful(edit: Edit) -> bool:
        if spans.meets(edit.start, edit.end):
            return True
        removed = doc.text[edit.start : edit.end]
        return markdown and (bool(_MARKUP & set(removed)) or "\n" in removed)

    return [
        dataclasses.replace(f, fix=None) if f.fix is not None and any(map(harmful, f.fix.edits)) else f
        for f in findings
    ]


def apply(text: str, fixes: Iterable[Fix]) -> str:
    """The text with every fix made (the fixes of one document never overlap: see reconcile)."""
    edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: (e.start, e.end))
    pieces, position = [], 0
    for edit in edits:
        if edit.start < position:
            continue  # overlapping edits cannot come out of reconcile; a hand-made list keeps the first
        pieces += [text[position : edit.start], edit.replacement]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def unified_diff(before: str, after: str, name: str) -> str:
    """A unified diff of a document's text before and after its fixes, as `git diff` would show it."""
    old, new = (name, name) if os.path.isabs(name) else (f"a/{name}", f"b/{name}")  # -p1 strips a/ and b/ only
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), old, new)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def fixable_file(doc) -> str | None:
    """Why fixes cannot be written back to the document's file, or None when they can: only plain text and
    Markdown files whose whole text is the document, as UTF-8, are rewritten."""
    from pathlib import Path

    from audit.reports.summary import text_is_file

    if not text_is_file(doc):
        return "fixes go to plain-text and Markdown files only, not to feeds, bilingual files, pages, URLs or stdin"
    try:
        content = Path(doc.path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return "fixes are written back to UTF-8 files only"
    if content.removeprefix("\ufeff") != doc.text:
        return "the file changed since it was read"
    status = os.stat(doc.path)
    if not os.access(doc.path, os.W_OK) or not status.st_mode & 0o222:
        return "the file is read-only"
    if status.st_nlink > 1:
        return "the file has other hard links, which a rewrite would part from it"
    return None


def write_back(doc, fixes: Sequence[Fix]) -> None:
    """The document's file rewritten with the fixes, atomically, keeping a byte-order mark it had."""
    from pathlib import Path

    from audit.atomic import write_text_atomic

    bom = "\ufeff" if Path(doc.path).read_bytes().startswith(b"\xef\xbb\xbf") else ""
    owner = os.stat(doc.path)
    write_text_atomic(doc.path, bom + apply(doc.text, fixes))
    written = os.stat(doc.path)
    if (written.st_uid, written.st_gid) != (owner.st_uid, owner.st_gid):
        with contextlib.suppress(OSError):  # the file stays its owner's (when we may give it back)
            os.chown(os.path.realpath(doc.path), owner.st_uid, owner.st_gid)
