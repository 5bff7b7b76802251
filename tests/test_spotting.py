"""audit.names.spotting: the runs found from the capitalised words alone are those found by reading every word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.names import spotting

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
