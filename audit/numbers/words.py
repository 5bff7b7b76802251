"""Numbers written in words, read by the library that knows the language: text2num (English, French, German,
Spanish, Italian, Portuguese, Dutch), number-parser (Russian), cn2an (Chinese numerals). Each is imported only
when a text of its language is read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.numbers.conventions import Conventions

_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s-]")  # "six-point": six, point; "d'un": d, ', un
_TEXT2NUM = {"en", "fr", "de", "es", "it", "pt", "nl"}


@dataclass(frozen=True)
class Words:
    """A number in words at [start, end)."""

    start: int
    end: int
    value: float
    ordinal: bool = False


def read(text: str, conv: Conventions, skip: list[tuple[int, int]]) -> list[Words]:
    """The numbers in words of the text outside the `skip` spans, minus the words its conventions say are no
    number (hundreds, neuf) and a lone one (un, one: an article or a pronoun as often as a figure)."""
    tokens = [m for m in _WORD.finditer(text) if not any(s < m.end() and m.start() < e for s, e in skip)]
    try:
        if conv.reader == "text2num" and conv.code in _TEXT2NUM:
            units = {unit.casefold() for units in conv.measures.values() for unit in units}
            found = _text2num(text, tokens, conv.code, units)
        elif conv.reader == "number-parser":
            found = _number_parser(tokens, conv)
        elif conv.reader == "cn2an":
            found = _cn2an(text, conv, skip)
        else:
            return []
    except ImportError:  # the reader is not installed: figures still compare
        return []
    ignored = {word.casefold() for word in conv.not_numbers}
    return [words for words in found if text[words.start : words.end].casefold() not in ignored]


def _text2num(text: str, tokens: list[re.Match], lang: str, units: set[str]) -> list[Words]:
    """text2num over the tokens; figures and units of measure (French "milles" are miles) stop a number."""
    from text_to_num import Token, find_numbers

    class _Token(Token):
        def __init__(self, match: re.Match, gap: bool) -> None:
            self.match, self.gap = match, gap

        def text(self) -> str:
            word = self.match.group()
            return "." if word[0].isdigit() or word.casefold() in units else word

        def nt_separated(self, previous: Token) -> bool:
            return self.gap  # a skipped span (a figure, a code) stands between the two

    stream = [_Token(m, i > 0 and _gap(text, tokens[i - 1], m)) for i, m in enumerate(tokens)]
    return [
        Words(tokens[o.start].start(), tokens[o.end - 1].end(), float(o.value), bool(o.is_ordinal))
        for o in find_numbers(stream, lang, 0.0)
    ]


def _gap(text: str, before: re.Match, after: re.Match) -> bool:
    """Something skipped stands between two tokens (a hyphen joins: vingt-et-un)."""
    return bool(text[before.end() : after.start()].strip(" -\u2010\u2011\n\t"))


def _number_parser(tokens: list[re.Match], conv: Conventions) -> list[Words]:
    """Runs of number words read together ("двести пятьдесят"), then each word alone if the run is no number."""
    from number_parser import parse_number

    def value(words: list[str]) -> float | None:
        if len(words) == 2 and words[0].lower() in conv.words and words[1].lower() in conv.scales:
            return conv.words[words[0].lower()] * conv.scales[words[1].lower()]  # полтора миллиона
        if len(words) == 1 and words[0].lower() in conv.words:
            return conv.words[words[0].lower()]
        number = parse_number(" ".join(words), language="ru")
        return float(number) if number is not None else None

    found, run = [], []
    for match in [*tokens, None]:
        word = match.group().lower() if match else ""
        if match and word.isalpha() and (word in conv.words or word in conv.scales or _known(word)):
            if run and match.start() - run[-1].end() > 1:
                found += _run(run, value)
                run = []
            run.append(match)
            continue
        found += _run(run, value)
        run = []
    return found


def _run(run: list[re.Match], value) -> list[Words]:
    if not run:
        return []
    whole = value([m.group() for m in run])
    if whole is not None:
        return [Words(run[0].start(), run[-1].end(), whole)]
    return [Words(m.start(), m.end(), v) for m in run if (v := value([m.group()])) is not None]


@cache
def _known(word: str) -> bool:
    from number_parser import parse_number

    return parse_number(word, language="ru") is not None


def _cn2an(text: str, conv: Conventions, skip: list[tuple[int, int]]) -> list[Words]:
    """Runs of Chinese numerals with at least one digit character (百姓 has none); 第 before one makes an
    ordinal."""
    import cn2an

    found = []
    multipliers = "百千万亿佰仟点"  # 十 alone is ten; 百 alone is a word (百姓)
    for match in re.finditer(f"[{re.escape(conv.numerals)}]+", text):
        run = match.group().rstrip("点")
        start, end = match.start(), match.start() + len(run)
        if not run.strip(multipliers) or any(s < end and start < e for s, e in skip):
            continue
        try:
            value = float(cn2an.cn2an(run, "smart"))
        except (ValueError, KeyError):
            continue
        ordinal = any(text[:start].endswith(prefix) for prefix in conv.ordinal_prefixes)
        found.append(Words(start, end, value, ordinal))
    return found
