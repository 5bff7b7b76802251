"""Routes between two languages: a direct package, or two packages through English."""

from __future__ import annotations

from collections.abc import Sequence

from audit.translation.packages import InstalledPackage, best

PIVOT = "en"


def route(packages: Sequence[InstalledPackage], from_code: str, to_code: str) -> list[InstalledPackage] | None:
    """The installed packages that translate from_code into to_code, in order; None when there is no route."""
    direct = best(list(packages), from_code, to_code)
    if direct is not None:
        return [direct]
    if PIVOT in (from_code, to_code):
        return None
    first, second = best(list(packages), from_code, PIVOT), best(list(packages), PIVOT, to_code)
    return [first, second] if first and second else None


def missing(packages: Sequence[InstalledPackage], from_code: str, to_code: str) -> list[str]:
    """Directions to install for a route from_code → to_code (empty when one exists)."""
    if route(packages, from_code, to_code) is not None:
        return []
    if PIVOT in (from_code, to_code):
        return [f"{from_code}→{to_code}"]
    wanted = [(from_code, PIVOT), (PIVOT, to_code)]
    return [f"{a}→{b}" for a, b in wanted if best(list(packages), a, b) is None]
