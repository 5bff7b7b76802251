"""Where a paragraph can be cut before pysbd is asked: after a mark pysbd certainly ends a sentence with, where
nothing on one side changes what it decides on the other, so that the pieces give exactly the paragraph's sentences;
and the sentences of a piece without such a mark inside, or only marks its abbreviation replacer surely keeps ("Mr.",
"U.S." before "envoy"), where pysbd's are certain without asking it.

A cut follows a full stop, question or exclamation mark right after a word, then spaces, then a capital that is no
initial ("A."), an opening quotation mark before it or not; or a figure that opens no list item ("2."); or, after a
full stop or question mark, a lower-case letter (pysbd keeps "!" before one). The word before may hold full stops
between figures ("$1.35"). No closing quotation mark or bracket may stand between:
pysbd keeps one with its sentence only when the sentence opened with it and a capital follows, which a piece cut
there cannot show; but one closing a pair of quotation marks its between-punctuation step hides the mark in may,
then one space, then a capital, where its post-processing splits (_quoted_cut). pysbd keeps the mark inside its
sentence when the word before it is one of the language's abbreviations (each searched as a case-insensitive regular
expression after a space: "u.s" also finds "uks", "e g"), an initial, the end of an exclamation word ("Yahoo!"),
holds a mark itself ("U.S", "p.m", "...") or ends in "Co" ("Co. KG"); when its between-punctuation step pairs a
quotation mark or bracket around it; or when the sentence opened with a quotation mark or bracket that closes after
it. Some steps see the whole line: lists ("a. ... b. ..."), parentheses between quotation marks, the guard of the
single-quote step, doubled marks opening the line, the break its numbered-reference step makes before quotation
marks are paired ('"The.2013 Officials. The."' is no pair); a paragraph that may hold any of them, a backslash, a
brace or one of pysbd's own placeholder characters is not cut. Nor is a language whose pysbd module changes a step
beyond its abbreviation lists (German, Russian...), nor one with brackets in its abbreviations (their groups change
what is searched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# A mark, spaces, a capital that is no initial or a number no list item's (the engine skips to the marks); the word
# before it holds none. Or a mark, a closing quotation mark, one space, a capital (pysbd's post-processing splits
# there). Or a full stop or question mark, spaces, a lower-case letter ("he said. he declared"; not after "!", which
# pysbd keeps before one).
_CANDIDATE = re.compile(
    r"[.!?](?:[ \t]+(?=[\"“«]?[A-Z](?!\.)|\d++(?![.)]))|[\"”][ \t](?=[A-Z](?!\.)))|[.?][ \t]+(?=[a-z](?!\.))"
)
_MARKS = frozenset(".!?…。．！？")
# Characters pysbd gives meanings of its own (placeholders, escapes, list marks).
_UNCUTTABLE = re.compile(r"[\\{∯∮ȸȹ☉☈☇☄ƪ♟♝☏✂⌬♬♭⎋♨☝ᓰᓱᓳᓴᓷᓸ]")  # cut: also braces and backslashes
# A quotation mark after a space, the mark first so that the engine skips to it (as _literal_first).
_SINGLE_QUOTE, _APOSTROPHE_SPACE = re.compile(r"'(?<=\s')"), re.compile(r"'\s")
_PUNCTUATIONS = frozenset("。．.！!?？")  # pysbd's Standard.Punctuations: a text ending otherwise is given one
_DOUBLED_MARKS = re.compile(r"\?!|!\?|\?\?|!!")
# What pysbd's sentence regular expression ends a sentence with.
_SENTENCE_MARKS, _SENTENCE_CLOSERS = frozenset(".!?。．！？"), frozenset("'\"”)）」")
# What a sentence may open with and its first closer then ends it (pysbd's sentence regular expression).
_OPENERS = (('"', '"'), ("“", "”"), ("(", ")"), ("（", "）"), ("「", "」"), ("'", "'"))
_BETWEEN = (
    ("‘", "BETWEEN_SINGLE_QUOTE_SLANTED_REGEX"),
    ('"', "BETWEEN_DOUBLE_QUOTES_REGEX_2"),
    ("[", "BETWEEN_SQUARE_BRACKETS_REGEX_2"),
    ("(", "BETWEEN_PARENS_REGEX_2"),
    ("«", "BETWEEN_QUOTE_ARROW_REGEX_2"),
    ("--", "BETWEEN_EM_DASHES_REGEX_2"),
    ("“", "BETWEEN_QUOTE_SLANTED_REGEX_2"),
)
_STANDARD_ABBREVIATION_LISTS = {"ABBREVIATIONS", "PREPOSITIVE_ABBREVIATIONS", "NUMBER_ABBREVIATIONS"}
_WORD = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
)  # WithMultiplePeriodsAndEmailRule's
# Where pysbd splits a sentence once more, at its end: a quotation mark after a mark or dash, a capital after.
_QUOTE_ENDING = re.compile(r"[!?.\-][\"'“”]\s[A-Z]")
# Characters of pysbd's own (placeholders, sentence ends, list marks), all beyond ASCII.
# A full stop before a reference's figures, what pysbd's numbered-reference step needs (found ten times faster).
_BEFORE_A_REFERENCE = re.compile(r"\.[\d\[]")
_PYSBD_OWN = re.compile(r"[∯∮ȸȹ☉☈☇☄ƪ♟♝☏✂⌬♬♭⎋♨☝ᓰᓱᓳᓴᓷᓸ]")
_ONE_MARK = frozenset(("", ".", "!", "?"))
# Ends holding no mark of the languages cut (closers, ";", "…"), or an ellipsis among closers.
_NO_MARK_END = re.compile(r"[\"'”’»)\];;…\s]*")
_ELLIPSIS_END = re.compile(r"[\"'”’»)\]\s]*\.\.\.[\"'”’»)\]]*")
# What follows a full stop pysbd keeps after a number abbreviation, and after another (replace_period_of_abbr's:
# also a mark right after it, "etc..." or "etc.,").
_BEFORE_A_NUMBER = re.compile(r"\s(?:\d|\s*\()")
_ABBREVIATION_KEPT = re.compile(r"[.:\-?,]|\s(?:[a-z]|I\s|I'm|I'll|\d|\()")
# How a sentence may end without pysbd splitting off its end: closing marks, then one mark or two it reads as one,
# or a mark it keeps before a quotation mark.
_PLAIN_END = re.compile(r"[\"'”’»)\]\s]*(?:[.!?]|\?!|!\?|\?\?|!!|[!?][\"'])?")
# Each closer, the pattern of the pair pysbd's between-punctuation step hides marks in, and the step's method.
_PAIRED = {
    '"': ("BETWEEN_DOUBLE_QUOTES_REGEX_2", "sub_punctuation_between_double_quotes"),
    "”": ("BETWEEN_QUOTE_SLANTED_REGEX_2", "sub_punctuation_between_quotes_slanted"),
    "»": ("BETWEEN_QUOTE_ARROW_REGEX_2", "sub_punctuation_between_quotes_arrow"),
    ")": ("BETWEEN_PARENS_REGEX_2", "sub_punctuation_between_parens"),
    "]": ("BETWEEN_SQUARE_BRACKETS_REGEX_2", "sub_punctuation_between_square_brackets"),
}
# What opens a sentence of its own in pysbd's sentence regular expression, its closer and what must follow.
_SPACE_CAPITAL, _CAPITAL = re.compile(r"\s[A-Z]"), re.compile(r"\s?[A-Z]")
_SENTENCE_OPENERS = {'"': ('"', _SPACE_CAPITAL), "“": ("”", _SPACE_CAPITAL), "(": (")", _SPACE_CAPITAL)}
_SENTENCE_OPENERS |= {"'": ("'", _SPACE_CAPITAL), "（": ("）", _CAPITAL), "「": ("」", _SPACE_CAPITAL)}


@dataclass(frozen=True)
class _Language:
    plain: frozenset[str]  # abbreviations of letters only, lowered
    other: re.Pattern[str]  # the others, each a regular expression, searched after a space (and may span one)
    longest: int
    unsure: frozenset[str] | None  # letters re's IGNORECASE matches beyond their lower case (None: unknown)
    searched: tuple[tuple[str, re.Pattern[str]], ...]  # the others as pysbd searches each, after its text is found
    unusual_prefix: re.Pattern[str] | None  # a prepositive or number abbreviation searched as written, not escaped
    between: tuple[tuple[str, re.Pattern[str]], ...]
    prepositive: frozenset[str]  # the plain abbreviations pysbd keeps a full stop after before any space
    number: frozenset[str]  # the plain ones it keeps one after before a figure or bracket
    starter: re.Pattern[str]  # where its abbreviation replacer may make a full stop end a sentence again


def _plain(abbreviation: str) -> bool:
    return abbreviation.isalpha() and abbreviation == abbreviation.lower()


@cache
def _language(code: str) -> _Language | None:
    """What the cuts need of the pysbd language, or None when it is not cut."""
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.lang.common import Common, Standard
    from pysbd.languages import LANGUAGE_CODES

    from audit.abbreviation_search import unsure_letters

    module = LANGUAGE_CODES[code]
    own = {name for name in vars(module) if not name.startswith("__")} - {"iso_code"}
    replacer, abbreviation = vars(module).get("AbbreviationReplacer"), vars(module).get("Abbreviation")
    standard = (
        module.__bases__ == (Common, Standard)
        and own <= {"Abbreviation", "AbbreviationReplacer"}
        and (replacer is None or {n for n in vars(replacer) if not n.startswith("__")} <= {"SENTENCE_STARTERS"})
        and (
            abbreviation is None
            or {n for n in vars(abbreviation) if not n.startswith("__")} <= _STANDARD_ABBREVIATION_LISTS
        )
    )
    abbreviations = [a.strip() for a in module.Abbreviation.ABBREVIATIONS]
    if not standard or any("(" in a or ")" in a for a in abbreviations):
        return None
    other = sorted({a for a in abbreviations if not _plain(a)}, key=len, reverse=True)
    unusual = [
        a
        for a in (*module.Abbreviation.PREPOSITIVE_ABBREVIATIONS, *module.Abbreviation.NUMBER_ABBREVIATIONS)
        if not _plain(a)
    ]
    plain = frozenset(a.lower() for a in abbreviations if _plain(a))
    # As replace_abbreviation_as_sentence_boundary builds it: without starters (French) it follows every mark.
    starters = "|".join(f"(?=\\s{word}\\s)" for word in module.AbbreviationReplacer.SENTENCE_STARTERS)
    return _Language(
        plain=plain,
        other=re.compile("|".join(other) or "(?!)", re.IGNORECASE),
        longest=max(map(len, other), default=0),
        unsure=unsure_letters(),
        searched=tuple((a, re.compile(f"(?:^|\\s){a}", re.IGNORECASE)) for a in other),
        unusual_prefix=re.compile(f"(?<!\\S)(?:{'|'.join(unusual)})", re.IGNORECASE) if unusual else None,
        between=tuple((opener, re.compile(getattr(BetweenPunctuation, name))) for opener, name in _BETWEEN),
        prepositive=plain & set(module.Abbreviation.PREPOSITIVE_ABBREVIATIONS),
        number=plain & set(module.Abbreviation.NUMBER_ABBREVIATIONS),
        starter=re.compile(starters),
    )


@dataclass(frozen=True)
class _Steps:
    """pysbd's regular expressions the cuts read, compiled once."""

    list_full_stops: re.Pattern[str]  # the full stop after each list item (and more), found fast
    list_brackets: re.Pattern[str]  # the closing bracket after each (and more)
    single_quotes: re.Pattern[str]
    leading_apostrophe: re.Pattern[str]
    paired: dict[str, re.Pattern[str]]  # by closer
    exclamation_word: re.Pattern[str]  # ending the string
    parens_between_quotes: re.Pattern[str]
    numbered_reference: re.Pattern[str]  # a full stop before a reference's figures ("a.2013 The"): a break after them
    geo_location: re.Pattern[str]  # a full stop it keeps after a letter and a degree sign before a figure ("N°. 5")


@cache
def _steps() -> _Steps:
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.exclamation_words import ExclamationWords
    from pysbd.lang.common import Common, Standard

    from audit.list_search import BRACKET_ITEMS, FULL_STOP_ITEMS

    return _Steps(
        list_full_stops=FULL_STOP_ITEMS,
        list_brackets=BRACKET_ITEMS,
        single_quotes=re.compile(_literal_first(BetweenPunctuation.BETWEEN_SINGLE_QUOTES_REGEX)),
        leading_apostrophe=re.compile(_literal_first(BetweenPunctuation.WORD_WITH_LEADING_APOSTROPHE)),
        paired={closer: re.compile(getattr(BetweenPunctuation, name)) for closer, (name, _) in _PAIRED.items()},
        exclamation_word=re.compile(f"(?:{ExclamationWords.EXCLAMATION_REGEX})\\Z"),
        parens_between_quotes=re.compile(Common.PARENS_BETWEEN_DOUBLE_QUOTES_REGEX),
        numbered_reference=re.compile(Common.NUMBERED_REFERENCE_REGEX),
        geo_location=re.compile(Standard.GeoLocationRule.pattern),
    )


def _literal_first(pattern: str) -> str:
    """pysbd's pattern opening with a space looked behind for, then a quotation mark, with the mark first and the
    look behind after it: the same matches, found by skipping to the marks rather than trying every character."""
    head = "(?<=\\s)'"
    return "'(?<=\\s')" + pattern.removeprefix(head) if pattern.startswith(head) else pattern


def _holds_a_list(flat: str, items: int) -> bool:
    """Whether pysbd's list step may collect more than that many items from flat: a letter or roman numeral before
    a full stop or closing bracket, one or two figures before a full stop then a space or bracket, a figure before a
    closing bracket then a space. With two items or more the step may change the line; with one it never does.
    flat holds none of pysbd's own list marks (♨, ☝): the callers leave a text with any of them to pysbd."""
    full_stops, brackets = flat.count("."), flat.count(")")
    if full_stops + brackets <= items:  # a full stop or bracket at each item
        return False
    found, steps = 0, _steps()
    for pattern in [steps.list_full_stops] * (full_stops > 0) + [steps.list_brackets] * (brackets > 0):
        for mark in pattern.finditer(flat):  # each item's full stop or bracket, and more
            if _list_item(flat, mark.start()):
                found += 1
                if found > items:
                    return True
    return False


def _list_item(flat: str, at: int) -> bool:
    """Whether the full stop or bracket at flat[at], found by list_search, follows an item of pysbd's lists."""
    word = at
    while word > 0 and flat[word - 1].isalnum():
        word -= 1
    item, before = flat[word:at], flat[word - 1 : word]
    if item.isdigit():
        return flat[at] == ")" or (len(item) <= 2 and (not before or before.isspace() or before in "-⁃"))
    if flat[at] == ".":
        return True  # a single letter after a space, as list_search found it
    return (not before or before.isspace() or before == "(") and item in _numerals()


@cache
def _numerals() -> frozenset[str]:
    from pysbd.lists_item_replacer import ListItemReplacer

    return frozenset((*ListItemReplacer.ROMAN_NUMERALS, *ListItemReplacer.LATIN_NUMERALS))


def cuts(flat: str, code: str) -> list[int]:
    """Where flat, one paragraph as pysbd reads it, may be cut (the offsets after the spaces), in order."""
    language = _language(code)
    if language is None or not _cuttable(flat, language):
        return []
    hiding = [m.span() for opener, pattern in language.between if opener in flat for m in pattern.finditer(flat)]
    quoted = _single_quoted(flat)
    if quoted is None:
        return []
    spans = hiding + quoted
    found, start = [], 0
    for match in _CANDIDATE.finditer(flat):
        mark = word = match.start()
        if flat[mark + 1] in '"”':
            if _quoted_cut(flat, start, mark + 1, match.end(), spans, hiding):
                found.append(match.end())
                start = match.end()
            continue
        while word > 0 and not flat[word - 1].isspace():
            word -= 1
        if (
            word == mark
            or not (_MARKS.isdisjoint(flat[word:mark]) or _decimal(flat, word, mark))
            or _keeps_the_mark(flat, word, mark, language)
            or any(s < match.end() and e > mark for s, e in spans)
            or _opened_before(flat, start, mark, spans, hiding)
        ):
            continue
        found.append(match.end())
        start = match.end()
    if quoted and any(
        any(a <= s < b for s, _ in quoted) and _skips_single_quotes(flat[a:b])
        for a, b in zip([0, *found], [*found, len(flat)], strict=True)
    ):
        return []  # a piece whose single quotation marks pysbd would leave alone, where the paragraph's it pairs
    return found


def _decimal(flat: str, word: int, mark: int) -> bool:
    """Whether the marks of flat[word:mark] are full stops between figures ("$1.3517", "1.1%"): pysbd's Numbers hide
    them (PeriodBeforeNumberRule) and leave the mark after the word a sentence end."""
    token = flat[word:mark]
    if not _MARKS.isdisjoint(token.replace(".", "")):
        return False
    at = token.find(".")
    while at >= 0:
        if not (token[at - 1 : at].isdecimal() and token[at + 1 : at + 2].isdecimal()):
            return False
        at = token.find(".", at + 1)
    return True


def _quoted_cut(
    flat: str, start: int, closer: int, end: int, spans: list[tuple[int, int]], hiding: list[tuple[int, int]]
) -> bool:
    """Whether flat may be cut at end, after a mark, the closing quotation mark at flat[closer], a space: where
    its between-punctuation step pairs that quotation mark (the mark inside is no sentence end, whatever word it
    follows, and no other pair runs across), no sentence opened since start closes after it, pysbd's post-processing
    splits the sentence holding it there, its closer with the first part. The mark must be one no step before
    has hidden ("...", "2013.", "U.S."): a piece with none left would be given back whole, where the paragraph's
    sentence regular expression may split it ('"U.S. "" The..."')."""
    mark = closer - 1
    return (
        (flat[mark] != "." or (flat[mark - 1 : mark].isalpha() and flat[mark - 2 : mark - 1] != "."))
        and any(e == closer + 1 for _, e in spans)
        and not any(s < end and e > closer - 1 for s, e in spans if e != closer + 1)
        and not _opened_before(flat, start, closer, spans, hiding)
    )


def _single_quoted(flat: str) -> list[tuple[int, int]] | None:
    """The spans pysbd's single-quote step pairs in flat, or None when its guard leaves them alone in the whole
    paragraph (pieces holding them may not)."""
    if not _SINGLE_QUOTE.search(flat):
        return []
    if _skips_single_quotes(flat):
        return None
    return [m.span() for m in _steps().single_quotes.finditer(flat)]


def _skips_single_quotes(text: str) -> bool:
    """pysbd's guard on its single-quote step, on the text as it reads it (a mark added where none ends it)."""
    probe = text if text[-1:] in _PUNCTUATIONS else text + "ȸ"
    return bool(_steps().leading_apostrophe.search(probe)) and not _APOSTROPHE_SPACE.search(probe)


def _cuttable(flat: str, language: _Language) -> bool:
    """Whether no step of pysbd that sees the whole line can decide differently on a piece of it."""
    return not (
        _UNCUTTABLE.search(flat)
        or _abbreviated_elsewhere(flat, language)
        or _DOUBLED_MARKS.match(flat)
        or ("(" in flat and _steps().parens_between_quotes.search(flat))
        or (language.unusual_prefix is not None and language.unusual_prefix.search(flat))
        or _holds_a_list(flat, 1)
        or (_BEFORE_A_REFERENCE.search(flat) and _steps().numbered_reference.search(flat))  # a break in a pair
    )


def _abbreviated_elsewhere(flat: str, language: _Language) -> bool:
    """Whether pysbd may take a word of one piece for an abbreviation because of the other pieces: it searches an
    abbreviation (case-insensitive) only in a line that holds its text (lowered), and "t." also finds "TV", "st" also
    "ſt"."""
    lowered, unsure = flat.lower(), language.unsure
    if unsure is None or (not flat.isascii() and (len(lowered) != len(flat) or not unsure.isdisjoint(flat))):
        return True
    return any(
        text in lowered and any(found.group().lower().lstrip() != text for found in pattern.finditer(flat))
        for text, pattern in language.searched
    )


def _keeps_the_mark(flat: str, word: int, mark: int, language: _Language) -> bool:
    """Whether pysbd keeps the mark after flat[word:mark] inside its sentence (an abbreviation, an initial...), or
    an abbreviation of several words runs across it ("Bs. As.")."""
    token = flat[word:mark]
    if (len(token) == 1 and "A" <= token <= "Z") or token.endswith("Co"):
        return True
    if token.endswith("°") and _steps().geo_location.match(flat, mark):
        return True
    if flat[mark] == "!" and _steps().exclamation_word.search(token[-12:] + "!"):
        return True
    lowered, unsure = token.lower(), language.unsure
    if unsure is None or len(lowered) != len(token) or not unsure.isdisjoint(token):
        return True  # letters re's IGNORECASE matches beyond their lower case: taken for an abbreviation
    if lowered in language.plain and (flat[mark] != "." or "{" in flat or _abbreviation_keeps(flat, mark, language)):
        return True
    if word == 0 and token.isdigit() and len(token) <= 2:
        return True  # a figure opening the line ("1. ")
    return any(
        (found := language.other.match(flat, at)) and found.end() >= mark
        for at in range(max(mark - language.longest, 0), mark)
        if at == 0 or flat[at - 1].isspace()
    )


def _abbreviation_keeps(flat: str, mark: int, language: _Language) -> bool:
    """Whether pysbd's abbreviation replacer hides the full stop at flat[mark] after a plain abbreviation (the word
    before it, lowered): after a prepositive one always ("Mr."), after a number one before a figure or bracket, after
    the others before what replace_period_of_abbr wants ("etc. and", "me. I"); not before another capital ("...
    shocks me. As", "last May. Flight", "the man. He"), where it ends a sentence as after any word. A brace aside
    (the caller's): pysbd would read the letter after the space, and a capital there disables its replacement."""
    word = mark
    while word > 0 and not flat[word - 1].isspace():
        word -= 1
    lowered = flat[word:mark].lower()
    if lowered in language.prepositive:
        return True
    if lowered in language.number:
        return bool(_BEFORE_A_NUMBER.match(flat, mark + 1))
    return bool(_ABBREVIATION_KEPT.match(flat, mark + 1))


def _may_open(flat: str, at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence may open at flat[at]: after a space, a closer or a mark its between-punctuation step does
    not hide."""
    before = flat[at - 1]
    if before in _SENTENCE_MARKS:
        return not any(s < at <= e for s, e in spans)
    return before.isspace() or before in _SENTENCE_CLOSERS


def _opened_before(
    flat: str, start: int, mark: int, spans: list[tuple[int, int]], hiding: list[tuple[int, int]]
) -> bool:
    """Whether a sentence may open between start and the mark with a quotation mark or bracket that closes after
    the mark (pysbd's sentence regular expression then runs to that closer). A sentence opens at start, after a
    space or where another ended (a mark, a closer); only the last such opener of each kind can close after it.
    A single quotation mark inside a pair its between-punctuation step hides marks in (`hiding`: all but single
    quotation marks) is hidden too, and closes nothing ("The.' \"The.' The.\" The ' Officials.")."""
    for opener, closer in _OPENERS:
        at = flat.rfind(opener, start, mark)
        while at > start and not _may_open(flat, at, spans):
            at = flat.rfind(opener, start, at)
        if at >= 0:
            closing = flat.find(closer, at + 1)
            while closer == "'" and closing >= 0 and any(s <= closing < e for s, e in hiding):
                closing = flat.find(closer, closing + 1)
            if closing > mark:
                return True
    return False


def plain_sentences(flat: str, closing: int, code: str, inner: list[int]) -> list[str] | None:
    """pysbd's sentences of flat where they are certain without asking it, given the marks before flat[closing:]
    (its closing marks and spaces) that are followed by spaces, inner: flat whole, or split before a closing
    quotation mark or bracket it pairs with nothing ("It spreads." and "\""); None where it has to be asked: an
    inner mark it may end a sentence with (_kept_inside tells those it keeps: "Mr.", "U.S." before "envoy"), a full
    stop it does not keep inside a word, an end it splits otherwise ("Ok..."), a list, parentheses between quotation
    marks, a quotation mark it splits after ("-\" The"), an opening quotation or bracket it reads as a sentence of
    its own ("(AP) The ...")."""
    language = _language(code)
    if inner and (language is None or not _kept_inside(flat, inner, language)):
        return None
    if not flat.isascii() and _PYSBD_OWN.search(flat):
        return None
    body = flat[:closing]
    if language is None:
        own = _own_marks(code)
        if any(mark in body for mark in ".!?") or (own is not None and _not_one_own_mark(flat, closing, own)):
            return None
    elif "!" in body or "?" in body or ("." in body and _unkept_period(flat, closing, inner)):
        return None
    if _holds_a_list(flat, 0 if language is None else 1):
        return None
    if ('"' in flat or "'" in flat or not flat.isascii()) and _QUOTE_ENDING.search(flat):
        return None
    if ("(" in flat and _steps().parens_between_quotes.search(flat)) or _opens_a_sentence(flat):
        return None
    end = flat[closing:].rstrip()
    if end in _ONE_MARK or _PLAIN_END.fullmatch(end) or _quoted_end(flat, closing, code):
        return [flat]
    if language is None:
        return None
    if _NO_MARK_END.fullmatch(end) or (_ELLIPSIS_END.fullmatch(end) and _plain_word_before(flat, closing, language)):
        return [flat]  # nothing pysbd reads as a mark ("...;", "...": it hides "..." where no rule took its first ".")
    if _closer_split_off(flat, closing, end, language):
        return [flat[: closing + 1], flat[closing + 1 :]]
    return None


@cache
def _own_marks(code: str) -> frozenset[str] | None:
    """The marks of a pysbd language that ends a sentence at each of them with a regular expression of its own
    (Greek's ";", Hindi's "।"), None for those that use the common one."""
    from pysbd.lang.common import Common
    from pysbd.languages import LANGUAGE_CODES

    module = LANGUAGE_CODES[code]
    if module.SENTENCE_BOUNDARY_REGEX == Common.SENTENCE_BOUNDARY_REGEX:
        return None
    return frozenset(module.Punctuations) | frozenset(".!?")


def _not_one_own_mark(flat: str, closing: int, own: frozenset[str]) -> bool:
    """Whether flat holds one of the language's own marks other than one alone at its end, which its regular
    expression would end a sentence at ("!!" is two sentences there, ";TV." too)."""
    end = flat[closing:].strip()
    return not own.isdisjoint(flat[:closing]) or not (end == "" or (len(end) == 1 and end in own))


def _kept_inside(flat: str, inner: list[int], language: _Language) -> bool:
    """Whether pysbd's abbreviation replacer surely makes each full stop at flat[at] for at in inner, right after a
    word and before a space or tab, a mark of its own that nothing turns back: after one of the language's
    prepositive abbreviations ("Mr."), after a number abbreviation before a figure or bracket ("No. 1"), after
    another abbreviation before what replace_period_of_abbr wants ("Jan. 11", "etc. and"), after a capital initial
    ("W. Kamau") or two letters with a full stop between ("U.S.", "L.A.": its multi-period step), unless a sentence
    starter follows ("U.S. The": replace_abbreviation_as_sentence_boundary). A brace aside: pysbd would read the
    letter after the space, "{no} " searched as written, and a capital there disables its replacement."""
    if "{" in flat:
        return False
    for at in inner:
        if flat[at] != "." or flat[at + 1] not in " \t" or language.starter.match(flat, at + 1):
            return False
        word = at
        while word > 0 and not flat[word - 1].isspace():
            word -= 1
        token = flat[word:at]
        if not token.isascii():
            return False
        if token.isalpha():
            lowered = token.lower()
            if len(token) == 1:
                kept = token.isupper()  # SingleUpperCaseLetterRule
            elif lowered in language.prepositive:
                kept = True
            elif lowered in language.number:
                kept = bool(_BEFORE_A_NUMBER.match(flat, at + 1))
            else:
                kept = lowered in language.plain and bool(_ABBREVIATION_KEPT.match(flat, at + 1))
        else:
            kept = len(token) == 3 and token[1] == "." and (token[0] + token[2]).isalpha()
            kept = kept and token.lower() not in ("a.m", "p.m")  # AmPmRules: "a.m. The" ends a sentence
        if not kept:
            return False
    return True


def _plain_word_before(flat: str, closing: int, language: _Language) -> bool:
    """Whether the word before flat[closing] ends with a letter and is none of those pysbd keeps a mark after."""
    word = closing
    while word > 0 and not flat[word - 1].isspace():
        word -= 1
    return (
        flat[closing - 1 : closing].isalpha()
        and _MARKS.isdisjoint(flat[word:closing])
        and not _keeps_the_mark(flat, word, closing, language)
    )


def _closer_split_off(flat: str, closing: int, end: str, language: _Language) -> bool:
    """Whether flat ends with a mark after a letter, then a closing quotation mark or bracket, none of pysbd's steps
    keeps the mark (it is in no pair of quotation marks or brackets, ends no word with full stops inside nor an
    exclamation word), so that it splits the closer off as a sentence of its own."""
    if len(end) != 2 or end[0] not in ".!?" or end[1] not in "\"'”’»)]" or not flat[closing - 1 : closing].isalpha():
        return False
    if end[0] == "." and flat[closing - 2 : closing - 1] == ".":
        return False  # "U.S.\""
    if end[0] == "!" and _steps().exclamation_word.search(flat[max(closing - 12, 0) : closing + 1]):
        return False
    quoted = _single_quoted(flat)
    spans = [m.span() for opener, pattern in language.between if opener in flat for m in pattern.finditer(flat)]
    return not any(s <= closing < e for s, e in [*spans, *(quoted or [])])


def _quoted_end(flat: str, closing: int, code: str) -> bool:
    """Whether flat ends with a mark and the closer of the quotation or brackets pysbd pairs around it ("... he
    said \"it spreads.\"": its between-punctuation step keeps the mark, where "It spreads.\"" loses the quote)."""
    end = flat[closing:].rstrip()
    closer = end[1:] if len(end) == 2 and end[0] in ".!?" else None
    if closer not in _paired_closers(code):
        return False
    pattern = _steps().paired[closer]
    last = None
    for last in pattern.finditer(flat):  # noqa: B007 (the last pair is wanted)
        pass
    return last is not None and last.start() < closing and last.end() == closing + 2


@cache
def _paired_closers(code: str) -> frozenset[str]:
    """The closers whose pairs the language's between-punctuation step hides marks in as the common step does:
    German's pairs only its own double quotation marks („ “), Chinese and Japanese only their own brackets."""
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.languages import LANGUAGE_CODES

    own = vars(LANGUAGE_CODES[code]).get("BetweenPunctuation", BetweenPunctuation)
    if any(
        getattr(own, step) is not getattr(BetweenPunctuation, step)
        for step in ("replace", "sub_punctuation_between_quotes_and_parens")
    ):
        return frozenset()
    return frozenset(
        closer for closer, (_, step) in _PAIRED.items() if getattr(own, step) is getattr(BetweenPunctuation, step)
    )


def _unkept_period(flat: str, closing: int, kept: list[int]) -> bool:
    """Whether a full stop before flat[closing:] may end a sentence: it is none of those kept after an abbreviation
    and none of pysbd's rules keeping one inside a number or word (its Numbers, then WithMultiplePeriodsAndEmailRule,
    which consumes the characters around each full stop it keeps, so that the second of "a.b.c" is left) surely
    applies, or its numbered-reference step (after the Numbers) breaks the sentence after the figures that follow it
    ("The.2013 The")."""
    at = flat.find(".", 0, closing)
    while at >= 0:
        before, after = flat[at - 1 : at], flat[at + 1 : at + 2]
        if at not in kept and (
            not (
                after.isdecimal()
                or (before.isdecimal() and after and not after.isspace())
                or (before in _WORD and after in _WORD and flat[at - 2 : at - 1] != ".")
            )
            or _steps().numbered_reference.match(flat, at)
        ):
            return True
        at = flat.find(".", at + 1, closing)
    return False


def _opens_a_sentence(flat: str) -> bool:
    """Whether flat opens with a quotation mark or bracket whose closer is followed as pysbd's sentence regular
    expression wants it to end a sentence there (a quotation mark doubled after it too)."""
    if flat[:1] not in _SENTENCE_OPENERS:
        return False
    closer, then = _SENTENCE_OPENERS[flat[:1]]
    at = flat.find(closer, 1)
    if at < 0:
        return False
    # Its regular expression wants something before the closer, no comma when a quotation mark: "No," he said.
    ends = [at + 2] if flat[at + 1 : at + 2] == closer else []
    if at >= (3 if closer == ")" else 2 if closer in "\"”'" else 1) and (closer not in "\"”'" or flat[at - 1] != ","):
        ends.append(at + 1)
    return any(then.match(flat, end) for end in ends)
