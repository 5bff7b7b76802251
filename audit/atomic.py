"""Safe file writes: a regular file is either all there or not replaced, and nothing else at the path is replaced.

A new file is created beside the target, written, flushed to disk and renamed over it. A symbolic link is followed
and its target replaced. A character device or FIFO (`/dev/null`, a named pipe) is written straight through: it
cannot be replaced atomically and must not be replaced at all. New files get the usual 0o666 less the umask; a
replaced file keeps its mode.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write text to path as UTF-8: atomically for a regular file, straight through for a device or FIFO."""
    data = text.encode("utf-8")  # before anything is touched: text UTF-8 cannot carry fails here
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        _write_through(target, data)
    elif mode is None or stat.S_ISREG(mode):
        _replace(target, data, None if mode is None else stat.S_IMODE(mode))
    elif stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    else:  # a block device or a socket: neither replaced nor written
        raise OSError(errno.EINVAL, "not a regular file, a character device or a FIFO", str(path))


def _write_through(target: Path, data: bytes) -> None:
    """Write to an existing device or FIFO without creating, truncating or replacing anything."""
    with os.fdopen(os.open(target, os.O_WRONLY), "wb") as stream:
        stream.write(data)


def _replace(target: Path, data: bytes, mode: int | None) -> None:
    """Write a new file beside target and rename it over target; mode None leaves the new file's own (umask)."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
    # Created 0o666 so that the umask (and a default ACL) applies, as for any new file; O_EXCL follows no link.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if mode is not None:
                os.chmod(temporary, mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
