"""Fetching an http(s) input with a timeout and a size cap."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from audit import __version__
from audit.errors import InputError

MAX_BYTES = 10 * 1024 * 1024  # larger responses are refused
TIMEOUT_SECONDS = 30.0  # for connecting, for each read, and for the whole download
_CHUNK = 64 * 1024
_SCHEMES = ("http", "https")
_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")  # a scheme of two letters or more: C:// stays a path


@dataclass(frozen=True)
class Response:
    content_type: str  # media type without parameters, lower case ('' when not given)
    body: bytes


def is_url(item: str) -> bool:
    """Whether the input is an http(s) URL."""
    return item.lower().startswith(("http://", "https://"))


def names_url(item: str) -> bool:
    """Whether the input is written as a URL (scheme://…), of whatever scheme; `fetch` refuses all but http(s)."""
    return _URL.match(item) is not None


def fetch(url: str) -> Response:
    """GET the URL; an unsupported or malformed URL, an HTTP error, a timeout, a body over MAX_BYTES or shorter
    than announced is an InputError."""
    import http.client
    import urllib.error
    import urllib.request

    _check(url)
    request = urllib.request.Request(url, headers={"User-Agent": f"translation-audit/{__version__}"})
    deadline = time.monotonic() + TIMEOUT_SECONDS
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            length = response.headers.get("Content-Length")
            expected = int(length) if length and length.isdigit() else None
            if expected is not None and expected > MAX_BYTES:
                raise InputError(f"{url}: the response is larger than the {_size(MAX_BYTES)} limit")
            body = _read_capped(response, url, deadline)
            if expected is not None and len(body) < expected:
                raise InputError(f"{url}: the download was cut short: {len(body)} of {expected} bytes")
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            return Response(content_type=content_type, body=body)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise InputError(f"{url}: no response within {TIMEOUT_SECONDS:g} s") from None
        raise InputError(f"{url}: cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: no response within {TIMEOUT_SECONDS:g} s") from None
    except http.client.IncompleteRead:  # a chunked body that stops in a chunk
        raise InputError(f"{url}: the download was cut short") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise InputError(f"{url}: cannot fetch ({exc})") from None


def _check(url: str) -> None:
    """Refuse a URL that is malformed or not http(s)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InputError(f"{url}: malformed URL ({exc})") from None
    if parts.scheme.lower() not in _SCHEMES:
        raise InputError(f"{url}: unsupported URL scheme {parts.scheme!r} (only http and https URLs are read)")


def _read_capped(response, url: str, deadline: float) -> bytes:
    """The body, read as it comes (`read1`: whatever has arrived, so a slow server cannot keep one read going past
    the deadline), refused once it grows over MAX_BYTES or the download outlasts the deadline."""
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputError(f"{url}: the response is larger than the {_size(MAX_BYTES)} limit")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: the download took longer than {TIMEOUT_SECONDS:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB" if size >= 1024 * 1024 else f"{size} bytes"
