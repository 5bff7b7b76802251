"""Every quantity of a text: figures, numbers in words, times, dates and months, each with its readings, whether
it may be rounded (près de, about) and the unit written beside it (%, €, degrees)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from audit.numbers import codes, conventions, digits, words
from audit.numbers.conventions import Conventions

NUMBER, TIME, MONTH, DATE, LITERAL = "number", "time", "month", "date", "literal"
WEEKDAY = "weekday"
PART = "part"  # the hours and minutes of a time, which a duration writes apart (2h45 / 2 hours 45 minutes)
SMALL = 10  # numbers in words up to ten are written or left out freely ("both", "a pair", "the two")
_CJK = digits.CJK


@dataclass(frozen=True)
class Mention:
    """A quantity at [start, end) of a text. `keys` are its readings as (kind, value), the first as the text
    reads it; `hard` when leaving it out changes what the text says (a figure, a number in words above ten)."""

    start: int
    end: int
    text: str
    keys: tuple[tuple[str, object], ...]
    hard: bool = True
    ordinal: bool = False
    approximate: bool = False
    unit: str | None = None
    scale: float = 1.0  # the scale word it carries (1,5 million: 10⁶)
    measure: tuple[str, float] | None = None  # dimension and SI factor of its unit (15 m, 50 ft)

    @property
    def kind(self) -> str:
        return self.keys[0][0]

    def shown(self) -> str:
        """The mention as written, with its value when the writing does not show it plainly."""
        kind, value = self.keys[0]
        if kind == NUMBER:
            plain = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
            same = plain.replace(",", "") == self.text.replace(",", "").replace(" ", "")
            return f"“{self.text}”" if same else f"“{self.text}” ({plain})"
        if kind == TIME:
            return f"“{self.text}” ({value // 60:02d}:{value % 60:02d})"
        return f"“{self.text}”"


def key(value: float) -> float:
    """A value as compared: nine significant digits (1.5 × 10⁶ is 1,500,000)."""
    return float(f"{value:.9g}")


@cache
def read(text: str, lang: str | None) -> tuple[Mention, ...]:
    """The quantities of the text in `lang` (a language without conventions: its figures only), in order."""
    conv = conventions.get(lang)
    norm = digits.normalized(text)
    skip = [(code.start, code.end) for code in codes.find(text)] + codes.identifiers(text)
    skip += [m.span() for m in re.finditer(_bounded(list(conv.not_quantities)), text)] if conv.not_quantities else []
    found = _times(text, norm, conv, skip)
    skip += [(m.start, m.end) for m in found]
    found += _numeric_dates(text, norm, skip)
    skip += [(m.start, m.end) for m in found]
    found += [_figure(figure, text, norm, conv) for figure in digits.figures(norm, conv, skip)]
    found = _year_ranges(found, norm)
    skip += [(m.start, m.end) for m in found] + _unit_phrases(text, conv)
    found += _words(text, conv, skip)
    found = _weekdays(text, conv, _months(text, conv, sorted(found, key=lambda m: m.start)))
    if conv.glued_scales:
        found = _compounds(found, text)
    return tuple(_ranges([_annotated(m, text, conv) for m in found], text, conv))


def _compounds(found: list[Mention], text: str) -> list[Mention]:
    """A figure of a larger scale and the smaller one written against it as one number, as Chinese, Japanese and
    Korean write them: 2万8000 is 28,000, 1조2000억 1.2 trillion."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.scale > 1
            and last.end == mention.start
            and last.kind == mention.kind == NUMBER
            and _CJK.match(text, last.end - 1)
            and 0 < mention.keys[0][1] < last.scale
        ):
            value = key(last.keys[0][1] + mention.keys[0][1])
            merged[-1] = Mention(
                last.start, mention.end, text[last.start : mention.end], ((NUMBER, value),), scale=last.scale
            )
            continue
        merged.append(mention)
    return merged


def _times(text: str, norm: str, conv: Conventions, skip: list[tuple[int, int]]) -> list[Mention]:
    """14:30, 14h30, 14 h, 14.30 Uhr, 2:30 p.m., 2 pm, 14 heures 30, 下午2点30分: minutes after midnight; a time
    without a.m. or p.m. may be either, and one without minutes ("14 heures") may be a duration."""
    found = []
    for match in _time_pattern(conv.code).finditer(norm):
        if any(s < match.end() and match.start() < e for s, e in skip):
            continue
        sep, tail = match.group("sep"), (match.group("tail") or "").strip()
        hour_word = tail and tail.lower() not in map(str.lower, (*conv.am, *conv.pm))
        minutes = match.group("m") or match.group("hm") or (match.group("m2") if hour_word else None)
        end = match.end() if minutes or not match.group("m2") else match.start("m2")
        if not ((sep == ":" and minutes) or match.group("hsep") or tail):
            continue
        hour, minute = int(match.group("h")), int(minutes or 0)
        before = text[max(0, match.start() - 4) : match.start()]
        pm = tail.lower() in map(str.lower, conv.pm) or any(before.endswith(w) for w in conv.pm_before)
        am = tail.lower() in map(str.lower, conv.am) or any(before.endswith(w) for w in conv.am_before)
        if (am or pm) and hour > 12:
            continue
        base = (hour % 12 + (12 if pm else 0)) if (am or pm) else hour
        keys: list[tuple[str, object]] = [(TIME, base * 60 + minute)]
        if not (am or pm) and hour < 12:
            keys.append((TIME, (hour + 12) * 60 + minute))
        if minutes is None and not (am or pm):
            keys.append((NUMBER, float(hour)))  # "14 heures" may be a duration
        elif minutes is not None:
            keys += [] if am or pm else [(NUMBER, key(hour + minute / 100))]  # English writes "at 6.30"
            keys += [(PART, float(hour)), (PART, float(minute))]
        clock = minutes is not None or am or pm  # "24 heures" may be a day, "le 20h" the evening news
        found.append(Mention(match.start(), end, text[match.start() : end].strip(), tuple(keys), hard=bool(clock)))
    return found


@cache
def _time_pattern(code: str) -> re.Pattern:
    """The times of a language: a colon, or a point or an "h" (French, Spanish) between hours and minutes; its
    hour words and a.m. and p.m. after them; minute words after the minutes (Chinese 分)."""
    conv = conventions.get(code)
    marks = _alternation([*conv.am, *conv.pm, *(w for w in conv.hours if w.lower() != "h")])
    glued = r"|\s?(?P<hsep>h)\s?(?P<hm>[0-5]\d)?(?![^\W\d_])" if "h" in conv.hours else r"|(?P<hsep>(?!))(?P<hm>(?!))"
    minutes = _alternation(conv.minutes) or "(?!)"
    return re.compile(
        rf"(?<![\d.,:])(?P<h>2[0-4]|[01]?\d)(?!\d)(?:(?P<sep>:|\.)(?P<m>[0-5]\d)(?![\d]){glued})?"
        rf"(?:(?P<tail>\s?(?:{marks or '(?!)'})(?![^\W\d_]))(?:\s?(?P<m2>[0-5]?\d)(?:{minutes})?(?!\d))?)?",
        0 if conv.code == "zh" else re.IGNORECASE,
    )


def _numeric_dates(text: str, norm: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """12/03/2024, 12.03.2024, 2024-03-12: (year, month, day) read day first and month first; 9/11 without a
    year (None for it)."""
    found = []
    for match in re.finditer(r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)", norm):
        a, b = int(match.group(1)), int(match.group(2))
        keys = [(DATE, (None, m, d)) for m, d in ((a, b), (b, a)) if 1 <= m <= 12 and 1 <= d <= 31]
        if keys and not any(s < match.end() and match.start() < e for s, e in skip):
            found.append(Mention(match.start(), match.end(), match.group(), tuple(dict.fromkeys(keys))))
            skip = [*skip, match.span()]
    for match in re.finditer(r"(?<![\d.,/-])(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d]|[./-]\d)", norm):
        if any(s < match.end() and match.start() < e for s, e in skip):
            continue
        a, b, c = (int(match.group(i)) for i in (1, 3, 4))
        readings = [(a, b, c), (c, b, a)] if len(match.group(1)) == 4 else [(c, b, a), (c, a, b)]
        keys = [(DATE, (_year(y), m, d)) for y, m, d in readings if 1 <= m <= 12 and 1 <= d <= 31]
        if keys and (len(match.group(1)) == 4 or len(match.group(4)) in (2, 4)):
            found.append(Mention(match.start(), match.end(), match.group(), tuple(dict.fromkeys(keys))))
    return found


def _year(value: int) -> int:
    return value if value >= 100 else value + (2000 if value < 50 else 1900)


def _figure(figure: digits.Figure, text: str, norm: str, conv: Conventions) -> Mention:
    """A figure with what is written against it (an ordinal or plural ending, a glued scale: 3e, 1990s, $10m,
    £1.5million, 1.5万), a scale word after it (1,5 million, $90-million), and what a word before it makes of it
    (No. 1: a rank; années 80: a decade)."""
    end, ordinal, scale = figure.end, False, 1.0
    if figure.literal is not None:
        return Mention(figure.start, end, text[figure.start : end], ((LITERAL, figure.literal),))
    values = list(figure.values)
    suffix = re.match(r"-?[^\W\d_]+|[º°ª]|\.(?=\s+[^\W\d_])", norm[end:])
    if suffix:
        ending = suffix.group()
        glued = _glued_scale(ending, conv)
        if ending in conv.ordinal_suffixes or ending.lower() in conv.ordinal_suffixes:
            end, ordinal = end + len(ending), ending != "." or len(text[figure.start : figure.end]) <= 4
        elif ending in conv.plural_suffixes:
            end += len(ending)
            if re.fullmatch(r"\d0", text[figure.start : figure.end]):  # the 90s
                values += [1900 + values[0], 2000 + values[0]]
        elif glued:
            word, factors = glued
            values = [v * f for v in values for f in factors]
            end, scale = end + len(word), max(factors)
    scaled = _scale_after(text, end, conv)
    if scaled:
        end, scale = scaled
        values = [v * scale for v in values]
    before = text[max(0, figure.start - 15) : figure.start]
    if conv.ranks and re.search(rf"(?<![^\W\d_])(?:{_alternation(conv.ranks)})\s?$", before):
        ordinal = True
    decade = conv.decades_before and re.fullmatch(r"\d0", text[figure.start : figure.end])
    listed = rf"(?:\d0\s(?:{_alternation(conv.range_words)})\s)?" if conv.range_words else ""  # années 50 et 60
    if decade and re.search(rf"(?<![^\W\d_])(?:{_alternation(conv.decades_before)})\s{listed}$", before, re.I):
        values += [1900 + values[0], 2000 + values[0]]
    elif (
        conv.decades_after
        and re.fullmatch(r"\d0", text[figure.start : figure.end])
        and text.startswith(tuple(conv.decades_after), end)
    ):  # 80年代: the 1980s
        values += [1900 + values[0], 2000 + values[0]]
    return Mention(
        figure.start,
        end,
        text[figure.start : end],
        tuple(dict.fromkeys((NUMBER, key(v)) for v in values)),
        hard=not ordinal,
        ordinal=ordinal,
        scale=scale,
    )


def _glued_scale(ending: str, conv: Conventions) -> tuple[str, tuple[float, ...]] | None:
    """The scale written against a figure: the whole ending in alphabetic scripts ("10m", "1.5million", not
    "10mph"), its start in Chinese ("1.5万人")."""
    scales = {**{w: (f,) for w, f in conv.scales.items() if len(w) > 3}, **conv.glued_scales}
    for word in sorted(scales, key=len, reverse=True):
        if ending == word or (_CJK.match(ending) and ending.startswith(word)):
            return word, scales[word]
    return None


def _scale_after(text: str, end: int, conv: Conventions) -> tuple[int, float] | None:
    """Where a scale word after position `end` ends, and its factor ("1,5 million", "2 mil millones", "$90-million")."""
    gap = re.match(r"[ \u00a0\u202f-]?", text[end:]).end()
    rest = text[end + gap :]
    for word in sorted(conv.scales, key=len, reverse=True):
        if (rest.startswith(word) or (len(word) > 3 and rest[: len(word)].casefold() == word.casefold())) and not (
            rest[len(word) : len(word) + 1].isalpha() or (_CJK.match(word) is None and not gap)
        ):
            return end + gap + len(word), conv.scales[word]
    return None


def _year_ranges(found: list[Mention], norm: str) -> list[Mention]:
    """ "2013-14": the second year also read in full; "'15", "Q1/15": a year of either century."""
    result = []
    for mention in found:
        two_digits = mention.kind == NUMBER and len(mention.text) == 2 and mention.text.isdigit()
        head = re.search(r"((?:19|20)\d\d)[-–/]$", norm[: mention.start])
        if head and two_digits:
            mention = replace(mention, keys=(*mention.keys, (NUMBER, key(float(head.group(1)[:2] + mention.text)))))
        elif two_digits and norm[mention.start - 1 : mention.start] in ("'", "’", "/"):
            years = [(NUMBER, key(century + float(mention.text))) for century in (1900, 2000)]
            mention = replace(mention, keys=(*mention.keys, *years))
        result.append(mention)
    return result


def _unit_phrases(text: str, conv: Conventions) -> list[tuple[int, int]]:
    """Where units are written in words: "pour cent" holds no hundred."""
    phrases = [w for signs in conv.units.values() for w in signs if " " in w]
    return [m.span() for m in re.finditer(_bounded(phrases), text, re.IGNORECASE)] if phrases else []


def _words(text: str, conv: Conventions, skip: list[tuple[int, int]]) -> list[Mention]:
    """Numbers in words (with a scale the reader left: drei Billionen) and approximate nouns (une dizaine)."""
    found = []
    for number in words.read(text, conv, skip):
        end, value = number.end, number.value
        scaled, scale = _scale_after(text, end, conv), 1.0
        if scaled and not number.ordinal:
            end, scale = scaled
            value *= scale
        hard = value > SMALL and not number.ordinal
        found.append(
            Mention(
                number.start, end, text[number.start : end], ((NUMBER, key(value)),), hard, number.ordinal, scale=scale
            )
        )
    if conv.approximate_nouns:
        taken = skip + [(m.start, m.end) for m in found]
        for match in re.finditer(_bounded(list(conv.approximate_nouns)), text, re.IGNORECASE):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                value = next(v for w, v in conv.approximate_nouns.items() if w.casefold() == match.group().casefold())
                found.append(Mention(*match.span(), match.group(), ((NUMBER, key(value)),), False, approximate=True))
    return found


def _months(text: str, conv: Conventions, found: list[Mention]) -> list[Mention]:
    """Month names (12 mars, March 12, 2024, en novembre, 3月), which only count against another month; a day
    written as an ordinal beside one (1er mars, 12. März, March 1st) is the day, not an ordinal."""
    result = list(found)
    if conv.month_suffix:
        for i, mention in enumerate(result):
            value = mention.keys[0][1]
            if mention.kind == NUMBER and text.startswith(conv.month_suffix, mention.end) and 1 <= value <= 12:
                result[i] = replace(
                    mention,
                    end=mention.end + 1,
                    text=mention.text + conv.month_suffix,
                    keys=((MONTH, int(value)),),
                    hard=False,
                )
        return result
    if not conv.months:
        return result
    flags = 0 if conv.months_case_sensitive else re.IGNORECASE
    months = {name.casefold(): number for name, number in conv.months.items()}
    for match in re.finditer(_bounded(list(conv.months)), text, flags):
        before = [m for m in result if m.end <= match.start() and _joins(text[m.end : match.start()])]
        after = [m for m in result if m.start >= match.end() and _joins(text[match.end() : m.start])]
        beside = [m for m in (before[-1:] + after[:1]) if m.kind == NUMBER]
        for mention in beside:
            if mention.ordinal:
                result[result.index(mention)] = replace(mention, ordinal=False, hard=True)
        month = Mention(*match.span(), match.group(), ((MONTH, months[match.group().casefold()]),), hard=False)
        result.append(month)
    return sorted(result, key=lambda m: m.start)


def _weekdays(text: str, conv: Conventions, found: list[Mention]) -> list[Mention]:
    """Names of the days of the week (mardi, Tuesday, Dienstag), which only count against another day: a
    translation that turns Friday into Saturday."""
    if not conv.weekdays:
        return found
    days = {name.casefold(): number for name, number in conv.weekdays.items()}
    named = [
        Mention(*match.span(), match.group(), ((WEEKDAY, days[match.group().casefold()]),), hard=False)
        for match in _weekday_pattern(tuple(conv.weekdays)).finditer(text)
    ]
    return sorted([*found, *named], key=lambda m: m.start) if named else found


@lru_cache(maxsize=16)
def _weekday_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_bounded(list(names)), re.IGNORECASE)


def _joins(gap: str) -> bool:
    """What may stand between a month and its day or year: "12 mars", "12. März", "12 de marzo", "March 12, "."""
    return len(gap) <= 5 and re.fullmatch(r"[\s.,]*(?:de|del|of)?[\s.,]*", gap, re.IGNORECASE) is not None


def _annotated(mention: Mention, text: str, conv: Conventions) -> Mention:
    """The mention with its approximation marker, its unit, its measure and a fraction after it (12 ans et demi
    also reads 12.5)."""
    before, after = text[max(0, mention.start - 40) : mention.start], text[mention.end : mention.end + 40]
    approximate = mention.approximate or bool(
        conv.approximately
        and re.search(rf"(?<![^\W\d_])(?:{_alternation(conv.approximately)})\s*$", before, re.IGNORECASE)
    )
    approximate = approximate or any(after.lstrip()[:4].find(w) >= 0 for w in conv.approximately_after)
    keys = mention.keys
    if mention.kind == NUMBER and conv.fractions:
        spaced = after.replace("-", " ")
        fraction = re.match(rf"\s*(?:[^\W\d_]+\s+)?({_alternation(list(conv.fractions))})(?![^\W\d_])", spaced)
        if fraction:  # of the number's last unit: 12 ans et demi, un million et demi
            value, part = keys[0][1], conv.fractions[fraction.group(1)]
            unit = 1000 ** int(math.log(value, 1000)) if value >= 1000 else 1
            keys = (*keys, (NUMBER, key(value + part * unit)))
    return replace(
        mention, keys=keys, approximate=approximate, unit=_unit(before, after, conv), measure=_measure(after, conv)
    )


def _measure(after: str, conv: Conventions) -> tuple[str, float] | None:
    """The dimension and SI factor of the unit after a figure (15 m, 50ft, 130mph, 8,5 tonnes)."""
    best: tuple[int, str, float] | None = None
    for dimension, units in conv.measures.items():
        for unit, factor in units.items():
            joined = rf"[ \u00a0\u202f-]?(?:[^\W\d_]{{1,3}}['’ ]\s?)?{re.escape(unit)}(?![^\W\d_])"  # 41 millions de kg
            if re.match(joined, after) and (best is None or len(unit) > best[0]):
                best = (len(unit), dimension, factor)
    return (best[1], best[2]) if best else None


def _ranges(found: list[Mention], text: str, conv: Conventions) -> list[Mention]:
    """A figure before another that carries a scale, joined to it by a range word (325 à 340 M$, 4.2 to 4.1
    billion), also read at that scale; and a figure before one with a measure has that measure (3 to 4 km)."""
    if not conv.range_words:
        return found
    joiner = re.compile(rf"\s*(?:{_alternation(conv.range_words)})\s*(?:[^\W\d_]{{1,3}}\s)?[$€£]?")
    result = list(found)
    for i in range(len(result) - 2, -1, -1):
        first, second = result[i], result[i + 1]
        if first.kind != NUMBER or second.kind != NUMBER or not joiner.fullmatch(text[first.end : second.start]):
            continue
        if second.scale != 1 and first.scale == 1:
            first = replace(first, keys=(*first.keys, (NUMBER, key(first.keys[0][1] * second.scale))))
        result[i] = replace(first, measure=first.measure or second.measure, unit=first.unit or second.unit)
    return result


def _unit(before: str, after: str, conv: Conventions) -> str | None:
    """The unit written right after the figure (20 %, 20 per cent, 10 €, 5 degrés) or right before it ($10,
    百分之五十)."""
    best: tuple[int, str] | None = None
    for unit, signs in conv.units.items():
        for sign in signs:
            follows = re.match(rf"[ \u00a0\u202f]?{re.escape(sign)}(?![^\W\d_])", after, re.IGNORECASE)
            precedes = not _after_only(sign) and re.search(rf"{re.escape(sign)}[ \u00a0\u202f]?$", before)
            if (follows or precedes) and (best is None or len(sign) > best[0]):
                best = (len(sign), unit)
    if best is None and any(before.endswith(prefix) for prefix in conv.percent_prefixes):
        return "percent"
    return best[1] if best else None


def _after_only(sign: str) -> bool:
    """Signs and words written after a figure only (20 %, 5°, 10 euros); currency signs may precede ($10)."""
    return sign[-1] in "%‰٪°" or sign[-1].isalpha()


def _alternation(items: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))


def _bounded(items: list[str]) -> str:
    """The items as whole words (a final full stop, as in "Sept.", ends one)."""
    return rf"(?<![^\W\d_])(?:{_alternation(items)})(?![^\W\d_])"
