"""What every check of one run may consult: languages, thresholds and the run's other documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.document import Document
from audit.findings import Severity


@dataclass
class RunContext:
    target_lang: str | None = None  # expected language of the documents; None: each document's own
    source_lang: str | None = None  # language the documents were translated from, when known
    documents: list[Document] = field(default_factory=list)
    checks: frozenset[str] = frozenset()  # the ids of the checks this run runs
    run_language: str | None = None  # the language most documents of the run are in (see runner.detect_languages)
    min_language_confidence: float = 0.9
    # The round trip (checks/round_trip.py): on/off, required or not, reference-mode sources, cache, progress.
    backtranslate: bool = True
    require_backtranslation: bool = False
    sources: list[Document] = field(default_factory=list)  # reference mode: each document's source, in order
    translation_cache: Path | None = None  # None: the default cache file
    quiet: bool = False  # no progress bar
    translation_service: Any = None  # a translation.service.TranslationService; None: the installed packages
    round_trip_error_below: float | None = None  # chrF thresholds from the configuration (None: the check's own)
    round_trip_warning_below: float | None = None
    # From the configuration: severities per check, names never flagged, spellings the glossary forbids.
    severity: dict[str, Severity] = field(default_factory=dict)
    glossary_accept: frozenset[str] = frozenset()
    glossary_force: dict[str, str] = field(default_factory=dict)

    def expected_language(self, doc: Document) -> str | None:
        """The option, else the input's own declaration, else the language detected in the document's prose, else
        (a headline, a sentence of names) the run's."""
        return self.target_lang or doc.lang_hint or doc.language.detected or self.run_language
