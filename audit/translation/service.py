"""Translating a run's sentences between two languages: route, cache, batched translation and progress."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from audit.translation import packages as package_store
from audit.translation import pivot
from audit.translation.packages import InstalledPackage
from audit.translation.translator import PackageTranslator

if TYPE_CHECKING:
    from audit.translation.cache import TranslationCache

MIN_PROGRESS_SENTENCES = 16  # fewer sentences than this translate too quickly for a progress bar
_COMMIT_EVERY = 256  # sentences translated between two cache commits (what an interruption can lose)


class TranslationService:
    """Translates lists of sentences with the installed packages, through the cache."""

    def __init__(
        self,
        packages: Sequence[InstalledPackage] | None = None,
        cache_path: Path | None = None,
        use_cache: bool = True,
        progress: bool = False,
        beam_size: int | None = None,
        run: str = "",
    ):
        self.packages = list(packages) if packages is not None else package_store.installed()
        self.cache_path, self.use_cache = cache_path, use_cache
        self.progress = progress
        self.beam_size = beam_size
        self.run = run  # the cache is read as earlier runs left it (audit.translation.cache)
        self._translators: dict[Path, PackageTranslator] = {}
        self._made: dict[tuple[Path, str], dict[str, str]] = {}  # this chunk's translations, by package and direction
        self.translated = 0  # sentences sent to a model (cache misses), for reports and benchmarks

    @property
    def unavailable(self) -> str | None:
        """Why nothing can be translated in this installation (the `translate` extra is missing, named with its
        install command on one line), else None."""
        return package_store.extra_missing()

    @classmethod
    def default(cls, cache_path: Path | None, quiet: bool, run: str = "") -> TranslationService:
        return cls(cache_path=cache_path, progress=not quiet and sys.stderr.isatty(), run=run)

    def start_chunk(self) -> None:
        """Forget the translations made for the previous chunk of documents: a chunk's translations then depend on
        its own sentences and on the cache as the run found it, whichever process checks it and in what order, so
        that a run on several processes reports what a serial run does."""
        self._made.clear()

    @cached_property
    def cache(self) -> TranslationCache | None:
        """The cache, opened on first use (a run that translates nothing never creates it, nor imports sqlite3)."""
        from audit.translation.cache import TranslationCache

        return TranslationCache(self.cache_path, self.run) if self.use_cache else None

    def route(self, from_code: str, to_code: str) -> list[InstalledPackage] | None:
        return pivot.route(self.packages, from_code, to_code)

    def missing(self, from_code: str, to_code: str) -> list[str]:
        return pivot.missing(self.packages, from_code, to_code)

    def translate(self, texts: Sequence[str], from_code: str, to_code: str) -> list[str]:
        """Each text translated, in order; raises LookupError when no route is installed."""
        legs = self.route(from_code, to_code)
        if legs is None:
            raise LookupError(f"no installed route {from_code}→{to_code}")
        current = list(texts)
        for package in legs:
            current = self._translate_leg(package, current)
        return current

    def _translate_leg(self, package: InstalledPackage, texts: list[str]) -> list[str]:
        unique = list(dict.fromkeys(t for t in texts if t.strip()))
        known = self.cache.get(package.name, package.version, package.direction, unique) if self.cache else {}
        made = self._made.setdefault((package.path, package.direction), {})
        known.update((t, made[t]) for t in unique if t in made)
        todo = [t for t in unique if t not in known]
        if todo:
            translator = self._translator(package)
            with self._bar(len(todo), package.direction) as advance:
                for start in range(0, len(todo), _COMMIT_EVERY):
                    chunk = todo[start : start + _COMMIT_EVERY]
                    done = translator.translate(chunk, progress=advance)
                    if self.cache:
                        self.cache.put(package.name, package.version, package.direction, zip(chunk, done, strict=True))
                    known.update(zip(chunk, done, strict=True))
                    made.update(zip(chunk, done, strict=True))
                    self.translated += len(chunk)
        return [known.get(t, "") for t in texts]

    def _translator(self, package: InstalledPackage) -> PackageTranslator:
        if package.path not in self._translators:
            kwargs = {"beam_size": self.beam_size} if self.beam_size else {}
            self._translators[package.path] = PackageTranslator(package, **kwargs)
        return self._translators[package.path]

    def _bar(self, total: int, label: str) -> AbstractContextManager[Callable[[int], None] | None]:
        if not self.progress or total < MIN_PROGRESS_SENTENCES:
            return nullcontext(None)
        return _ProgressBar(total, f"translating {label}")


class _ProgressBar(AbstractContextManager):
    """click's progress bar on stderr, advanced by the number of sentences each batch finished."""

    def __init__(self, total: int, label: str):
        import click

        from audit.guarded_output import underlying

        self._bar = click.progressbar(length=total, label=label, file=underlying(sys.stderr), show_pos=True)

    def __enter__(self) -> Callable[[int], None]:
        self._bar.__enter__()
        return self._bar.update

    def __exit__(self, *exc_info) -> None:
        self._bar.__exit__(*exc_info)
