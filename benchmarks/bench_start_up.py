"""What a command costs before it does any work: `audit --help`, `audit checks` and a check of one sentence, each in
its own process, as median wall and CPU seconds of several runs, against the bare interpreter and the import of
typer (the floor this program cannot go under) and, with --against REV, against the program at a git revision,
measured in turn in the same run. With --input and --feed, the whole check of files, or of a generated feed, beside
its start-up (serial in both trees, each tree with its own cache folder); with --lines, of that many documents
of one sentence each.

    python benchmarks/bench_start_up.py                   # this tree
    python benchmarks/bench_start_up.py --against ff89621 # and the same commands at that revision
    python benchmarks/bench_start_up.py --against d01edd3 --feed 200 \
        --input ../shared/data/wmt14-fren/newstest2014-fren-ref.en   # the issue's version, whole checks too
    python benchmarks/bench_start_up.py --runs 3 --against d01edd3 --feed 2000 --lines 20000  # the issue's feed

Python writes no bytecode cache when PYTHONDONTWRITEBYTECODE is set: every module is then compiled at each start,
as an installed package never is; the script says which case it measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The talks in Geneva ended on Friday without a deal, officials said.\n"


def timed(command: list[str], root: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the command, run from `root` with `root` first on the path and its own cache folder
    (each version keeps its own unpacked data)."""
    env = {**os.environ, "PYTHONPATH": str(root), "AUDIT_CACHE_DIR": str(root / "cache")}
    errors = root / "stderr.txt"
    with errors.open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: findings over the threshold
        sys.exit(f"{' '.join(command[1:])} failed in {root}: {errors.read_text('utf-8', 'replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime


def medians(command: list[str], roots: list[Path], runs: int, check: bool) -> list[tuple[float, float]]:
    """Median wall and CPU seconds of the command in each tree, the trees taking turns (the machine's speed may
    drift); a first run each fills the caches (the disk's, bytecode where it is written, the unpacked data). A
    check runs serial in each tree."""
    commands = {root: [*command, *serial(root)] if check else command for root in roots}
    for root in roots:
        timed(commands[root], root)
    found = [[timed(commands[root], root) for root in roots] for _ in range(runs)]
    return [
        tuple(statistics.median(column) for column in zip(*times, strict=True)) for times in zip(*found, strict=True)
    ]


def serial(root: Path) -> list[str]:
    """The option that keeps a check in one process, where the tree has it (before --jobs, checks were serial)."""
    return ["-j", "1"] if "--jobs" in (root / "audit" / "cli.py").read_text("utf-8") else []


def copied_trees(folder: Path, against: str | None) -> dict[str, Path]:
    """This tree's package, and the program at git revision `against` if given, copied into `folder`: both start
    without bytecode of their own."""
    trees = {"this tree": folder / "this"}
    shutil.copytree(ROOT / "audit", trees["this tree"] / "audit", ignore=shutil.ignore_patterns("__pycache__"))
    if against:
        trees[against] = folder / "against"
        trees[against].mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", against], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(trees[against])], input=archive.stdout, check=True)
    return trees


def generated_feed(folder: Path, articles: int) -> Path:
    """A feed of that many ~500-word articles in JSON Lines, as bench_throughput makes it."""
    import bench_throughput

    return bench_throughput.feed(folder / f"feed{articles}.jsonl", articles, bench_throughput.sentences())


def one_line_documents(folder: Path, count: int) -> Path:
    """`count` documents of one WMT14 sentence each, in English (a feed of headlines), in JSON Lines: what the
    setting up of each document's checks costs, where a long article's words cost most."""
    import bench_throughput

    pool = bench_throughput.sentences()
    path = folder / f"lines{count}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps({"id": f"l{index}", "text": pool[index % len(pool)], "target_lang": "en"}) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", metavar="REV", help="also time the program at this git revision")
    parser.add_argument("--input", action="append", default=[], type=Path, help="also time the check of this file")
    parser.add_argument("--feed", type=int, metavar="N", help="also time the check of a generated feed of N articles")
    parser.add_argument("--lines", type=int, metavar="N", help="also time the check of N one-sentence documents")
    options = parser.parse_args()
    python = sys.executable
    cached = "no bytecode cache (PYTHONDONTWRITEBYTECODE)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "cached"
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        sentence = folder / "one.txt"
        sentence.write_text(SENTENCE, "utf-8")
        trees = copied_trees(folder, options.against)
        inputs = [path.resolve() for path in options.input]
        if options.feed:
            inputs.append(generated_feed(folder, options.feed))
        if options.lines:
            inputs.append(one_line_documents(folder, options.lines))
        check = [python, "-m", "audit", "check", "--no-backtranslate", "-q", "-f", "json", "-o", os.devnull]
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "import typer": [python, "-c", "import typer"],
            "audit --help": [python, "-m", "audit", "--help"],
            "audit checks": [python, "-m", "audit", "checks"],
            "check of one sentence": [*check, "-t", "en", str(sentence)],
            **{f"check of {path.name}": [*check, str(path)] for path in inputs},
        }
        print(f"median of {options.runs} runs, {cached}")
        width = max(map(len, commands)) + 2
        heading = "".join(f"{name:>24}" for name in trees) + ("   ratio" if options.against else "")
        print(f"{'command':<{width}}{heading}")
        for label, command in commands.items():
            found = medians(command, list(trees.values()), options.runs, check=label.startswith("check of"))
            cells = "".join(f"{f'{wall:.3f} s ({cpu:.3f} CPU)':>24}" for wall, cpu in found)
            ratio = f"   {found[0][1] / found[1][1]:.3f}x CPU" if len(found) > 1 else ""
            print(f"{label:<{width}}{cells}{ratio}")


if __name__ == "__main__":
    main()
