"""The instructions a whole check executes, counted by valgrind (callgrind), in this tree and at a git revision:
a count that is the same on any machine and at any load, where CPU seconds vary with what else runs (the same
audit measured 0.121x and 0.156x of d01edd3's CPU on two days, its instructions unchanged). From two feeds of
different lengths, the cost of one more article and of the start-up, which a feed of N articles extrapolates.

    python benchmarks/bench_instructions.py --against d01edd3 --feed 100 --feed 300   # ~25 minutes: valgrind
        # runs some fifty times slower than the program, d01edd3 ten times slower than this tree

Needs valgrind on the PATH. A check runs serial in each tree (see bench_start_up.serial), models not loaded.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_start_up import copied_trees, generated_feed, serial

EXTRAPOLATED = 2000  # the feed: what its articles cost, start-up included, is printed from the slope


def instructions(command: list[str], root: Path) -> int:
    """The instructions the command executes from `root`, with `root` first on the path and its own cache folder;
    a first run fills the cache, as it does for the timings of bench_start_up."""
    env = {**os.environ, "PYTHONPATH": str(root), "AUDIT_CACHE_DIR": str(root / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package runs from its bytecode
    subprocess.run(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    counted = root / "callgrind.out"
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={counted}", *command],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    counted.unlink(missing_ok=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        sys.exit(f"valgrind counted nothing in {root}: {run.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", metavar="REV", help="also count the program at this git revision")
    parser.add_argument("--feed", type=int, action="append", metavar="N", required=True, help="a feed of N articles")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: it counts the instructions")
    check = [sys.executable, "-m", "audit", "check", "--no-backtranslate", "-q", "-f", "json", "-o", os.devnull]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        trees = copied_trees(folder, options.against)
        counts: dict[str, dict[int, int]] = {name: {} for name in trees}
        ratio = "   ratio" if options.against else ""
        print(f"{'instructions (M)':<24}" + "".join(f"{name:>16}" for name in trees) + ratio)
        for articles in sorted(set(options.feed)):
            feed = generated_feed(folder, articles)
            for name, root in trees.items():
                counts[name][articles] = instructions([*check, *serial(root), str(feed)], root)
            row(f"feed of {articles}", [counts[name][articles] for name in trees])
        if len(set(options.feed)) >= 2:
            low, high = min(options.feed), max(options.feed)
            slopes = [(found[high] - found[low]) / (high - low) for found in counts.values()]
            fixed = [found[low] - slope * low for found, slope in zip(counts.values(), slopes, strict=True)]
            row("one more article", slopes)
            row("start-up and data", fixed)
            row(f"feed of {EXTRAPOLATED} (slope)", [f + s * EXTRAPOLATED for f, s in zip(fixed, slopes, strict=True)])


def row(label: str, counts: list[float]) -> None:
    ratio = f"   {counts[0] / counts[1]:.3f}x" if len(counts) > 1 else ""
    print(f"{label:<24}" + "".join(f"{count / 1e6:>16,.1f}" for count in counts) + ratio)


if __name__ == "__main__":
    main()
