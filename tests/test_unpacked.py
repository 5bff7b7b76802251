"""The unpacked copies of the packed data files: read back while the file and its unpacking function are the same,
made anew when either changes, and never a reason for a run to fail."""

from __future__ import annotations

import gzip
import marshal
from pathlib import Path

from audit import unpacked

CALLS: list[bytes] = []


def _unpack(packed: bytes) -> list[str]:
    CALLS.append(packed)
    return gzip.decompress(packed).decode("utf-8").split()


def _stored(cache) -> list[str]:
    return sorted(path.name for path in (cache / "data").iterdir() if path.name.endswith(unpacked.SUFFIX))


def test_read_back_while_the_file_is_the_same_and_anew_when_it_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "words" / "en.txt.gz"
    path.parent.mkdir()
    path.write_bytes(gzip.compress(b"one two"))
    CALLS.clear()
    assert unpacked.read(path, _unpack) == ["one", "two"]
    assert unpacked.read(path, _unpack) == ["one", "two"]
    assert len(CALLS) == 1
    [first] = _stored(tmp_path / "cache")
    assert first.startswith("words-en.txt.gz.")
    path.write_bytes(gzip.compress(b"three"))
    assert unpacked.read(path, _unpack) == ["three"]
    assert len(CALLS) == 2
    assert _stored(tmp_path / "cache") != [first]  # the earlier copy is replaced, not kept beside it
    assert len(_stored(tmp_path / "cache")) == 1


def test_a_damaged_copy_is_unpacked_again(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "list.gz"
    path.write_bytes(gzip.compress(b"a b"))
    unpacked.read(path, _unpack)
    [name] = _stored(tmp_path / "cache")
    (tmp_path / "cache" / "data" / name).write_bytes(b"\x00")
    assert unpacked.read(path, _unpack) == ["a", "b"]


def test_a_cache_folder_that_cannot_be_written_costs_only_the_unpacking(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(blocked))
    path = tmp_path / "list.gz"
    path.write_bytes(gzip.compress(b"x y"))
    assert unpacked.read(path, _unpack) == ["x", "y"]
    assert unpacked.read(path, _unpack) == ["x", "y"]


def test_the_name_of_a_copy_is_the_function_s_behaviour_not_its_place():
    def here(packed: bytes) -> bytes:
        return packed[:1]

    def there(packed: bytes) -> bytes:
        return packed[:1]

    def other(packed: bytes) -> bytes:
        return packed[:2]

    assert unpacked._behaviour(here.__code__) == unpacked._behaviour(there.__code__)
    assert unpacked._behaviour(here.__code__) != unpacked._behaviour(other.__code__)


def _joined(packed: list[bytes]) -> list[str]:
    CALLS.append(b"".join(packed))
    return [gzip.decompress(one).decode("utf-8") for one in packed]


def test_files_read_together_are_read_back_until_one_of_them_or_their_order_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "a.gz", tmp_path / "b.gz"
    first.write_bytes(gzip.compress(b"one"))
    second.write_bytes(gzip.compress(b"two"))
    CALLS.clear()
    assert unpacked.read_together([first, second], "both", _joined) == ["one", "two"]
    assert unpacked.read_together([first, second], "both", _joined) == ["one", "two"]
    assert len(CALLS) == 1
    assert unpacked.read_together([second, first], "both", _joined) == ["two", "one"]
    second.write_bytes(gzip.compress(b"three"))
    assert unpacked.read_together([first, second], "both", _joined) == ["one", "three"]
    assert len(CALLS) == 3
    assert len(_stored(tmp_path / "cache")) == 1


def test_a_run_that_finds_its_copy_reads_no_packed_file(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "list.gz"
    path.write_bytes(gzip.compress(b"a b"))
    unpacked.read(path, _unpack)
    read_from = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read_from.append(self.name) or real(self))
    assert unpacked.read(path, _unpack) == ["a", "b"]
    assert read_from and "list.gz" not in read_from  # the stored copy and the digests' memo only


def test_a_damaged_memo_of_digests_only_costs_hashing_again(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "list.gz"
    path.write_bytes(gzip.compress(b"a b"))
    CALLS.clear()
    unpacked.read(path, _unpack)
    [memo] = (tmp_path / "cache" / "data").glob(f"*{unpacked.MEMO_SUFFIX}")
    for damage in (b"\x00garbage", marshal.dumps([1, 2]), marshal.dumps({"key": "not bytes"})):
        memo.write_bytes(damage)
        assert unpacked.read(path, _unpack) == ["a", "b"]
    assert len(CALLS) == 1  # the stored copy was found each time under the same digest


def test_the_memo_keeps_a_few_copies_of_the_program_apart(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    copies = []
    for index in range(unpacked.MEMO_COPIES + 2):
        path = tmp_path / f"copy{index}" / "data" / "list.gz"
        path.parent.mkdir(parents=True)
        path.write_bytes(gzip.compress(b"same"))
        copies.append(path)
        unpacked.read(path, _unpack)
    [memo] = (tmp_path / "cache" / "data").glob(f"*{unpacked.MEMO_SUFFIX}")
    remembered = marshal.loads(memo.read_bytes())
    assert len(remembered) == unpacked.MEMO_COPIES
    assert ((str(copies[-1]), *_status(copies[-1])),) in remembered
    assert len(_stored(tmp_path / "cache")) == 1  # one content, one copy


def _status(path: Path) -> tuple[int, int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns, status.st_ino


def test_a_toml_value_marshal_cannot_write_is_used_not_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "dated.toml"
    path.write_text('name = "x"\nwhen = 2026-11-30\n', encoding="utf-8")
    first = unpacked.read(path, unpacked.toml)
    assert first["name"] == "x" and str(first["when"]) == "2026-11-30"
    assert unpacked.read(path, unpacked.toml) == first
    assert _stored(tmp_path / "cache") == []
