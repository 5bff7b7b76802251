"""The place of a wire story's dateline, written in capitals ("ADDIS-ABEBA -", "MOSCOU (AFP) -", "PÉKIN, 3 déc."):
the first thing an editor sees of a translated dispatch, and the one name the exonym table, which holds names as
prose writes them, did not read. A dateline's words are read in title case and the standard given back in
capitals."""

from __future__ import annotations

import re

from audit.names.exonyms import Exonym, find

MIN_LETTERS = 3  # fewer letters in capitals are an acronym or an initial, not a place
# a paragraph's first words, up to four, before the dash, comma, colon or bracket that ends a dateline
_DATELINE = re.compile(r"(?m)^[ \t]*([^\W\d_][^\s,(:]*(?: [^\W\d_][^\s,(:]*){0,3})(?=[ \t]*[-–—:,(])")


def in_datelines(text: str, target: str) -> list[Exonym]:
    """The exonyms of the places of the text's datelines, at their places in the text, their standards in
    capitals."""
    found = []
    for match in _DATELINE.finditer(text):
        written = match.group(1)
        if not written.isupper() or sum(map(str.isalpha, written)) < MIN_LETTERS:
            continue  # prose ("Officials said -"), or an acronym
        titled = written.title()  # ADDIS-ABEBA -> Addis-Abeba, N'DJAMENA -> N'Djamena
        if len(titled) != len(written):
            continue  # a letter whose case changes its length (ß): offsets would drift
        for one in find(titled, target):
            if one.standard.upper() == one.text.upper():
                continue  # the target's own name, cased otherwise (NATO: the German Nato)
            start = match.start(1) + one.start
            found.append(
                one._replace(
                    start=start,
                    end=start + len(one.text),
                    text=written[one.start : one.end],
                    standard=one.standard.upper(),
                )
            )
    return found
