"""punctuation: unbalanced brackets and quotation marks, a paragraph that lost its final mark, doubled or stray
marks, and the spacing a tokeniser leaves ("the army , the", "( x )", "do n't")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit import lexicon
from audit.checks.base import Check, Example, option
from audit.context import RunContext
from audit.document import Document, Paragraph
from audit.duplication.spans import Spans
from audit.findings import Applicability, Finding, Fix, Severity
from audit.lexicon import Lexicon
from audit.typography import conventions, doubles, endings, marks, source, spacing
from audit.typography.issue import Issue, addresses
from audit.typography.issue import findings as report
from audit.typography.sites import Sites

SENTENCE_WORDS = 2  # function words that make a paragraph's end a sentence rather than a headline
SENTENCE_MIN_WORDS = 3  # a paragraph's last sentence this long, after sentences with their marks, wants one too
LAST_PARAGRAPH_MIN_WORDS = 5  # a text's last paragraph this long, after paragraphs with their marks, wants one
LONE_SENTENCE_WORDS = 12  # a text of one sentence this long, with a verb, and without a final mark is noted
PUNCTUATED_PARAGRAPHS = 3  # other paragraphs with a final mark that make a missing one stand out
PUNCTUATED_SHARE = 0.8
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Options:
    final_mark: bool = option(True, "report a paragraph of prose that ends without a final mark")
    spaces: bool = option(True, "report doubled spaces and spaces a tokeniser left")


class Punctuation(Check):
    id = "punctuation"
    category = "fluency/punctuation"
    severity = Severity.WARNING
    summary = (
        "Unbalanced brackets and quotation marks, a paragraph that lost its final mark, doubled or stray marks"
        " (“,,”, “said ..”, “?.”) and a tokeniser's spacing (“the army , the”, “( x )”, “do n't”)."
    )
    rationale = (
        "Machine translation and the tools around it drop a closing bracket or quotation mark (the reader no"
        " longer knows where a quotation ends), lose the full stop of a paragraph's last sentence, double marks"
        " and leave the spaces of tokenised text. A quotation carried over several paragraphs is not unbalanced;"
        " headlines, titles and list items end without a full stop; “!?” and “...” are styles. With a bilingual"
        " input, a unit is compared with its source: another final mark (a question turned into a statement), a"
        " lost opening quotation mark or bracket, and an imbalance the source shares is not the translation's."
        " A space before : ; ? ! is the French convention, reported by typography."
    )
    Options = Options
    examples = (
        Example(
            "en",
            "The army said the attack , which began at dawn , had been repelled.",
            (" ,", " ,"),
            "The army said the attack, which began at dawn, had been repelled.",
        ),
        Example(
            "en",
            "He said ( according to the agency ) that talks would resume.",
            ("( ", " )"),
            "He said (according to the agency) that talks would resume.",
        ),
        Example("en", "“We will respond, the minister said on Sunday.", ("“",)),
        Example(
            "en",
            "The talks ended without agreement,, officials said..",
            (",,", ".."),
            "The talks ended without agreement, officials said.",
        ),
        Example(
            "en",
            "Officials met in Geneva on Monday.\nThe talks lasted six hours. They ended without a joint statement"
            "\nBoth sides said they would meet again.",
            ("statement",),
            "Officials met in Geneva on Monday.\nThe talks lasted six hours. They ended without a joint statement."
            "\nBoth sides said they would meet again.",
        ),
        Example("en", "Kyiv hit by drones overnight\nRussia launched 40 drones at Kyiv overnight, officials said."),
        Example(
            "en",
            "Standard & Poor 's said it do n't expect a downgrade.",
            (" 's", " n't"),
            "Standard & Poor's said it don't expect a downgrade.",
        ),
        Example("fr", "« Nous allons riposter », a déclaré le ministre (sans préciser quand.", ("(",)),
        Example("fr", "« Nous allons riposter », a déclaré le ministre.\n« Nous n'avons pas le choix. »"),
        Example(
            "de",
            "„Wir werden reagieren“, sagte der Minister,, ohne Details zu nennen.",
            (",,",),
            "„Wir werden reagieren“, sagte der Minister, ohne Details zu nennen.",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        target = ctx.expected_language(doc)
        options = self.options_in(ctx)
        own = conventions.of(target)
        units = _source_units(doc, ctx)
        gaps_doubled = spacing.gaps_doubled(doc.text)
        protected = Spans(addresses(doc.text))
        balance = _Balance(doc)
        sites = Sites(doc.text)
        data = lexicon.of(target)  # once: a text of many short paragraphs asks for it at each
        verbs = data.auxiliaries | data.passive_auxiliaries | data.finite_verbs | data.reporting_verbs
        issues: list[Issue] = []
        for index, paragraph in enumerate(doc.paragraphs):
            start, end = paragraph.start, paragraph.end
            unit = units.get(index)
            issues += doubles.doubled(doc.text, start, end, data.abbreviations) + doubles.stray(doc.text, start, end)
            issues += balance.issues(index, unit, own)
            if options.spaces:
                issues += spacing.tokenised(doc.text, start, end, own, sites)
                issues += spacing.inside_quotes(doc.text, balance.pairs[index], own)
                issues += spacing.missing(doc.text, start, end, protected, sites)
                doubled_gaps = gaps_doubled if unit is None else "  " in unit
                issues += spacing.doubled_spaces(doc.text, start, end, doubled_gaps)
            if unit is not None:
                issues += source.endings(unit, doc.text, start, end) + source.openings(unit, doc.text, start, end)
                issues += source.brackets(unit, doc.text, start, end)
            elif options.final_mark:
                issues += _final_mark(doc, index, data, verbs, own)
        yield from report(self, doc, issues)


class _Balance:
    """The brackets and quotation marks each paragraph leaves open or closes without opening, less what runs on
    from one paragraph to others: a quotation over several paragraphs, each opening with a quotation mark or the
    last closing it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.brackets = marks.paragraph_brackets(doc.text, doc.paragraphs)
        found = marks.paragraph_quotes(doc.text, doc.paragraphs)
        self.quotes = [unmatched for unmatched, _ in found]
        self.pairs = [pairs for _, pairs in found]
        self.carried = self._carried()

    def issues(self, index: int, unit: str | None, own) -> list[Issue]:
        found = []
        shared = source.imbalance(unit) if unit is not None else {}
        here = source.imbalance(self.doc.paragraphs[index].text) if shared else {}
        for mark in self.brackets[index]:
            opening = mark.char if mark.opening else {v: k for k, v in marks.BRACKETS.items()}[mark.char]
            if shared and shared.get(opening) == here.get(opening):
                continue  # the source leaves the same bracket open
            what = "opens a bracket never closed" if mark.opening else "closes a bracket never opened"
            found.append(Issue(mark.position, mark.position + 1, f"“{mark.char}” {what} in this paragraph"))
        if unit is not None and marks.quotes(unit, 0, len(unit))[0]:
            return found  # the source's own quotation marks do not balance either
        for mark in self.quotes[index]:
            if mark.position in self.carried:
                continue
            if _apostrophe(self.doc.text, mark):
                found.append(
                    Issue.replacing(
                        mark.position,
                        mark.position + 1,
                        "'",
                        "a quotation mark where a plural's apostrophe belongs",
                        safe=False,
                    )
                )
                continue
            closing = not mark.opening or (own is not None and _only_closes(mark.char, own))
            what = "closes a quotation never opened" if closing else "opens a quotation never closed"
            found.append(Issue(mark.position, mark.position + 1, f"the quotation mark {mark.char} {what}"))
        return found

    def _carried(self) -> set[int]:
        """The positions of the marks that a quotation over several paragraphs explains: an opening mark left
        open where the next paragraph opens with a quotation mark (the convention of every language), and an
        opening mark and the closing mark of a later paragraph that closes it."""
        paragraphs, carried = self.doc.paragraphs, set()
        open_marks: list[int] = []  # opening marks still open, from earlier paragraphs
        for index, unmatched in enumerate(self.quotes):
            for mark in unmatched:
                if not mark.opening and open_marks:
                    carried |= {open_marks.pop(), mark.position}
            openers = [m.position for m in unmatched if m.opening]
            following = paragraphs[index + 1].start if index + 1 < len(paragraphs) else None
            if openers and following is not None and marks.opens(self.doc.text, following):
                carried.update(openers)
            open_marks = openers or open_marks
        return carried


def _apostrophe(text: str, mark) -> bool:
    """A straight double quote left alone between a plural and a noun: an apostrophe mistyped (banks" fees)."""
    after = text[mark.position + 1 : mark.position + 3]
    return (
        mark.char == '"'
        and not mark.opening
        and text[mark.position - 1] == "s"
        and after[:1] == " "
        and after[1:].islower()
    )


def _only_closes(char: str, own) -> bool:
    """The mark closes a quotation in the target's own pairs and opens none there (» in French)."""
    return char in {closing for _, closing in own.pairs} and char not in {opening for opening, _ in own.pairs}


def _final_mark(doc: Document, index: int, data: Lexicon, verbs: frozenset[str], own) -> list[Issue]:
    """The paragraph's last sentence ends without a mark where the text's other sentences have theirs: the
    paragraph's earlier sentences, or, for the text's last paragraph (prose by its words), the paragraphs before
    it. A paragraph of one sentence inside a text may be a crosshead, and headlines, titles and list items end
    without a mark by custom; a text of one long sentence of prose, with a verb, is noted (info)."""
    paragraph = doc.paragraphs[index]
    where = endings.open_end(doc.text, paragraph.start, paragraph.end)
    if where is None or not paragraph.sentences:
        return []
    last = paragraph.sentences[-1]
    capitals = data.nouns_capitalised
    if len(paragraph.sentences) > 1:
        if endings.headline_like(doc.text, last.start, last.end, SENTENCE_MIN_WORDS, capitals):
            return []
        return [_final_issue(doc, last, where, own, None)]
    if not _prose(last.text, data):
        return []
    verb = _has_verb(last.text, verbs)
    if len(doc.paragraphs) == 1:
        lone = verb and len(last.text.split()) >= LONE_SENTENCE_WORDS
        if not lone or endings.headline_like(doc.text, last.start, last.end, nouns_capitalised=capitals):
            return []
        return [_final_issue(doc, last, where, own, Severity.INFO)]
    last_paragraph = index == len(doc.paragraphs) - 1 and _punctuated_before(doc, index)
    long_enough = not endings.headline_like(doc.text, last.start, last.end, LAST_PARAGRAPH_MIN_WORDS, capitals)
    if last_paragraph and long_enough and (verb or len(last.text.split()) >= endings.MIN_WORDS):
        return [_final_issue(doc, last, where, own, None)]
    return []


def _punctuated_before(doc: Document, index: int) -> bool:
    """The paragraph before ends with a mark, and most of the text's other paragraphs do (headlines and list
    items aside)."""

    def marked(p: Paragraph) -> bool:
        return endings.final_class(p.text) != ""

    paragraphs = doc.paragraphs
    others = paragraphs[:index]
    punctuated = sum(marked(p) for p in others)
    bare = sum(not marked(p) and not endings.headline_like(doc.text, p.start, p.end) for p in others)
    return (
        marked(paragraphs[index - 1])
        and punctuated >= PUNCTUATED_PARAGRAPHS
        and punctuated >= PUNCTUATED_SHARE * (punctuated + bare)
    )


def _prose(text: str, data: Lexicon) -> bool:
    return sum(word.lower() in data.function_words for word in _LETTERS.findall(text)) >= SENTENCE_WORDS


def _has_verb(text: str, verbs: frozenset[str]) -> bool:
    """A finite verb the language data knows (an auxiliary, a copula, a reporting verb): a sentence, where a
    headline usually drops them ("Fire crews called to rescue lost puppy")."""
    return any(word.lower() in verbs for word in _LETTERS.findall(text))


def _final_issue(doc: Document, sentence, where: int, own, severity: Severity | None) -> Issue:
    """The finding on the sentence's last word, with the mark it lacks: a question mark after a question word
    (for an editor to confirm), else a full stop (safe, unless after quotation marks or for a lone sentence)."""
    first = sentence.text.split()[0].strip("“„«\"'(").lower() if sentence.text.split() else ""
    question = own is not None and first in own.question_words
    mark = "?" if question else "."
    safe = not question and severity is None and doc.text[where - 1].isalnum()
    word_start = where
    while word_start > sentence.start and not doc.text[word_start - 1].isspace():
        word_start -= 1
    fix = Fix.replace(where, where, mark, Applicability.SAFE if safe else Applicability.UNSAFE)
    what = "a lone sentence" if severity is Severity.INFO else "the paragraph's last sentence"
    return Issue(word_start, where, f"{what} ends without a final mark: “{mark}” is missing", fix, severity)


def _source_units(doc: Document, ctx: RunContext) -> dict[int, str]:
    """The source of each paragraph, when the input carries the source beside the target unit by unit."""
    if doc.source is None:
        return {}
    from audit.bilingual import source_of

    source = source_of(doc, ctx)
    if source is None or len(source.paragraphs) != len(doc.paragraphs):
        return {}
    return {index: paragraph.text for index, paragraph in enumerate(source.paragraphs)}


CHECK = Punctuation()
