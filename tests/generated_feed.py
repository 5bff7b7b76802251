"""A JSON Lines feed of any length made from the project's own articles (the seed and the clean corpus), with
the defects the checks look for spread through it, so that runs on it have findings of every scope: repeated
phrases, a French paragraph, a name spelled two ways across the feed."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.paths import CORPORA, SEED

FRENCH = "Le gouvernement a annoncé de nouvelles mesures pour soutenir les ménages pendant tout cet hiver."
SPELLINGS = ("Volodymyr Zelensky met the mayor of Kharkiv on Monday.", "Volodymyr Zelenskyy met the mayor of Kharkiv.")


def paragraphs() -> list[str]:
    texts = [SEED.read_text("utf-8"), *(p.read_text("utf-8") for p in sorted((CORPORA / "clean").glob("*.txt")))]
    return [p.strip() for text in texts for p in text.split("\n") if len(p.split()) > 6]


def write_feed(path: Path, count: int, seed: int = 0) -> Path:
    """`count` articles of about eight paragraphs each, in a JSON Lines file."""
    pool, rng = paragraphs(), random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            chosen = rng.sample(pool, min(8, len(pool)))
            if index % 7 == 3:
                chosen.insert(2, FRENCH)
            if index % 5 == 1:
                chosen[0] = chosen[0].replace(" the ", " the the ", 1)
            chosen.append(SPELLINGS[index % 11 == 0])
            record = {"id": f"item-{index}", "title": f"Article {index}", "text": "\n\n".join(chosen)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
