"""Tiny but real argos packages, built once per test session and installed with argostranslate into a
temporary packages directory (en↔fr, and de↔en so that fr→de pivots through English)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.paths import SEED
from tests.translation.package_builder import build_package

DIRECTIONS = (("en", "fr"), ("fr", "en"), ("de", "en"), ("en", "de"))
EOS_BIAS = 3.0  # random weights end their outputs after a few tokens, as a trained model would


def corpus() -> list[str]:
    text = SEED.read_text("utf-8").replace("\n", " ")
    return [part.strip() + "." for part in text.split(". ") if part.strip()]


@pytest.fixture(scope="session")
def package_files(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """The .argosmodel files, one per direction."""
    directory = tmp_path_factory.mktemp("argos-files")
    return {
        (a, b): build_package(directory, a, b, corpus(), seed=index, eos_bias=EOS_BIAS)
        for index, (a, b) in enumerate(DIRECTIONS)
    }


@pytest.fixture(scope="session")
def installed_packages(tmp_path_factory, package_files) -> Path:
    """A packages directory holding every test package, installed by argostranslate.package.install_from_path."""
    from argostranslate import package, settings

    directory = tmp_path_factory.mktemp("argos-packages")
    saved = settings.package_data_dir
    settings.package_data_dir = directory
    try:
        for path in package_files.values():
            package.install_from_path(path)
    finally:
        settings.package_data_dir = saved
    return directory


@pytest.fixture(scope="session")
def perfect_packages(tmp_path_factory) -> Path:
    """en→fr and fr→en packages that return their input: a round trip that loses nothing."""
    from argostranslate import package, settings

    files, directory = tmp_path_factory.mktemp("argos-copy-files"), tmp_path_factory.mktemp("argos-copy")
    saved = settings.package_data_dir
    settings.package_data_dir = directory
    try:
        for a, b in (("en", "fr"), ("fr", "en")):
            package.install_from_path(build_package(files, a, b, corpus(), copy=True))
    finally:
        settings.package_data_dir = saved
    return directory


@pytest.fixture
def argos_home(installed_packages, monkeypatch) -> Path:
    """ARGOS_PACKAGES_DIR set to the test packages for one test (subprocesses included)."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(installed_packages))
    return installed_packages


@pytest.fixture
def isolated_env(tmp_path, monkeypatch) -> os._Environ:
    """The environment for `audit` subprocesses, with argos data, config and our cache under tmp_path (the live
    os.environ, so that settings other fixtures make for the same test are included)."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "audit-cache"))
    return os.environ


def audit_cli(*args: str, env: Mapping[str, str]) -> subprocess.CompletedProcess:
    """Run `python -m audit` with these arguments in a fresh process."""
    command = [sys.executable, "-m", "audit", *args]
    return subprocess.run(command, capture_output=True, text=True, env=dict(env), timeout=300)
