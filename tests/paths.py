"""Paths to the project's corpora, the seed article and the shared data sets beside the project."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7d63f8e2644207a4.txt"
CORPORA = ROOT / "corpora"
SHARED_DATA = ROOT.parent / "shared" / "data"
