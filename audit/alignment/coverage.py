"""What of the source the translation leaves out, and what it says that the source does not.

Sentences left out are found by alignment (a source sentence with no target, audit.bilingual.pairs), clauses
left out inside a sentence otherwise translated by their anchors: a source clause (between commas, or the stretch
ending a sentence after its last word rendered) whose numbers, names, frequent content words and cognates are all
absent from the target sentence, where the target is as much shorter than the source predicts as that clause is
long, and has no more words the source leaves unexplained than the rest of the source has (a clause translated
in words no table knows leaves such words). Both are reported only on that double evidence (anchors and length):
a free but complete translation keeps its length, and keeps its names, numbers and most of its content words.
"""

from __future__ import annotations

import dataclasses
import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from audit.alignment import lengths, residue, stretches
from audit.alignment.anchors import Anchors, anchors, found, weight
from audit.alignment.clauses import clauses, words
from audit.alignment.sentences import align_sentences
from audit.document import Span
from audit.translation.alignment import Bead

OMISSION, ADDITION = "omission", "addition"
IDEOGRAPHIC = frozenset({"zh", "ja", "ko"})
MIN_WORDS = 4  # a shorter sentence (a dateline, a byline) is never reported
MIN_CLAUSE_WORDS = 3
MIN_CLAUSE_ANCHORS = 3.0  # weighted (audit.alignment.anchors.matched): three cognates
MIN_TELLING_ANCHORS = 2.0  # ... or two, a name, a number or a frequent content word among them
MAX_FOUND = 0.2  # share of a clause's anchors the other side may have and the clause still count as missing
SHORT = -1.5  # the target this many standard deviations shorter (longer, for an addition) than predicted
EXPLAINED = 1.0  # ... and this many closer to the prediction without the missing part
COGNATES_ALONE = 6.0  # a stretch without a name or a number needs this many cognates, all missing,
MIN_CONCEPTS = 2  # ... or this many frequent content words (audit.alignment.concepts) the other side lacks
MIN_CONTENT = 0  # ... where a clause between commas needs none: its anchors (MIN_CLAUSE_ANCHORS) are enough
STRONG_ANCHORS = 4.0  # a clause with this many anchors (weighted), all missing, needs less of the length model:
TELLING_STRONG = 3.0  # ... as has a clause with this many names, numbers and frequent content words (weighted)
SOMEWHAT_SHORT = -0.75  # the target this much shorter than predicted, and closer to it without the clause
TRUNCATED = -2.0  # a whole unit this far short of its source, and under TRUNCATED_SHARE of the length predicted
TRUNCATED_SHARE = 0.4
HIDDEN = 0.25  # share of a clause's translated length that words of the other side unexplained by this one take
MIN_KEPT = 0.3  # share of the rest of the sentence's anchors found: the two are translations of each other


@dataclass(frozen=True)
class Gap:
    """Text of one side with no counterpart on the other: `missing` (a source span for an omission, a target span
    for an addition), and `near`, the stretch of the other side where it belongs (empty: an insertion point)."""

    kind: str  # OMISSION or ADDITION
    level: str  # "sentence" or "clause"
    missing: Span
    near: Span


@dataclass(frozen=True)
class Side:
    """One side of a pair: its text, sentences (spans into the text) and language."""

    text: str
    sentences: tuple[Span, ...]
    lang: str | None

    @cached_property
    def starts(self) -> list[int]:
        """Where each sentence starts, in order: a unit's sentences are found by bisection."""
        return [sentence.start for sentence in self.sentences]


def gaps(source: Side, target: Side, units: Sequence[tuple[Span | None, Span | None]]) -> list[Gap]:
    """The gaps of a translation, given its units paired with the source's (either side None: left out)."""
    found: list[Gap] = []
    previous_end = 0
    least = 1 if not target.sentences else MIN_WORDS  # an empty translation leaves out even a word or two
    for unit_source, unit_target in units:
        if unit_target is None:
            if words(unit_source.text) >= least:
                found.append(Gap(OMISSION, "sentence", unit_source, Span(previous_end, previous_end, "")))
        elif unit_source is None:
            if words(unit_target.text) >= MIN_WORDS:
                found.append(Gap(ADDITION, "sentence", unit_target, Span(previous_end, previous_end, "")))
        else:
            truncated = _truncated(source, target, unit_source, unit_target)
            found.extend([truncated] if truncated else _inside(source, target, unit_source, unit_target))
        previous_end = unit_target.end if unit_target is not None else previous_end
    return found


def _truncated(source: Side, target: Side, unit_source: Span, unit_target: Span) -> Gap | None:
    """A unit whose translation is a fraction of the length its source predicts ("I am a very long sentence":
    "Ek"), or a multiple of it: most of it left out, or added."""
    for kind, here, there, here_lang, there_lang in (
        (OMISSION, unit_source, unit_target, source.lang, target.lang),
        (ADDITION, unit_target, unit_source, target.lang, source.lang),
    ):
        if words(here.text) < MIN_WORDS:
            continue
        size, other = lengths.length(here.text), lengths.length(there.text)
        if lengths.delta(size, other, here_lang, there_lang) <= TRUNCATED and other < TRUNCATED_SHARE * size * (
            lengths.ratio(here_lang, there_lang)
        ):
            return Gap(kind, "unit", here, there)
    return None


def _inside(source: Side, target: Side, unit_source: Span, unit_target: Span) -> list[Gap]:
    """Sentences and clauses left out or added inside a pair of units, by sentence alignment then clauses."""
    sources = _within(source, unit_source)
    targets = _within(target, unit_target)
    beads = align_sentences([s.text for s in sources], [t.text for t in targets], source.lang, target.lang)
    found: list[Gap] = []
    source_end, target_end = unit_source.start, unit_target.start  # where the sentences before a bead end
    for index, bead in enumerate(beads):
        left = [sources[i] for i in bead.source]
        right = [targets[j] for j in bead.target]
        if left and right:
            found.extend(_clauses(OMISSION, left, right, source.lang, target.lang))
            found.extend(_clauses(ADDITION, right, left, target.lang, source.lang))
        elif left:
            near_source, near_target = _near(beads, index, sources, targets)
            at = Span(target_end, target_end, "")
            found.extend(_sentences(OMISSION, left, near_source, near_target, at, source.lang, target.lang))
        else:
            near_source, near_target = _near(beads, index, sources, targets)
            at = Span(source_end, source_end, "")
            found.extend(_sentences(ADDITION, right, near_target, near_source, at, target.lang, source.lang))
        source_end, target_end = (left[-1].end if left else source_end), (right[-1].end if right else target_end)
    return found


def _within(side: Side, unit: Span) -> list[Span]:
    """The side's sentences inside the unit (the unit itself if none), from the first starting in it."""
    inside = []
    for sentence in itertools.islice(side.sentences, bisect_left(side.starts, unit.start), None):
        if sentence.start > unit.end:
            break
        if sentence.end <= unit.end:
            inside.append(sentence)
    return inside or [unit]


def _near(beads: list[Bead], index: int, sources: list[Span], targets: list[Span]) -> tuple[list[Span], list[Span]]:
    """The source and target sentences of a bead and its neighbours."""
    window = beads[max(0, index - 1) : index + 2]
    return [sources[i] for b in window for i in b.source], [targets[j] for b in window for j in b.target]


def _sentences(
    kind: str,
    alone: Sequence[Span],
    near_here: Sequence[Span],
    near_there: Sequence[Span],
    at: Span,
    here_lang: str | None,
    there_lang: str | None,
) -> list[Gap]:
    """Sentences of one side the alignment left without a counterpart, kept when the other side's sentences
    around lack their anchors and are as much shorter than this side's as these sentences are long."""
    there = _anchors(near_there, there_lang)
    gaps = []
    for sentence in alone:
        if words(sentence.text) < MIN_WORDS:
            continue
        mine = anchors(sentence.text, here_lang)
        if _share_found(mine, there) > MAX_FOUND:
            continue
        if not _short_by(_length(near_here), there.length, mine.length, here_lang, there_lang, kind):
            continue
        gaps.append(Gap(kind, "sentence", sentence, at))
    return gaps


def _clauses(
    kind: str, here: Sequence[Span], there: Sequence[Span], here_lang: str | None, there_lang: str | None
) -> list[Gap]:
    """Clauses of `here` missing from `there`, its counterpart (see the module's docstring): the stretches between
    commas and the like, or, where these find nothing, the stretch ending a sentence after the last word `there`
    renders (audit.alignment.stretches; not in Chinese, whose words are not delimited)."""
    cognates = not {here_lang, there_lang} & IDEOGRAPHIC  # no cognates between Chinese and a European language
    other = _anchors(there, there_lang, cognates)
    whole = _anchors(here, here_lang, cognates)
    pieces = [clause for sentence in here for clause in clauses(sentence.text, sentence.start)]
    if _unmatched_clause(there, whole, there_lang, cognates):
        return []  # a clause there that matches nothing here: what looks missing may be translated freely
    candidates = [(piece, pieces) for piece in pieces] if len(pieces) >= 2 else []
    gaps = _missing(kind, candidates, here, there, here_lang, there_lang, cognates, whole, other, MIN_CONTENT)
    if gaps or here_lang in IDEOGRAPHIC:
        return _merged(gaps, pieces, here)
    candidates = [found for sentence in here for found in stretches.unfound(sentence, here_lang, other)]
    return _missing(kind, candidates, here, there, here_lang, there_lang, cognates, whole, other, MIN_CONCEPTS)


def _missing(
    kind: str,
    candidates: Sequence[tuple[Span, Sequence[Span]]],
    here: Sequence[Span],
    there: Sequence[Span],
    here_lang: str | None,
    there_lang: str | None,
    cognates: bool,
    whole: Anchors,
    other: Anchors,
    min_concepts: int,
) -> list[Gap]:
    """The candidate clauses (each with the pieces of `here` it is one of) that `there` leaves out; one without a
    name or a number needs `min_concepts` frequent content words or COGNATES_ALONE cognates, all missing there."""
    gaps = []
    for piece, pieces in candidates:
        if words(piece.text) < MIN_CLAUSE_WORDS:
            continue
        mine = _anchors([piece], here_lang, cognates)
        least = MIN_CLAUSE_ANCHORS if cognates and not (mine.strong or mine.concepts) else MIN_TELLING_ANCHORS
        if weight(mine) < least or _share_found(mine, other) > MAX_FOUND:
            continue
        rest = _anchors([p for p in pieces if p is not piece], here_lang, cognates)
        if not weight(rest) or _share_found(rest, other) < MIN_KEPT:
            continue  # the sentences hardly match: a free translation or a misalignment, not a gap
        if not mine.strong and len(mine.concepts) < min_concepts and weight(mine) < COGNATES_ALONE:
            continue  # a few cognates missing is what a free translation looks like
        telling = weight(mine) - mine.cognates.total()  # names, numbers and content words of the table
        strong = weight(mine) >= STRONG_ANCHORS or telling >= TELLING_STRONG
        if cognates and _hidden(piece, pieces, there, here_lang, there_lang, whole, other):
            continue  # as many words there that nothing here explains as the clause would take: translated freely
        if _short_by(_length(here), other.length, mine.length, here_lang, there_lang, kind, strong):
            gaps.append(Gap(kind, "clause", piece, _joined(there)))
    return gaps


def _merged(gaps: list[Gap], pieces: Sequence[Span], here: Sequence[Span]) -> list[Gap]:
    """Gaps of clauses that follow each other in one sentence as one gap: one passage left out, one finding."""
    order = {(piece.start, piece.end): index for index, piece in enumerate(pieces)}
    joined: list[tuple[Gap, int]] = []  # each gap and the index of its last piece
    for gap in gaps:
        index = order[(gap.missing.start, gap.missing.end)]
        sentence = next(s for s in here if s.start <= gap.missing.start and gap.missing.end <= s.end)
        if joined and joined[-1][1] + 1 == index and joined[-1][0].missing.start >= sentence.start:
            start, end = joined[-1][0].missing.start, gap.missing.end
            text = sentence.text[start - sentence.start : end - sentence.start]
            gap = dataclasses.replace(joined[-1][0], missing=Span(start, end, text))
            joined.pop()
        joined.append((gap, index))
    return [gap for gap, _ in joined]


def _hidden(
    piece: Span,
    pieces: Sequence[Span],
    there: Sequence[Span],
    here_lang: str | None,
    there_lang: str | None,
    whole: Anchors,
    other: Anchors,
) -> bool:
    """Whether `there` has more words unexplained by `here` than the rest of `here` has unexplained by `there`, by
    HIDDEN of what the clause would take translated (audit.alignment.residue)."""
    rest = [p for p in pieces if p is not piece]
    ratio = lengths.ratio(here_lang, there_lang)
    surplus = residue.unexplained(there, there_lang, whole) - ratio * residue.unexplained(rest, here_lang, other)
    return surplus >= HIDDEN * ratio * lengths.length(piece.text)


def _short_by(here: int, there: int, missing: int, here_lang, there_lang, kind: str, strong: bool = False) -> bool:
    """Whether `there` is as much shorter (an omission) or `here` as much longer (an addition) than the length
    model predicts as the `missing` characters of `here` are long: far off with them and much closer without,
    or (for `strong` anchor evidence) somewhat off with them and closer without."""
    if kind == OMISSION:
        with_it = -lengths.delta(here, there, here_lang, there_lang)
        without = lengths.delta(max(here - missing, 1), there, here_lang, there_lang)
    else:
        with_it = lengths.delta(there, here, there_lang, here_lang)
        without = lengths.delta(there, max(here - missing, 1), there_lang, here_lang)
    if with_it >= -SHORT and abs(without) <= with_it - EXPLAINED:
        return True
    return strong and with_it >= -SOMEWHAT_SHORT and abs(without) < with_it


def _share_found(mine: Anchors, other: Anchors) -> float:
    """The share of `mine`'s anchors (weighted) that `other` has; 1 when it has none."""
    own = weight(mine)
    return found(mine, other) / own if own else 1.0


def _unmatched_clause(spans: Sequence[Span], other: Anchors, lang: str | None, cognates: bool) -> bool:
    """Whether a clause of `spans` with anchors has none of them in `other`."""
    for sentence in spans:
        for piece in clauses(sentence.text, sentence.start):
            mine = _anchors([piece], lang, cognates)
            if words(piece.text) >= MIN_CLAUSE_WORDS and weight(mine) >= 1 and _share_found(mine, other) <= MAX_FOUND:
                return True
    return False


def _anchors(spans: Sequence[Span], lang: str | None, cognates: bool = True) -> Anchors:
    """The spans' anchors together; without cognates where the two languages cannot share them."""
    total = Anchors(0)
    for span in spans:
        total = total + anchors(span.text, lang)
    return total if cognates else dataclasses.replace(total, cognates=Counter(), prefixes=frozenset())


def _length(spans: Sequence[Span]) -> int:
    return sum(lengths.length(s.text) for s in spans)


def _joined(spans: Sequence[Span]) -> Span:
    return Span(spans[0].start, spans[-1].end, "")
