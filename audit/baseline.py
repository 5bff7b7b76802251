"""Baselines: today's findings recorded by fingerprint, so that a later run reports only the new ones.

A fingerprint hashes the document's path (relative to the working folder) and id, the check, the flagged text and
the sentence around it, and counts repeats, so it survives edits elsewhere in the text but not an edit of the
sentence itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from audit import TOOL_NAME, __version__
from audit.atomic import write_text_atomic
from audit.document import Document
from audit.errors import InputError
from audit.findings import Finding
from audit.runner import DocumentResult

SCHEMA = "audit-baseline/1"


def _context(doc: Document, finding: Finding) -> str:
    sentence = doc.sentence_at(finding.start)
    around = sentence.text if sentence else doc.text[max(0, finding.start - 40) : finding.end + 40]
    return " ".join(around.split())


def _document(doc: Document) -> str:
    """The document's file as a path relative to the working folder when it lies below it (`./a.txt` and the
    absolute path name `a.txt` alike), or its URL, with the document's id for the items of a feed."""
    where = doc.path or ""
    if where and where != "-" and "://" not in where:
        path = Path(os.path.normpath(where))
        if path.is_absolute() and path.is_relative_to(Path.cwd()):
            path = path.relative_to(Path.cwd())
        where = path.as_posix()
    return f"{where}#{doc.id}"


def fingerprinted(results: Sequence[DocumentResult]) -> Iterator[tuple[DocumentResult, Finding, str]]:
    """Each finding with its fingerprint; identical ones are told apart by their order."""
    for result in results:
        doc = result.document
        seen: Counter[str] = Counter()
        for finding in result.findings:
            key = "\x1f".join((_document(doc), finding.check, finding.text, _context(doc, finding)))
            seen[key] += 1
            yield (
                result,
                finding,
                hashlib.sha256(f"{key}\x1f{seen[key]}".encode("utf-8", "surrogatepass")).hexdigest()[:32],
            )


def write(path: Path, results: Sequence[DocumentResult]) -> int:
    entries = {
        fingerprint: {"document": _document(r.document), "check": f.check, "text": f.text, "line": f.line}
        for r, f, fingerprint in fingerprinted(results)
    }
    data = {"schema": SCHEMA, "tool": {"name": TOOL_NAME, "version": __version__}, "findings": entries}
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return len(entries)


def load(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a baseline file ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), dict):
        raise InputError(f"{path}: not a baseline file (expected schema {SCHEMA!r})")
    return set(data["findings"])


def subtract(results: Sequence[DocumentResult], known: set[str]) -> tuple[list[DocumentResult], int]:
    """The results without the findings the baseline knows, and how many were left out."""
    kept: dict[int, list[Finding]] = {id(r): [] for r in results}
    suppressed = 0
    for result, finding, fingerprint in fingerprinted(results):
        if fingerprint in known:
            suppressed += 1
        else:
            kept[id(result)].append(finding)
    return [dataclasses.replace(r, findings=kept[id(r)]) for r in results], suppressed
