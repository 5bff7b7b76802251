"""A damaged translation cache (a malformed page, a header that is no database's) is set aside with one warning
and a new cache started, in the program and in `audit cache info`: never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit.translation.cache import TranslationCache

PAGE = 4096


def filled(path: Path) -> Path:
    """A real cache of a few hundred pages, closed."""
    cache = TranslationCache(path)
    for batch in range(20):
        pairs = [(f"sentence {batch}-{n} " + "x" * 200, f"phrase {batch}-{n} " + "y" * 200) for n in range(100)]
        cache.put("translate-fr_en", "1.0", "fr→en", pairs)
    cache.close()
    return path


def malformed(path: Path) -> None:
    """Garbage over every page but the first: the schema reads, the table does not."""
    data = bytearray(path.read_bytes())
    for start in range(PAGE, len(data), PAGE):
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def not_a_database(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 84 + path.read_bytes()[100:])


@pytest.mark.parametrize("damage", [malformed, not_a_database])
def test_a_damaged_cache_is_set_aside_and_a_new_one_started(tmp_path, capsys, damage):
    path = filled(tmp_path / "translations.sqlite3")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    damage(path)
    cache = TranslationCache(path)
    assert cache.get("translate-fr_en", "1.0", "fr→en", ["sentence 3-4 " + "x" * 200]) == {}
    cache.put("translate-fr_en", "1.0", "fr→en", [("a", "b")])
    assert cache.get("translate-fr_en", "1.0", "fr→en", ["a"]) == {"a": "b"}
    cache.close()
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1 and "damaged translation cache" in warnings[0] and "set aside" in warnings[0]
    assert len(list(tmp_path.glob("translations.sqlite3.corrupt-*"))) == 1


def test_cache_info_on_a_damaged_cache_warns_once_and_goes_on(tmp_path):
    path = filled(tmp_path / "translations.sqlite3")
    malformed(path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "audit", "cache", "info", "--cache", str(path)]
    ran = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr and len(ran.stderr.splitlines()) == 1 and "0 translations" in ran.stdout


def test_a_file_that_is_no_cache_is_never_moved(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("An article given as the cache by mistake.", "utf-8")
    with pytest.raises(Exception, match="unusable translation cache"):
        TranslationCache(article)
    assert article.read_text("utf-8").startswith("An article")
