"""Build the list of names English writes, with their frequency and sound, that audit/names/respelling.py reads a
foreign spelling against (Szarif, Kuvajt, Írán are Sharif, Kuwait, Iran).

    python scripts/build_name_words.py      # writes audit/data/name_words/en.txt.gz

The words are wordfreq's English 'best' list down to Zipf 1.0 (about one occurrence in ten million words: the
rarest names news uses, Haniyeh 1.7, Shymkent 1.1), of letters and at least MIN_LETTERS long, less the words a
dictionary writes in lower case (web2, Webster's Second International of 1934, public domain, through the
english-words package, MIT) and their regular inflections: what is left is mostly names and words of other
languages, never "chatty" for Chati. Each word carries its sounds under audit/data/romanization.toml
(audit.names.skeleton.readings_in: the common reading and English's, j as dj), so the audit finds a spelling's
candidates without reading every word; a test rebuilds the file and compares.
"""

from __future__ import annotations

import gzip
import math
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "audit" / "data" / "name_words"
WORDLIST = "best"
MIN_ZIPF = 1.0
MIN_LETTERS = 4
# Endings of regular inflections, and what the dictionary's form ends with instead.
INFLECTIONS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ies", "y"), ("ly", ""))
INFLECTIONS += (("er", ""), ("ers", ""), ("est", ""))
# Languages of the Latin script whose own names carry accents, and how often one of them must write a word.
OWN_LANGUAGES = ("ca", "cs", "da", "de", "es", "fi", "fr", "hu", "is", "it", "lt", "lv", "nb", "nl", "pl", "pt", "ro")
OWN_LANGUAGES += ("sk", "sl", "sv", "tr", "vi")
OWN_ZIPF = 2.5  # Maël 2.7 in French, Lívia 3.5 in Portuguese; Czech Saíd 2.49, Módí 1.9, Hámid 1.6
OWN_PLAIN = 2.0  # respelling reads accents away only to a name English writes this often


def lower_case_words() -> frozenset[str]:
    """The words web2 writes in lower case: common words, not names."""
    from english_words import get_english_words_set

    return frozenset(word for word in get_english_words_set(["web2"], alpha=True) if word.islower())


def common(word: str, dictionary: frozenset[str]) -> bool:
    """A dictionary word or a regular inflection of one."""
    if word in dictionary:
        return True
    return any(word.endswith(ending) and word[: -len(ending)] + stem in dictionary for ending, stem in INFLECTIONS)


def names() -> dict[str, float]:
    """English words of letters that are no lower-case dictionary word, with their Zipf frequency."""
    from wordfreq import get_frequency_dict

    dictionary = lower_case_words()
    found = {}
    for word, frequency in get_frequency_dict("en", WORDLIST).items():
        zipf = round(math.log10(frequency) + 9, 1)
        if zipf >= MIN_ZIPF and len(word) >= MIN_LETTERS and word.isalpha() and not common(word, dictionary):
            found[word] = zipf
    return found


def render(words: dict[str, float]) -> str:
    from audit.names.skeleton import readings_in

    lines = [
        f"# Names English writes: wordfreq {version('wordfreq')} ({WORDLIST!r} list), words of letters with a Zipf",
        f"# frequency of {MIN_ZIPF} or more, less web2's lower-case words (english-words {version('english-words')})",
        "# and their inflections. Data: wordfreq by Robyn Speer and contributors, CC BY-SA 4.0;",
        "# built by scripts/build_name_words.py. Format: sound<TAB>word<TAB>Zipf frequency, a line for each of a",
        "# word's sounds in English, in code-point order.",
    ]
    lines += sorted(f"{sound}\t{word}\t{words[word]:.1f}" for word in words for sound in readings_in(word, "en"))
    return "\n".join(lines) + "\n"


def build() -> str:
    return render(names())


def accented_own(listed: dict[str, float]) -> list[str]:
    """Accented words a language of the Latin script writes often (wordfreq, Zipf OWN_ZIPF or more) whose plain
    form is a name English writes (`listed`): the names of those languages' own people (Czech Lukáš, Portuguese
    Lívia, Hungarian Ádám), which respelling must not read as Lukas, Livia, Adam; a Czech transcription of a
    foreign name (Módí, Hámid, Kohlí) is written far less."""
    from wordfreq import get_frequency_dict

    from audit.names.folding import fold

    found = set()
    for lang in OWN_LANGUAGES:
        for word, frequency in get_frequency_dict(lang, WORDLIST).items():
            if math.log10(frequency) + 9 < OWN_ZIPF:
                break  # the words come most frequent first
            plain = fold(word)
            if word.isalpha() and not word.isascii() and plain.isascii() and listed.get(plain, 0.0) >= OWN_PLAIN:
                found.add(word)
    return sorted(found)


def render_own(words: list[str]) -> str:
    lines = [
        f"# Accented words that wordfreq {version('wordfreq')} ({WORDLIST!r} lists of {', '.join(OWN_LANGUAGES)})",
        f"# has at a Zipf frequency of {OWN_ZIPF} or more, whose plain form is a name English writes at {OWN_PLAIN} or",
        "# more: names of those languages' own people. Built by scripts/build_name_words.py; wordfreq: CC BY-SA 4.0.",
    ]
    return "\n".join([*lines, *words]) + "\n"


def build_own() -> str:
    return render_own(accented_own(names()))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for path, text in ((OUT / "en.txt.gz", build()), (OUT / "accented_own.txt.gz", build_own())):
        path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines, {path.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
