"""`-f jsonl`: the run streams, reading JSON Lines a line at a time and writing a line per document as it goes,
with the report a whole run writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

from audit import streaming
from tests.generated_feed import write_feed


def audit(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "audit", "check", "--no-backtranslate", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, env=os.environ)


def test_the_streamed_report_is_the_json_report_line_by_line(tmp_path):
    feed = write_feed(tmp_path / "feed.jsonl", 40)
    whole = audit(str(feed), "-f", "json", "-j", "1")
    streamed = audit(str(feed), "-f", "jsonl", "-j", "1")
    assert whole.returncode == streamed.returncode == 1, streamed.stderr
    expected = json.loads(whole.stdout)
    lines = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert [line["document"] for line in lines[:-1]] == expected["documents"]
    assert {key: lines[-1][key] for key in ("summary", "problems", "input_errors", "notes")} == {
        key: expected[key] for key in ("summary", "problems", "input_errors", "notes")
    }


def test_bad_lines_unreadable_inputs_and_exit_codes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = {"id": "a", "text": "Talks in Geneva ended on Friday without a deal, officials said."}
    feed.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "b", "text": "x " * 30_000}) + "\n")
    out = tmp_path / "r.jsonl"
    completed = audit(str(feed), str(tmp_path / "missing.jsonl"), "-f", "jsonl", "-o", str(out),
                      "--max-document-bytes", "10000")  # fmt: skip
    assert completed.returncode == 2  # an input could not be audited; the others were
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [line["document"]["id"] for line in lines[:-1]] == ["a"]
    closing = lines[-1]
    assert closing["summary"]["documents"] == 1 and closing["summary"]["input_errors"] == 1
    assert [p.split(": ", 1)[0] for p in closing["problems"]] == [f"{feed}:2", f"{feed}:3"]
    assert "over 40 kB (--max-document-bytes): skipped" in closing["problems"][1]
    assert closing["input_errors"][0]["path"] == str(tmp_path / "missing.jsonl")


def test_the_source_option_is_refused_with_a_streamed_report(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Talks ended on Friday, officials said.\n", "utf-8")
    completed = audit(str(text), "--source", str(text), "-f", "jsonl")
    assert completed.returncode == 2
    assert completed.stderr.startswith("audit: error: --source pairs sources with the documents of the whole run")


def test_json_lines_are_read_a_line_at_a_time(tmp_path):
    """Taking the first documents of a large file reads little of it: memory does not follow the file's size."""
    feed = write_feed(tmp_path / "feed.jsonl", 2000)
    tracemalloc.start()
    try:
        documents = streaming.documents([str(feed)], [], [], [], lambda path: False)
        first = [next(documents) for _ in range(10)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [doc.id for doc in first] == [f"item-{index}" for index in range(10)]
    assert peak < Path(feed).stat().st_size / 20


def test_windows_cover_every_document_once():
    assert [len(window) for window in streaming.windows(range(1100), 512)] == [512, 512, 76]


def test_a_known_name_spelled_otherwise_in_a_later_window_is_found_from_the_counts_kept():
    """Windows of one document: only what the run keeps of earlier windows can tell the last spelling apart."""
    from audit.checks import get
    from audit.context import RunContext
    from audit.document import Document
    from audit.runner import run_checks

    texts = ["Volodymyr Zelensky met the mayor of Kharkiv on Monday, officials said."] * 6
    texts.append("Volodymyr Zelenskyy met the mayor of Kharkiv on Tuesday, officials said.")

    def flagged(results) -> list[tuple[str, str, str | None]]:
        return [(r.document.id, f.text, f.suggestion) for r in results for f in r.findings]

    selected = [get("name-variant")]
    documents = [Document(f"d{index}", text) for index, text in enumerate(texts)]
    windows = streaming.audit(iter(documents), RunContext(target_lang="en"), selected, None, size=1)
    streamed = flagged(result for window in windows for result in window)
    whole = flagged(
        run_checks([Document(f"d{i}", t) for i, t in enumerate(texts)], RunContext(target_lang="en"), selected)
    )
    assert streamed == whole and whole
