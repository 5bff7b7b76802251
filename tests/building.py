"""The data builders of scripts/, imported by the tests that check the shipped data is what they make."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

import pytest

from tests.paths import ROOT


def build_script(name: str, needs: tuple[str, ...]) -> ModuleType:
    """scripts/<name>.py as a module; the test is skipped when a library it builds with is not installed."""
    for module in needs:
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install -e '.[names-data]')")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
