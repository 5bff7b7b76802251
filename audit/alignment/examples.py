"""Examples of the checks that read the source. Audited alone, such a text is flagged for nothing (`flagged`
stays empty: without its source the check cannot run); audited against `source`, the check flags `found`."""

from __future__ import annotations

from dataclasses import dataclass

from audit.checks.base import Example


@dataclass(frozen=True)
class BilingualExample(Example):
    """An example read against its source text (`source`, in `source_lang`), where the check flags `found`."""

    source: str = ""
    source_lang: str | None = None
    found: tuple[str, ...] = ()
