"""`audit models` against a package index served from a loopback HTTP server, and `audit cache`."""

from __future__ import annotations

import functools
import json
import shutil
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.paths import SEED
from tests.translation.conftest import audit_cli


@pytest.fixture
def index_server(tmp_path, package_files):
    """An argos-style index (index.json plus package files) on 127.0.0.1; yields its base URL."""
    root = tmp_path / "index"
    root.mkdir()
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    entries = []
    for (a, b), path in package_files.items():
        shutil.copy(path, root / path.name)
        entries.append({"type": "translate", "from_code": a, "to_code": b, "from_name": a, "to_name": b,
                        "package_version": "1.0", "argos_version": "1.9", "links": [base + path.name]})  # fmt: skip
    (root / "index.json").write_text(json.dumps(entries), "utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_install_list_remove_through_the_index(tmp_path, isolated_env, index_server):
    env = {**isolated_env, "ARGOS_PACKAGE_INDEX": index_server, "ARGOS_PACKAGES_DIR": str(tmp_path / "packages")}
    installed = audit_cli("models", "install", "fr", "en", env=env)
    assert installed.returncode == 0, installed.stderr
    assert sorted(p.name for p in (tmp_path / "packages").iterdir()) == ["translate-en_fr-1_0", "translate-fr_en-1_0"]
    again = audit_cli("models", "install", "en", "fr", env=env)
    assert again.returncode == 0 and again.stdout.count("already installed") == 2
    listed = audit_cli("models", "list", env=env)
    assert listed.returncode == 0
    assert "en→fr      1.0" in listed.stdout and "de→en      1.0" in listed.stdout and "(installed)" in listed.stdout
    ran = audit_cli("check", str(SEED), "-s", "fr", "-f", "json", "--require-backtranslation", env=env)
    assert ran.returncode == 1 and json.loads(ran.stdout)["documents"][0]["scores"]["round_trip"]["chrf"]
    removed = audit_cli("models", "remove", "en", "fr", env=env)
    assert removed.returncode == 0 and list((tmp_path / "packages").iterdir()) == []
    assert audit_cli("models", "remove", "en", "fr", env=env).returncode == 2


def test_install_through_english_when_there_is_no_direct_package(tmp_path, isolated_env, index_server):
    env = {**isolated_env, "ARGOS_PACKAGE_INDEX": index_server, "ARGOS_PACKAGES_DIR": str(tmp_path / "packages")}
    assert audit_cli("models", "install", "fr", "de", env=env).returncode == 0
    names = sorted(p.name for p in (tmp_path / "packages").iterdir())
    assert names == ["translate-de_en-1_0", "translate-en_de-1_0", "translate-en_fr-1_0", "translate-fr_en-1_0"]
    missing = audit_cli("models", "install", "fr", "es", env=env)
    assert missing.returncode == 2 and "no fr→es package" in missing.stderr


def test_offline_install_fails_on_one_line(tmp_path, isolated_env):
    env = {**isolated_env, "ARGOS_PACKAGE_INDEX": f"http://127.0.0.1:{_closed_port()}/"}
    env["ARGOS_PACKAGES_DIR"] = str(tmp_path / "packages")
    failed = audit_cli("models", "install", "fr", "en", env=env)
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "cannot reach the argos package index" in failed.stderr
    listed = audit_cli("models", "list", env=env)
    assert listed.returncode == 0 and "installed" in listed.stdout and "cannot reach" in listed.stderr


def test_install_from_files_and_refuse_bad_ones(tmp_path, isolated_env, package_files):
    env = {**isolated_env, "ARGOS_PACKAGES_DIR": str(tmp_path / "packages")}
    good = str(package_files[("en", "fr")])
    assert audit_cli("models", "install", good, env=env).returncode == 0
    again = audit_cli("models", "install", good, env=env)  # reinstalling replaces the package whole
    assert again.returncode == 0 and [p.name for p in (tmp_path / "packages").iterdir()] == ["translate-en_fr-1_0"]
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip", "utf-8")
    refused = audit_cli("models", "install", str(bad), env=env)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "not a zip archive" in refused.stderr


def test_cache_info_and_clear(tmp_path, isolated_env, argos_home):
    cache = tmp_path / "cache.sqlite3"
    assert audit_cli("check", str(SEED), "-s", "fr", "-q", "--cache", str(cache), env=isolated_env).returncode == 1
    info = audit_cli("cache", "info", "--cache", str(cache), env=isolated_env)
    assert info.returncode == 0 and "translate-en_fr 1.0 en→fr" in info.stdout
    cleared = audit_cli("cache", "clear", "--cache", str(cache), env=isolated_env)
    assert cleared.returncode == 0 and "cleared" in cleared.stdout
    assert " 0 translations" in audit_cli("cache", "info", "--cache", str(cache), env=isolated_env).stdout
    cache.write_bytes(b"SQLite format 3\x00" + b"garbage" * 100)
    damaged = audit_cli("cache", "info", "--cache", str(cache), env=isolated_env)  # set aside, a new one started
    assert damaged.returncode == 0 and "damaged translation cache" in damaged.stderr
    assert " 0 translations" in damaged.stdout
    assert [p.name.startswith("cache.sqlite3.corrupt-") for p in tmp_path.glob("cache.sqlite3.*")] == [True]


def test_cache_clear_removes_nothing_but_a_database(tmp_path, isolated_env):
    article = tmp_path / "article.txt"
    article.write_text("Not a cache: an article someone typed by mistake.", "utf-8")
    refused = audit_cli("cache", "clear", "--cache", str(article), env=isolated_env)
    assert refused.returncode == 2 and "not a translation cache" in refused.stderr and article.exists()
    folder = audit_cli("cache", "clear", "--cache", str(tmp_path), env=isolated_env)
    assert folder.returncode == 2 and len(folder.stderr.splitlines()) == 1 and "Traceback" not in folder.stderr


def _imported(*args: str, env: dict[str, str]) -> set[str]:
    """Modules a fresh `audit` process imports for these arguments."""
    ran = subprocess.run([sys.executable, "-X", "importtime", "-m", "audit", *args],
                         capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    return {line.split("|")[-1].strip() for line in ran.stderr.splitlines() if line.startswith("import time:")}


def test_heavy_modules_stay_out_of_help_and_of_a_run_without_models(tmp_path, isolated_env):
    env = {**isolated_env, "ARGOS_PACKAGES_DIR": str(tmp_path / "empty")}
    assert not {"argostranslate", "ctranslate2", "sacrebleu"} & _imported("--help", env=env)
    imported = _imported("check", str(SEED), "-s", "fr", env=env)
    assert "argostranslate.settings" in imported  # where the packages are was asked
    # an empty packages folder is read without argostranslate's package reader
    assert not {"torch", "stanza", "ctranslate2", "argostranslate.package", "argostranslate.translate"} & imported
