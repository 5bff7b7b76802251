"""The text checks made linear (issue 14): what they read once and share answers as the rescans it replaced did,
the one bound that may change a result (duplicate-phrase's nearest candidates) loses nothing on text of real
length, and hostile inputs give findings with valid spans. Behaviour only: the timings are the benchmark's
(benchmarks/bench_hostile.py)."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import fixes, lexicon, segmentation
from audit.addresses import EMAIL, URL, finder
from audit.checks import duplicate_sentence, get, name_variant, sentence_case, untranslated_word
from audit.checks.base import Scope
from audit.checks.duplicate_phrase import _CANDIDATES, _SEED, _longest, _read, _runs_again, repeats
from audit.context import RunContext
from audit.document import Document, Span
from audit.duplication import attributions, sentences
from audit.duplication import tokens as token_index
from audit.duplication.spans import Spans
from audit.duplication.suggestion import MAX_CHARACTERS, suggestion
from audit.duplication.tokens import Said, TokenIndex, tokens
from audit.findings import Applicability, Fix
from audit.fixes import preview
from audit.names import mentions, spotting
from audit.typography import doubles, figures, issue, marks, spacing
from audit.words import runs
from audit.words.tokens import words

TEXT_CHECKS = (
    "repeated-word",
    "double-attribution",
    "duplicate-phrase",
    "duplicate-sentence",
    "punctuation",
    "typography",
    "exonym",
)
VOCABULARY = (
    *("the", "army", "said", "on", "Sunday", "that", "its", "forces", "had", "repelled", "attacks", "near", "town"),
    *("he", "she", "also", "denied", "during", "“", "”", "«", "»", ":", ",", ".", "'", "’"),
    *("l'armée", "U.S.", "Chasiv-Yar", "12"),
)
FILLER = ("rates", "rose", "while", "markets", "fell", "sharply", "as", "investors", "sold", "bonds")
# Characters that make words, join them inside a word, and part them: where a stretch may cut a word.
TEXTS = st.text(alphabet="ab1é’'-._ ,:\n“”«»\"‘", max_size=60)
ENGLISH = lexicon.of("en")


def _offsets(text: str) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_an_index_gives_any_stretch_the_words_tokens_finds(data):
    text = data.draw(TEXTS)
    start, end = data.draw(_offsets(text))
    index = TokenIndex(text)
    expected = tokens(text, start, end)
    assert index.within(start, end) == expected
    assert list(index.iterate(start, end)) == expected
    assert index.first(start, end) == (expected[0] if expected else None)
    assert index.last(start, end) == (expected[-1] if expected else None)
    keys = frozenset({"a", "1", "b’a"})
    assert index.any_of(start, end, keys) == any(w.key in keys for w in expected)
    with mock.patch.object(token_index, "_SCANNED", 0):  # told by the text's counts, as a long stretch is
        assert index.any_of(start, end, keys) == any(w.key in keys for w in expected)
    assert index.count_of(start, end, keys) == sum(w.key in keys for w in expected)
    gaps = [text[before.end : word.start] for before, word in itertools.pairwise(expected)]
    assert index.breaks(start, end) == [at for at, gap in enumerate(gaps, 1) if gap.strip()]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_an_index_gives_many_stretches_at_once_what_it_gives_each(data):
    text = data.draw(TEXTS)
    stretches = data.draw(st.lists(_offsets(text), max_size=6))
    starts, ends = [start for start, _ in stretches], [end for _, end in stretches]
    index = TokenIndex(text)
    words = [index.within(start, end) for start, end in stretches]
    said = index.each_within(starts, ends)
    assert [found.keys for found in said] == [[word.key for word in found] for found in words]
    assert [found.words for found in said] == words  # made on first ask, as within() makes them
    assert [index.said(start, end).words for start, end in stretches] == words
    assert [index[at] for at in range(-len(index), len(index))] == [*tokens(text), *tokens(text)]
    assert index.each_keys(starts, ends) == [[word.key for word in found] for found in words]
    keys = frozenset({"a", "1", "b’a"})
    assert index.each_count_of(starts, ends, keys) == [index.count_of(start, end, keys) for start, end in stretches]
    doubled = [at for at, (start, end) in enumerate(stretches) if index.doubled(start, end)]
    assert index.each_doubled(starts, ends) == doubled
    for kept in range(len(stretches)):  # other stretches asked of the same index, more than it keeps the bounds of
        expected = [index.count_of(start, end, keys) for start, end in stretches[kept:]]
        assert index.each_count_of(starts[kept:], ends[kept:], keys) == expected
    assert all(
        any(a.key == b.key for a, b in itertools.pairwise(tokens(text, start, end)))
        for start, end in (stretches[at] for at in doubled)
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ1ßİﬁΣς’'-._ ,\n", max_size=40), st.data())
def test_tokens_are_the_pattern_s_matches_with_their_folded_keys(text, data):
    start, end = data.draw(_offsets(text))
    matches = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*").finditer(text, start, end)
    expected = [(m.start(), m.end(), m.group(), m.group().casefold().replace("’", "'")) for m in matches]
    assert [tuple(word) for word in tokens(text, start, end)] == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ1éÉßÿ×«µª²¼’'-._ ,\nİ\u0301ﬁ", max_size=30), st.data())
def test_stretches_normalised_words_read_from_their_keys_as_the_pattern_finds_them(text, data):
    stretches = [Span(start, end, text[start:end]) for start, end in map(sorted, data.draw(st.lists(_offsets(text))))]
    keys = [[word.key for word in TokenIndex(text).within(s.start, s.end)] for s in stretches]
    assert sentences._each_normalised(text, stretches, keys) == [sentences.normalise(s.text) for s in stretches]


def test_latin_1_characters_fold_to_letters_exactly_when_they_are_letters():
    """What reading normalised words from keys relies on, for every Latin-1 character in NFKC."""
    for code in range(256):
        char = chr(code)
        if unicodedata.is_normalized("NFKC", char):
            folded = [c.isalnum() for c in char.casefold()]
            assert all(folded) == any(folded) == char.isalnum()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)), max_size=8),
    st.integers(0, 80),
    st.integers(0, 80),
    st.integers(0, 2),
)
def test_spans_answer_as_a_scan_of_them_all(raw, start, end, slack):
    spans = [(a, a + length) for a, length in raw]
    found = Spans(spans)
    assert found.holds(start) == any(a <= start < b for a, b in spans)
    assert found.covers(start, end, slack) == any(a <= start and end <= b + slack for a, b in spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from((*VOCABULARY, "\n\n", "a-t-il", "déclaré", "a", "dit")), max_size=30))
def test_the_paragraphs_with_two_attributions_as_when_each_is_read(words):
    text = " ".join(words)
    for code in ("en", "fr"):
        lang = lexicon.of(code)
        paragraphs = Document("d", text, lang_hint=code).paragraphs
        expected = [
            (p, found) for p in paragraphs if len(found := attributions.find(text, p.start, p.end, lang, 2)) >= 2
        ]
        assert list(attributions.in_paragraphs(text, paragraphs, lang, least=2)) == expected


def _statement_after_by_reading(text: str, end: int, sentence_end: int, lang) -> bool:
    """What has_statement_after answered before issue 14, reading the rest of the sentence each time."""
    rest = text[end:sentence_end]
    if ":" in rest or attributions._QUOTE.search(rest):
        return True
    words = tokens(text, end, sentence_end)
    while words and words[0].key in lang.adverbs:
        words = words[1:]
    if not words:
        return False
    if any(w.key in lang.complementizers for w in words):
        return True
    return words[0].key not in lang.circumstantial


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), max_size=25), st.data())
def test_a_statement_after_an_attribution_as_by_reading_the_rest(words, data):
    text = " ".join(words)
    end, sentence_end = data.draw(_offsets(text))
    expected = _statement_after_by_reading(text, end, sentence_end, ENGLISH)
    assert attributions.has_statement_after(text, end, sentence_end, ENGLISH) == expected
    with mock.patch.object(attributions, "_SEARCHED", 0):  # the text's marks bisected, as for a long rest
        assert attributions.has_statement_after(text, end, sentence_end, ENGLISH) == expected


def _quotations_by_reading(text: str, start: int, end: int, closing: dict[str, str]) -> list[tuple[int, int]]:
    spans, index = [], start
    while index < end:
        if text[index] in closing:
            close = text.find(closing[text[index]], index + 1, end)
            stop = end if close < 0 else close
            spans.append((index, stop))
            index = stop + 1
        else:
            index += 1
    return spans


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_quotations_as_by_reading_each_character(text, data):
    start, end = data.draw(_offsets(text))
    assert attributions.quotations(text, start, end, ENGLISH) == _quotations_by_reading(
        text, start, end, ENGLISH.quotes
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='a “”«»„‹›"\n', max_size=60))
def test_a_document_s_quotations_as_each_paragraph_read(text):
    doc = Document("d", text)
    expected = [span for p in doc.paragraphs for span in attributions.quotations(text, p.start, p.end, ENGLISH)]
    assert attributions.document_quotations(doc, ENGLISH) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab “”«»„‹›"\n’€', max_size=60))
def test_a_text_s_marks_added_up_from_its_pieces_as_their_pattern_finds_them(text):
    marks = "".join(ENGLISH.quotes)
    expected = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
    assert attributions._mark_offsets(text, marks) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab “”«»„‹›"\n’', max_size=60), st.data())
def test_quotations_bisected_among_the_text_s_marks_as_searched_for(text, data):
    start, end = data.draw(_offsets(text))
    marked = attributions._mark_offsets(text, "".join(ENGLISH.quotes))
    expected = attributions.quotations(text, start, end, ENGLISH)
    assert attributions._quoted(text, start, end, ENGLISH.quotes, marked) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="a \n\r", max_size=40))
def test_line_breaks_added_up_from_the_lines_as_their_pattern_finds_them(text):
    assert duplicate_sentence._line_breaks(text) == [m.start() for m in re.finditer(r"[\r\n]", text)]


def _longest_of_all(keys: list[str], starts: list[int], j: int, boundary: int) -> tuple[int, int]:
    """duplicate-phrase's search before issue 14: every earlier start tried."""
    best = (0, -1)
    for k in starts:
        if k >= j:
            break
        limit = min(j, boundary) if k < boundary else j
        length = 0
        while k + length < limit and j + length < len(keys) and keys[k + length] == keys[j + length]:
            length += 1
        if length >= 3 and length > best[0]:
            best = (length, k)
    return best


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("abc"), min_size=3, max_size=40), st.data())
def test_the_nearest_candidates_find_the_longest_repeat_while_there_are_few(keys, data):
    """Up to _CANDIDATES earlier occurrences of a phrase's first three words (two sentences of news have a few),
    the bounded search finds what trying them all finds."""
    j = data.draw(st.integers(0, len(keys) - 3))
    boundary = data.draw(st.integers(0, len(keys)))
    starts = [k for k in range(len(keys) - 2) if keys[k : k + 3] == keys[j : j + 3]]
    if sum(k < j for k in starts) <= _CANDIDATES:
        assert _longest(keys, starts, j, boundary) == _longest_of_all(keys, starts, j, boundary)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 4)), max_size=30))
def test_issues_kept_without_overlaps_as_comparing_each_with_every_kept_one(spans):
    """Typography and punctuation keep an issue unless it overlaps one kept before it (an empty one: an insertion
    strictly inside a kept span); marking the kept characters decides as comparing every pair did."""
    issues = [issue.Issue(start, start + length, "m") for start, length in spans]
    kept: list[issue.Issue] = []
    for one in issues:
        if not any(one.start < other.end and other.start < one.end for other in kept):
            kept.append(one)
    assert issue.without_overlaps(issues) == sorted(kept, key=lambda i: (i.start, i.end))


def test_name_variant_compares_the_nearest_earlier_spellings_of_a_bucket(monkeypatch):
    """Up to MAX_EARLIER earlier spellings sharing a key (news has three at most), the bounded grouping is the one
    that compares every pair; beyond it, spellings still group with their nearest likes."""
    made_up = [f"K{a}b{b}kh{c}dz{d}" for a, b, c, d in itertools.product("aeiouy", repeat=4)]
    few = made_up[: name_variant.MAX_EARLIER + 1]
    bounded = name_variant._linked(few), name_variant._linked(made_up)
    monkeypatch.setattr(name_variant, "MAX_EARLIER", len(made_up))
    assert name_variant._linked(few) == bounded[0]
    assert bounded[1] and all(len(group) > 1 for group in bounded[1])


def _findings(text: str, check_ids=TEXT_CHECKS) -> tuple[Document, list]:
    doc = Document("d", text)
    ctx = RunContext(target_lang="en", backtranslate=False, checks=frozenset(check_ids))
    ctx.documents = [doc]
    return doc, [f for check_id in check_ids for f in get(check_id).run(doc, ctx)]


def test_a_phrase_repeated_far_apart_in_a_long_sentence_is_still_found():
    """No window of words bounds the search: in a sentence of some 300 words, a clause that comes back 250 words
    on is reported, as before the bound."""
    filler = random.Random(1).choices(FILLER, k=250)
    lead = "according to local officials"
    text = f"The vote was delayed {lead} and {' '.join(filler)} {lead}, the agency said."
    _, found = _findings(text, ("duplicate-phrase",))
    assert [f.text for f in found] == [lead]


def _random_words(size: int, separator: str = " ") -> str:
    draw = random.Random(0)
    return separator.join(draw.choice(VOCABULARY[:13]) for _ in range(size // 5))


@pytest.mark.parametrize(
    "text",
    [
        _random_words(20_000),
        "the " * 2_001,
        "Said " * 2_000,
        _random_words(20_000, "\n"),
        _random_words(20_000, ""),
        "The army said on Sunday that its forces had repelled attacks near the town. " * 200,
        "“We are ready,” he said. " * 300 + "He declared: “ready” " * 300,
        "The talks in Doha in Doha ended. " * 300 + "in Doha " * 300,
        " ".join(f"K{a}m-j{b}ng met K{a}m J{b}ng." for a in "abcdefghij" for b in "abcdefghij"),
    ],
    ids=["random words", "the", "Said", "one-word lines", "no spaces", "one sentence", "quotes", "pairs", "syllables"],
)
def test_hostile_texts_give_findings_on_valid_spans(text):
    doc, found = _findings(text)
    for finding in found:
        assert 0 <= finding.start <= finding.end <= len(doc.text)
        assert finding.text == doc.text[finding.start : finding.end]
        if finding.fix is not None:
            assert all(0 <= e.start <= e.end <= len(doc.text) for e in finding.fix.edits)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,!?”)'\"\n", max_size=30), st.data())
def test_a_sentence_end_before_two_spaces_read_backwards(text, data):
    start, position = sorted(data.draw(_offsets(text)))
    expected = bool(re.compile(r"[.!?][”’»\"')]*$").search(text, start, position))
    if position == start or text[position - 1].isspace():
        return  # the checks ask only after a character that is not white space
    assert spacing._after_sentence(text, start, position) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aUSCa. \n(-ce", max_size=30), st.data())
def test_an_abbreviation_read_from_the_last_characters(text, data):
    start, end = sorted(data.draw(_offsets(text)))
    if end == start or text[end - 1] != ".":
        return  # asked at a full stop only
    abbreviations = frozenset({"etc.", "usw.", "vs."})
    word_start = max(text.rfind(" ", start, end), text.rfind("\n", start, end)) + 1
    expected = bool(doubles._ABBREVIATION.search(text, start, end)) or text[word_start:end].lower() in abbreviations
    assert doubles._abbreviated(text, start, end, abbreviations) == expected


def _quotes_by_reading(text: str, start: int, end: int):
    """marks.quotes before issue 14: each character read, the word-opening ‘ found beforehand."""
    openings = {m.start() for m in marks._WORD_START.finditer(text, start, end)}
    stack, unmatched, pairs = [], [], []
    for index in range(start, end):
        char = text[index]
        if char not in marks.QUOTE_MARKS or (marks._inch(text, index, char) and not (stack and stack[-1][1] == '"')):
            continue
        if stack and char in marks.QUOTES[stack[-1][1]]:
            pairs.append((stack.pop()[0], index))
        elif char == "’" or (char == "‘" and index not in openings):
            continue
        elif char in marks.QUOTES and not (char == '"' and marks._closing(text, index, start, end)):
            stack.append((index, char))
        else:
            unmatched.append(marks.Mark(index, char, False))
    unmatched += [marks.Mark(i, c, True) for i, c in stack]
    return sorted(unmatched, key=lambda m: m.position), sorted(pairs)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a 1‘’“”"(«»)[:-', max_size=30), st.data())
def test_marks_found_as_by_reading_each_character(text, data):
    start, end = sorted(data.draw(_offsets(text)))
    assert marks.quotes(text, start, end) == _quotes_by_reading(text, start, end)
    brackets = marks.brackets(text, start, end)
    assert [m.position for m in brackets] == sorted(m.position for m in brackets)
    assert all(text[m.position] in "()[]{}" for m in brackets)


def test_a_suggestion_is_the_whole_sentence_up_to_its_bound_then_the_stretch_around_the_fix():
    short = "Units withdrew to to new positions."
    fix = Fix.delete(17, 20, Applicability.SAFE)
    assert suggestion(short, 0, len(short), fix) == preview(short, 0, len(short), fix)
    long = "word " * 10_000 + short + " word" * 10_000
    at = long.index("to to") + 2
    shown = suggestion(long, 0, len(long), Fix.delete(at, at + 3, Applicability.SAFE))
    assert len(shown) <= MAX_CHARACTERS + 3 and "withdrew to new positions" in shown


ADDRESSES = st.text(alphabet="ab.@+-_ \n<>#w/:", max_size=40)
WORLD_CHECKS = ("untranslated-word", "transliteration", "name-variant", "sentence-case")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)), max_size=8), st.integers(0, 80), st.integers(0, 8))
def test_an_edit_meets_a_span_as_a_scan_of_them_all_finds(raw, start, length):
    """protect() asks by bisection what it asked of every protected span for every edit."""
    spans = [(a, a + n) for a, n in raw]
    end = start + length
    expected = any((a < end and start < b) or a <= start < b for a, b in spans)
    assert Spans(spans).meets(start, end) == expected


@settings(max_examples=300, deadline=None)
@given(ADDRESSES, st.data())
def test_what_a_sentence_leaves_unjudged_as_read_on_its_own_lines(text, data):
    """untranslated-word reads a text's addresses, tags and hashtags once: a sentence's words are left out as a
    scan of the sentence's own lines left them out."""
    start, end = sorted(data.draw(_offsets(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    lines = text[line_start : len(text) if line_end < 0 else line_end]
    read = [(line_start + m.start(), line_start + m.end()) for m in runs._UNJUDGED(lines)]
    once = runs.unjudged(text)
    for offset in range(start, end):
        assert once.holds(offset) == any(a <= offset < b for a, b in read)


def test_an_address_is_found_whatever_runs_of_its_characters_come_before():
    """The e-mail pattern shared by protect(), typography and untranslated-word starts only where a run of an
    address's characters starts, and still finds the addresses of ordinary text."""
    text = "Write to press@army.example.org or see https://army.example.org/news; x" + "a.b-" * 50_000
    found = [m.group() for m in fixes._ADDRESSES(text)]
    assert found == ["press@army.example.org", "https://army.example.org/news;"]


@settings(max_examples=300, deadline=None)
@given(ADDRESSES)
def test_addresses_are_found_as_one_pattern_finds_them(text):
    """A text without "@" is scanned without the e-mail pattern, and gives the matches the whole pattern gives."""
    every = re.compile(rf"{URL}|{EMAIL}|<[^<>\n]*>", re.IGNORECASE)
    assert [m.span() for m in finder(r"<[^<>\n]*>")(text)] == [m.span() for m in every.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        _random_words(20_000, ""),
        "The army said on Sunday that its forces had repelled attacks. " * 300,
        "Said " * 3_000,
        _random_words(20_000, "\n"),
        "The sides resumed “the talks” and the pourparlers on Monday. " * 300,
        "“The pourparlers " + "les pourparlers et la réunion " * 500,
        "Write to a@b.example.org about the pourparlers. " * 300,
    ],
    ids=["no spaces", "one sentence", "Said", "one-word lines", "foreign words", "unclosed quotation", "e-mails"],
)
def test_hostile_texts_give_findings_on_valid_spans_and_protect_keeps_them(text):
    doc = Document("d", text)
    ctx = RunContext(target_lang="en", backtranslate=False, checks=frozenset(WORLD_CHECKS))
    ctx.documents = [doc]
    found = []
    for check in map(get, WORLD_CHECKS):
        if check.scope is Scope.FEED:
            found += [f for _, f in check.run_feed([doc], ctx)]
        else:
            found += check.run(doc, ctx)
    kept = fixes.protect(doc, found)
    assert [(f.start, f.end) for f in kept] == [(f.start, f.end) for f in found]
    for finding in found:
        assert 0 <= finding.start <= finding.end <= len(doc.text)
        assert finding.text == doc.text[finding.start : finding.end]


def _setting_by_scanning(text: str, start: int, end: int, quotations: list[tuple[int, int]]) -> str | None:
    """untranslated-word's _setting before issue 14: every quotation tried, the whole of one read, the text before
    the run copied."""
    for open_at, close_at in quotations:
        if open_at < start and end <= close_at:
            quoted = words(text, open_at + 1, close_at)
            if quoted and quoted[0].capitalised and len(quoted) <= untranslated_word.TITLE_WORDS:
                return untranslated_word.TITLE
            if len(quoted) <= untranslated_word.SHORT_QUOTATION:
                return untranslated_word.TERM
            return None
    before = text[:start].rstrip(" \u00a0\u202f")[-1:]
    after = text[end:].lstrip(" \u00a0\u202f")[:1]
    if (before == after and before in "*_") or before + after == "()":
        return untranslated_word.TERM
    return None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ("Le", "mot", "pourparlers", " ", "\u00a0", "“", "”", "'", "‘", "’", "*", "_", "(", ")", "\n\n", "x")
        ),
        max_size=30,
    ),
    st.data(),
)
def test_how_a_run_is_set_apart_as_by_scanning_every_quotation(pieces, data):
    text = "".join(pieces)
    start, end = sorted(data.draw(_offsets(text)))
    doc = Document("d", text)
    old = untranslated_word.document_quotations(doc, ENGLISH)
    old += [(m.start(), m.end() - 1) for m in untranslated_word._SINGLE_QUOTED.finditer(text)]
    expected = _setting_by_scanning(text, start, end, old)
    assert untranslated_word._setting(text, start, end, untranslated_word.Quotations(doc, "en")) == expected


def _mentions_asking_each_time(text: str, gazetteer) -> tuple:
    """mentions._mentions before issue 14: the gazetteer and the signals asked afresh of every word."""
    found = []
    for run in spotting.runs(text):
        index = 0
        while index < len(run):
            for stop in range(min(len(run), index + gazetteer.max_words), index, -1):
                if run[stop - 1].particle:
                    continue
                start, end = run[index].start, run[stop - 1].end
                mention = mentions.resolve(text[start:end], start, gazetteer)
                if mention is not None:
                    found.append(mention)
                    index = stop
                    break
            else:
                token = run[index]
                if not token.particle:
                    prefix = mentions._hyphen_prefix(token, gazetteer)
                    if prefix is not None:
                        found.append(prefix)
                    else:
                        mentions._append_unknown(found, mentions._unknown(token, gazetteer), text)
                index += 1
    return tuple(found)


NAMES = ("Said", "Kyiv", "Kiev", "Kharkov", "Charkiw", "Staraïa", "Roussa", "Kryvyi", "Rih", "von", "der", "Leyen")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from((*NAMES, "said", "in", ",", ".", "-backed")), max_size=25))
def test_names_read_once_per_text_as_when_asked_each_time(pieces):
    text = " ".join(pieces).replace(" -", "-")
    gazetteer = mentions.load()
    assert mentions._mentions.__wrapped__(text, gazetteer) == _mentions_asking_each_time(text, gazetteer)


def _sentence_case_as_before(doc: Document, lang) -> list[tuple[int, int]]:
    """sentence-case's spans before issue 14: each sentence's first word read before its paragraph was asked."""
    found, previous = [], None
    for sentence in doc.sentences:
        prior, previous = previous, sentence
        word = sentence_case._first_word(sentence.text)
        if (
            word is None
            or not sentence_case._starts_lower(word.group())
            or sentence_case._LIST_ITEM.match(sentence.text)
        ):
            continue
        if sentence_case._ADDRESS.match(sentence.text, word.end()):
            continue
        last = prior.text.split()[-1].casefold().replace("’", "'") if prior else ""
        if prior and prior.paragraph == sentence.paragraph and lang.base(last) in lang.abbreviations:
            continue
        if prior and prior.paragraph != sentence.paragraph and prior.text[-1] not in sentence_case._SENTENCE_ENDS:
            continue
        found.append((sentence.start + word.start(), sentence.start + word.end()))
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                "he",
                "said",
                "Mr.",
                "eBay",
                "x@y.org",
                "www.x.org",
                "“",
                "(",
                "- ",
                "1. ",
                "12",
                ". ",
                "? ",
                "\n",
                "\n\n",
                " ",
                ",",
            )
        ),
        max_size=30,
    )
)
def test_sentence_case_reports_as_before_it_asked_the_cheap_questions_first(pieces):
    doc = Document("d", "".join(pieces))
    if not doc.text.strip():
        return
    ctx = RunContext(target_lang="en", backtranslate=False, checks=frozenset({"sentence-case"}))
    expected = _sentence_case_as_before(doc, ENGLISH)
    assert [(f.start, f.end) for f in get("sentence-case").run(doc, ctx)] == expected


FIGURES = st.text(alphabet="12٣² .,a\u00a0\u202f%", max_size=40)


@settings(max_examples=500, deadline=None)
@given(FIGURES)
def test_figures_found_from_their_first_digit_as_with_the_look_behind_first(text):
    behind_first = {
        figures._DECIMAL: r"(?<![\w.,])(\d+)([.,])(\d{1,2})(?![\d]|[.,]\d)",
        figures._GROUPED: r"(?<![\w.,])(\d{1,3})([.,\u00a0\u202f\u2009 ])(\d{3})((?:\2\d{3})*)(?![\d]|[.,]\d)",
    }
    for pattern, before in behind_first.items():
        expected = [(m.span(), m.groups()) for m in re.finditer(before, text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected


@settings(max_examples=500, deadline=None)
@given(FIGURES)
def test_a_spaced_percent_read_at_each_percent_as_the_pattern_finds_it(text):
    assert figures.spaced_percents(text) == any(m.group(1) for m in figures._PERCENT.finditer(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .!?…;;\"'”’»)]\u00a0\t。", max_size=12))
def test_a_piece_s_closing_marks_found_by_stripping_as_by_the_pattern(flat):
    closing = re.search(f"[{segmentation._MARKS};;\"'”’»)\\]\\s]+$", flat)
    assert segmentation._closing_start(flat) == (closing.start() if closing else len(flat))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a1é _.:\n\"“«'‘’", max_size=16))
def test_quotation_marks_found_from_the_mark_as_with_the_look_behind_first(text):
    behind_first = re.compile(r"[\"“”«»„‟‹›]|(?<!\w)['‘’]|['‘’](?!\w)")
    expected = [m.span() for m in behind_first.finditer(text)]
    assert [m.span() for m in attributions._QUOTE.finditer(text)] == expected
    colons = [m.start() for m in re.finditer(":", text)]
    assert attributions._statement_marks.__wrapped__(text) == sorted([start for start, _ in expected] + colons)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from("abcd"), max_size=14), st.integers(1, 4))
def test_a_run_said_again_makes_as_many_repeats_at_least(keys, n):
    counted = repeats(_read(Said(None, 0, 0, keys, [])))
    assert counted == len(keys) - len(set(keys))
    runs = [tuple(keys[i : i + n]) for i in range(len(keys) - n + 1)]
    if len(set(runs)) < len(runs):
        assert counted >= n


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from("abc"), max_size=14), st.integers(0, 14))
def test_a_window_passed_over_has_no_run_of_its_sentence_said_earlier(keys, boundary):
    before, own = _read(Said(None, 0, 0, keys[:boundary], [])), _read(Said(None, 0, 0, keys[boundary:], []))
    boundary = len(before.keys)
    said_again = any(
        keys[k : k + _SEED] == keys[j : j + _SEED]
        for j in range(boundary, len(keys) - _SEED + 1)
        for k in range(j)
        if k + _SEED <= boundary or k >= boundary
    )
    assert _runs_again(before, own) == said_again


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a (x)[]{}\n", max_size=40))
def test_each_paragraph_s_brackets_as_when_each_is_read(text):
    paragraphs = Document("d", text).paragraphs
    expected = [marks.brackets(text, p.start, p.end) for p in paragraphs]
    assert marks.paragraph_brackets(text, paragraphs) == expected
