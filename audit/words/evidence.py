"""Whether a word belongs to another language rather than the target, from its frequency in each.

A word is a word of the target when the target's texts use it about as often as another language's do: "coup"
(Zipf 4.0 in English, 5.6 in French) is English. It is foreign when another language uses it far more than the
target does, and the more the target uses it, the larger the gap must be: "pourparlers" (French 3.4, English
absent) is foreign; "déjà" (French 5.8, English 2.7, "déjà vu") is not; "mais" (Portuguese and French 6.7,
English 3.0) is. A capitalised word may be a name, which every language writes alike: it must be a common word of
another language (3.0 or more) that the target hardly knows (2.0 or less), by a gap of 2.5 or more
("Maßnahmen"), and never merely leans. English is the exception to the sliding gap: its words appear in every
language's texts (titles, quotations, the web) at a hundredth of their English frequency, common ones too ("the",
"government" in French), so a flat gap decides them; the target's own English loans ("week-end", "leader") stay
well inside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from audit.words import frequencies, scripts

STRONG_MIN = 2.0  # the least Zipf frequency a foreign word needs in its own language
STRONG_GAP = 2.0  # ... and how far above the target's it must be, plus STRONG_SLOPE times the target's above 1
STRONG_SLOPE = 0.5
SLOPE_FROM = 0.5  # below this, a word of the target is another language's that leaked into its texts
LEANING_MIN = 3.0  # a word that leans to another language (joins a run, never makes one): this common there
LEANING_GAP = 1.0  # ... and this much more common there than in the target
NAME_MIN = 3.0  # a capitalised word: this common in another language,
NAME_TARGET_MAX = 2.0  # ... this rare in the target (or rarer),
NAME_GAP = 2.5  # ... and this far apart
FLAT_GAP = {"en": 2.0}  # languages whose words leak into every list: the gap that makes one of them foreign
# ... or a smaller gap, where the target writes the word no more than its leaks do and its language commonly: a
# blind review's "un nuevo crackdown del gobierno" (English 3.3, Spanish 1.7); no word of WMT14's French news
LEAKED_GAP, LEAKED_TARGET_MAX, LEAKED_MIN = 1.5, 1.8, 3.0
LEAST_STRONG_GAP = min(STRONG_GAP, NAME_GAP, LEAKED_GAP, *FLAT_GAP.values())  # no STRONG verdict nearer the target
STRONG, LEANING = "strong", "leaning"
POSSESSIVE = "'s"
TARGET_PIECE_GAP = 1.0  # a piece of a compound this much more common in the target than elsewhere is the target's
# a word joined by an elision whose pieces all lean to one language by this much together is that language's:
# "c'est-à-dire" in English (c, est, à and dire each also written in English texts, none plainly foreign)
ELIDED_GAP = 3.0
UNKNOWN_MIN_LETTERS = 4  # a shorter word no list knows is an abbreviation or a symbol as often as a word
COMPOUND_MIN_LETTERS = 9  # a word no list holds, this long, may be another language's closed compound
COMPOUND_PART_LETTERS = 4  # the shortest part of one ("career-ist" is no German compound)
COMPOUND_PART_MIN = 3.0  # the Zipf frequency each part needs in the compound's language, the first part no less
# than in the target ("Atom-abkommen"; not "revolution-ist")


class Verdict(NamedTuple):
    """How a word stands between the target and the other languages: `kind` is STRONG (foreign), LEANING (more
    at home in `lang`, but a word of the target too), or "" (the target's, or no language's)."""

    kind: str
    lang: str | None = None
    source: float = 0.0  # Zipf frequency in `lang`
    target: float = 0.0  # in the target


NONE = Verdict("")


@lru_cache(maxsize=65536)
def verdict(key: str, target: str, capitalised: bool = False) -> Verdict:
    """The verdict on a lower-case word (or a word joined by hyphens or an elision, judged by its pieces)."""
    whole = _judge(key, target, capitalised)
    if whole is not None:
        return whole
    if key.endswith(POSSESSIVE):  # "Chouinard's"
        return verdict(key.removesuffix(POSSESSIVE), target, capitalised)
    pieces = [piece for piece in key.replace("'", "-").split("-") if piece]
    if len(pieces) < 2:
        return NONE if capitalised else _unlisted(key, target)
    verdicts = [
        _judge(piece, target, capitalised and i == 0) or _unlisted(piece, target) for i, piece in enumerate(pieces)
    ]
    strong = [v for v in verdicts if v.kind == STRONG]
    if strong and not any(_the_targets(v) for v in verdicts):  # "États-unis", "l'armée", "vidéo-clip"
        return max(strong, key=lambda v: v.source - v.target)
    if _elided_of_one_language(key, verdicts):  # "c'est-à-dire", "aujourd'hui"
        return max(verdicts, key=lambda v: v.source - v.target)._replace(kind=STRONG)
    return NONE


def _unlisted(key: str, target: str) -> Verdict:
    """The verdict on a word no list holds: by its letters, else as a compound."""
    found = _unknown(key, target)
    return found if found.kind else compound(key, target)


@lru_cache(maxsize=8192)
def compound(key: str, target: str) -> Verdict:
    """The verdict on a word no list holds as a closed compound of a language that writes them (its lexicon's
    compound_linkers): a word of that language, then one plainly its own and not the target's (Atomabkommen,
    Waffenstillstandsabkommen in English). Machine translation copies such a word whole, and no list holds most
    of them; the longest last part is tried first."""
    if len(key) < COMPOUND_MIN_LETTERS or not key.isalpha() or _judge(key, target, False) is not None:
        return NONE
    for lang, linkers in _compounding(target):
        for cut in range(COMPOUND_PART_LETTERS, len(key) - COMPOUND_PART_LETTERS + 1):
            last = _judge(key[cut:], target, False)
            if last is None or last.kind != STRONG or last.lang != lang or last.source < COMPOUND_PART_MIN:
                continue
            first = key[:cut]
            for linker in linkers:
                part = first[: len(first) - len(linker)]
                if first.endswith(linker) and len(part) >= COMPOUND_PART_LETTERS:
                    there = frequencies.zipf(part, lang)
                    if there >= COMPOUND_PART_MIN and there >= frequencies.zipf(part, target):
                        return last
    return NONE


@lru_cache(maxsize=16)
def _compounding(target: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The languages but the target that close their compounds, each with its linkers, the bare join first."""
    from audit import lexicon

    found = []
    for code in sorted(set(lexicon.available()) & frequencies.languages() - {target}):
        linkers = lexicon.of(code).compound_linkers
        if linkers:
            found.append((code, ("", *sorted(linkers, key=len, reverse=True))))
    return tuple(found)


def _elided_of_one_language(key: str, verdicts: list[Verdict]) -> bool:
    """A word joined by an elision whose pieces all lean to one language, by ELIDED_GAP together (not by a hyphen
    alone: French writes "low-cost" and "pick-up", English names a station "Bruxelles-Midi")."""
    return (
        "'" in key
        and {v.kind for v in verdicts} == {LEANING}
        and len({v.lang for v in verdicts}) == 1
        and sum(v.source - v.target for v in verdicts) >= ELIDED_GAP
    )


def never_strong(keys: Iterable[str], target: str) -> set[str]:
    """The words no verdict (capitalised or not) may find STRONG, told without judging them: those a list holds
    that no language uses LEAST_STRONG_GAP more than the target (most words of a text in the target), as every
    STRONG verdict on a listed word wants that gap."""
    return {
        key for key, lead in frequencies.leads(keys, target).items() if lead is not None and lead < LEAST_STRONG_GAP
    }


def _the_targets(found: Verdict) -> bool:
    """A piece of a compound plainly at home in the target ("rich" in "über-rich"; not "clip", "semi")."""
    return not found.kind and found.target - found.source >= TARGET_PIECE_GAP


def _unknown(key: str, target: str) -> Verdict:
    """A word no list holds: foreign when spelled with a letter the target does not use ("théropodes", the rare
    words machine translation copies from its source); its language is not known."""
    letters = scripts.letters_of(target)
    if letters is None or len(key) < UNKNOWN_MIN_LETTERS or set(key) <= letters:
        return NONE
    return Verdict(STRONG) if all(char.isalpha() for char in key) and _latin(key) else NONE


def _judge(key: str, target: str, capitalised: bool) -> Verdict | None:
    """The verdict on a word any list holds; None when no list does."""
    here, lang, there = frequencies.rival(key, target)
    if not here and not there:
        return None
    gap = there - here
    if capitalised:
        plainly = there >= NAME_MIN and here <= NAME_TARGET_MAX and gap >= NAME_GAP
        return Verdict(STRONG, lang, there, here) if plainly else Verdict("", lang, there, here)
    needed = FLAT_GAP.get(lang or "", STRONG_GAP + STRONG_SLOPE * max(0.0, here - SLOPE_FROM))
    if len(key) > 1 and there >= STRONG_MIN and gap >= needed and (here or _unknown_is_rare(key, there, target)):
        return Verdict(STRONG, lang, there, here)
    if lang in FLAT_GAP and there >= LEAKED_MIN and here <= LEAKED_TARGET_MAX and gap >= LEAKED_GAP:
        return Verdict(STRONG, lang, there, here)
    if there >= LEANING_MIN and gap >= LEANING_GAP:
        return Verdict(LEANING, lang, there, here)
    return Verdict("", lang, there, here)


def _unknown_is_rare(key: str, there: float, target: str) -> bool:
    """A word the target's list does not hold is rarer there than 1.0 when another list holds it commonly (see
    frequencies.SHARED_ZIPF); a rarer foreign word may be a rare word of the target too, unless it is spelled with
    a letter the target does not use ("octogénaire" in English)."""
    if there >= frequencies.SHARED_ZIPF:
        return True
    letters = scripts.letters_of(target)
    return letters is not None and not set(key.replace("'", "")) <= letters


def _latin(key: str) -> bool:
    return all(scripts.script_of(char) == "Latin" for char in key)
