"""One package run through CTranslate2 and its own tokenizer: int8 on CPU, every core, length-sorted batches."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cached_property

from audit.errors import InputError
from audit.translation.batching import length_sorted_batches
from audit.translation.packages import InstalledPackage

BEAM_SIZE = 1  # greedy: what round-trip scoring needs, several times faster than argos's beam of 4


def cpu_threads() -> int:
    """Cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def max_decoding_length(source_tokens: int) -> int:
    """Bound on the output of one batch: stops a runaway (hallucinating) decoder early."""
    return 2 * source_tokens + 10


class PackageTranslator:
    """Translates lists of sentences with one installed package."""

    def __init__(self, package: InstalledPackage, beam_size: int = BEAM_SIZE, threads: int | None = None):
        self.package = package
        self.beam_size = beam_size
        self.threads = threads or cpu_threads()

    @cached_property
    def _argos(self):
        from argostranslate.package import Package

        return Package(self.package.path)

    @cached_property
    def _model(self):
        import ctranslate2

        try:
            return ctranslate2.Translator(
                str(self.package.path / "model"),
                device="cpu",
                compute_type="int8",
                inter_threads=1,
                intra_threads=self.threads,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise self._damaged("model", exc) from None

    def _damaged(self, part: str, exc: Exception) -> InputError:
        return InputError(
            f"{self.package.path}: the {self.package.direction} {part} cannot be loaded ({exc});"
            f" reinstall it with audit models install {self.package.from_code} {self.package.to_code}"
        )

    def translate(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> list[str]:
        """The translation of each text, in order; blank texts stay blank."""
        tokenizer = self._argos.tokenizer
        prefix = self._argos.target_prefix
        try:
            tokens = [tokenizer.encode(text) if text.strip() else [] for text in texts]
        except (RuntimeError, ValueError, OSError) as exc:  # SentencePiece reads its model on first use
            raise self._damaged("tokenizer", exc) from None
        results = ["" for _ in texts]
        wanted = [i for i, t in enumerate(tokens) if t]
        for batch in length_sorted_batches([len(tokens[i]) for i in wanted]):
            indices = [wanted[b] for b in batch]
            outputs = self._model.translate_batch(
                [tokens[i] for i in indices],
                target_prefix=[[prefix] for _ in indices] if prefix else None,
                beam_size=self.beam_size,
                max_decoding_length=max_decoding_length(max(len(tokens[i]) for i in indices)),
                replace_unknowns=True,
                length_penalty=0.2,
            )
            for index, output in zip(indices, outputs, strict=True):
                results[index] = _detokenize(tokenizer.decode(output.hypotheses[0]), prefix)
            if progress is not None:
                progress(len(indices))
        return results


def _detokenize(text: str, prefix: str) -> str:
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return text.strip()
