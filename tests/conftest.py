"""Shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.paths import SHARED_DATA

# CI draws the same examples on every run (for the Hypothesis version pyproject pins), with no deadline on a loaded
# machine, so that what passed on a fresh clone passes in CI; local runs draw new ones (and replay their failures from
# .hypothesis/).
settings.register_profile(
    "ci", derandomize=True, database=None, print_blob=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


@pytest.fixture
def shared_data() -> Path:
    """The shared public data sets; tests that need them skip when the folder is not beside the project."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the shared data sets are not beside the project ({SHARED_DATA})")
    return SHARED_DATA
