"""The packed data files (gzip'd word lists, name lists and JSON tables) as a run reads them, kept unpacked in the
user's cache folder: gunzipping, splitting and parsing them again were a third of the start-up of every run, and
marshal reads the result back in a fraction of that.

An unpacked file is named by a hash of the packed file's bytes and of the bytecode of the function that unpacks it
(and the Python version), so a changed data file or unpacking function is unpacked anew and never read stale. The
hash of the packed bytes is remembered by the file's size, modification time and inode, as Python's bytecode cache
trusts them: reading and hashing the packed files was some 18 ms of every run. Both are written atomically (a
temporary file renamed over it), so an interrupted run leaves none half written; a cache that cannot be read or
written only costs the unpacking.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import marshal
import mmap
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import CodeType
from typing import TypeVar

from audit.user_cache import folder

Data = TypeVar("Data")
SUFFIX = ".marshal"
MEMO_SUFFIX = ".digests"  # the packed files' digests by their sizes, times and inodes
MEMO_COPIES = 8


def read(path: Path, unpack: Callable[[bytes], Data]) -> Data:
    """`unpack(the file's bytes)`, as an earlier run stored it when it did; `unpack` is a module's function that
    reads nothing but its argument and constants, and returns what marshal can write (str, bytes, numbers, lists,
    dicts, sets)."""
    return _read([path], f"{path.parent.name}-{path.name}", unpack.__code__, lambda packed: unpack(packed[0]))


def read_together(paths: Sequence[Path], name: str, unpack: Callable[[list[bytes]], Data]) -> Data:
    """`unpack(each file's bytes, in order)`, stored as `read` stores one file's: data made of several files at
    once (langdetect's profiles), kept under `name` beside the first."""
    stem = f"{paths[0].parent.name}-{name}" if paths else name
    return _read(paths, stem, unpack.__code__, unpack)


def _read(paths: Sequence[Path], stem: str, code: CodeType, unpack: Callable[[list[bytes]], Data]) -> Data:
    """The stored copy for these files' contents and this unpacking code, else what `unpack(their bytes)` makes,
    stored. The contents' digest is remembered by the files' sizes, times and inodes (which Python's own bytecode
    cache trusts likewise), so a run that finds its copy reads none of the packed files."""
    data_folder = folder() / "data"
    memo = data_folder / f"{stem}{MEMO_SUFFIX}"
    seen = tuple(_fingerprint(path) for path in paths)
    digest = _remembered(memo).get(seen)
    packed = None
    if not isinstance(digest, bytes):
        packed = [path.read_bytes() for path in paths]
        digest = _digest(paths, packed)
        _remember(memo, seen, digest)
    key = hashlib.blake2b(digest + _behaviour(code), digest_size=16).hexdigest()
    stored = data_folder / f"{stem}.{key}{SUFFIX}"
    try:
        # Unmarshalled from a mapping of the file: marshal copies what it reads, and a copy read first doubled the
        # memory a run touches (11 MB of it for the word table).
        with stored.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return marshal.loads(mapped)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = unpack(packed if packed is not None else [path.read_bytes() for path in paths])
    _store(stored, stem, data)
    return data


def _digest(paths: Sequence[Path], packed: Sequence[bytes]) -> bytes:
    """The files' contents, each with its name and length (its place in the whole)."""
    digest = hashlib.blake2b(digest_size=16)
    for path, one in zip(paths, packed, strict=True):
        digest.update(f"{path.name}\t{len(one)}\n".encode())
        digest.update(one)
    return digest.digest()


def _fingerprint(path: Path) -> tuple[str, int, int, int]:
    status = path.stat()
    return str(path), status.st_size, status.st_mtime_ns, status.st_ino


def _remembered(memo: Path) -> dict:
    """The digests runs remembered, by the files as they saw them; none when the memo cannot be read."""
    try:
        remembered = marshal.loads(memo.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return remembered if isinstance(remembered, dict) else {}


def _remember(memo: Path, seen: tuple, digest: bytes) -> None:
    """Keep the digest of the files as seen now, beside those of a few other copies of the program (a checkout and
    an installed package each have their own files)."""
    from audit.atomic import atomic_stream

    kept = dict(list(_remembered(memo).items())[1 - MEMO_COPIES :])
    kept[seen] = digest
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        with atomic_stream(memo) as stream:
            stream.write(marshal.dumps(kept))
    except OSError:  # a read-only or full disk, a folder that is a file
        pass


def _behaviour(code: CodeType) -> bytes:
    """What a function does, not where it is written: its bytecode, constants (nested functions' likewise, a set's
    members in a fixed order) and names, so that two copies of the program (a checkout and an installed package)
    share their unpacked files rather than replace each other's. Written by repr, not marshal: marshal writes an
    object shared or not by how many references it has at the moment, so that a key changed within a process as
    the run made and dropped references to a function's constants."""
    constants = tuple(
        _behaviour(constant)
        if isinstance(constant, CodeType)
        else tuple(sorted(constant, key=repr))
        if isinstance(constant, frozenset)
        else constant
        for constant in code.co_consts
    )
    return repr((sys.implementation.cache_tag, code.co_code, constants, code.co_names)).encode("utf-8", "surrogatepass")


def gzip_json(packed: bytes) -> object:
    """A gzip'd JSON file's value."""
    return json.loads(gzip.decompress(packed))


def toml(packed: bytes) -> dict:
    """A TOML file's tables, as tomllib reads them (tomllib is written in Python: some 0.4 ms per shipped file)."""
    import tomllib

    return tomllib.loads(packed.decode("utf-8"))


def _store(stored: Path, stem: str, data: object) -> None:
    """Write the unpacked data, replacing any earlier unpacking of the same file."""
    from audit.atomic import atomic_stream

    try:
        dumped = marshal.dumps(data)
    except ValueError:  # a value marshal cannot write (a date in a TOML file): used, never stored
        return
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        with atomic_stream(stored) as stream:
            stream.write(dumped)
        for old in stored.parent.glob(f"{stem}.*{SUFFIX}"):
            if old != stored:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk, a folder that is a file
        pass
