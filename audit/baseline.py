"""Baselines: today's findings recorded by fingerprint, so that a later run reports only the new ones.

A fingerprint hashes the document's path (relative to the configuration file's folder, else to the working
folder, so that a run from another folder of the project still matches) and id, the check, the flagged text and
the sentence around it, and counts repeats, so it survives edits elsewhere in the text but not an edit of the
sentence itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
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


def _document(doc: Document, root: Path | None = None) -> str:
    """The document's file as a path relative to `root` (default: the working folder) when it lies below it
    (`./a.txt`, `../project/a.txt` and the absolute path name `a.txt` alike), or its URL, with the document's id
    for the items of a feed."""
    where = doc.path or ""
    if where and where != "-" and "://" not in where:
        base = root or Path.cwd()
        path = Path(os.path.normpath(os.path.abspath(where)))
        if path.is_relative_to(base):
            path = path.relative_to(base)
        where = path.as_posix()
    return f"{where}#{doc.id}"


def fingerprinted(
    results: Sequence[DocumentResult], root: Path | None = None
) -> Iterator[tuple[DocumentResult, Finding, str]]:
    """Each finding with its fingerprint (paths relative to `root`, default the working folder); identical ones
    are told apart by their order."""
    for result in results:
        doc = result.document
        seen: Counter[str] = Counter()
        where = _document(doc, root)
        for finding in result.findings:
            key = "\x1f".join((where, finding.check, finding.text, _context(doc, finding)))
            seen[key] += 1
            yield (
                result,
                finding,
                hashlib.sha256(f"{key}\x1f{seen[key]}".encode("utf-8", "surrogatepass")).hexdigest()[:32],
            )


def write(path: Path, results: Sequence[DocumentResult], root: Path | None = None) -> int:
    entries = {
        fingerprint: {"document": _document(r.document, root), "check": f.check, "text": f.text, "line": f.line}
        for r, f, fingerprint in fingerprinted(results, root)
    }
    data = {"schema": SCHEMA, "tool": {"name": TOOL_NAME, "version": __version__}, "findings": entries}
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return len(entries)


def load(path: Path) -> dict[str, dict]:
    """The baseline's findings by fingerprint (each with its document, check, text and line)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a baseline file ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: not a baseline file (JSON nested too deeply)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the baseline ({exc.strerror or exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), dict):
        raise InputError(f"{path}: not a baseline file (expected schema {SCHEMA!r})")
    return {key: value if isinstance(value, dict) else {} for key, value in data["findings"].items()}


def subtract(
    results: Sequence[DocumentResult], known: Collection[str], root: Path | None = None
) -> tuple[list[DocumentResult], int]:
    """The results without the findings the baseline knows, and how many were left out."""
    kept: dict[int, list[Finding]] = {id(r): [] for r in results}
    suppressed = 0
    for result, finding, fingerprint in fingerprinted(results, root):
        if fingerprint in known:
            suppressed += 1
        else:
            kept[id(result)].append(finding)
    return [dataclasses.replace(r, findings=kept[id(r)]) for r in results], suppressed


def unmatched_reason(known: dict[str, dict], results: Sequence[DocumentResult], root: Path, anchor: str) -> str:
    """Why a baseline with findings matches none of this run's: its documents are not this run's (another folder,
    other paths: `anchor` says what paths are relative to), or its findings in them are gone."""
    recorded = sorted({str(entry.get("document", "")) for entry in known.values()})
    audited = sorted({_document(r.document, root) for r in results})
    shared = set(recorded) & set(audited)
    if shared:
        return (
            f"its findings in the {len(shared)} of this run's documents it names are gone (fixed, or their sentences"
            " edited since it was made)"
        )

    def sample(names: list[str]) -> str:
        files = list(dict.fromkeys(name.rpartition("#")[0] or name for name in names))  # a feed's items: one file
        shown = ", ".join(files[:3])
        return shown + (f" and {len(files) - 3} more" if len(files) > 3 else "")

    seen = f"this run audits {sample(audited)}" if audited else "this run audited no document"
    return (
        f"none of the documents it names is audited by this run: it names {sample(recorded)}, {seen}"
        f" (paths relative to {anchor}); run from the folder it was made in, or make it again"
    )
