"""The packed data files (gzip'd word lists, name lists and JSON tables) as a run reads them, kept unpacked in the
user's cache folder: gunzipping, splitting and parsing them again were a third of the start-up of every run, and
marshal reads the result back in a fraction of that.

An unpacked file is named by a hash of the packed file's bytes and of the bytecode of the function that unpacks it
(and the Python version), so a changed data file or unpacking function is unpacked anew and never read stale. It
is written atomically (a temporary file renamed over it), so an interrupted run leaves none half written; a cache
that cannot be read or written only costs the unpacking.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import marshal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import CodeType
from typing import TypeVar

from audit.user_cache import folder

Data = TypeVar("Data")
SUFFIX = ".marshal"


def read(path: Path, unpack: Callable[[bytes], Data]) -> Data:
    """`unpack(the file's bytes)`, as an earlier run stored it when it did; `unpack` is a module's function that
    reads nothing but its argument and constants, and returns what marshal can write (str, bytes, numbers, lists,
    dicts, sets)."""
    packed = path.read_bytes()
    key = hashlib.blake2b(packed + _behaviour(unpack.__code__), digest_size=16).hexdigest()
    return _unpacked(f"{path.parent.name}-{path.name}", key, lambda: unpack(packed))


def read_together(paths: Sequence[Path], name: str, unpack: Callable[[list[bytes]], Data]) -> Data:
    """`unpack(each file's bytes, in order)`, stored as `read` stores one file's: data made of several files at
    once (the word lists' one table), kept under `name` beside the first."""
    packed = [path.read_bytes() for path in paths]
    digest = hashlib.blake2b(digest_size=16)
    for path, one in zip(paths, packed, strict=True):  # each file's name and length too: its place in the whole
        digest.update(f"{path.name}\t{len(one)}\n".encode())
        digest.update(one)
    digest.update(_behaviour(unpack.__code__))
    stem = f"{paths[0].parent.name}-{name}" if paths else name
    return _unpacked(stem, digest.hexdigest(), lambda: unpack(packed))


def _unpacked(stem: str, key: str, unpack: Callable[[], Data]) -> Data:
    """The stored copy named `stem` and `key`, else what `unpack()` makes, stored."""
    stored = folder() / "data" / f"{stem}.{key}{SUFFIX}"
    try:
        return marshal.loads(stored.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = unpack()
    _store(stored, stem, data)
    return data


def _behaviour(code: CodeType) -> bytes:
    """What a function does, not where it is written: its bytecode, constants (nested functions' likewise, a set's
    members in a fixed order) and names, so that two copies of the program (a checkout and an installed package)
    share their unpacked files rather than replace each other's."""
    constants = tuple(
        _behaviour(constant)
        if isinstance(constant, CodeType)
        else tuple(sorted(constant, key=repr))
        if isinstance(constant, frozenset)
        else constant
        for constant in code.co_consts
    )
    return marshal.dumps((sys.implementation.cache_tag, code.co_code, constants, code.co_names))


def gzip_json(packed: bytes) -> object:
    """A gzip'd JSON file's value."""
    return json.loads(gzip.decompress(packed))


def _store(stored: Path, stem: str, data: object) -> None:
    """Write the unpacked data, replacing any earlier unpacking of the same file."""
    from audit.atomic import atomic_stream

    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        with atomic_stream(stored) as stream:
            stream.write(marshal.dumps(data))
        for old in stored.parent.glob(f"{stem}.*{SUFFIX}"):
            if old != stored:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk, a folder that is a file
        pass
