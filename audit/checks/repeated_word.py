"""repeated-word: the same word twice in a row ("to to"), minus grammatical and emphatic doubles."""

from __future__ import annotations

from collections.abc import Iterator

from audit.context import RunContext
from audit.document import Document, Sentence
from audit.duplication import lexicons
from audit.duplication.tokens import Token, text_language, tokens
from audit.findings import Finding, Severity

ID = "repeated-word"
DESCRIPTION = "The same word twice in a row (“to to”); grammatical doubles such as “had had” are allowed."
CATEGORY = "fluency/grammar"

_NAME_HOMONYMS = {"may", "will", "can", "wait"}  # "May may", "Will will": a name beside a word
_DETERMINERS = {"this", "the", "a", "an", "these", "those", "we", "they", "he", "she", "it", "i", "you"}


def run(doc: Document, ctx: RunContext) -> Iterator[Finding]:
    lang = text_language(doc, ctx)
    for sentence in doc.sentences:
        words = tokens(doc.text, sentence.start, sentence.end)
        for index in range(1, len(words)):
            first, second = words[index - 1], words[index]
            if first.key != second.key or first.is_number:
                continue
            severity = _severity(doc.text, words, index, lang)
            if severity is None:
                continue
            emphatic = severity is Severity.INFO
            yield doc.finding(
                ID,
                second.start,
                second.end,
                severity=severity,
                category=CATEGORY,
                message=f"“{doc.text[first.start : second.end]}”: the word is repeated"
                + (" for emphasis" if emphatic else ""),
                suggestion=None if emphatic else _without(doc.text, sentence, first.end, second.end),
                confidence={Severity.INFO: 0.5, Severity.WARNING: 0.6}.get(severity, 0.95),
            )


def _severity(text: str, words: list[Token], index: int, lang: str) -> Severity | None:
    """Severity of the double ending at words[index], or None when it is not a defect."""
    word = words[index].key
    gap = text[words[index - 1].end : words[index].start].strip()
    if gap not in ("", ","):
        return None
    if word in lexicons.EMPHATIC_DOUBLES.get(lang, ()):
        return Severity.INFO
    if gap == "," or _allowed(text, words, index, lang):  # "Kharkiv, Kharkiv region" is a list
        return None
    if index > 1 and words[index - 1].text[0].isupper() and words[index].text[0].isupper():
        return Severity.WARNING  # "Danse Danse", "Walla Walla": may be a name
    return Severity.ERROR


def _allowed(text: str, words: list[Token], index: int, lang: str) -> bool:
    first, second = words[index - 1], words[index]
    word = second.key
    after = words[index + 1].key if index + 1 < len(words) else None
    before = words[index - 2].key if index >= 2 else None
    if word in lexicons.REDUPLICATIONS or word in (before, after):  # "Ok ok ok!", "O O O"
        return True
    if len(word) == 1 and word not in ("i", "a"):  # letters spelled out: "b a s i c"
        return True
    if first.start > 0 and text[first.start - 1] in ".-":  # "E.ON on": the first belongs to an abbreviation
        return True
    if lang == "en" and before in lexicons.PARTICLE_VERBS.get(word, ()):  # "checked in in Geneva"
        return True
    if word in lexicons.GRAMMATICAL_DOUBLES.get(lang, ()):
        return _grammatical(text, words, index, lang)
    if lang == "en" and word in _NAME_HOMONYMS:
        at_start = index == 1
        if word == "wait":  # "Wait wait!" opens a sentence
            return at_start
        if word == "can" and before in ("the", "a"):  # "The can can hold the water."
            return True
        return first.text[0].isupper() != second.text[0].isupper() or (at_start and second.text[0].isupper())
    return word == "hip" and after == "hooray"


def _grammatical(text: str, words: list[Token], index: int, lang: str) -> bool:
    word = words[index].key
    if lang == "en" and word == "that":  # "that that promise" yes; "that that this administration" no
        return index + 1 >= len(words) or words[index + 1].key not in _DETERMINERS
    if lang == "en" and word == "is":  # "What it is is a ceasefire" yes; "This is is a test" no
        return any(w.key == "what" for w in words[max(0, index - 4) : index - 1])
    if lang == "de" and word != "sie":  # "die Frau, die die Zeitung", "das Haus, in dem dem": after a comma
        return "," in text[words[max(0, index - 3)].start : words[index - 1].start]
    return True


def _without(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The sentence with text[start:end] removed."""
    return text[sentence.start : start] + text[end : sentence.end]
