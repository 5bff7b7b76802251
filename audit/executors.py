"""Where the checks of single documents run: in this process, in a pool of processes (`--jobs N`), or as tasks on
a Ray cluster (`--executor ray`).

Only the checks of one document at a time are farmed out (and with them sentence splitting, which they share); the
checks across a feed and the round trip, which batches every sentence of the run through one translator, stay in
the driver. Documents go out in chunks and come back with their findings, scores, skipped checks and sentences, so
the report is the one a serial run writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from audit.checks.base import Scope
from audit.context import RunContext
from audit.document import Document, Paragraph
from audit.findings import Finding

RAY_CONNECT_SECONDS = 5.0  # to open a connection to a cluster's address
CHUNK_DOCUMENTS = 32  # documents sent at a time: enough to pay for the trip, few enough to share the work


@dataclass
class Checked:
    """What the checks of single documents made of one document, carried back from a worker."""

    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)
    paragraphs: tuple[Paragraph, ...] = ()
    gathered: dict[str, Any] = field(default_factory=dict)  # what the checks across the feed read of it


class Chunk(NamedTuple):
    """Documents sent to one worker, with their --source documents when the run has them."""

    documents: tuple[Document, ...]
    sources: tuple[Document, ...] = ()


def check_chunk(chunk: Chunk, ctx: RunContext, check_ids: Sequence[str]) -> list[Checked]:
    """The document checks `check_ids` on each document of the chunk, as runner.run_checks would run them."""
    from audit.checks import get

    service = ctx.translation_service or _worker_service(ctx)
    if service is not None:
        service.start_chunk()
    documents, sources = list(chunk.documents), list(chunk.sources)
    local = replace(ctx, documents=documents, sources=sources, scores={}, skipped={}, translation_service=service)
    found: dict[int, list[Finding]] = {id(doc): [] for doc in chunk.documents}
    languages = [local.expected_language(doc) for doc in chunk.documents]
    for check in map(get, check_ids):
        able = []
        for doc, reason in zip(chunk.documents, check.unmet_each(languages), strict=True):
            if reason is not None:
                local.skip(doc, check.id, reason)
            elif check.scope is Scope.BATCH:
                able.append(doc)
            else:
                found[id(doc)].extend(check.run(doc, local))
        for doc, finding in check.run_feed(able, local) if able else ():
            found[id(doc)].append(finding)
    gathered: dict[int, dict[str, Any]] = {id(doc): {} for doc in chunk.documents}
    for check in (get(check_id) for check_id in sorted(ctx.checks) if check_id not in check_ids):
        if check.scope is Scope.FEED:  # while the caches of the document's own checks are warm
            for doc, reason in zip(chunk.documents, check.unmet_each(languages), strict=True):
                if reason is None:
                    gathered[id(doc)][check.id] = check.gather(doc, local)
    return [
        Checked(
            found[id(doc)],
            local.scores.get(id(doc), {}),
            local.skipped.get(id(doc), []),
            doc.paragraphs,
            {check_id: state for check_id, state in gathered[id(doc)].items() if state is not None},
        )
        for doc in chunk.documents
    ]


def worker_chunk(chunk: Chunk, ctx: RunContext, check_ids: Sequence[str]) -> list[Checked]:
    """check_chunk in a worker process, which then lets the chunk's documents go: its caches keyed by documents
    serve the checks of one chunk, and would otherwise grow with the feed."""
    from audit.caches import forget_documents

    try:
        return check_chunk(chunk, ctx, check_ids)
    finally:
        forget_documents()


_SERVICES: dict[tuple[Any, bool, str], Any] = {}  # a worker's: it serves one run


def _worker_service(ctx: RunContext):
    """The translation service of this worker process, made once, so that each worker loads a translator once for
    the whole run rather than once per chunk (None when the run does not translate)."""
    key = (ctx.translation_cache, ctx.quiet, ctx.run_id)
    if key not in _SERVICES:
        _SERVICES[key] = _service(ctx)
    return _SERVICES[key]


def _service(ctx: RunContext):
    """A translation service for the run, when it translates."""
    if not ctx.backtranslate or "round-trip" not in ctx.checks:
        return None
    from audit.translation.service import TranslationService

    return TranslationService.default(ctx.translation_cache, ctx.quiet, ctx.run_id)


def chunks(documents: Sequence[Document], sources: Sequence[Document]) -> Iterator[Chunk]:
    for start in range(0, len(documents), CHUNK_DOCUMENTS):
        end = start + CHUNK_DOCUMENTS
        yield Chunk(tuple(documents[start:end]), tuple(sources[start:end]) if sources else ())


class Executor:
    """Runs check_chunk over chunks, in order; this one in the calling process."""

    name = "serial"

    def map(self, chunked: list[Chunk], ctx: RunContext, check_ids: Sequence[str]) -> Iterator[list[Checked]]:
        from audit.caches import forget_documents

        ctx = replace(ctx, translation_service=ctx.translation_service or _service(ctx))  # one for the run
        for chunk in chunked:
            yield check_chunk(chunk, ctx, check_ids)
            if chunk is not chunked[-1]:  # the last's are let go with the process, at no cost
                forget_documents()  # what the chunk's checks read of its documents: the checks across the feed
                # read what they gathered; kept, it was half of a 2,000-article feed's memory (357 MB, 166 MB so)

    def close(self) -> None:
        """Nothing held."""


class ProcessExecutor(Executor):
    """A pool of `jobs` processes, forked where the platform allows, so the language data the driver has loaded
    are shared rather than read again by each worker."""

    name = "processes"

    def __init__(self, jobs: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self.jobs = jobs
        self._pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))

    def map(self, chunked: list[Chunk], ctx: RunContext, check_ids: Sequence[str]) -> Iterator[list[Checked]]:
        from functools import partial

        from audit.preload import preload

        if len(chunked) > 1:
            preload(ctx, check_ids)  # before the pool forks its workers: loaded once, shared by every worker
        bare = _portable(ctx)
        yield from self._pool.map(partial(worker_chunk, ctx=bare, check_ids=tuple(check_ids)), chunked)

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


class RayExecutor(Executor):
    """Ray tasks, one per chunk, on a running cluster (`address`) or on a local instance started for the run."""

    name = "ray"

    def __init__(self, address: str | None = None) -> None:
        from audit.errors import InputError

        try:
            import ray
        except ImportError:
            raise InputError("--executor ray needs Ray: pip install 'translation-audit[ray]'") from None
        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started and address not in (None, "auto"):
            _reachable(address)
        if self._started:
            try:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = address or "a new local instance"
                raise InputError(f"cannot reach the Ray cluster at {where}: {exc}") from None
        self._task = ray.remote(worker_chunk)

    def map(self, chunked: list[Chunk], ctx: RunContext, check_ids: Sequence[str]) -> Iterator[list[Checked]]:
        shared = self._ray.put(_portable(ctx))
        pending = [self._task.remote(chunk, shared, tuple(check_ids)) for chunk in chunked]
        for ref in pending:  # in order: the report follows the inputs
            yield self._ray.get(ref)

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()


def _reachable(address: str) -> None:
    """Refuse, at once, a cluster address nothing answers at (ray.init would retry for minutes)."""
    import socket

    from audit.errors import InputError

    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=RAY_CONNECT_SECONDS).close()
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputError(f"cannot reach the Ray cluster at {address}: {reason}") from None


def _portable(ctx: RunContext) -> RunContext:
    """The context a worker needs: no documents (each chunk brings its own) and no translation service."""
    return replace(ctx, documents=[], sources=[], scores={}, skipped={}, gathered={}, translation_service=None)


def executor_for(kind: str, jobs: int | None, address: str | None = None) -> Executor:
    """The executor a run asked for: `local` with `jobs` processes (one: this process), or `ray`."""
    if kind == "ray":
        return RayExecutor(address)
    count = jobs if jobs is not None else default_jobs()
    return ProcessExecutor(count) if count > 1 else Executor()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
