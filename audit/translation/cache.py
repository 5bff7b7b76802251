"""The translation cache: SQLite in WAL mode, keyed by package, version, direction and text.

Several processes may read and write it at once (WAL, busy timeout); each batch is committed as it is
translated, so an interrupted run keeps what it finished and a re-run over an unchanged feed translates nothing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from audit.errors import InputError

FILE_NAME = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    direction TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    PRIMARY KEY (package, version, direction, source)
) WITHOUT ROWID
"""
_CHUNK = 500  # variables per SELECT stay well under SQLite's limit


def default_path() -> Path:
    """$AUDIT_CACHE_DIR, else $XDG_CACHE_HOME/translation-audit, else ~/.cache/translation-audit."""
    base = os.environ.get("AUDIT_CACHE_DIR")
    if base:
        return Path(base) / FILE_NAME
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "translation-audit" / FILE_NAME


_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int
    size: int  # bytes on disk, WAL included
    by_package: dict[str, int]


class TranslationCache:
    """Translations already made, shared between runs and processes."""

    def __init__(self, path: Path | None = None):
        self.path = path or default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(
                f"{self.path}: unusable translation cache ({exc}); `audit cache clear` resets it"
            ) from None

    def get(self, package: str, version: str, direction: str, texts: Sequence[str]) -> dict[str, str]:
        """The cached translations among `texts`."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(texts))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            rows = self._db.execute(
                "SELECT source, translation FROM translations WHERE package = ? AND version = ? AND direction = ?"
                f" AND source IN ({', '.join('?' * len(chunk))})",
                (package, version, direction, *chunk),
            )
            found.update(rows)
        return found

    def put(self, package: str, version: str, direction: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Store translations in one transaction (all or none of them)."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)",
                [(package, version, direction, source, target) for source, target in pairs],
            )

    def info(self) -> CacheInfo:
        rows = self._db.execute(
            "SELECT package || ' ' || version || ' ' || direction, COUNT(*) FROM translations"
            " GROUP BY package, version, direction ORDER BY 1"
        ).fetchall()
        size = sum(p.stat().st_size for p in _files(self.path) if p.exists())
        return CacheInfo(self.path, sum(count for _, count in rows), size, dict(rows))

    def clear(self) -> int:
        """Delete every entry; returns how many there were."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            count = self._db.execute("DELETE FROM translations").rowcount
        self._db.execute("VACUUM")
        return count

    def close(self) -> None:
        self._db.close()


def _files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_files(path: Path) -> None:
    """Delete a cache file and its WAL files (for a damaged cache that SQLite cannot open)."""
    for file in _files(path):
        file.unlink(missing_ok=True)


def is_database(path: Path) -> bool:
    """Whether the file is an SQLite database (by its header): only such a file is ever removed as a cache."""
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False
