"""Build the table of Mandarin syllables under the romanizations other languages' news still writes, for
audit/names/chinese.py to read "Kuang-tung", "Tchien-ťin" or "Mao Tse-tung" as Guangdong, Tianjin, Zedong.

    python scripts/build_chinese_syllables.py      # writes audit/data/chinese_syllables.tsv

Wade-Giles (English and Italian news before pinyin, Taiwan's names today) comes from pypinyin (MIT), which gives
every character's reading in pinyin and in Wade-Giles; the Czech transcription from its syllable tables
(corpora/names/chinese_czech.toml) applied to every pinyin syllable pypinyin knows. One line per scheme,
syllable and pinyin syllable; a test rebuilds the file and compares.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "audit" / "data" / "chinese_syllables.tsv"
CZECH = ROOT / "corpora" / "names" / "chinese_czech.toml"
INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")


def readings() -> set[tuple[str, str]]:
    """(pinyin, Wade-Giles) of every character pypinyin knows, without tones."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    found = set()
    for code in pinyin_dict:
        character = chr(code)
        pinyin = lazy_pinyin(character, v_to_u=True)[0]
        wade_giles = lazy_pinyin(character, style=Style.WADEGILES, v_to_u=True)[0]
        if pinyin.isalpha():
            found.add((pinyin, wade_giles))
    return found


def czech(pinyin: str, table: dict) -> str | None:
    """The syllable in the Czech transcription, or None when the tables cannot write it."""
    if pinyin in table["whole"]:
        return table["whole"][pinyin]
    initial = next((i for i in INITIALS if pinyin.startswith(i) and len(pinyin) > len(i)), None)
    if initial is None:
        return table["finals"].get(pinyin)
    final = pinyin[len(initial) :]
    if final == "i" and initial in table["empty_vowel"]["initials"]:
        written = table["empty_vowel"]["final"]
    elif initial in ("j", "q", "x") and final in table["after_palatals"]:
        written = table["after_palatals"][final]
    else:
        written = table["finals"].get(final)
    return None if written is None else table["initials"][initial] + written


def build() -> str:
    table = tomllib.loads(CZECH.read_text("utf-8"))
    pairs = readings()
    rows = {("wade-giles", wade_giles, pinyin) for pinyin, wade_giles in pairs}
    rows |= {("czech", written, pinyin) for pinyin, _ in pairs if (written := czech(pinyin, table))}
    lines = [
        f"# Mandarin syllables under other romanizations: Wade-Giles from pypinyin {version('pypinyin')} (MIT),",
        "# Czech from corpora/names/chinese_czech.toml; built by scripts/build_chinese_syllables.py.",
        "# Format: scheme<TAB>syllable<TAB>pinyin syllable.",
    ]
    return "\n".join(lines + ["\t".join(row) for row in sorted(rows)]) + "\n"


def main() -> None:
    text = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
