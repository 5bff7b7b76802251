"""Bounded reading: an endless or huge input is refused at the limit in bounded memory, a document over the
document limit is skipped with a warning while the others are audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit import limits


def audit(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "audit", "check", "--no-backtranslate", "-t", "en", *args]
    return subprocess.run(command, capture_output=True, input=stdin, timeout=120, env=os.environ)


def first_line(completed: subprocess.CompletedProcess) -> str:
    return completed.stderr.decode("utf-8").splitlines()[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_stops_at_the_input_limit():
    completed = audit("/dev/zero", "--max-input-bytes", "5000000")
    assert completed.returncode == 2
    assert first_line(completed) == "audit: error: /dev/zero: more than the input limit of 5 MB (--max-input-bytes)"


def test_a_huge_sparse_file_is_refused_by_its_size_without_reading_it(tmp_path):
    sparse = tmp_path / "sparse.txt"
    with sparse.open("wb") as file:
        file.truncate(50 * limits.MB)
    completed = audit(str(sparse), "--max-input-bytes", "1000000")
    assert completed.returncode == 2
    assert first_line(completed) == f"audit: error: {sparse}: 50 MB, over the input limit of 1 MB (--max-input-bytes)"


def test_standard_input_is_read_up_to_the_limit():
    completed = audit("-", "--max-input-bytes", "1000", stdin=b"The talks ended on Friday. " * 100)
    assert completed.returncode == 2
    assert first_line(completed) == "audit: error: <stdin>: more than the input limit of 1 kB (--max-input-bytes)"


def test_a_document_over_the_limit_is_skipped_with_a_warning_and_the_others_are_audited(tmp_path):
    feed = tmp_path / "feed.jsonl"
    items = [
        {"id": "small", "text": "The army said the the town was calm on Sunday, officials said."},
        {"id": "huge", "text": "word " * 5000},
    ]
    feed.write_text("".join(json.dumps(item) + "\n" for item in items), "utf-8")
    completed = audit(str(feed), "--max-document-bytes", "10000", "-f", "json")
    report = json.loads(completed.stdout)
    assert [doc["id"] for doc in report["documents"]] == ["small"]
    assert report["documents"][0]["findings"]  # the repeated word
    message = f"{feed}: document huge is 25 kB, over the document limit of 10 kB (--max-document-bytes): skipped"
    assert report["problems"] == [message]
    assert first_line(completed) == f"audit: warning: {message}"


def test_sizes_read_as_people_write_them():
    assert [limits.size(n) for n in (12, 1000, 1500, 2 * limits.MB, 5_358_654)] == [
        "12 bytes",
        "1 kB",
        "1.5 kB",
        "2 MB",
        "5.4 MB",
    ]


def test_a_fetched_body_stops_at_the_input_limit():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Article(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"The talks ended on Friday. " * 200
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)  # no Content-Length: the limit is met while reading

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Article)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/a.txt"
        completed = audit(url, "--max-input-bytes", "1000")
    finally:
        server.shutdown()
    assert completed.returncode == 2
    assert first_line(completed) == f"audit: error: {url}: the response is larger than the 1000 bytes limit"
