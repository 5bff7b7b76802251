"""Writing a report to `-o PATH`: a regular file is replaced atomically with the mode a new file gets (or the one it
had); a symlink is followed and its target replaced; a FIFO or character device is written straight through, never
replaced. Only FIFOs, symlinks and device nodes made in tmp_path are used: never a real /dev path."""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.atomic import write_text_atomic
from audit.cli import app

TEXT = "Kyiv said the the talks would resume.\n"


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


@contextlib.contextmanager
def fifo_reader(path: Path) -> Iterator[list[bytes]]:
    """A FIFO at path with its read end open, so that a writer does not block; what was written, once closed."""
    os.mkfifo(path)
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    received: list[bytes] = []
    try:
        yield received
        os.set_blocking(handle, True)
        while chunk := os.read(handle, 65536):  # empty at once when nothing wrote to this FIFO
            received.append(chunk)
    finally:
        os.close(handle)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_a_new_file_follows_the_umask(tmp_path, mask):
    target = tmp_path / "report.json"
    with umask(mask):
        write_text_atomic(target, "{}\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask  # was 0o600 whatever the umask
    assert target.read_text("utf-8") == "{}\n" and not leftovers(tmp_path)


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", "utf-8")
    target.chmod(0o664)
    with umask(0o077):
        write_text_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text("utf-8") == "new" and not leftovers(tmp_path)


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "report.json"
    target.write_text("old", "utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(Path("real") / "report.json")  # relative, as links usually are
    chain = tmp_path / "chain.json"
    chain.symlink_to(link)
    write_text_atomic(chain, "new")
    assert link.is_symlink() and chain.is_symlink() and os.readlink(link) == os.path.join("real", "report.json")
    assert target.read_text("utf-8") == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not leftovers(tmp_path) and not leftovers(tmp_path / "real")


def test_a_dangling_symlink_gets_its_target_created(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    write_text_atomic(link, "new")
    assert link.is_symlink() and (tmp_path / "made.json").read_text("utf-8") == "new"


def test_a_symlink_loop_is_an_error_not_a_replacement(tmp_path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(OSError):
        write_text_atomic(tmp_path / "a", "new")
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_symlink() and not leftovers(tmp_path)


def test_a_fifo_is_written_straight_through(tmp_path):
    pipe = tmp_path / "pipe"
    with fifo_reader(pipe) as received:
        write_text_atomic(pipe, TEXT)
    assert stat.S_ISFIFO(pipe.stat().st_mode)  # not replaced by a regular file
    assert b"".join(received).decode("utf-8") == TEXT
    assert not leftovers(tmp_path)


def test_a_character_device_is_written_straight_through(tmp_path):
    """A null device node made in tmp_path (as `mknod devnull c 1 3`); skipped where nodes cannot be made."""
    node = tmp_path / "devnull"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError) as exc:
        pytest.skip(f"cannot make a device node here ({exc})")
    write_text_atomic(node, TEXT)
    assert stat.S_ISCHR(node.stat().st_mode) and node.stat().st_rdev == os.makedev(1, 3)
    assert not leftovers(tmp_path)


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_text_atomic(tmp_path, TEXT)


def test_text_utf8_cannot_carry_leaves_the_file_as_it_was(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old", "utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "a lone surrogate \ud800")
    assert target.read_text("utf-8") == "old" and not leftovers(tmp_path)


def test_cli_output_to_a_fifo_and_through_a_symlink(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(TEXT, "utf-8")
    pipe, target, link = tmp_path / "pipe", tmp_path / "report.md", tmp_path / "link.md"
    link.symlink_to(target.name)
    args = ["check", str(source), "--no-backtranslate", "-f", "json", "-o", str(pipe), "-f", "markdown", "-o"]
    with fifo_reader(pipe) as received:
        result = CliRunner().invoke(app, [*args, str(link)])
    assert result.exit_code == 1, result.output  # the repeated word is an error
    assert stat.S_ISFIFO(pipe.stat().st_mode) and link.is_symlink()
    assert json.loads(b"".join(received))["summary"]["findings"] == 1
    assert target.read_text("utf-8").startswith("## Translation audit")


def test_cli_symlink_loop_is_a_one_line_error(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(TEXT, "utf-8")
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    result = CliRunner().invoke(
        app, ["check", str(source), "--no-backtranslate", "-f", "json", "-o", str(tmp_path / "a")]
    )
    assert result.exit_code == 2
    assert "cannot write the report" in result.output and "Traceback" not in result.output
