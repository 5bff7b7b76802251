"""Build the compact word-frequency lists the untranslated-word check reads, from wordfreq.

    python scripts/build_word_frequencies.py      # writes audit/data/words/<lang>.txt.gz

wordfreq (Apache-2.0 code; data under CC BY-SA 4.0, see audit/data/words/README.md) is large, and the audit needs
only the most frequent words of each language with their Zipf frequency (log10 of occurrences per billion words):
for each language its 'best' list down to the Zipf frequency in MIN_ZIPF, and below it (down to 1.0) the words
another language's list holds at SHARED_ZIPF or more: a word both languages use ("inhumation", English 1.6,
French 3.1) must not be taken for the other's because the target's list stopped above it. The floors keep each
file under 400 kB. Only words of letters are kept (with inner apostrophes, as wordfreq keeps "aujourd'hui");
numbers, symbols and emoji are not words a translation leaves untranslated. Frequencies are rounded to one
decimal; the file is text, one word a line in code-point order, diffable and small.
"""

from __future__ import annotations

import gzip
import math
import re
from importlib.metadata import version
from pathlib import Path

from audit.words.frequencies import SHARED_ZIPF

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "audit" / "data" / "words"
WORDLIST = "best"
# The lowest Zipf frequency kept per language: about 100,000 words each, each file under 400 kB (German, Polish,
# Czech and Russian inflect and compound more, so the same size holds fewer of their frequencies).
MIN_ZIPF = {
    "en": 2.2,
    "fr": 2.4,
    "de": 2.9,
    "es": 2.6,
    "it": 2.5,
    "pt": 2.3,
    "nl": 2.4,
    "pl": 2.8,
    "cs": 3.0,
    "ru": 3.0,
}
RARE_ZIPF = 1.0  # the rarest shared word kept
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def frequencies(lang: str) -> dict[str, float]:
    """The language's words of letters down to RARE_ZIPF, with their Zipf frequency to one decimal."""
    from wordfreq import get_frequency_dict

    found = {}
    for word, frequency in get_frequency_dict(lang, WORDLIST).items():
        zipf = round(math.log10(frequency) + 9, 1)
        if zipf >= RARE_ZIPF and _WORD.fullmatch(word):
            found[word] = zipf
    return found


def lists() -> dict[str, dict[str, float]]:
    """Each language's words down to its floor, and the rarer ones another language holds at SHARED_ZIPF."""
    every = {lang: frequencies(lang) for lang in MIN_ZIPF}
    common = {lang: {w: z for w, z in words.items() if z >= MIN_ZIPF[lang]} for lang, words in every.items()}
    kept = {}
    for lang, words in every.items():
        shared = {w for other, its in common.items() if other != lang for w, z in its.items() if z >= SHARED_ZIPF}
        kept[lang] = {w: z for w, z in words.items() if z >= MIN_ZIPF[lang] or w in shared}
    return kept


def render(lang: str, words: dict[str, float]) -> str:
    """The file's text: a header naming its source, then one "word<TAB>zipf" line a word, in code-point order (the
    loader finds a word by bisection, without building a dictionary of every word of every language)."""
    lines = [
        f"# Word frequencies of {lang}: wordfreq {version('wordfreq')} ({WORDLIST!r} list), the words of letters",
        f"# with a Zipf frequency of {MIN_ZIPF[lang]} or more, and the rarer ones (down to {RARE_ZIPF}) that another",
        f"# language's list holds at {SHARED_ZIPF} or more; rounded to one decimal.",
        "# Data: wordfreq by Robyn Speer and contributors, CC BY-SA 4.0 (https://github.com/rspeer/wordfreq);",
        "# built by scripts/build_word_frequencies.py. Format: word<TAB>Zipf frequency, in code-point order.",
    ]
    lines += [f"{word}\t{words[word]:.1f}" for word in sorted(words)]
    return "\n".join(lines) + "\n"


def build() -> dict[str, str]:
    """Each language's file text, by language code."""
    return {lang: render(lang, words) for lang, words in lists().items()}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, text in build().items():
        path = OUT / f"{lang}.txt.gz"
        path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines, {path.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
