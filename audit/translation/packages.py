"""Installed argos translation packages: listing, installing from a file, removing.

argostranslate, CTranslate2 and sacrebleu are the `translate` extra (`pip install 'translation-audit[translate]'`):
the checks that need no model run without them. argostranslate's own functions are used where they do what is
needed (its settings, its Package and AvailablePackage readers, its local index path); installing and removing
are ours because argostranslate's unpack into the live folder (`install_from_path`: no check of the archive, an
upgrade over the old files, half a package after an interruption) and remove in place after importing its whole
translation stack (`uninstall`: stanza, spaCy and PyTorch, seconds for a folder deletion).
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from audit.errors import InputError

if TYPE_CHECKING:
    import zipfile

EXTRA = "translate"
EXTRA_PACKAGES = ("argostranslate", "ctranslate2", "sacrebleu")  # what only the translation path imports
INSTALL_EXTRA = "pip install 'translation-audit[translate]'"


def extra_missing() -> str | None:
    """Why translation cannot run in this installation: the `translate` extra's packages that are missing and how
    to install them, on one line; None when they are all there. Nothing is imported to tell."""
    missing = [name for name in EXTRA_PACKAGES if not _present(name)]
    if not missing:
        return None
    names = ", ".join(missing)
    return f"the {EXTRA} extra is not installed ({names} missing); install it with: {INSTALL_EXTRA}"


def _present(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def require_extra(what: str) -> None:
    """An InputError naming the missing extra and its install command when `what` cannot run without it."""
    reason = extra_missing()
    if reason is not None:
        raise InputError(f"{what} needs translation: {reason}")


@dataclass(frozen=True)
class InstalledPackage:
    """One installed translation package (one direction)."""

    from_code: str
    to_code: str
    version: str
    path: Path

    @property
    def name(self) -> str:
        return f"translate-{self.from_code}_{self.to_code}"

    @property
    def direction(self) -> str:
        return f"{self.from_code}→{self.to_code}"


def packages_dir() -> Path:
    """Where argostranslate keeps packages (ARGOS_PACKAGES_DIR, its settings file, or its default)."""
    from argostranslate import settings

    return Path(settings.get_setting("ARGOS_PACKAGES_DIR", default=settings.data_dir / "packages"))


def installed() -> list[InstalledPackage]:
    """Installed translation packages, read through argostranslate.package; broken directories are skipped, and
    without the `translate` extra there are none. Its reader (with argostranslate's networking and tokenizers,
    40 ms) is imported only when a folder holds a model."""
    if extra_missing() is not None:
        return []
    directory = packages_dir()
    if not directory.is_dir():
        return []
    candidates = [
        path
        for path in sorted(directory.iterdir())
        if path.is_dir() and not path.name.startswith(".") and (path / "model").is_dir()
    ]
    if not candidates:
        return []
    from argostranslate.package import Package

    found = []
    for path in candidates:
        try:
            package = Package(path)
        except (OSError, ValueError):
            continue
        if package.type == "translate" and package.from_code and package.to_code and hasattr(package, "tokenizer"):
            found.append(InstalledPackage(package.from_code, package.to_code, package.package_version or "0", path))
    return found


def version_key(version: str):
    """A package version for comparison (an unreadable version counts as 0)."""
    from packaging.version import InvalidVersion, Version

    try:
        return Version(version)
    except InvalidVersion:
        return Version("0")


def best(packages: list[InstalledPackage], from_code: str, to_code: str) -> InstalledPackage | None:
    """The installed package for one direction, the highest version when several are installed."""
    candidates = [p for p in packages if p.from_code == from_code and p.to_code == to_code]
    return max(candidates, key=lambda p: version_key(p.version), default=None)


def _metadata(archive: zipfile.ZipFile, origin: str) -> tuple[str, dict]:
    """The archive's single top-level folder and its metadata.json, or an InputError saying what is wrong."""
    names = archive.namelist()
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) != 1:
        raise InputError(f"{origin}: not an argos package (expected one top-level folder, found {len(tops)})")
    top = tops.pop()
    required = [f"{top}/metadata.json", f"{top}/model/model.bin"]
    missing = [name for name in required if name not in names]
    if not any(f"{top}/{tokenizer}" in names for tokenizer in ("sentencepiece.model", "bpe.model")):
        missing.append(f"{top}/sentencepiece.model")
    if missing:
        raise InputError(f"{origin}: not an argos translation package (missing {missing[0]})")
    try:
        metadata = json.loads(archive.read(f"{top}/metadata.json"))
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"{origin}: metadata.json is not valid JSON") from None
    if not isinstance(metadata, dict) or not metadata.get("from_code") or not metadata.get("to_code"):
        raise InputError(f"{origin}: metadata.json has no from_code/to_code")
    return top, metadata


def install_file(path: Path) -> InstalledPackage:
    """Install an .argosmodel file: checked first, unpacked beside the packages, then moved into place whole."""
    import shutil
    import tempfile
    import zipfile

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}: not an argos package (not a zip archive)")
    directory = packages_dir()
    directory.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        top, metadata = _metadata(archive, str(path))
        staging = Path(tempfile.mkdtemp(prefix=".install-", dir=directory))
        try:
            archive.extractall(staging)
            _replace(staging / top, directory / top)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return InstalledPackage(metadata["from_code"], metadata["to_code"], metadata.get("package_version", "0"),
                            directory / top)  # fmt: skip


def _replace(new: Path, target: Path) -> None:
    """Move `new` to `target`; an older copy at `target` is moved aside first and deleted after."""
    import shutil

    old = None
    if target.exists():
        old = target.with_name(f".old-{target.name}-{new.parent.name}")
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove(package: InstalledPackage) -> None:
    """Uninstall: renamed out of sight first, so an interrupted removal never leaves half a package in use."""
    import shutil

    trash = package.path.with_name(f".removing-{package.path.name}")
    package.path.rename(trash)
    shutil.rmtree(trash, ignore_errors=True)
