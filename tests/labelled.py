"""Labelled cases in corpora/: flags given as (substring, occurrence) become character spans."""

from __future__ import annotations

import json
from pathlib import Path


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def span_of(text: str, flag: str, occurrence: int = 1) -> tuple[int, int]:
    """Character span of the `occurrence`-th (1-based) occurrence of `flag` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(flag, start + 1)
    return start, start + len(flag)


def precision_recall(true_positive: int, found: int, expected: int) -> tuple[float, float]:
    return true_positive / found if found else 1.0, true_positive / expected if expected else 1.0
