"""Tiny but real argos packages, built once per test session and installed with argostranslate into a
temporary packages directory (en↔fr, and de↔en so that fr→de pivots through English)."""

from __future__ import annotations

import os
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
def argos_home(tmp_path_factory, package_files) -> Path:
    """A packages directory holding every test package, installed by argostranslate.package.install_from_path;
    ARGOS_PACKAGES_DIR points at it for the whole session (subprocesses included)."""
    from argostranslate import package, settings

    directory = tmp_path_factory.mktemp("argos-packages")
    saved_env, saved_dir = os.environ.get("ARGOS_PACKAGES_DIR"), settings.package_data_dir
    os.environ["ARGOS_PACKAGES_DIR"] = str(directory)
    settings.package_data_dir = directory
    for path in package_files.values():
        package.install_from_path(path)
    yield directory
    settings.package_data_dir = saved_dir
    if saved_env is None:
        os.environ.pop("ARGOS_PACKAGES_DIR", None)
    else:
        os.environ["ARGOS_PACKAGES_DIR"] = saved_env


@pytest.fixture
def isolated_env(tmp_path, monkeypatch) -> dict[str, str]:
    """Environment for `audit` subprocesses: argos data, config and our cache under tmp_path."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "audit-cache"))
    return dict(os.environ)
