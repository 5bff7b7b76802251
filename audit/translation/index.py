"""The argos package index: fetching it (with a local copy for offline listing) and downloading packages.

The index is read with argostranslate's AvailablePackage into argostranslate's local copy; fetching and downloading
are ours because argostranslate's (`update_package_index`, `AvailablePackage.download`) have no timeout, report a
failure only in its log (offline, `get_available_packages` then calls itself until Python's recursion limit),
write in place, and reuse a file left half-written.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from audit.atomic import write_text_atomic
from audit.errors import InputError

TIMEOUT = 30  # seconds without an answer before a download counts as failed
_USER_AGENT = "translation-audit"


@dataclass(frozen=True)
class AvailablePackage:
    """A translation package listed in the index."""

    from_code: str
    to_code: str
    version: str
    links: tuple[str, ...]

    @property
    def direction(self) -> str:
        return f"{self.from_code}→{self.to_code}"


def index_url() -> str:
    """The index's address: ARGOS_PACKAGE_INDEX (a folder holding index.json), as argostranslate reads it."""
    from argostranslate import settings

    base = settings.get_setting("ARGOS_PACKAGE_INDEX", default=settings.package_index)
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def local_copy() -> Path:
    """argostranslate's copy of the index (`settings.local_package_index`), which `argospm` reads too."""
    from argostranslate import settings

    return Path(settings.local_package_index)


def _parse(data: str, origin: str) -> list[AvailablePackage]:
    """Translation packages of an index, read through argostranslate's AvailablePackage."""
    from argostranslate.package import AvailablePackage as ArgosAvailable

    try:
        entries = json.loads(data)
    except ValueError:
        raise InputError(f"{origin}: the package index is not valid JSON") from None
    if not isinstance(entries, list):
        raise InputError(f"{origin}: the package index is not a list of packages")
    packages = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        argos = ArgosAvailable(entry)
        if argos.type == "translate" and argos.from_code and argos.to_code and argos.links:
            packages.append(AvailablePackage(argos.from_code, argos.to_code, argos.package_version or "0",
                                             tuple(argos.links)))  # fmt: skip
    return packages


def fetch() -> list[AvailablePackage]:
    """The index from the network; its local copy is refreshed. A one-line InputError when unreachable."""
    url = index_url()
    data = _get(url, "the argos package index").decode("utf-8", errors="replace")
    packages = _parse(data, url)
    local = local_copy()
    local.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(local, data)
    return packages


def cached() -> list[AvailablePackage] | None:
    """The index as last fetched, or None."""
    local = local_copy()
    if not local.is_file():
        return None
    try:
        return _parse(local.read_text("utf-8"), str(local))
    except InputError:
        return None


def download(package: AvailablePackage, directory: Path) -> Path:
    """Download a package file into `directory` (whole or not at all), trying its links in order."""
    failures = []
    for link in package.links:
        target = directory / (Path(urllib.request.url2pathname(link.rsplit("/", 1)[-1])).name or "package.argosmodel")
        try:
            with _open(link) as response, tempfile.NamedTemporaryFile(dir=directory, delete=False) as partial:
                shutil.copyfileobj(response, partial)
            Path(partial.name).replace(target)
            return target
        except (urllib.error.URLError, OSError, ValueError) as exc:
            failures.append(f"{link}: {_reason(exc)}")
    raise InputError(f"cannot download the {package.direction} package ({'; '.join(failures) or 'no link'})")


def _open(url: str):
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    return urllib.request.urlopen(request, timeout=TIMEOUT)


def _get(url: str, what: str) -> bytes:
    try:
        with _open(url) as response:
            return response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputError(
            f"cannot reach {what} at {url} ({_reason(exc)}); offline, install from a file:"
            " audit models install FILE.argosmodel"
        ) from None


def _reason(exc: Exception) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code}"
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    return str(exc)
