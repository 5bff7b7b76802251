"""The hostile-input battery: each case is an input, the exit code it must give, the first line of standard error
it must print, and bounds on time and memory. Every case runs the real program (`python -m audit`) in a
subprocess; the network cases talk to a loopback server that stops with the test. In every case: no traceback, no
line that a CI runner would obey, no control character from the input on standard error."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.paths import CORPORA

ARTICLE = "The talks ended on Friday in Geneva. Officials said they would resume in January.\n"
FEED = (CORPORA / "inputs" / "feed.rss").read_bytes()
MAX_RSS_MB = 1024  # any one run of the battery
FETCH_SECONDS = 1.5  # the fetch deadline the network cases run with
COMMAND = re.compile(r"^\s*::|##\[")  # a line GitHub Actions runs as a workflow command


@dataclass(frozen=True)
class Case:
    cls: str  # files, xml, http, reports, paths, config, cache
    args: tuple[str, ...]  # {url} is the loopback server, {tmp} the case's folder
    code: int
    first: str  # a pattern the first line of standard error matches
    files: dict[str, bytes | str] = field(default_factory=dict)
    seconds: float = 60.0
    setup: Callable[[Path], None] | None = None


def symlinks_out(tmp: Path) -> None:
    (tmp / "outside").mkdir()
    (tmp / "outside" / "secret.txt").write_text("A secret that is not in the folder.\n", "utf-8")
    os.symlink("../outside/secret.txt", tmp / "feed" / "secret.txt")


def link_to_input(tmp: Path) -> None:
    os.symlink(tmp / "a.txt", tmp / "link.txt")
    os.link(tmp / "a.txt", tmp / "hard.txt")


def damaged_cache(tmp: Path) -> None:
    from audit.translation.cache import TranslationCache

    cache = TranslationCache(tmp / "translations.sqlite3")
    cache.put("translate-fr_en", "1.0", "fr→en", [(f"s{n} " + "x" * 300, "t" * 300) for n in range(400)])
    cache.close()
    data = bytearray((tmp / "translations.sqlite3").read_bytes())
    for start in range(4096, len(data), 4096):
        data[start : start + 64] = b"\xa5" * 64
    (tmp / "translations.sqlite3").write_bytes(bytes(data))


def deep_walk(tmp: Path) -> None:
    folder = tmp / "feed"
    for depth in range(60):
        folder = folder / f"d{depth}"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, "utf-8")


NEVER = ("--no-backtranslate", "--fail-on", "never")


def with_baseline(content: str, first: str) -> Case:
    """A run given a baseline file of this content."""
    return Case(
        "config", ("check", "a.txt", "--baseline", "b.json", *NEVER), 2, first, {"a.txt": ARTICLE, "b.json": content}
    )


UTF16 = "Les négociations ont repris à Genève vendredi, a déclaré le ministère.\n".encode("utf-16-le")
BILLION = (CORPORA / "inputs" / "billion_laughs.xml").read_bytes()
EXTERNAL = (CORPORA / "inputs" / "external_entity.xlf").read_bytes()
HOSTILE_LINES = json.dumps({"id": "a", "text": "::set-output name=pwned::1\n##[add-mask]leak", "target_lang": "en"})

CASES: dict[str, Case] = {
    # files
    "missing": Case("files", ("check", "nope.txt", *NEVER), 2, r"nope\.txt: no such file"),
    "empty": Case("files", ("check", "a.txt", *NEVER), 2, r"a\.txt: the input is empty", {"a.txt": ""}),
    "blank": Case("files", ("check", "a.txt", *NEVER), 2, r"the input is empty", {"a.txt": " \n\t\n"}),
    "binary": Case("files", ("check", "a.bin", *NEVER), 2, r"binary", {"a.bin": bytes(range(256)) * 40}),
    "nul": Case("files", ("check", "a.txt", *NEVER), 2, r"binary content", {"a.txt": ARTICLE + "\0" + ARTICLE}),
    "truncated utf-8": Case(
        "files",
        ("check", "a.txt", *NEVER),
        2,
        r"a\.txt: truncated UTF-8 at byte 54",
        {"a.txt": ("Élysée " * 6).encode() + b"\xc3"},
    ),
    "utf-16 without bom": Case("files", ("check", "a.txt", *NEVER), 0, r"^$", {"a.txt": UTF16}),
    "latin-1": Case(
        "files", ("check", "a.txt", *NEVER), 0, r"^$", {"a.txt": "Genève, été, déclaré.\n".encode("latin-1")}
    ),
    "huge line": Case(
        "files", ("check", "a.txt", "-f", "json", *NEVER), 0, r"^$", {"a.txt": ARTICLE.strip() * 400}, seconds=45
    ),
    "empty folder": Case(
        "files", ("check", "feed", *NEVER), 2, r"feed: the directory holds no file", {"feed/x.bin": ""}
    ),
    "empty stdin": Case("files", ("check", "-", *NEVER), 2, r"<stdin>: the input is empty"),
    "bad json line": Case(
        "files",
        ("check", "a.jsonl", *NEVER),
        0,
        r"warning: a\.jsonl:2: not valid JSON",
        {"a.jsonl": json.dumps({"id": "a", "text": ARTICLE}) + "\n{oops\n"},
    ),
    "nested json line": Case(
        "files", ("check", "a.jsonl", *NEVER), 2, r"a\.jsonl", {"a.jsonl": "{" + '"a":[' * 100_000 + "\n"}
    ),
    "cp1252 mixed": Case(
        "files",
        ("check", "a.txt", *NEVER),
        0,
        r"a\.txt: line 2 is not UTF-8",
        {"a.txt": "Genève é\n".encode() + "déjà vu\n".encode("cp1252")},
    ),
    # XML
    "billion laughs": Case("xml", ("check", "bomb.xml", *NEVER), 2, r"refused XML", {"bomb.xml": BILLION}),
    "external entity": Case("xml", ("check", "x.xlf", *NEVER), 2, r"refused XML", {"x.xlf": EXTERNAL}),
    "malformed feed": Case(
        "xml", ("check", "f.rss", *NEVER), 2, r"f\.rss:\d+:\d+: malformed XML", {"f.rss": FEED[: len(FEED) // 2]}
    ),
    "dtd": Case(
        "xml",
        ("check", "f.rss", *NEVER),
        2,
        r"f\.rss: the feed has no items",
        {"f.rss": b'<?xml version="1.0"?><!DOCTYPE rss [<!ELEMENT rss ANY>]><rss version="2.0"/>'},
    ),
    "deep xml": Case("xml", ("check", "f.rss", *NEVER), 2, r"f\.rss", {"f.rss": "<rss>" + "<a>" * 200_000}),
    "feed without items": Case(
        "xml", ("check", "f.rss", *NEVER), 2, r"f\.rss", {"f.rss": '<rss version="2.0"><channel></channel></rss>'}
    ),
    "xliff without target": Case(
        "xml",
        ("check", "a.xlf", *NEVER),
        2,
        r"a\.xlf",
        {
            "a.xlf": '<xliff version="1.2"><file source-language="fr" target-language="en"><body>'
            '<trans-unit id="1"><source>Bonjour.</source></trans-unit></body></file></xliff>'
        },
    ),
    # HTTP
    "slow status line": Case(
        "http", ("check", "{url}/drip-status", *NEVER), 2, r"no response within 1\.5 s", seconds=8
    ),
    "slow headers": Case("http", ("check", "{url}/drip-headers", *NEVER), 2, r"no response within 1\.5 s", seconds=8),
    "slow body": Case("http", ("check", "{url}/drip-body", *NEVER), 2, r"took longer than 1\.5 s", seconds=8),
    "silent server": Case("http", ("check", "{url}/silent", *NEVER), 2, r"no response within 1\.5 s", seconds=8),
    "redirect loop": Case("http", ("check", "{url}/loop", *NEVER), 2, r"/loop: too many redirects"),
    "garbage status": Case("http", ("check", "{url}/garbage", *NEVER), 2, r"/garbage: cannot fetch"),
    "404": Case("http", ("check", "{url}/missing", *NEVER), 2, r"/missing: HTTP 404"),
    "huge body": Case("http", ("check", "{url}/huge", *NEVER), 2, r"larger than the 10 MB limit"),
    "control chars in reason": Case("http", ("check", "{url}/reason", *NEVER), 2, r"HTTP 500 bad ␛\]0;pwned␇"),
    "cut short": Case("http", ("check", "{url}/short", *NEVER), 2, r"cut short"),
    "refused connection": Case("http", ("check", "http://127.0.0.1:9/feed.rss", *NEVER), 2, r"cannot fetch"),
    "unsupported scheme": Case("http", ("check", "ftp://127.0.0.1/f.rss", *NEVER), 2, r"unsupported URL scheme"),
    "malformed url": Case("http", ("check", "http://[::1/f.rss", *NEVER), 2, r"malformed URL"),
    # reports
    "-o onto an input": Case(
        "reports", ("check", "a.txt", "-o", "a.txt", *NEVER), 2, r"is an input", {"a.txt": ARTICLE}
    ),
    "-o into the walked folder": Case(
        "reports",
        ("check", "feed", "-o", "feed/b.txt", *NEVER),
        2,
        r"input folder feed",
        {"feed/a.txt": ARTICLE, "feed/b.txt": ARTICLE},
    ),
    "-o onto --source": Case(
        "reports",
        ("check", "a.txt", "--source", "s.txt", "-o", "s.txt", *NEVER),
        2,
        r"a --source file",
        {"a.txt": ARTICLE, "s.txt": ARTICLE},
    ),
    "-o onto --baseline": Case(
        "reports",
        ("check", "a.txt", "--baseline", "b.json", "-f", "json", "-o", "b.json", *NEVER),
        2,
        r"the --baseline file",
        {"a.txt": ARTICLE, "b.json": '{"schema": "audit-baseline/1", "findings": {}}'},
    ),
    "-o onto the configuration": Case(
        "reports",
        ("check", "a.txt", "-o", "audit.toml", *NEVER),
        2,
        r"the configuration file",
        {"a.txt": ARTICLE, "audit.toml": 'fail-on = "never"\n'},
    ),
    "baseline onto an input": Case(
        "reports",
        ("baseline", "create", "a.txt", "-o", "a.txt", "--no-backtranslate"),
        2,
        r"is an input",
        {"a.txt": ARTICLE},
    ),
    "-o through links": Case(
        "reports",
        ("check", "a.txt", "-o", "hard.txt", *NEVER),
        2,
        r"is an input",
        {"a.txt": ARTICLE},
        setup=link_to_input,
    ),
    "report-dir inside the input": Case(
        "reports",
        ("check", "feed", "-f", "json", "--report-dir", "feed/reports", *NEVER),
        0,
        r"1 document",
        {"feed/a.txt": ARTICLE},
    ),
    # paths
    "symlink out of the folder": Case(
        "paths",
        ("check", "feed", *NEVER),
        0,
        r"note: feed/secret\.txt: a symbolic link out of the walked folder",
        {"feed/a.txt": ARTICLE},
        setup=symlinks_out,
    ),
    "hostile file names": Case(
        "paths",
        ("check", "feed", *NEVER),
        2,
        r"audit: error: feed/.*: the input is empty",
        {"feed/::warning::x.txt": "", "feed/ ##[add-mask]y.txt": "::error::text\n", "feed/\x1b]0;t\x07.txt": ""},
    ),
    "feed text as commands": Case(
        "paths", ("check", "a.jsonl", "-f", "text", *NEVER), 0, r"^$", {"a.jsonl": HOSTILE_LINES}
    ),
    "deep folders": Case("paths", ("check", "feed", *NEVER), 0, r"^$", setup=deep_walk),
    # configuration and baseline
    "nested toml": Case(
        "config",
        ("check", "a.txt", *NEVER),
        2,
        r"nested too deeply",
        {"a.txt": ARTICLE, "audit.toml": "a = " + "[" * 100_000},
    ),
    "nested inline tables": Case(
        "config",
        ("check", "a.txt", *NEVER),
        2,
        r"nested too deeply",
        {"a.txt": ARTICLE, "audit.toml": "a = " + "{b = " * 100_000},
    ),
    "tool.audit not a table": Case(
        "config",
        ("check", "a.txt", *NEVER),
        2,
        r"'tool\.audit' must be a table",
        {"a.txt": ARTICLE, "pyproject.toml": 'tool.audit = "x"\n'},
    ),
    "wrong type": Case(
        "config",
        ("check", "a.txt", "--no-backtranslate"),
        2,
        r"'fail-on' must be",
        {"a.txt": ARTICLE, "audit.toml": "fail-on = 3\n"},
    ),
    "nested baseline": with_baseline("[" * 100_000, r"b\.json: not a baseline file"),
    "baseline of another schema": with_baseline('{"schema": 3, "findings": []}', r"expected schema"),
    # cache
    "damaged cache": Case(
        "cache",
        ("cache", "info", "--cache", "translations.sqlite3"),
        0,
        r"warning: .*damaged translation cache",
        setup=damaged_cache,
    ),
}


class _Hostile(socketserver.BaseRequestHandler):
    """Each path a way for a server to misbehave."""

    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request and len(request) < 65536:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            request += chunk
        path = request.split(b" ", 2)[1].decode()
        with contextlib.suppress(OSError):  # the client gave up: the case is over
            self.respond(path)

    def drip(self, data: bytes, pause: float = 0.3) -> None:
        for byte in data:
            self.request.sendall(bytes([byte]))
            time.sleep(pause)

    def respond(self, path: str) -> None:
        send = self.request.sendall
        if path == "/drip-status":
            self.drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n")
        elif path == "/drip-headers":
            send(b"HTTP/1.1 200 OK\r\n")
            self.drip(b"Content-Type: application/rss+xml\r\n" * 20 + b"\r\n")
        elif path == "/drip-body":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n" % len(FEED))
            self.drip(FEED, 0.05)
        elif path == "/silent":
            time.sleep(10)
        elif path == "/loop":
            send(b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n")
        elif path == "/garbage":
            send(b"\x00\x1b[2J GARBAGE \r\n\r\n")
        elif path == "/missing":
            send(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        elif path == "/huge":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 2000000000\r\n\r\n")
        elif path == "/reason":
            send(b"HTTP/1.1 500 bad \x1b]0;pwned\x07\r\nContent-Length: 0\r\n\r\n")
        elif path == "/short":
            send(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n" + FEED[:100])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    httpd = Server(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# The run is measured from a small launcher: the peak memory of a process forked from this test session counts
# the session's own pages until it starts the program (some 1 GB once the names tables are loaded here).
LAUNCHER = (
    "import os, resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
    "open(os.environ['AUDIT_TEST_PEAK'], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
    "sys.exit(code)"
)


@pytest.fixture(scope="module")
def data_cache(tmp_path_factory) -> Path:
    """One folder of unpacked data for the battery, apart from the user's: made by the first case, read by the
    others, as a user's runs read it (each case making its own paid a first run's unpacking)."""
    return tmp_path_factory.mktemp("data-cache")


def run(tmp: Path, args: list[str], timeout: float, cache: Path) -> tuple[subprocess.CompletedProcess, int]:
    """The command's outcome and its peak resident memory in kB."""
    peak = tmp / "peak.txt"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "AUDIT_FETCH_TIMEOUT": str(FETCH_SECONDS),
        "AUDIT_CACHE_DIR": str(cache),
        "AUDIT_TEST_PEAK": str(peak),
        "NO_COLOR": "1",
    }
    command = [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "audit", *args]
    ran = subprocess.run(command, cwd=tmp, input=b"", capture_output=True, env=env, timeout=timeout)
    return ran, int(peak.read_text())


def assert_harmless(stdout: str, stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    for stream in (stdout, stderr):
        lines = re.split(r"\r\n|\r|\n", stream)
        assert not [line for line in lines if COMMAND.search(line)], stream
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", stderr), stderr


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_case(name, tmp_path, server, data_cache):
    case = CASES[name]
    for relative, content in case.files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    if case.setup is not None:
        case.setup(tmp_path)
    args = [arg.format(url=server, tmp=tmp_path) for arg in case.args]
    started = time.monotonic()
    ran, peak_kb = run(tmp_path, args, timeout=case.seconds + 60, cache=data_cache)
    elapsed = time.monotonic() - started
    stdout, stderr = ran.stdout.decode("utf-8", "replace"), ran.stderr.decode("utf-8", "replace")
    first = stderr.splitlines()[0] if stderr else ""
    assert ran.returncode == case.code, (name, stderr)
    assert re.search(case.first, first), (name, first)
    assert elapsed < case.seconds, (name, elapsed)
    assert peak_kb < MAX_RSS_MB * 1024, (name, peak_kb)
    assert_harmless(stdout, stderr)


def test_an_interrupted_fetch_stops_at_once_with_one_line(tmp_path, server):
    """Ctrl-C while a server drips its headers: at once, no traceback, at most one line, well before the deadline.
    The program starts with Ctrl-C's default handling, as from a terminal: a job a shell starts in the background
    (this suite run under `nohup ... &`) inherits SIGINT ignored, and so would the program."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "AUDIT_FETCH_TIMEOUT": "30"}
    process = subprocess.Popen(
        [sys.executable, "-m", "audit", "check", f"{server}/drip-headers", "--no-backtranslate"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    time.sleep(2)
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert time.monotonic() - started < 5
    assert process.returncode in (1, 130) and len(stderr.splitlines()) <= 1 and b"Traceback" not in stderr, stderr


def test_the_battery_covers_every_class():
    assert {case.cls for case in CASES.values()} == {"files", "xml", "http", "reports", "paths", "config", "cache"}
    assert len(CASES) >= 40
