"""What every check of one run may consult: languages, thresholds and the run's other documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.document import Document


@dataclass
class RunContext:
    target_lang: str | None = None  # expected language of the documents; None: each document's own
    source_lang: str | None = None  # language the documents were translated from, when known
    documents: list[Document] = field(default_factory=list)
    min_language_confidence: float = 0.9

    def expected_language(self, doc: Document) -> str | None:
        return self.target_lang or doc.language.detected
