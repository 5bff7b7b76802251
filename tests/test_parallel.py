"""`--jobs N` and `--executor ray` write the report a serial run writes, byte for byte but for the tool's line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit.context import RunContext
from audit.executors import CHUNK_DOCUMENTS
from tests.generated_feed import write_feed

ARTICLES = 3 * CHUNK_DOCUMENTS + 5  # several chunks, the last one short


def audit(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "audit", "check", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, env=os.environ)


def audited(feed: Path, out: Path, *options: str) -> dict:
    """The JSON report of a run on the feed, less the tool's line; the feed has errors (a French paragraph)."""
    completed = audit(str(feed), "--no-backtranslate", *options, "-f", "json", "-o", str(out))
    assert completed.returncode == 1, completed.stderr
    data = json.loads(out.read_text("utf-8"))
    data.pop("tool")
    return data


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("parallel")
    feed = write_feed(folder / "feed.jsonl", ARTICLES)
    return feed, audited(feed, folder / "serial.json", "-j", "1")


def test_the_feed_has_findings_of_every_scope(serial):
    _, data = serial
    checks = {f["check"] for doc in data["documents"] for f in doc["findings"]}
    assert {"wrong-language", "repeated-word", "name-variant"} <= checks
    assert len(data["documents"]) == ARTICLES


def test_jobs_write_the_serial_report(serial, tmp_path):
    feed, expected = serial
    assert audited(feed, tmp_path / "r.json", "--jobs", "2") == expected


def test_ray_writes_the_serial_report(serial, tmp_path):
    pytest.importorskip("ray", reason="the ray extra is not installed")
    feed, expected = serial
    assert audited(feed, tmp_path / "r.json", "--executor", "ray") == expected


def test_an_unreachable_ray_cluster_is_one_line_and_exit_2(tmp_path):
    pytest.importorskip("ray", reason="the ray extra is not installed")
    text = tmp_path / "a.txt"
    text.write_text("Talks in Geneva ended on Friday without a deal, officials said.\n", "utf-8")
    completed = audit(str(text), "--no-backtranslate", "--executor", "ray", "--ray-address", "127.0.0.1:9")
    assert completed.returncode == 2
    assert completed.stderr.startswith("audit: error: cannot reach the Ray cluster at 127.0.0.1:9")
    assert "Traceback" not in completed.stderr


def test_the_driver_loads_the_names_and_word_data_before_workers_fork():
    """What every worker would read and index again is loaded once, in the driver, for the checks that read it."""
    from audit.names import exonyms, respelling
    from audit.preload import preload
    from audit.words import frequencies

    exonyms._others.cache_clear()
    respelling.names.cache_clear()
    frequencies.table.cache_clear()
    preload(RunContext(target_lang="en"), ["repeated-word"])
    assert exonyms._others.cache_info().currsize == 0 and frequencies.table.cache_info().currsize == 0
    preload(RunContext(target_lang="en"), ["exonym"])
    assert exonyms._others.cache_info().currsize == 1 and respelling.names.cache_info().currsize == 1
    assert frequencies.table.cache_info().currsize == 1
