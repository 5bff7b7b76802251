"""Reading input files into text: BOMs, encoding detection, and refusal of empty or binary input."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from audit.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAX_CONTROL_RATIO = 0.01  # decoded text with more control characters than this is not prose
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # below 32, except \t \n \v \f \r


def decode(data: bytes, name: str) -> str:
    """Decode bytes as text: BOM first, then strict UTF-8, then charset detection; refuse binary and empty."""
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    text = _decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: the input is empty")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > _MAX_CONTROL_RATIO * len(text):
        raise InputError(f"{name}: binary content, not text")
    return text


def _decode_bytes(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {encoding} text at byte {exc.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import chardet

    guess = chardet.detect(data, prefer_superset=True)
    if not guess["encoding"]:
        raise InputError(f"{name}: binary content or unknown text encoding")
    try:
        return data.decode(guess["encoding"])
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: unknown text encoding (not UTF-8; best guess {guess['encoding']})") from None


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing, unreadable or directory path is an InputError."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_path(path: Path) -> str:
    return decode(read_bytes(path), str(path))
