"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import SHARED_DATA


@pytest.fixture
def shared_data() -> Path:
    """The shared public data sets; tests that need them skip when the folder is not beside the project."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the shared data sets are not beside the project ({SHARED_DATA})")
    return SHARED_DATA
