"""Build the word-frequency table the untranslated-word check reads, from wordfreq.

    python scripts/build_word_frequencies.py      # writes audit/data/words/frequencies.txt.gz

wordfreq (Apache-2.0 code; data under CC BY-SA 4.0, see audit/data/words/README.md) is large, and the audit needs
only the most frequent words of each language with their Zipf frequency (log10 of occurrences per billion words):
for each language its 'best' list down to the Zipf frequency in MIN_ZIPF, and below it (down to 1.0) the words
another language's list holds at SHARED_ZIPF or more: a word both languages use ("inhumation", English 1.6,
French 3.1) must not be taken for the other's because the target's list stopped above it. The floors keep each
language's list near 100,000 words. Only words of letters are kept (with inner apostrophes, as wordfreq keeps
"aujourd'hui"); numbers, symbols and emoji are not words a translation leaves untranslated. Frequencies are rounded
to one decimal. The lists are shipped as the one table a run reads (audit.words.frequencies): a line a word of any
list, in code-point order, with a byte a language; a first run reads and indexes it rather than building it from
ten lists (0.14 s against 1.2 s).
"""

from __future__ import annotations

import gzip
import math
import re
from importlib.metadata import version
from pathlib import Path

from audit.words.frequencies import PACKED, SHARED_ZIPF

ROOT = Path(__file__).resolve().parents[1]
WORDLIST = "best"
# The lowest Zipf frequency kept per language: about 100,000 words each, each list under 400 kB gzip'd when they
# were shipped one a language (German, Polish, Czech and Russian inflect and compound more, so the same size holds
# fewer of their frequencies).
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


def render(lists: dict[str, dict[str, float]]) -> bytes:
    """The file's bytes: a header naming its source, the languages' codes, then the table's lines as
    audit.words.frequencies reads them: the word, a tab, and a byte a language in the codes' order, "0" plus ten
    times its frequency there ("0": not in its list)."""
    codes = sorted(lists)
    floors = ", ".join(f"{lang} {MIN_ZIPF[lang]}" for lang in codes)
    header = [
        f"# Word frequencies: wordfreq {version('wordfreq')} ({WORDLIST!r} lists), the words of letters with a Zipf",
        f"# frequency of the language's floor or more ({floors}),",
        f"# and the rarer ones (down to {RARE_ZIPF}) that another language's list holds at {SHARED_ZIPF} or more;",
        "# rounded to one decimal. Data: wordfreq by Robyn Speer and contributors, CC BY-SA 4.0",
        "# (https://github.com/rspeer/wordfreq); built by scripts/build_word_frequencies.py. Format: the languages'",
        "# codes, then a line a word in code-point order: the word, a tab, and a byte a language in the order of the",
        '# codes, "0" plus ten times its Zipf frequency there ("0": not in its list).',
        " ".join(codes),
    ]
    zero = ord("0")
    lines = [
        word.encode("utf-8") + b"\t" + bytes(zero + round(lists[lang].get(word, 0.0) * 10) for lang in codes)
        for word in sorted(set().union(*lists.values()))
    ]
    return "\n".join(header).encode("utf-8") + b"\n" + b"\n".join(lines) + b"\n"


def build() -> bytes:
    """The table file's bytes, unpacked."""
    return render(lists())


def main() -> None:
    table = build()
    PACKED.write_bytes(gzip.compress(table, compresslevel=9, mtime=0))
    print(f"{PACKED.relative_to(ROOT)}: {table.count(10)} lines, {PACKED.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
