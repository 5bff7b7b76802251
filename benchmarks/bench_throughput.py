"""Throughput of the whole command, without models: the WMT14 reference and generated feeds, serial and with
--jobs, streamed, on a local Ray instance, and on pathological texts; each figure beside a baseline measured in
the same run (a regular-expression scan of the same text, pofilter's default tests when translate-toolkit is
installed, the serial run, ordinary prose).

    python benchmarks/bench_throughput.py [--articles 2000] [--large 20000] [--jobs 2] [--ray]

Each command runs in its own process; its CPU and peak memory are the kernel's (wait4), workers included. Reads
../shared/data/wmt14-fren/ for the reference and the feeds' sentences (the project's own articles otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WMT = ROOT.parent / "shared" / "data" / "wmt14-fren"
REFERENCE = WMT / "newstest2014-fren-ref.en"
WORDS_PER_ARTICLE = 500


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    code: int


def run(*args: str) -> Run:
    """`python -m audit check ARGS` in its own process: wall and CPU seconds, peak memory (MB)."""
    command = [sys.executable, "-m", "audit", "check", "--no-backtranslate", "-q", *args]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)


def reference_articles(folder: Path) -> list[Path]:
    """The WMT14 reference as its 176 articles, one text file each (bounds from its SGML)."""
    sgm = (WMT / "sgm" / "newstest2014-fren-ref.en.sgm").read_text("utf-8")
    sizes = [chunk.count("<seg ") for chunk in sgm.split("<doc ")[1:]]
    lines = REFERENCE.read_text("utf-8").splitlines()
    cuts = [sum(sizes[:i]) for i in range(len(sizes) + 1)]
    folder.mkdir()
    paths = []
    for index, (start, end) in enumerate(pairwise(cuts)):
        path = folder / f"{index:03}.txt"
        path.write_text("\n".join(lines[start:end]) + "\n", "utf-8")
        paths.append(path)
    return paths


def sentences() -> list[str]:
    if REFERENCE.is_file():
        return [line for line in REFERENCE.read_text("utf-8").splitlines() if line.strip()]
    from tests.generated_feed import paragraphs

    return paragraphs()


def feed(path: Path, count: int, pool: list[str]) -> Path:
    """`count` articles of about WORDS_PER_ARTICLE words, paragraphs of three sentences, in JSON Lines."""
    rng = random.Random(count)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            chosen, words = [], 0
            while words < WORDS_PER_ARTICLE:
                chosen.append(rng.choice(pool))
                words += len(chosen[-1].split())
            text = "\n\n".join(" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3))
            out.write(json.dumps({"id": f"a{index}", "text": text, "target_lang": "en"}) + "\n")
    return path


def regex_scan(texts: list[str]) -> float:
    """CPU seconds of a regular-expression scan of the texts: words, doubled words, numbers, sentence ends."""
    pattern = re.compile(r"\b(\w+)\s+\1\b|\d+(?:[.,]\d+)*|[.!?](?=\s)|\w+")
    started = time.process_time()
    for _ in range(5):
        for text in texts:
            sum(1 for _ in pattern.finditer(text))
    return (time.process_time() - started) / 5


def pofilter(folder: Path, texts: list[str]) -> float | None:
    """CPU seconds of pofilter's default tests on the texts as PO messages (source = target), or None when
    translate-toolkit is not installed."""
    command = shutil.which("pofilter") or str(Path(sys.executable).with_name("pofilter"))
    if not Path(command).exists():
        return None
    po = folder / "reference.po"
    entries = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for line in (line for text in texts for line in text.splitlines() if line.strip()):
        quoted = json.dumps(line, ensure_ascii=False)
        entries.append(f"msgid {quoted}\nmsgstr {quoted}\n")
    po.write_text("\n".join(entries), "utf-8")
    process = subprocess.Popen([command, str(po), str(folder / "out.po")], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


def pathological(folder: Path) -> dict[str, Path]:
    """Texts whose shape, not size, makes work: one long sentence, one word repeated, many one-word lines, a
    line without spaces, a sentence repeated."""
    rng = random.Random(0)
    words = ["the", "army", "said", "on", "Sunday", "that", "its", "forces", "had", "repelled", "attacks", "near"]
    texts = {
        "one 100 kB sentence": " ".join(rng.choice(words) for _ in range(20_000)) + ".",
        "'the' x 20,000": " ".join(["the"] * 20_000) + ".",
        "100,000 one-word lines": "\n".join(rng.choice(words) for _ in range(100_000)),
        "200 kB without a space": "x" * 200_000,
        "a sentence x 2,000": "The army said on Sunday that its forces had repelled attacks. " * 2000,
    }
    paths = {}
    for index, (label, text) in enumerate(texts.items()):
        paths[label] = folder / f"pathological-{index}.txt"
        paths[label].write_text(text + "\n", "utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles of the generated feed")
    parser.add_argument("--large", type=int, default=0, help="also a feed this long: serial, --jobs, streamed")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--ray", action="store_true", help="also on a local Ray instance (the ray extra)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        print("run                                   wall s   CPU s  peak MB  articles/s  ratio")
        if REFERENCE.is_file():
            paths = reference_articles(folder / "wmt")
            texts = [path.read_text("utf-8") for path in paths]
            serial = run(str(folder / "wmt"), "-t", "en", "-j", "1", "-f", "json", "-o", os.devnull)
            _show("WMT14 reference, serial", serial, len(paths))
            parallel = run(str(folder / "wmt"), "-t", "en", "-j", str(options.jobs), "-f", "json", "-o", os.devnull)
            _show(f"WMT14 reference, --jobs {options.jobs}", parallel, len(paths), serial.wall / parallel.wall)
            scan = regex_scan(texts)
            print(f"  CPU against a regex scan of the same text: {serial.cpu / scan:.0f}x ({scan:.3f} s)")
            filtered = pofilter(folder, texts)
            if filtered is None:
                print("  pofilter: not installed (pip install translate-toolkit)")
            else:
                print(f"  CPU against pofilter's default tests: {serial.cpu / filtered:.2f}x ({filtered:.2f} s)")
            start_up = _start_up(folder)
            per_kb = (serial.cpu - start_up) / (sum(len(t.encode()) for t in texts) / 1000)
            print(f"  ordinary prose: {per_kb * 1000:.1f} ms of CPU per kB (start-up of {start_up:.2f} s set apart)")
            for label, path in pathological(folder).items():
                worst = run(str(path), "-t", "en", "-j", "1", "-f", "json", "-o", os.devnull)
                ratio = ((worst.cpu - start_up) / (path.stat().st_size / 1000)) / per_kb
                print(f"  {label:28} {worst.cpu:6.2f} s CPU  {ratio:5.2f}x ordinary prose per kB")
            _against_the_source(folder, start_up)
        pool = sentences()
        small = feed(folder / "feed.jsonl", options.articles, pool)
        serial = run(str(small), "-j", "1", "-f", "json", "-o", os.devnull)
        _show(f"feed of {options.articles}, serial", serial, options.articles)
        parallel = run(str(small), "-j", str(options.jobs), "-f", "json", "-o", os.devnull)
        _show(
            f"feed of {options.articles}, --jobs {options.jobs}",
            parallel,
            options.articles,
            serial.wall / parallel.wall,
        )
        streamed = run(str(small), "-j", str(options.jobs), "-f", "jsonl", "-o", os.devnull)
        _show(f"feed of {options.articles}, streamed", streamed, options.articles)
        if options.ray:
            on_ray = run(str(small), "--executor", "ray", "-f", "json", "-o", os.devnull)
            _show(f"feed of {options.articles}, local Ray", on_ray, options.articles, parallel.wall / on_ray.wall)
        if options.large:
            large = feed(folder / "large.jsonl", options.large, pool)
            whole = run(str(large), "-j", "1", "-f", "json", "-o", os.devnull)
            _show(f"feed of {options.large}, serial", whole, options.large)
            spread = run(str(large), "-j", str(options.jobs), "-f", "json", "-o", os.devnull)
            _show(f"feed of {options.large}, --jobs {options.jobs}", spread, options.large, whole.wall / spread.wall)
            big = run(str(large), "-j", str(options.jobs), "-f", "jsonl", "-o", os.devnull)
            _show(f"feed of {options.large}, streamed", big, options.large)
            print(f"  peak memory {options.large} / {options.articles} articles: {big.peak_mb / streamed.peak_mb:.2f}x")


def _against_the_source(folder: Path, start_up: float) -> None:
    """A system's output audited against its French source as one document (the checks against a source align
    its sentences): CPU per sentence of its first 300 sentences and of all 3,003, whose ratio is 1 for checks
    linear in the document's length."""
    system = WMT / "system-outputs" / "newstest2014.onlineB.0.fr-en"
    if not system.is_file():
        return
    target, source = system.read_text("utf-8").splitlines(), (WMT / "newstest2014-fren-src.fr").read_text("utf-8")
    per_sentence = {}
    for count in (300, len(target)):
        paths = folder / f"target-{count}.txt", folder / f"source-{count}.txt"
        paths[0].write_text("\n".join(target[:count]) + "\n", "utf-8")
        paths[1].write_text("\n".join(source.splitlines()[:count]) + "\n", "utf-8")
        audited = run(str(paths[0]), "--source", str(paths[1]), "-t", "en", "-j", "1", "-f", "json", "-o", os.devnull)
        per_sentence[count] = (audited.cpu - start_up) / count
        print(f"  onlineB against its source, {count:5} sentences: {audited.cpu:6.2f} s CPU")
    short, long = per_sentence.values()
    print(f"  CPU per sentence, {len(target)} against 300 sentences: {long / short:.2f}x")


def _start_up(folder: Path) -> float:
    """CPU seconds of a run on one sentence: loading the program and its data, paid once whatever the input."""
    path = folder / "one-sentence.txt"
    path.write_text("The talks in Geneva ended on Friday without a deal, officials said.\n", "utf-8")
    return min(run(str(path), "-t", "en", "-j", "1", "-f", "json", "-o", os.devnull).cpu for _ in range(3))


def _show(label: str, result: Run, articles: int, ratio: float | None = None) -> None:
    shown = f"{ratio:5.2f}x" if ratio is not None else ""
    print(
        f"{label:36} {result.wall:7.1f} {result.cpu:7.1f} {result.peak_mb:8.0f} {articles / result.wall:11.1f}  {shown}"
    )


if __name__ == "__main__":
    main()
