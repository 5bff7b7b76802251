"""Language identification with langdetect (audit.detection: seeded, so that every run gives the same answer)."""

from __future__ import annotations

import re
from typing import NamedTuple

from audit.caches import per_document
from audit.errors import InputError
from audit.words import split

PLAIN = 1.0  # the confidence given a passage its function words plainly place in a language
DOCUMENT_FOREIGN_SHARE = 0.02  # of a text's words, function words of other languages a plain text may hold
PASSAGES_LEFT_SHARE = 0.1  # of a text's words, those in lines plainly in another language a plain text may hold
_WORD = re.compile(r"[^\W\d_]{2,}")
_WITHIN_A_NAME = re.compile(r"(?:[\s\-‐‑'’]|[^\W\d_]['’])*")  # spaces, hyphens, an elided letter ("l'Etude")
NAME_SMALL_WORDS = 3  # lower-case words a name holds between two capitalised ones ("Parti de la Banlieue")
_HYPHENS = frozenset("-‐‑")


class MinSize(NamedTuple):
    """Below this size langdetect is unreliable, so names, numbers and short headlines are never judged."""

    words: int
    lowercase_words: int  # capitalised words are names or headline case, not running prose
    letters: int  # in the lower-case words: the prose langdetect is given


PARAGRAPH = MinSize(words=6, lowercase_words=4, letters=30)
SENTENCE = MinSize(words=10, lowercase_words=6, letters=45)
NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali", "nl": "Dutch", "no": "Norwegian", "pa": "Punjabi",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "so": "Somali", "sq": "Albanian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "zh-cn": "Chinese (simplified)", "zh-tw": "Chinese (traditional)",
}  # fmt: skip


def name(code: str | None) -> str:
    """The language's English name: langdetect's languages, else the name its data file gives."""
    if code in NAMES:
        return NAMES[code]
    from audit import lexicon

    data = lexicon.get(code)
    return data.name if data is not None else code or "unknown"


_DATA_CODES = {"zh-cn": "zh", "zh-tw": "zh"}  # langdetect tells Chinese's scripts apart; the data files do not


def data_code(code: str | None) -> str | None:
    """The code a language's data files are named by (audit/data/numbers/zh.toml, the concepts table's column):
    Chinese's, whatever its script; any other code as it is."""
    return _DATA_CODES.get(code, code) if code else code


def validate(code: str | None) -> str | None:
    """The language code normalised (a BCP 47 tag gives its language), or an InputError naming the supported
    codes."""
    from audit.inputs.languages import code_from_tag

    if code is None:
        return None
    normal = code_from_tag(code)  # en-US, fr_FR, zh-Hant
    if normal is None:
        raise InputError(f"unknown language {code!r}: use a code such as en, fr, de, es, uk, ru")
    return normal


def warm() -> None:
    """Load langdetect's language profiles, as a driver does before it forks."""
    from audit import detection

    detection.factory()


def probabilities(text: str) -> list[tuple[str, float]]:
    """Languages of the text with their probabilities, best first; empty when nothing can be judged."""
    from langdetect.lang_detect_exception import LangDetectException

    from audit import detection

    detector = detection.detector()
    detector.append(text)
    try:
        return [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
    except LangDetectException:
        return []


def detect(text: str) -> tuple[str | None, float]:
    """The most probable language and its probability, or (None, 0.0)."""
    ranked = probabilities(text)
    return ranked[0] if ranked else (None, 0.0)


class Words(NamedTuple):
    """A passage's words (_WORD's matches) as judgeable and prose read them: how many, how many in lower case and
    their letters, and those joined by spaces (the prose)."""

    count: int
    lowercase: int
    letters: int
    prose: str


def words_of(text: str, start: int = 0, end: int | None = None) -> Words:
    """The words of text[start:end] (a document's text: its passages are read from it, see split)."""
    return _counted(_words(text, start, end))


def _counted(words: list[str]) -> Words:
    lowercase = [w for w in words if not w[0].isupper()]
    return Words(len(words), len(lowercase), sum(map(len, lowercase)), " ".join(lowercase))


def joined(parts: list[Words]) -> Words:
    """The words of passages that tile a longer one (see tiled), read one after another: their prose is the
    parts' joined (a part without prose adds no space)."""
    return Words(
        sum(part.count for part in parts),
        sum(part.lowercase for part in parts),
        sum(part.letters for part in parts),
        " ".join([part.prose for part in parts if part.prose]),
    )


def tiled(text: str, start: int, end: int, parts: list[tuple[int, int]]) -> bool:
    """Whether the words of text[start:end] are those of `parts` (spans in order within it) one after another:
    the words are found in the text with ASCII's other characters made spaces (see split), and between the parts
    (and around them) that text holds only spaces, at least one between two parts, so that no word runs across a
    part's end. A paragraph's sentences read once serve both."""
    spaced = split.spaced(text, "")
    ends = [start] + [part_end for _, part_end in parts]
    starts = [part_start for part_start, _ in parts] + [end]
    gaps = [spaced[gap_start:gap_end] for gap_start, gap_end in zip(ends, starts, strict=True)]
    return all(gap.isspace() for gap in gaps[1:-1]) and not (gaps[0].strip() or gaps[-1].strip())


def judgeable(text: str, size: MinSize = PARAGRAPH, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds enough running prose for its language to be judged."""
    return _enough(words_of(text, start, end), size)


def prose(text: str) -> str:
    """The text's words that start in lower case: names ("Yaroslavl and Smolensk") tell langdetect nothing about
    the language of the sentence around them and often mislead it."""
    return " ".join(w for w in _words(text) if not w[0].isupper())


def judged(found: Words, size: MinSize = PARAGRAPH) -> str | None:
    """The prose (see prose) of a passage's words when they are enough to judge at `size` (see judgeable), else
    None: the words are found once for both questions, which a passage is asked in turn."""
    return found.prose if _enough(found, size) else None


def paragraph_words(text: str, start: int, end: int) -> Words:
    """words_of(text, start, end) for a paragraph of the text: one of its lines, read with them (see text_words)."""
    lines = _lines_words(text)
    found = None if lines is None else lines.get((start, end))
    return words_of(text, start, end) if found is None else found


def text_words(text: str) -> Words:
    """words_of(text). A text without blank lines is read line by line (see _lines_words): its paragraphs are its
    lines (segmentation), asked in turn (wrong-language), each read once."""
    lines = _lines_words(text)
    return words_of(text) if lines is None else joined(list(lines.values()))


@per_document
def _lines_words(text: str) -> dict[tuple[int, int], Words] | None:
    """The words of each line of a text without blank lines that holds more than spaces, by the line's bounds
    without them (the lines tile the text, see tiled); None for a text with blank lines, whose paragraphs are not
    its lines."""
    if "\n\n" in text:
        return None
    spans = _line_spans(text)
    each = split.findall_each(_WORD, text, spans, shortest=2)
    return {span: _counted(words) for span, words in zip(spans, each, strict=True)}


def _line_spans(text: str) -> list[tuple[int, int]]:
    """The bounds of each line of the text that holds more than spaces, without its spaces."""
    spans = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            first = start + len(line) - len(line.lstrip())
            spans.append((first, first + len(stripped)))
        start += len(line) + 1
    return spans


def _words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """_WORD's matches in text[start:end] (a document's text: its passages are read from it, see split)."""
    return split.findall(_WORD, text, start, end, shortest=2)


def name_free_prose(text: str, particles: frozenset[str], size: MinSize = PARAGRAPH) -> str | None:
    """The text's prose (see prose) without the `particles` (function words, case folded) that stand inside names,
    a few between two capitalised words joined by spaces, hyphens or an elision ("Maison de la Culture", "La Belle
    et la Bête", "Ursula von der Leyen"), or one a hyphen joins to the name after it ("al-Sudani"): they tell
    nothing of the language around the name. None when what is left is too little to judge at `size` (a passage
    whose prose is mostly a name's particles)."""
    found = list(_WORD.finditer(text))
    inside: set[int] = set()
    index = 1
    while index < len(found):
        last = index
        while last < len(found) and not found[last].group()[0].isupper():
            last += 1
        if (
            index < last < len(found)
            and last - index <= NAME_SMALL_WORDS
            and found[index - 1].group()[0].isupper()
            and all(found[i].group().casefold() in particles for i in range(index, last))
            and all(
                _WITHIN_A_NAME.fullmatch(text, found[i - 1].end(), found[i].start()) for i in range(index, last + 1)
            )
        ):
            inside.update(range(index, last))
        index = last + 1
    for index in range(len(found) - 1):  # a particle a hyphen joins to the name after it ("met al-Sudani")
        word, following = found[index], found[index + 1]
        if (
            following.group()[0].isupper()
            and text[word.end() : following.start()] in _HYPHENS
            and word.group().casefold() in particles
        ):
            inside.add(index)
    return judged(_counted([m.group() for i, m in enumerate(found) if i not in inside]), size)


def _enough(found: Words, size: MinSize) -> bool:
    return found.count >= size.words and found.lowercase >= size.lowercase_words and found.letters >= size.letters


def detect_prose(text: str) -> tuple[str | None, float]:
    """The language of the text's prose, or (None, 0.0) when there is too little of it to judge. Where langdetect's
    guess is contradicted by the function words of a language with data (a short English text taken for
    Norwegian: "had undergone liver transplant last"), the function words win, at langdetect's probability for
    that language; where they leave no doubt (language_evidence.plainly_in), langdetect is not asked."""
    from audit.language_evidence import carried_by, leaning, plainly_in, worded_in

    words = judged(text_words(text))
    if words is None:
        return None, 0.0
    lean = leaning(words)
    if lean is not None and (
        plainly_in(words, lean, DOCUMENT_FOREIGN_SHARE) or worded_in(words, lean) or _plain_but_for_lines(text, lean)
    ):
        return lean, PLAIN  # its function words leave no doubt: langdetect (9 ms a passage) is not asked
    found, probability = detect(words)
    if lean is not None and found not in (None, lean) and carried_by(words, lean, found):
        return lean, dict(probabilities(words)).get(lean, 0.0)
    return found, probability


def _plain_but_for_lines(text: str, lang: str) -> bool:
    """Whether the text is plainly in `lang` (its lower-case prose, see plainly_in) once the lines plainly in
    another language are set aside, and those hold at most PASSAGES_LEFT_SHARE of its words: an article with a
    paragraph left untranslated, which langdetect gives to `lang` all the same, at a probability of 1.00 (below
    an eighth of the words in French, drawn WMT14 articles gave English at 1.0000 every time; past a fifth, at
    0.86 or less). Such a text's words hold too many of the other language's function words for plainly_in."""
    from audit.language_evidence import leaning, plainly_in

    kept: list[Words] = []
    set_aside = total = 0
    for start, end in _line_spans(text):
        found = words_of(text, start, end)
        total += found.count
        prose = judged(found)
        other = None if prose is None or plainly_in(prose, lang) else leaning(prose)
        if other is not None and other != lang and plainly_in(prose, other):
            set_aside += found.count
        else:
            kept.append(found)
    rest = judged(joined(kept))
    return (
        0 < set_aside <= PASSAGES_LEFT_SHARE * total
        and rest is not None
        and plainly_in(rest, lang, DOCUMENT_FOREIGN_SHARE)
    )
