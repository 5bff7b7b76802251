"""The translation cache: SQLite in WAL mode, keyed by package, version, direction and text.

Several processes may read and write it at once (WAL, busy timeout); each batch is committed as it is
translated, so an interrupted run keeps what it finished and a re-run over an unchanged feed translates nothing.
Each entry records the run that wrote it, and a run reads only what earlier runs wrote: a model translates a
sentence a little differently in another batch, so reading what another worker of the same run has just written
would make the report depend on which process got there first.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from audit.errors import InputError

T = TypeVar("T")

FILE_NAME = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    direction TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    run TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (package, version, direction, source)
) WITHOUT ROWID
"""
_CHUNK = 500  # variables per SELECT stay well under SQLite's limit


def default_path() -> Path:
    """In the user's cache folder (audit.user_cache)."""
    from audit.user_cache import folder

    return folder() / FILE_NAME


_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int
    size: int  # bytes on disk, WAL included
    by_package: dict[str, int]


class TranslationCache:
    """Translations already made, shared between runs and processes. A damaged file (a malformed page, not a
    database) is set aside as `*.corrupt-<time>` with one warning and a new cache is started: a cache only saves
    time, and losing it must never stop a run."""

    def __init__(self, path: Path | None = None, run: str = ""):
        self.path = path or default_path()
        self.run = run  # the run these reads and writes belong to ("": none, every entry is read)
        self._recovering(self._open)

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._add_run_column()
        except OSError as exc:
            raise self._unusable(exc) from None

    def _add_run_column(self) -> None:
        """A cache written before entries recorded their run gets the column (another process may add it first)."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(translations)")}
        if "run" not in columns:
            try:
                self._db.execute("ALTER TABLE translations ADD COLUMN run TEXT NOT NULL DEFAULT ''")
            except sqlite3.OperationalError as exc:
                if "duplicate column" not in str(exc):
                    raise

    def _recovering(self, action: Callable[[], T]) -> T:
        """The action's result; on a damaged file, the file set aside and the action done again on a new one."""
        try:
            return action()
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc) or not (is_database(self.path) or self.path.name == FILE_NAME):  # not ours: kept
                raise self._unusable(exc) from None
            try:
                self._set_aside(exc)
                self._open()
                return action()
            except (sqlite3.DatabaseError, OSError) as again:
                raise self._unusable(again) from None

    def _unusable(self, error: Exception) -> InputError:
        return InputError(f"{self.path}: unusable translation cache ({error}); `audit cache clear` resets it")

    def _set_aside(self, error: sqlite3.DatabaseError) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}")
        for file, moved in zip(_files(self.path), _files(aside), strict=True):
            if file.exists():
                file.replace(moved)
        print(f"audit: warning: {self.path}: damaged translation cache ({error}); set aside as {aside.name},"
              " starting a new one", file=sys.stderr)  # fmt: skip

    def get(self, package: str, version: str, direction: str, texts: Sequence[str]) -> dict[str, str]:
        """The cached translations among `texts` that earlier runs made."""
        return self._recovering(lambda: self._get(package, version, direction, texts))

    def _get(self, package: str, version: str, direction: str, texts: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(texts))
        earlier, keys = (
            (" AND run != ?", (package, version, direction, self.run))
            if self.run
            else ("", (package, version, direction))
        )
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            rows = self._db.execute(
                "SELECT source, translation FROM translations WHERE package = ? AND version = ? AND direction = ?"
                f"{earlier} AND source IN ({', '.join('?' * len(chunk))})",
                (*keys, *chunk),
            )
            found.update(rows)
        return found

    def put(self, package: str, version: str, direction: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Store translations in one transaction (all or none of them)."""
        rows = [(package, version, direction, source, target, self.run) for source, target in pairs]
        self._recovering(lambda: self._put(rows))

    def _put(self, rows: list[tuple[str, ...]]) -> None:
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO translations (package, version, direction, source, translation, run)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def info(self) -> CacheInfo:
        rows = self._recovering(
            lambda: self._db.execute(
                "SELECT package || ' ' || version || ' ' || direction, COUNT(*) FROM translations"
                " GROUP BY package, version, direction ORDER BY 1"
            ).fetchall()
        )
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


def _damaged(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite found the file damaged (a malformed page, not a database), not merely busy or unopenable."""
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


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
