"""The spaces a tokeniser leaves are found in a paragraph whatever the whole text's sites say: the prefilters
(marks with their space, clitics after a space, found once in the whole text) leave out only paragraphs with
nothing to find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from audit.typography import conventions, spacing
from audit.typography.sites import Sites

PIECES = ["word", "Poor", "do", "n", "s", "t", "1", " ", "  ", "\u00a0", "\n", ",", ".", "..", "(", ")", "[", "]"]
PIECES += ["{", "}", "'", "’", "'s", "n't", "n’t", "’re", "'ll", "'d", "’m", "\u202f"]


def unfiltered(text: str, start: int, end: int, detached: tuple[str, ...]) -> list:
    """What tokenised finds in text[start:end], every pattern searched."""
    found = spacing._spaced_punctuation(text, start, end)
    for match in spacing._clitics(detached).finditer(text, start, end):
        clitic = match.group(1)
        found.append(
            spacing.Issue.replacing(match.start(), match.end(), clitic, f"“{clitic}” written apart from its word")
        )
    return found


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join), st.integers(0, 80), st.integers(0, 80))
@example("said ( word", 0, 80)
@example("the army , the", 0, 80)
@example("do n't", 0, 80)
@example("a (b) c ( d", 6, 11)
def test_a_paragraph_is_searched_wherever_it_holds_a_space_left_by_a_tokeniser(text, start, end):
    own = conventions.of("en")
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert spacing.tokenised(text, start, end, own, Sites(text)) == unfiltered(text, start, end, own.detached)
