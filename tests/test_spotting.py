"""audit.names.spotting: the runs found from the capitalised words alone are those found by reading every word."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from audit.names import spotting
from audit.names.capitals import LETTER, capitalised

WORDS = st.lists(
    st.sampled_from(["Rostow", "am", "Don", "de", "la", "Kyiv's", "iPhone", "l'Europe", "al-Assad", "3D", "said"])
    | st.text(alphabet="aAdeéÉ-'’ʼ1_ ,\u0301Ω𐐀𐐨", max_size=8),
    max_size=12,
)


def _runs_reading_every_word(text: str) -> list[list[spotting.Token]]:
    """spotting.runs as it was first written: every word matched, the lower-case ones dropped by Python."""
    found: list[list[spotting.Token]] = []
    run: list[spotting.Token] = []

    def close() -> None:
        while run and run[-1].particle:
            run.pop()
        if run:
            found.append(list(run))
        run.clear()

    for match in spotting._WORD.finditer(text):
        word = match.group()
        joined = run and text[run[-1].end : match.start()] == " "
        if not word[0].isupper() and not (word in spotting.PARTICLES and joined):
            close()
            continue
        start, end = match.start(), match.end()
        possessive = word.endswith(spotting._POSSESSIVE)
        if possessive:
            end -= 2
        if run and not joined:
            close()
        run.append(spotting.Token(start, end, text[start:end]))
        if possessive:
            close()
    close()
    return found


@given(WORDS, st.sampled_from([" ", "", "  "]))
def test_the_runs_of_reading_every_word(words, separator):
    text = separator.join(words)
    assert list(spotting.runs(text)) == _runs_reading_every_word(text)


# The rest of a word as it was first written: a branch between a letter and a combining mark at each character.
_BRANCHED_REST = r"(?:[^\W_]|[\u0300-\u036f])*(?:['’ʼ\-‐‑](?:[^\W_]|[\u0300-\u036f])+)*"


@given(st.text(alphabet="aAzéÉ-‐'’ʼ1_ .\u0301\u036f\u0370Ω𐐀𐐨", max_size=24))
def test_the_words_of_the_branched_pattern(text):
    """The rest of a word, each class repeated by itself, matches as the branch between them did."""
    branched = re.compile(LETTER + _BRANCHED_REST)
    assert [m.span() for m in spotting._WORD.finditer(text)] == [m.span() for m in branched.finditer(text)]
    capitals = capitalised("", _BRANCHED_REST)
    assert [m.span() for m in capitalised("", spotting._REST).finditer(text)] == [
        m.span() for m in capitals.finditer(text)
    ]
