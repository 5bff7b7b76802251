"""The names' TOML tables (the romanization conventions) as a run reads them: parsed once, then kept unpacked in
the user's cache (audit.unpacked), where parsing them again was some 7 ms of every run."""

from __future__ import annotations

import tomllib
from pathlib import Path

from audit import unpacked


def read(path: Path) -> dict:
    """The TOML file's tables, as tomllib reads them (its values strings, numbers, lists and tables: no dates)."""
    return unpacked.read(path, _parsed)


def _parsed(packed: bytes) -> dict:
    return tomllib.loads(packed.decode("utf-8"))
