"""Reading input files into text: BOMs, encoding detection, and refusal of empty or binary input."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections import Counter
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from audit.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAX_CONTROL_RATIO = 0.01  # decoded text with more control characters than this is not prose
# Below 32, except \t \n \v \f \r: never in UTF-8 or 8-bit text, always in UTF-16 prose. Counted by deleting them
# (bytes.translate, in C), where a pattern tried each byte: the same count in a tenth of the time.
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20))
_UTF16 = ("utf-16-le", "utf-16-be")
_ASCII_SPACE = re.compile(r"[ \t\n\r]")  # in UTF-16 prose unless chardet recognises it: a line end if nothing else
_PROSE_CATEGORIES = frozenset("LMNPZ")  # letters, marks, numbers, punctuation, spaces
_NOT_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})  # controls, unassigned, private use, surrogates
_UTF16_CONTROLS_IF_UTF8 = 0.1  # the least share of control bytes in UTF-16 that is valid UTF-8 (alphabets)
_UTF16_CONTROLS = 0.02  # and in UTF-16 that is not (CJK)
_MIN_PROSE_RATIO = 0.9  # of the characters of UTF-16 without BOM, and of its letters in its three main scripts
_BLOCK = 1 << 20  # bytes read at a time
_MAX_LISTED_LINES = 10  # line ranges named in the warning about a mixed file


def decode(data: bytes, name: str, notes: list[str] | None = None) -> str:
    """Decode bytes as text: BOM first, then UTF-16 without BOM, strict UTF-8, then charset detection; refuse
    binary and empty input. A file mixing UTF-8 lines with lines in another encoding is decoded line by line, and
    a note saying so is added to `notes`."""
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    text = _decode_bytes(data, name, [] if notes is None else notes)
    if not text.strip():
        raise InputError(f"{name}: the input is empty")
    # A code point below 128 is that byte in UTF-8, and no other character's bytes are below 128.
    controls = _controls(text.encode("utf-8", "surrogatepass"))
    if "\x00" in text or controls > _MAX_CONTROL_RATIO * len(text):
        raise InputError(f"{name}: binary content, not text")
    return text


def _decode_bytes(data: bytes, name: str, notes: list[str]) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {encoding} text at byte {exc.start}") from None
    if (text := _utf16_without_bom(data)) is not None:
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":  # UTF-8 cut in its last character
            raise InputError(f"{name}: truncated UTF-8 at byte {exc.start}") from None
        return _legacy(data, name, notes)


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 without BOM, else None. Each byte order is tried, chardet's and then the one putting
    more NULs in high bytes first, and the strictly decoded text must read as prose (`_is_prose`), which binary
    data and the wrong byte order do not."""
    if not _may_be_utf16(data):
        return None
    import chardet

    guess = (chardet.detect(data)["encoding"] or "").lower()
    by_nuls = "utf-16-le" if data[1::2].count(0) >= data[0::2].count(0) else "utf-16-be"
    for encoding in dict.fromkeys([guess, by_nuls, *_UTF16]):
        text = _strictly(data, encoding) if encoding in _UTF16 else None
        if text is not None and _is_prose(text) and (encoding == guess or _ASCII_SPACE.search(text)):
            return text
    return None


def _may_be_utf16(data: bytes) -> bool:
    """Whether the bytes have the control codes of UTF-16 text: many (the NULs of ASCII characters, the 0x04s of
    Cyrillic) when they are valid UTF-8, a few when not (CJK); a stray NUL in 8-bit text is not enough."""
    if len(data) % 2:
        return False
    controls = _controls(data)
    if controls < 2:
        return False
    share = _UTF16_CONTROLS_IF_UTF8 if _is_utf8(data) else _UTF16_CONTROLS
    return controls >= share * len(data)


def _controls(data: bytes) -> int:
    """How many of the bytes are control codes (_CONTROL_BYTES)."""
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _strictly(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _is_prose(text: str) -> bool:
    """Whether text reads as prose: no control (but whitespace), unassigned or private-use character, nearly all
    letters, marks, numbers, punctuation and spaces, nearly all its letters in at most three scripts."""
    categories = [unicodedata.category(char) for char in text if not char.isspace()]
    if not categories or any(category in _NOT_TEXT_CATEGORIES for category in categories):
        return False
    if sum(category[0] in _PROSE_CATEGORIES for category in categories) < _MIN_PROSE_RATIO * len(categories):
        return False
    scripts = Counter(_script(char) for char in text if char.isalpha())
    return sum(count for _, count in scripts.most_common(3)) >= _MIN_PROSE_RATIO * scripts.total()


def _script(letter: str) -> str:
    """The letter's script, near enough: the first word of its Unicode name (LATIN, CYRILLIC, CJK, HIRAGANA)."""
    return unicodedata.name(letter, "").partition(" ")[0]


def _legacy(data: bytes, name: str, notes: list[str]) -> str:
    """Text that is not UTF-8, in the encoding chardet finds. When other lines are UTF-8 (with characters beyond
    ASCII), as in files put together from several sources, each line is decoded as what it is, the others with
    the encoding chardet finds for them, and a note names them."""
    lines = data.split(b"\n")
    legacy = {number for number, line in enumerate(lines, 1) if not _is_utf8(line)}
    if all(line.isascii() for number, line in enumerate(lines, 1) if number not in legacy):
        return _decode_as(data, _guess(data, name), name)
    encoding = _guess(b"\n".join(lines[number - 1] for number in sorted(legacy)), name)
    notes.append(f"{_line_ranges(sorted(legacy))} not UTF-8 (the rest of the file is): decoded as {encoding}")
    return "\n".join(
        _decode_as(line, encoding, name) if number in legacy else line.decode("utf-8")
        for number, line in enumerate(lines, 1)
    )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess(data: bytes, name: str) -> str:
    """chardet's guess of the encoding of bytes that are not UTF-8."""
    import chardet

    encoding = chardet.detect(data, prefer_superset=True)["encoding"]
    if not encoding:
        raise InputError(f"{name}: binary content or unknown text encoding")
    return encoding


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    """The bytes in chardet's encoding; chardet's UTF-16 or UTF-32 must read as prose, as it does not for binary."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        if isinstance(exc, UnicodeDecodeError) and codecs.lookup(encoding).name == "utf-8":  # a flaw: say where
            raise InputError(f"{name}: invalid UTF-8 at byte {exc.start} ({exc.reason})") from None
        raise InputError(f"{name}: unknown text encoding (not UTF-8; best guess {encoding})") from None
    if encoding.lower().startswith(("utf-16", "utf-32")) and not _is_prose(text):
        raise InputError(f"{name}: binary content, not text")
    return text


def _line_ranges(numbers: list[int]) -> str:
    """'line 3 is', 'lines 2, 5-7 are', at most _MAX_LISTED_LINES ranges then '… and N more lines are'."""
    runs = [[n for _, n in run] for _, run in groupby(enumerate(numbers), lambda pair: pair[1] - pair[0])]
    ranges = [str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs]
    if len(numbers) == 1:
        return f"line {numbers[0]} is"
    listed = ", ".join(ranges[:_MAX_LISTED_LINES])
    rest = sum(len(run) for run in runs[_MAX_LISTED_LINES:])
    return f"lines {listed} and {rest} more are" if rest else f"lines {listed} are"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, at most the run's input limit (limits.current()); a missing, unreadable or directory path,
    or one that holds more (a huge or sparse file, /dev/zero), is an InputError."""
    try:
        with path.open("rb") as file:
            return read_bounded(file, str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_bounded(file: BinaryIO, name: str) -> bytes:
    """What the file holds, read in blocks and refused as soon as it passes the run's input limit: a regular file
    whose size says so at once, a device or a pipe when the limit is reached."""
    from audit.limits import current, size

    limit = current().input_bytes
    try:
        known = os.fstat(file.fileno()).st_size
    except (OSError, ValueError):  # not a file descriptor (tests hand in BytesIO)
        known = 0
    if known > limit:
        raise InputError(f"{name}: {size(known)}, over the input limit of {size(limit)} (--max-input-bytes)")
    blocks, total = [], 0
    while block := file.read(min(_BLOCK, limit + 1 - total)):
        blocks.append(block)
        total += len(block)
        if total > limit:
            raise InputError(f"{name}: more than the input limit of {size(limit)} (--max-input-bytes)")
    return b"".join(blocks)


def read_path(path: Path) -> str:
    return decode(read_bytes(path), str(path))
