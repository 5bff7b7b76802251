"""What several report formats share: counts by severity, what fails the run, names of documents and checks."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath
from typing import NamedTuple

from audit.document import Document
from audit.findings import Finding, Severity
from audit.runner import DocumentResult

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)  # most severe first
# Control characters (C0, DEL, C1), lone surrogates and noncharacters: what a terminal obeys, what HTML and XML
# cannot carry, what UTF-8 cannot encode.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000))
    + "]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")

CLIP_WORD = 20  # characters back from a clipped text's end where a word may end
DELETE = "(delete)"  # the suggestion shown for a fix that deletes


class CheckInfo(NamedTuple):
    """A registered check as reports describe it."""

    id: str
    description: str
    category: str


def severity_counts(findings: Iterable[Finding]) -> Counter[Severity]:
    return Counter(f.severity for f in findings)


def fails(finding: Finding, fail_on: Severity | None) -> bool:
    """Whether the finding reaches the severity from which the run fails (never when fail_on is None)."""
    return fail_on is not None and finding.severity.rank >= fail_on.rank


def failing_count(results: Sequence[DocumentResult], fail_on: Severity | None) -> int:
    return sum(fails(f, fail_on) for r in results for f in r.findings)


def totals(results: Sequence[DocumentResult]) -> tuple[str, str]:
    """The run in numbers: ("3 documents, 6 findings", "2 errors, 3 warnings, 1 info"; empty without findings)."""
    findings = [f for r in results for f in r.findings]
    counts = severity_counts(findings)
    detail = ", ".join(
        count(counts[s], s.value, "info" if s is Severity.INFO else None) for s in SEVERITIES if counts[s]
    )
    return f"{count(len(results), 'document')}, {count(len(findings), 'finding')}", detail


def document_name(doc: Document) -> str:
    """How a report names a document: its path, with its id where the file holds several (a feed's article, a
    JSON Lines record, an XLIFF file's unit: "feed.jsonl [fr-01]"); else its id."""
    if doc.path and doc.id and doc.id != doc.path and not text_is_file(doc):
        return f"{doc.path} [{doc.id}]"
    return doc.path or doc.id


def text_is_file(doc: Document) -> bool:
    """Whether the document's text is its local file's whole content, so that its lines and columns are the
    file's: plain text and Markdown, not feed items, JSON lines, XLIFF or TMX targets, page text, URLs or stdin."""
    from audit.inputs import READER_SUFFIXES, WALKED_SUFFIXES, fetch, ids

    if not doc.path or doc.path == ids.STDIN or fetch.is_url(doc.path):
        return False
    suffix = PurePosixPath(doc.path.replace("\\", "/")).suffix.lower()
    if suffix in READER_SUFFIXES["text"]:
        return True  # read as text by its suffix
    # Unknown suffixes are read by their content: as text the file keeps its own name as id (feed items and
    # JSON lines get theirs; make_unique may add ~2).
    return suffix not in WALKED_SUFFIXES and doc.id.partition("~")[0] == ids.stem(doc.path)


def by_importance(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then in reading order."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.start, f.end, f.check))


def registered_checks() -> list[CheckInfo]:
    """Every registered check with its description and MQM category."""
    from audit.checks import CHECKS

    return [CheckInfo(c.id, " ".join(c.summary.split()), c.category) for c in CHECKS]


def count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def clip(text: str, limit: int) -> str:
    """Text on one line, cut at `limit` characters with an ellipsis, after a whole word where one ends in the last
    CLIP_WORD characters (not "JSON Lines with `sourc…")."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", limit - 1 - CLIP_WORD, limit)
    return flat[: cut if cut > 0 else limit - 1].rstrip() + "…"


def shown_edit(finding: Finding) -> tuple[str, str | None]:
    """The finding's text and suggestion as a report shows them: where they differ only by spaces (a space before
    "?" to delete), each space drawn as ␣, which a report's line would otherwise drop; a deletion without a
    suggestion shown as one ("delete")."""
    text, suggestion = finding.text, finding.suggestion
    if suggestion is None and finding.fix is not None and not any(edit.replacement for edit in finding.fix.edits):
        return text, DELETE
    if suggestion is not None and text != suggestion and "".join(text.split()) == "".join(suggestion.split()):
        return text.replace(" ", "␣"), suggestion.replace(" ", "␣")
    return text, suggestion


def visible(text: str, keep: str = "\t\n") -> str:
    """Text safe to show: a C0 control or DEL becomes its control picture (ESC → ␛), a C1 control, lone surrogate or
    noncharacter becomes U+FFFD, one character for one so that columns stay; the characters in `keep` stay."""
    return _UNSAFE.sub(lambda match: match[0] if match[0] in keep else _picture(match[0]), text)


def _picture(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def json_text(data: object) -> str:
    """JSON indented by two spaces that keeps every string exact: characters as themselves, except lone surrogates
    (from undecodable file names or a JSON input's escapes), which UTF-8 cannot encode, as \\u escapes. Written by
    orjson, in C (the standard library indents in Python: a fifth of a run over many short documents); what orjson
    refuses (a lone surrogate, an integer past 64 bits, a key not a string) by the standard library. orjson writes
    a float JSON has no number for (infinite, undefined) as null, not the Infinity or NaN strict readers refuse."""
    import orjson

    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n"
    except orjson.JSONEncodeError:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text) + "\n"


def not_run(results: Sequence[DocumentResult]) -> list[str]:
    """The checks that did not run on some documents, and why: one line per reason, with the checks and how many
    documents ("round-trip on 3 documents: no translation package for fr→en; install with: …"), so that a saved
    report says what it does not cover."""
    counted: dict[tuple[str, str], int] = {}
    for result in results:
        for skipped in result.skipped:
            key = (skipped["check"], skipped["reason"])
            counted[key] = counted.get(key, 0) + 1
    grouped: dict[tuple[str, int], list[str]] = {}  # checks skipped for one reason on as many documents: one line
    for (check, reason), number in counted.items():
        grouped.setdefault((reason, number), []).append(check)
    return [f"{', '.join(checks)} on {count(n, 'document')}: {reason}" for (reason, n), checks in grouped.items()]
