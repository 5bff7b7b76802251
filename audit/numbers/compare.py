"""The quantities of a source segment and of its translation, matched by value; what is left is a mismatch.

Precision first: a value the other side has anywhere (a figure repeated, written once) is no mismatch, nor is a
figure written character for character as the source writes it, whatever each language would read in it; a figure
beside an approximation (près de 1 500, about 1,500) may be rounded; numbers in words up to ten are written or
left out freely (deux pays / both countries), so they count only against a figure or another number in words.
A figure of the source that the translation lacks is missing, one the translation adds is added, and when both
sides have one left they are one changed number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from audit.numbers import conventions, digits
from audit.numbers.mentions import DATE, LITERAL, MONTH, NUMBER, PART, SMALL, TIME, WEEKDAY, Mention, key

CHANGED, MISSING, ADDED, UNIT = "changed", "missing", "added", "unit"
BOTH_APPROXIMATE = 0.1  # how far an approximate figure may be from an approximate noun (a fortnight)
CONVERSION = 0.04  # how far a converted measure may be from the source's (a translator rounds: 15 m / 50ft)
_COMPATIBLE = {
    NUMBER: {NUMBER, LITERAL, TIME},
    TIME: {TIME, NUMBER},
    MONTH: {MONTH},
    WEEKDAY: {WEEKDAY},
    DATE: {DATE},
    LITERAL: {LITERAL, NUMBER},
}


@dataclass(frozen=True)
class Mismatch:
    kind: str
    source: Mention | None
    target: Mention | None


def compare(
    source: Sequence[Mention], target: Sequence[Mention], source_text: str, target_text: str, target_lang: str | None
) -> list[Mismatch]:
    """The mismatches between a source segment's quantities and its translation's."""
    matched: list[tuple[Mention, Mention]] = []
    left_s, left_t = list(source), list(target)
    source_scales = {m.scale for m in source if m.scale != 1}
    target_scales = {m.scale for m in target if m.scale != 1}

    def scaled(s: Mention, t: Mention) -> bool:
        """A figure whose scale the sentence gave once (132 milliards, dont 70 / $132 billion, $70 billion)."""
        return s.kind == t.kind == NUMBER and (
            (s.scale == 1 and t.scale in source_scales and _same(replace(s, keys=_times(s, t.scale)), t))
            or (t.scale == 1 and s.scale in target_scales and _same(s, replace(t, keys=_times(t, s.scale))))
        )

    for same in (_same, _copied, _rounded, _converted, scaled):
        for s in list(left_s):
            t = next((t for t in left_t if same(s, t)), None)
            if t is not None:
                matched.append((s, t))
                left_s.remove(s)
                left_t.remove(t)
    left_s = [s for s in left_s if not _anywhere(s, target, target_text)]
    left_t = [t for t in left_t if not _anywhere(t, source, source_text)]
    found = _changed(left_s, left_t, len(source_text) or 1, len(target_text) or 1)
    paired = {id(m.source) for m in found} | {id(m.target) for m in found}
    found += [Mismatch(MISSING, s, None) for s in left_s if id(s) not in paired and _alone(s)]
    found += [Mismatch(ADDED, None, t) for t in left_t if id(t) not in paired and _alone(t)]
    found += _units(matched, source_text, target_text, target_lang)
    return found


def _times(mention: Mention, scale: float) -> tuple[tuple[str, object], ...]:
    return tuple((kind, key(value * scale)) if kind == NUMBER else (kind, value) for kind, value in mention.keys)


def _same(s: Mention, t: Mention) -> bool:
    return bool({k for k in s.keys if k[0] != PART} & {k for k in t.keys if k[0] != PART})


def _copied(s: Mention, t: Mention) -> bool:
    """A figure the translation writes as the source does, character for character (“3,540” / “3,540”, “30,000”
    / “30,000”): carried over, whatever each language would read in it, as the source may follow another
    language's marks itself (an evaluation on the LIG post-edits: 27 of 85 findings said a figure "is" itself)."""
    return s.kind == t.kind == NUMBER and s.text == t.text


def _rounded(s: Mention, t: Mention) -> bool:
    """The other rounded: an approximate figure on either side (about 1,500 / 1 487), or a decimal written with
    fewer decimals (45,72 cm / 46 cm; 2,37 % / 2.4%)."""
    if s.kind != NUMBER or t.kind != NUMBER:
        return False
    a, b = s.keys[0][1], t.keys[0][1]
    if (s.approximate and _round_of(a, b)) or (t.approximate and _round_of(b, a)):
        return True
    if s.approximate and t.approximate and not (_figure(s) and _figure(t)):
        return abs(a - b) <= BOTH_APPROXIMATE * max(a, b)  # près de 15 jours / a fortnight or so
    return any(v != round(v) and b in (round(v), round(v, 1)) for v in (a,)) or (
        b != round(b) and a in (round(b), round(b, 1))
    )


def _converted(s: Mention, t: Mention) -> bool:
    """A measure converted (210 km/h / 130mph, 15 m / 50ft, 922 kg / 2,032 pounds): the same dimension and
    values within CONVERSION of each other."""
    if s.measure is None or t.measure is None or s.measure[0] != t.measure[0] or s.measure[1] == t.measure[1]:
        return False
    a, b = s.keys[0][1] * s.measure[1], t.keys[0][1] * t.measure[1]
    return max(a, b) > 0 and abs(a - b) <= CONVERSION * max(a, b)


def _round_of(rounded: float, value: float) -> bool:
    """Whether `rounded` is `value` to one, two or three significant digits."""
    return any(float(f"{value:.{digits_}g}") == rounded for digits_ in (1, 2, 3))


def _anywhere(mention: Mention, other: Sequence[Mention], other_text: str) -> bool:
    """Whether the other side has the value anyway: in another mention, as a date spelled out (12/03/2024 and
    12 March 2024), or as the same digits inside a code (19 and COVID-19)."""
    if any(_same(mention, m) for m in other):
        return True
    parts = {k for m in other for k in m.keys if k[0] == PART}
    if mention.kind == NUMBER and (PART, mention.keys[0][1]) in parts:
        return True  # 2 hours 45 minutes / 2h45
    own_parts = [value for kind, value in mention.keys if kind == PART]
    if own_parts and all(any((NUMBER, v) in m.keys for m in other) for v in own_parts):
        return True
    if any(_converted(mention, m) for m in other):
        return True  # 130mph (210km/h): the conversion given beside the figure
    keys = {k for m in other for k in m.keys}
    if mention.kind == DATE:
        return any(
            (MONTH, month) in keys and (NUMBER, float(day)) in keys and (year is None or (NUMBER, float(year)) in keys)
            for _, (year, month, day) in mention.keys
        )
    dates = [value for m in other for kind, value in m.keys if kind == DATE]
    spelled = {(NUMBER, float(v)) for y, _, d in dates for v in (y, d) if v is not None} | {
        (MONTH, m) for _, m, _ in dates
    }
    if set(mention.keys) & spelled:
        return True  # 11 septembre / 9/11
    figure = re.sub(r"\D", "", digits.normalized(mention.text))
    codes = list(digits.normalized(other_text))
    for m in other:
        codes[m.start : m.end] = " " * (m.end - m.start)  # only figures no mention reads: in codes, typos (de1 000)
    unread = re.sub(r"(?<=\d)[ .,'\u00a0\u202f](?=\d{3})", "", "".join(codes))
    return bool(figure) and re.search(rf"(?<!\d){figure}(?!\d)", unread) is not None


def _alone(mention: Mention) -> bool:
    """A figure counts alone (missing or added) unless it is a rank or an ordinal; numbers in words only count
    against another number."""
    return mention.hard and _figure(mention)


def _figure(mention: Mention) -> bool:
    return any(ch.isdigit() for ch in mention.text)


def _changed(left_s: list[Mention], left_t: list[Mention], source_length: int, target_length: int) -> list[Mismatch]:
    """Each source mention paired with the nearest target mention of its kind (by relative position), when one of
    them is a figure, both are months, or both are cardinal numbers in words from three ("trois" / "four")."""
    found, free = [], list(left_t)
    for s in left_s:
        candidates = [t for t in free if t.kind in _COMPATIBLE[s.kind] and _comparable(s, t)]
        if not candidates:
            continue
        t = min(candidates, key=lambda t: abs(s.start / source_length - t.start / target_length))
        free.remove(t)
        found.append(Mismatch(CHANGED, s, t))
    return found


def _comparable(s: Mention, t: Mention) -> bool:
    """Whether two left-over mentions are one number changed: months with months, days of the week with days;
    figures with figures (an
    ordinal with an ordinal); a figure with a number in words from two up to a dozen (trois / 4; not une / 2001);
    numbers in words from two with each other, ordinals excepted."""
    if s.kind in (MONTH, WEEKDAY) or t.kind in (MONTH, WEEKDAY):
        return s.kind == t.kind
    figures = [m for m in (s, t) if _figure(m)]
    if len(figures) == 2:
        return s.ordinal == t.ordinal
    if figures:
        word = s if figures[0] is t else t
        return not word.ordinal and 2 <= word.keys[0][1] <= SMALL and figures[0].keys[0][1] <= 2 * SMALL
    return all(not m.ordinal and not m.approximate and m.keys[0][1] >= 2 for m in (s, t))


def _units(
    matched: list[tuple[Mention, Mention]], source_text: str, target_text: str, target_lang: str | None
) -> list[Mismatch]:
    """A figure whose unit the translation drops or changes (20 % / 20; 180° / 180; €10 / $10), when the
    translation writes that unit nowhere in the segment (“3 and 4 per cent” names it once)."""
    signs = conventions.get(target_lang).units
    found = []
    for s, t in matched:
        if s.unit is None or s.unit == t.unit or s.unit not in signs:
            continue
        if not any(
            re.search(rf"(?<![^\W\d_]){re.escape(sign)}(?![^\W\d_])", target_text, re.I) for sign in signs[s.unit]
        ):
            found.append(Mismatch(UNIT, s, t))
    return found
