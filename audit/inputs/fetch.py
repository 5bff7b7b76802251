"""Fetching an http(s) input with a timeout and a size cap."""

from __future__ import annotations

import os
import re
import threading
from typing import NamedTuple

from audit import __version__
from audit.errors import InputError

MAX_BYTES = 10 * 1024 * 1024  # larger responses are refused
TIMEOUT_SECONDS = 30.0  # for the whole exchange, headers included ($AUDIT_FETCH_TIMEOUT overrides it)
_CHUNK = 64 * 1024
_SCHEMES = ("http", "https")
_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")  # a scheme of two letters or more: C:// stays a path


class Response(NamedTuple):
    content_type: str  # media type without parameters, lower case ('' when not given)
    body: bytes


def is_url(item: str) -> bool:
    """Whether the input is an http(s) URL."""
    return item.lower().startswith(("http://", "https://"))


def names_url(item: str) -> bool:
    """Whether the input is written as a URL (scheme://…), of whatever scheme; `fetch` refuses all but http(s)."""
    return _URL.match(item) is not None


def fetch(url: str) -> Response:
    """GET the URL; an unsupported or malformed URL, an HTTP error, a body over max_bytes() or shorter than announced
    is an InputError, and so is an exchange (connecting, status line, headers and body) that outlasts the deadline
    (`timeout()`) however slowly the server drips it: the exchange runs in a thread that is given up at the
    deadline, as a socket timeout only bounds each read."""
    _check(url)
    limit = timeout()
    exchange = _Exchange(url, limit)
    worker = threading.Thread(target=exchange.run, name="audit-fetch", daemon=True)
    worker.start()
    worker.join(limit)
    if worker.is_alive():  # its socket times out by itself; the process does not wait for it
        if exchange.answered:
            raise InputError(f"{url}: the download took longer than {limit:g} s")
        raise InputError(f"{url}: no response within {limit:g} s")
    if exchange.error is not None:
        raise exchange.error
    assert exchange.response is not None
    return exchange.response


def timeout() -> float:
    """The deadline of a fetch in seconds: $AUDIT_FETCH_TIMEOUT when it is a positive number, else TIMEOUT_SECONDS."""
    try:
        value = float(os.environ.get("AUDIT_FETCH_TIMEOUT", ""))
    except ValueError:
        return TIMEOUT_SECONDS
    return value if 0 < value < float("inf") else TIMEOUT_SECONDS


class _Exchange:
    """One GET, run in a thread: its response or its error, and whether the status line and headers came."""

    def __init__(self, url: str, limit: float):
        self.url, self.limit = url, limit
        self.answered = False
        self.response: Response | None = None
        self.error: InputError | None = None

    def run(self) -> None:
        try:
            self.response = self._get()
        except InputError as exc:
            self.error = exc

    def _get(self) -> Response:
        import http.client
        import urllib.error
        import urllib.request

        url = self.url
        request = urllib.request.Request(url, headers={"User-Agent": f"translation-audit/{__version__}"})
        try:
            with urllib.request.urlopen(request, timeout=self.limit) as response:
                self.answered = True
                length = response.headers.get("Content-Length")
                expected = int(length) if length and length.isdigit() else None
                if expected is not None and expected > max_bytes():
                    raise InputError(f"{url}: the response is larger than the {_size(max_bytes())} limit")
                body = _read_capped(response, url)
                if expected is not None and len(body) < expected:
                    raise InputError(f"{url}: the download was cut short: {len(body)} of {expected} bytes")
                content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
                return Response(content_type=content_type, body=body)
        except urllib.error.HTTPError as exc:
            if 300 <= exc.code < 400:  # urllib gives up on a loop or a chain of over 10 redirects
                raise InputError(f"{url}: too many redirects (HTTP {exc.code}, a redirect loop)") from None
            raise InputError(f"{url}: HTTP {exc.code} {_one_line(str(exc.reason))}") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise InputError(f"{url}: no response within {self.limit:g} s") from None
            raise InputError(f"{url}: cannot fetch ({_one_line(str(exc.reason))})") from None
        except TimeoutError:
            raise InputError(f"{url}: no response within {self.limit:g} s") from None
        except http.client.IncompleteRead:  # a chunked body that stops in a chunk
            raise InputError(f"{url}: the download was cut short") from None
        except (OSError, ValueError, http.client.HTTPException) as exc:
            raise InputError(f"{url}: cannot fetch ({_one_line(str(exc))})") from None


def _one_line(text: str) -> str:
    """A server's words on one line, their control characters drawn."""
    from audit.reports.summary import visible

    return " ".join(visible(text).split())


def _check(url: str) -> None:
    """Refuse a URL that is malformed or not http(s)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InputError(f"{url}: malformed URL ({exc})") from None
    if parts.scheme.lower() not in _SCHEMES:
        raise InputError(f"{url}: unsupported URL scheme {parts.scheme!r} (only http and https URLs are read)")


def _read_capped(response, url: str) -> bytes:
    """The body, read as it comes (`read1`: whatever has arrived), refused once it grows over max_bytes()."""
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes():
            raise InputError(f"{url}: the response is larger than the {_size(max_bytes())} limit")
        chunks.append(chunk)
    return b"".join(chunks)


def max_bytes() -> int:
    """The largest body read: MAX_BYTES, or the run's input limit when lower (--max-input-bytes)."""
    from audit.limits import current

    return min(MAX_BYTES, current().input_bytes)


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB" if size >= 1024 * 1024 else f"{size} bytes"
