"""Examples of the checks that read the source. Audited alone, such a text is flagged for nothing (`flagged`
stays empty: without its source the check cannot run); audited against `source`, the check flags `found`."""

from __future__ import annotations

from typing import NamedTuple


class BilingualExample(NamedTuple):
    """An example read against its source text (`source`, in `source_lang`), where the check flags `found`; its
    first fields are audit.checks.base.Example's, which every reader of a check's examples reads."""

    lang: str
    text: str
    flagged: tuple[str, ...] = ()
    fixed: str | None = None
    source: str = ""
    source_lang: str | None = None
    found: tuple[str, ...] = ()
