"""Inputs fetched over http(s), against a loopback server started by the tests: feeds, pages, errors, limits."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from audit.errors import InputError
from audit.inputs import fetch, load
from tests.paths import CORPORA

INPUTS = CORPORA / "inputs"


@dataclass
class Route:
    body: bytes
    content_type: str = "application/octet-stream"
    status: int = 200
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between bytes of the body (a slow server)
    declare_length: bool = True
    length: int | None = None  # the Content-Length to announce, when not the body's (a body cut short)


@dataclass
class Loopback:
    url: str
    routes: dict[str, Route]
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[Loopback]:
    routes: dict[str, Route] = {}
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            route = routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.declare_length:
                self.send_header("Content-Length", str(route.length or len(route.body)))
            self.end_headers()
            try:
                if route.drip:
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.drip)
                else:
                    self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Loopback(f"http://127.0.0.1:{httpd.server_address[1]}", routes, requests)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_feed_url_is_read_like_the_file(server):
    server.routes["/news/rss"] = Route((INPUTS / "feed.rss").read_bytes(), "application/rss+xml; charset=utf-8")
    url = server.url + "/news/rss"
    from_url = load([url], [])
    from_file = load([str(INPUTS / "feed.rss")], [])
    assert [d.text for d in from_url] == [d.text for d in from_file]
    assert [d.id for d in from_url] == [d.id for d in from_file]
    assert {d.path for d in from_url} == {url}


def test_a_page_url_without_suffix_is_recognised_as_html(server):
    server.routes["/article"] = Route((INPUTS / "article.html").read_bytes(), "text/html; charset=utf-8")
    [doc] = load([server.url + "/article"], [])
    assert doc.title == "Putin promises Ukraine more “destruction”"
    assert "Most read" not in doc.text


def test_relative_links_in_a_fetched_feed_resolve_against_its_url(server):
    feed = (
        b'<rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>'
        b"<item><title>Talks resume</title><link>/2024/talks</link><description>The talks resumed.</description>"
        b"</item></channel></rss>"
    )
    server.routes["/feed.xml"] = Route(feed, "text/xml")
    [doc] = load([server.url + "/feed.xml"], [])
    assert doc.url == server.url + "/2024/talks"


def test_http_errors_and_refused_connections_are_input_errors(server):
    with pytest.raises(InputError, match=r"/missing\.rss: HTTP 404"):
        load([server.url + "/missing.rss"], [])
    closed = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = closed.server_address[1]
    closed.server_close()
    with pytest.raises(InputError, match="cannot fetch"):
        load([f"http://127.0.0.1:{port}/feed.rss"], [])


def test_a_server_that_does_not_answer_times_out(server, monkeypatch):
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.3)
    server.routes["/slow.rss"] = Route((INPUTS / "feed.rss").read_bytes(), "application/rss+xml", delay=3)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"slow\.rss: no response within 0\.3 s"):
        load([server.url + "/slow.rss"], [])
    assert time.monotonic() - started < 2


def test_a_server_that_drips_its_answer_is_cut_at_the_deadline(server, monkeypatch):
    """Each byte comes well within the per-read timeout, the whole would take 10 s: the deadline cuts it at 0.5 s
    (a read that waits for a full chunk would wait for the whole body)."""
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.5)
    server.routes["/drip.rss"] = Route((INPUTS / "feed.rss").read_bytes()[:200], "application/rss+xml", drip=0.05)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"drip\.rss: the download took longer than 0\.5 s"):
        load([server.url + "/drip.rss"], [])
    assert time.monotonic() - started < 2


def test_a_body_shorter_than_announced_is_refused(server):
    server.routes["/cut.txt"] = Route(b"The talks resumed on Monday in", "text/plain", length=10000)
    with pytest.raises(InputError, match=r"cut\.txt: the download was cut short: 30 of 10000 bytes$"):
        load([server.url + "/cut.txt"], [])


def test_a_chunked_body_cut_short_is_refused():
    listener = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        connection, _ = listener.accept()
        connection.recv(4096)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"1e\r\nThe talks resumed on Monday in\r\n400\r\nand"
        )
        connection.close()

    threading.Thread(target=answer, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/chunked.txt"
    try:
        with pytest.raises(InputError, match=r"chunked\.txt: the download was cut short$"):
            load([url], [])
    finally:
        listener.close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://[::1/feed", "http://[::1/feed: malformed URL (Invalid IPv6 URL)"),
        ("ftp://127.0.0.1/feed", "ftp://127.0.0.1/feed: unsupported URL scheme 'ftp' (only http and https URLs"),
        ("file:///etc/hostname", "file:///etc/hostname: unsupported URL scheme 'file'"),
    ],
)
def test_malformed_and_unsupported_urls_are_one_line_errors(url, expected):
    completed = subprocess.run(
        [sys.executable, "-m", "audit", "check", url], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 2
    assert completed.stderr.startswith(f"audit: error: {expected}")
    assert completed.stderr.count("\n") == 1, completed.stderr


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "no-content-length"])
def test_a_response_over_the_size_cap_is_refused(server, monkeypatch, declare_length):
    monkeypatch.setattr(fetch, "MAX_BYTES", 1000)
    body = (INPUTS / "feed.rss").read_bytes()
    assert len(body) > 1000
    server.routes["/big.rss"] = Route(body, "application/rss+xml", declare_length=declare_length)
    with pytest.raises(InputError, match=r"big\.rss: the response is larger than the 1000 bytes limit"):
        load([server.url + "/big.rss"], [])


def test_xml_never_fetches_external_resources(server, tmp_path):
    """A feed naming an external DTD and an external entity on the loopback server: nothing is requested."""
    server.routes["/evil.dtd"] = Route(b'<!ENTITY leak "leaked">', "application/xml-dtd")
    doctype_only = tmp_path / "doctype.rss"
    doctype_only.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "{server.url}/evil.dtd">\n'
        '<rss version="2.0"><channel><title>t</title><link>https://x.example</link><description>d</description>'
        "<item><title>Talks resume</title><description>The talks resumed on Monday.</description></item>"
        "</channel></rss>\n",
        "utf-8",
    )
    entity = tmp_path / "entity.rss"
    entity.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM "{server.url}/evil.dtd">]>\n'
        '<rss version="2.0"><channel><item><title>&leak;</title></item></channel></rss>\n',
        "utf-8",
    )
    [doc] = load([str(doctype_only)], [])
    assert doc.text == "Talks resume\n\nThe talks resumed on Monday."
    with pytest.raises(InputError, match="refused XML"):
        load([str(entity)], [])
    assert server.requests == []


def test_the_command_line_audits_a_feed_url(server):
    server.routes["/feed"] = Route((INPUTS / "feed.rss").read_bytes(), "application/rss+xml")
    completed = subprocess.run(
        [sys.executable, "-m", "audit", "check", server.url + "/feed", "--no-backtranslate", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 1, completed.stderr  # the first item's double attribution is an error
    report = json.loads(completed.stdout)
    assert [d["id"] for d in report["documents"]] == [
        "news.example.org/2024-12-22-kazan",
        "https://news.example.org/en/2024/12/22/sontsivka",
        "https://news.example.org/en/2024/12/22/power",
    ]
    assert report["documents"][0]["path"] == server.url + "/feed"
    checks = {f["check"] for d in report["documents"] for f in d["findings"]}
    assert {"double-attribution", "transliteration", "duplicate-phrase"} <= checks


def test_the_command_line_names_an_unreachable_url_on_one_line(server):
    completed = subprocess.run(
        [sys.executable, "-m", "audit", "check", server.url + "/gone.rss"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 2
    assert completed.stderr == f"audit: error: {server.url}/gone.rss: HTTP 404 Not Found\n"
