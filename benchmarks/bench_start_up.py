"""What a command costs before it does any work: `audit --help`, `audit checks` and a check of one sentence, each in
its own process, as median wall and CPU seconds of several runs, against the bare interpreter and the import of
typer (the floor this program cannot go under) and, with --against REV, against the program at a git revision,
measured in turn in the same run.

    python benchmarks/bench_start_up.py                   # this tree
    python benchmarks/bench_start_up.py --against ff89621 # and the same commands at that revision

Python writes no bytecode cache when PYTHONDONTWRITEBYTECODE is set: every module is then compiled at each start,
as an installed package never is; the script says which case it measured.
"""

from __future__ import annotations

import argparse
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
    """Wall and CPU seconds of the command, run from `root` with `root` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def medians(command: list[str], roots: list[Path], runs: int) -> list[tuple[float, float]]:
    """Median wall and CPU seconds of the command in each tree, the trees taking turns (the machine's speed may
    drift); a first run each fills the caches (the disk's, and bytecode where it is written)."""
    for root in roots:
        timed(command, root)
    found = [[timed(command, root) for root in roots] for _ in range(runs)]
    return [
        tuple(statistics.median(column) for column in zip(*times, strict=True)) for times in zip(*found, strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", metavar="REV", help="also time the program at this git revision")
    options = parser.parse_args()
    python = sys.executable
    cached = "no bytecode cache (PYTHONDONTWRITEBYTECODE)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "cached"
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        sentence = folder / "one.txt"
        sentence.write_text(SENTENCE, "utf-8")
        trees = {"this tree": folder / "this"}  # a copy: both trees start without bytecode of their own
        shutil.copytree(ROOT / "audit", trees["this tree"] / "audit", ignore=shutil.ignore_patterns("__pycache__"))
        if options.against:
            trees[options.against] = folder / "against"
            trees[options.against].mkdir()
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", options.against], capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", str(trees[options.against])], input=archive.stdout, check=True)
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "import typer": [python, "-c", "import typer"],
            "audit --help": [python, "-m", "audit", "--help"],
            "audit checks": [python, "-m", "audit", "checks"],
            "check of one sentence": [python, "-m", "audit", "check", "--no-backtranslate", "-q", "-j", "1",
                                      "-t", "en", "-f", "json", "-o", os.devnull, str(sentence)],
        }  # fmt: skip
        print(f"median of {options.runs} runs, {cached}")
        print(f"{'command':<24}" + "".join(f"{name:>24}" for name in trees) + ("   ratio" if options.against else ""))
        for label, command in commands.items():
            found = medians(command, list(trees.values()), options.runs)
            cells = "".join(f"{f'{wall:.3f} s ({cpu:.3f} CPU)':>24}" for wall, cpu in found)
            ratio = f"   {found[0][1] / found[1][1]:.2f}x CPU" if len(found) > 1 else ""
            print(f"{label:<24}{cells}{ratio}")


if __name__ == "__main__":
    main()
