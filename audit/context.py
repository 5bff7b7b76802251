"""What every check of one run may consult: languages, options and the run's other documents; and where a check
leaves what is not a finding (scores, the reason it did not run), so that no check edits a document."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.document import Document


@dataclass
class RunContext:
    target_lang: str | None = None  # expected language of the documents; None: each document's own
    source_lang: str | None = None  # language the documents were translated from, when known
    documents: list[Document] = field(default_factory=list)
    checks: frozenset[str] = frozenset()  # the ids of the checks this run runs
    run_language: str | None = None  # the language most documents of the run are in (see runner.detect_languages)
    check_options: dict[str, Any] = field(default_factory=dict)  # check id -> its Options (default when absent)
    # The round trip (checks/round_trip.py): on/off, reference-mode sources, cache, progress.
    backtranslate: bool = True
    sources: list[Document] = field(default_factory=list)  # reference mode: each document's source, in order
    translation_cache: Path | None = None  # None: the default cache file
    run_id: str = field(default_factory=lambda: os.urandom(8).hex())  # what the cache tells this run's entries by
    quiet: bool = False  # no progress bar
    translation_service: Any = None  # a translation.service.TranslationService; None: the installed packages
    # From the configuration: severities per check, names never flagged, spellings the glossary forbids.
    severity: dict[str, Any] = field(default_factory=dict)
    glossary_accept: frozenset[str] = frozenset()
    glossary_force: dict[str, str] = field(default_factory=dict)
    names_prefer: dict[str, str] = field(default_factory=dict)  # house style: a spelling -> the house's spelling
    names_houses: frozenset[str] = frozenset()  # the house's spellings of names
    # A streamed run (audit.streaming): what the checks across a feed keep of earlier windows, by check id.
    streamed: bool = False
    feed_memory: dict[str, Any] = field(default_factory=dict)
    # What the checks record beside findings, by document (see record_score and skip).
    scores: dict[int, dict[str, Any]] = field(default_factory=dict)
    skipped: dict[int, list[dict[str, str]]] = field(default_factory=dict)
    # What the checks across the feed read of each document (Check.gather), found where its own checks ran: by
    # document, then check id.
    gathered: dict[int, dict[str, Any]] = field(default_factory=dict)

    def expected_language(self, doc: Document) -> str | None:
        """The option, else the input's own declaration, else the language detected in the document's prose, else
        (a headline, a sentence of names) the run's."""
        return self.target_lang or doc.lang_hint or doc.language.detected or self.run_language

    def record_score(self, doc: Document, name: str, value: Any) -> None:
        """A score of the document for the report (`documents[].scores`)."""
        self.scores.setdefault(id(doc), {})[name] = value

    def skip(self, doc: Document, check: str, reason: str) -> None:
        """The check did not run on the document, and why (`documents[].skipped`)."""
        self.skipped.setdefault(id(doc), []).append({"check": check, "reason": reason})
