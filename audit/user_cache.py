"""The user's cache folder, where the translation cache and the unpacked data files are kept."""

from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path:
    """$AUDIT_CACHE_DIR, else $XDG_CACHE_HOME/translation-audit, else ~/.cache/translation-audit."""
    base = os.environ.get("AUDIT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "translation-audit"
