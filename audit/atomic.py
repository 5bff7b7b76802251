"""Safe file writes: a regular file is either all there or not replaced, and nothing else at the path is replaced.

A new file is created beside the target, written, flushed to disk and renamed over it. A symbolic link is followed
and its target replaced. A character device or FIFO (`/dev/null`, a named pipe) is written straight through: it
cannot be replaced atomically and must not be replaced at all. New files get the usual 0o666 less the umask; a
replaced file keeps its mode.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write text to path as UTF-8: atomically for a regular file, straight through for a device or FIFO."""
    data = text.encode("utf-8")  # before anything is touched: text UTF-8 cannot carry fails here
    with atomic_stream(path) as stream:
        stream.write(data)


@contextmanager
def atomic_stream(path: str | Path) -> Iterator[BinaryIO]:
    """A stream whose bytes replace the file at path when the block ends without an error (a streamed report,
    written as the run goes), else leave it as it was; a device or FIFO is written straight through."""
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        # Neither created, truncated nor replaced.
        with os.fdopen(os.open(target, os.O_WRONLY), "wb") as stream:
            yield stream
    elif mode is None or stat.S_ISREG(mode):
        with _replacing(target, None if mode is None else stat.S_IMODE(mode)) as stream:
            yield stream
    elif stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    else:  # a block device or a socket: neither replaced nor written
        raise OSError(errno.EINVAL, "not a regular file, a character device or a FIFO", str(path))


@contextmanager
def _replacing(target: Path, mode: int | None) -> Iterator[BinaryIO]:
    """A new file beside target, renamed over target at the end; mode None leaves the new file's own (umask)."""
    temporary = target.with_name(f".{target.name}.{os.urandom(8).hex()}.tmp")  # as secrets.token_hex
    # Created 0o666 so that the umask (and a default ACL) applies, as for any new file; O_EXCL follows no link.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            if mode is not None:
                os.chmod(temporary, mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
