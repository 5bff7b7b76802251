"""The translator, batching, pivoting and the cache, through real (tiny) argos packages."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.errors import InputError
from audit.translation import packages, pivot
from audit.translation.batching import MAX_SPREAD, SLACK, length_sorted_batches
from audit.translation.cache import TranslationCache
from audit.translation.service import TranslationService
from audit.translation.translator import PackageTranslator, max_decoding_length
from tests.paths import SEED
from tests.translation.conftest import corpus


def test_installed_packages_are_found_with_their_versions(argos_home):
    found = {(p.from_code, p.to_code): p for p in packages.installed()}
    assert set(found) == {("en", "fr"), ("fr", "en"), ("de", "en"), ("en", "de")}
    assert all(p.version == "1.0" and p.path.parent == argos_home for p in found.values())


def test_routes_are_direct_or_through_english(argos_home):
    installed = packages.installed()
    assert [p.direction for p in pivot.route(installed, "en", "fr")] == ["en→fr"]
    assert [p.direction for p in pivot.route(installed, "fr", "de")] == ["fr→en", "en→de"]
    assert pivot.route(installed, "en", "es") is None
    assert pivot.missing(installed, "en", "es") == ["en→es"]
    assert pivot.missing(installed, "fr", "es") == ["en→es"]
    assert pivot.missing(installed, "fr", "de") == []


@given(st.lists(st.integers(min_value=1, max_value=400), max_size=200))
def test_batches_hold_every_index_once_longest_first(lengths):
    batches = list(length_sorted_batches(lengths, max_sentences=8, max_tokens=600))
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    for batch in batches:
        assert len(batch) <= 8
        assert len(batch) == 1 or len(batch) * lengths[batch[0]] <= 600
        assert lengths[batch[0]] <= MAX_SPREAD * lengths[batch[-1]] + SLACK


def _one_package(direction: tuple[str, str]):
    return next(p for p in packages.installed() if (p.from_code, p.to_code) == direction)


def test_batched_translation_equals_argostranslates_own_path(argos_home):
    """Our batches give what argostranslate gives sentence by sentence with the same decoding settings."""
    import ctranslate2
    from argostranslate import settings
    from argostranslate.package import Package
    from argostranslate.translate import apply_packaged_translation

    class OneSentence:
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    package = _one_package(("en", "fr"))
    sentences = corpus()
    ours = PackageTranslator(package, beam_size=settings.beam_size).translate(sentences)
    model = ctranslate2.Translator(str(package.path / "model"), compute_type="int8")
    theirs = [apply_packaged_translation(Package(package.path), s, model, OneSentence(), 1)[0].value for s in sentences]
    assert ours == theirs
    assert len(set(ours)) > 1  # the model really translates: outputs differ with the input


def test_batched_equals_one_at_a_time_and_keeps_order(argos_home):
    package = _one_package(("fr", "en"))
    sentences = [*corpus(), "", "   ", corpus()[0]]
    translator = PackageTranslator(package)
    batched = translator.translate(sentences)
    single = [translator.translate([s])[0] for s in sentences]
    assert batched == single
    assert batched[-3:-1] == ["", ""] and batched[-1] == batched[0]


def test_output_length_is_bounded():
    assert max_decoding_length(10) == 30


def test_pivot_translation_equals_leg_by_leg(argos_home, tmp_path):
    service = TranslationService(cache_path=tmp_path / "c.sqlite3")
    sentences = corpus()[:6]
    through_english = service.translate(sentences, "fr", "de")
    first = PackageTranslator(_one_package(("fr", "en"))).translate(sentences)
    assert through_english == PackageTranslator(_one_package(("en", "de"))).translate(first)
    with pytest.raises(LookupError):
        service.translate(sentences, "fr", "es")


def test_cached_rerun_translates_nothing(argos_home, tmp_path):
    sentences = corpus()
    first = TranslationService(cache_path=tmp_path / "c.sqlite3")
    result = first.translate(sentences, "en", "fr")
    assert first.translated == len(set(sentences))
    again = TranslationService(cache_path=tmp_path / "c.sqlite3")
    assert again.translate(sentences, "en", "fr") == result
    assert again.translated == 0
    info = again.cache.info()
    assert info.entries == len(set(sentences))
    assert info.by_package == {"translate-en_fr 1.0 en→fr": len(set(sentences))}


def test_cache_key_includes_the_package_version(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    cache.put("translate-en_fr", "1.0", "en→fr", [("Hello.", "Bonjour.")])
    assert cache.get("translate-en_fr", "1.0", "en→fr", ["Hello.", "Other."]) == {"Hello.": "Bonjour."}
    assert cache.get("translate-en_fr", "1.1", "en→fr", ["Hello."]) == {}
    assert cache.get("translate-en_fr", "1.0", "fr→en", ["Hello."]) == {}
    assert cache.clear() == 1 and cache.info().entries == 0


def test_a_run_reads_only_what_earlier_runs_wrote(tmp_path):
    """A worker must not see what another worker of its run has just translated (the model translates a sentence
    a little differently in another batch, and the report would depend on which process got there first)."""
    path = tmp_path / "c.sqlite3"
    TranslationCache(path, "run-1").put("p", "1", "en→fr", [("Hello.", "Bonjour.")])
    this_run = TranslationCache(path, "run-2")
    this_run.put("p", "1", "en→fr", [("Other.", "Autre.")])
    assert this_run.get("p", "1", "en→fr", ["Hello.", "Other."]) == {"Hello.": "Bonjour."}
    assert TranslationCache(path, "run-3").get("p", "1", "en→fr", ["Hello.", "Other."]) == {
        "Hello.": "Bonjour.",
        "Other.": "Autre.",
    }
    assert TranslationCache(path).get("p", "1", "en→fr", ["Other."]) == {"Other.": "Autre."}  # no run: all


def test_a_cache_from_before_runs_were_recorded_is_read_and_extended(tmp_path):
    path = tmp_path / "c.sqlite3"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE translations (package TEXT NOT NULL, version TEXT NOT NULL, direction TEXT NOT NULL,"
        " source TEXT NOT NULL, translation TEXT NOT NULL, PRIMARY KEY (package, version, direction, source))"
        " WITHOUT ROWID"
    )
    old.execute("INSERT INTO translations VALUES ('p', '1', 'en→fr', 'Hello.', 'Bonjour.')")
    old.commit()
    old.close()
    cache = TranslationCache(path, "run-1")
    assert cache.get("p", "1", "en→fr", ["Hello."]) == {"Hello.": "Bonjour."}
    cache.put("p", "1", "en→fr", [("Other.", "Autre.")])
    assert TranslationCache(path, "run-2").info().entries == 2


def test_a_chunk_reuses_its_own_translations_and_not_another_chunks(argos_home, tmp_path):
    sentences = corpus()[:6]
    service = TranslationService(cache_path=tmp_path / "c.sqlite3", run="run-1")
    service.start_chunk()
    first = service.translate(sentences, "en", "fr")
    assert service.translate(sentences, "en", "fr") == first and service.translated == len(set(sentences))
    service.start_chunk()  # the next chunk translates them again, as another process would
    assert service.translate(sentences, "en", "fr") == first and service.translated == 2 * len(set(sentences))
    again = TranslationService(cache_path=tmp_path / "c.sqlite3", run="run-2")  # the next run reads the cache
    assert again.translate(sentences, "en", "fr") == first and again.translated == 0


def _write_entries(path: str, worker: int, count: int) -> None:
    cache = TranslationCache(Path(path))
    for i in range(count):
        cache.put("p", "1", "en→fr", [(f"{worker}-{i}", f"t{worker}-{i}")])


def test_two_processes_share_the_cache(tmp_path):
    path = str(tmp_path / "c.sqlite3")
    TranslationCache(tmp_path / "c.sqlite3").close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_entries, args=(path, w, 150)) for w in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert TranslationCache(tmp_path / "c.sqlite3").info().entries == 300
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_interrupted_writer_leaves_a_usable_cache(tmp_path):
    path = tmp_path / "c.sqlite3"
    script = (
        "import sys; from pathlib import Path; from audit.translation.cache import TranslationCache\n"
        "c = TranslationCache(Path(sys.argv[1]))\n"
        "i = 0\n"
        "while True:\n"
        "    c.put('p', '1', 'en→fr', [(f's{i}-{j}', 't') for j in range(50)]); i += 1\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script, str(path)])
    deadline = time.time() + 30
    while time.time() < deadline and (not path.exists() or TranslationCache(path).info().entries < 200):
        time.sleep(0.05)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    cache = TranslationCache(path)
    entries = cache.info().entries
    assert entries >= 200 and entries % 50 == 0  # whole batches only
    assert cache.get("p", "1", "en→fr", ["s0-0"]) == {"s0-0": "t"}


def test_progress_only_on_a_terminal_and_not_when_quiet(argos_home, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert TranslationService.default(None, quiet=False).progress
    assert not TranslationService.default(None, quiet=True).progress
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not TranslationService.default(None, quiet=False).progress


def test_a_damaged_model_is_a_one_line_error(argos_home, tmp_path):
    import shutil

    original = _one_package(("en", "fr"))
    copy = tmp_path / original.path.name
    shutil.copytree(original.path, copy)
    (copy / "model" / "model.bin").write_bytes(b"damaged")
    damaged = packages.InstalledPackage("en", "fr", "1.0", copy)
    with pytest.raises(InputError, match="model cannot be loaded"):
        PackageTranslator(damaged).translate(["Hello there."])
    shutil.copy(original.path / "model" / "model.bin", copy / "model" / "model.bin")
    for tokenizer in copy.glob("*.model"):
        tokenizer.write_bytes(b"damaged")
    with pytest.raises(InputError, match="tokenizer cannot be loaded"):
        PackageTranslator(packages.InstalledPackage("en", "fr", "1.0", copy)).translate(["Hello there."])


def test_progress_bar_on_a_terminal(argos_home, tmp_path, isolated_env):
    """Run with stderr on a pseudo-terminal: the bar is drawn; with --quiet it is not."""
    import pty

    def stderr_on_a_terminal(cache: str, *options: str) -> str:
        leader, follower = pty.openpty()
        command = [sys.executable, "-m", "audit", "check", str(SEED), "-s", "fr", "--cache", str(tmp_path / cache)]
        command += options
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=follower, env=isolated_env, timeout=300)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        return b"".join(chunks).decode("utf-8", "replace")

    assert "translating en→fr" not in stderr_on_a_terminal("quiet.sqlite3", "--quiet")
    assert "translating en→fr" in stderr_on_a_terminal("bar.sqlite3")


def test_progress_bar_counts_every_sentence(argos_home, tmp_path, capsys):
    advanced = []
    translator = PackageTranslator(_one_package(("en", "fr")))
    translator.translate(corpus() * 3, progress=advanced.append)
    assert sum(advanced) == len(corpus() * 3)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120), max_size=6))
def test_any_text_translates_without_failing(argos_home, texts):  # the fixture only sets the packages directory
    outputs = PackageTranslator(_one_package(("en", "fr"))).translate(texts)
    assert len(outputs) == len(texts) and all(isinstance(o, str) for o in outputs)
    assert all(o == "" for o, t in zip(outputs, texts, strict=True) if not t.strip())
