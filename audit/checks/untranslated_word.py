"""untranslated-word: words and short phrases left in another language inside a sentence ("pourparlers",
"États-unis", "会议" in English)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from audit import language, lexicon
from audit.checks.base import Check, Example, option
from audit.context import RunContext
from audit.document import Document, Sentence
from audit.duplication.attributions import document_quotations
from audit.findings import Applicability, Finding, Fix, Severity

if TYPE_CHECKING:
    from audit.names.gazetteer import Entity
    from audit.words.honorifics import Title

SHORT_SENTENCE_PROSE = 3  # lower-case words a short sentence needs to be reported whole as another language's
HOME = 0.5  # a sentence with less of its prose at home in the target is a passage, wrong-language's to judge
SHORT_QUOTATION = 4  # words: a quotation this short around a foreign word quotes the term itself
TITLE_WORDS = 8  # a quotation this short that starts with a capital is a title, kept in its language
TITLE, TERM, INTRODUCED = "title", "term", "introduced"
_INTRODUCER_REACH = 60  # characters before a run read for the words that present it as a term
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’\n]{1,200}['’](?!\w)")
_ITALICS = "*_"
_SPACES = " \u00a0\u202f"
# a capitalised name in Cyrillic alone, of words joined by spaces or hyphens (Вячеслав Гладков, Нью-Йорк)
_CYRILLIC_NAME = re.compile(r"[А-ЯЁЄІЇҐ][а-яёєіїґʼ’']*(?:[ -][А-ЯЁЄІЇҐ][а-яёєіїґʼ’']*)*")
_UKRAINIAN_LETTERS = re.compile("[єіїґЄІЇҐ]")


@dataclass(frozen=True)
class Options:
    max_words: int = option(8, "longest run of foreign words reported; a longer one is a passage", 1, 100)
    quoted: bool = option(True, "report foreign terms in quotation marks, italics or brackets (at info)")


class UntranslatedWord(Check):
    id = "untranslated-word"
    category = "accuracy/untranslated"
    severity = Severity.WARNING
    supersedes = ("punctuation", "typography")  # a passage left in another language keeps its marks: translating it
    # mends them
    summary = (
        "Words and short phrases left in another language inside a sentence: another script (“会议”, “Орешник”),"
        " or another language's words (“pourparlers”, “États-unis”, “Maßnahmen”)."
    )
    rationale = (
        "Machine translation leaves the words it does not know as they were: the reader meets a French or Chinese"
        " word in an English sentence. A word is judged by how often each language's texts use it (wordfreq lists"
        " of ten languages): foreign when another language uses it far more than the target does; a word of the"
        " target is never reported, nor are the foreign words its news uses as its own (“Bundestag”, “coup"
        " d'état”, “intifada”), names (capitalised words beside a name, name particles), acronyms and addresses."
        " A term quoted, in italics or in brackets is noted at info. The translation is suggested only where a"
        " table knows it (“États-unis” → “United States”). A courtesy title of another language before a name"
        " (“M. Macron”, “Herr Scholz” in English) and the title of an office (“der Prime Minister”) are reported"
        " with the target's own title, or deleted where its news names people without one (“Mr Maduro” in German)."
    )
    Options = Options
    examples = (
        Example(
            "en",
            "The two sides agreed to resume the pourparlers on Monday.",
            ("pourparlers",),
        ),
        Example(
            "en",
            "The Federal Reserve of the États-unis faces a dilemma.",
            ("États-unis",),
            "The Federal Reserve of the United States faces a dilemma.",
        ),
        Example("en", "Beijing said the 会议 would take place in March.", ("会议",)),
        Example("en", "The government announced new Maßnahmen to help households.", ("Maßnahmen",)),
        Example("en", "The Bundestag approved the budget after the coup d'état in Niger and a new intifada."),
        Example("en", "Ursula von der Leyen met the editors of Charlie Hebdo in Paris."),
        Example("fr", "Le ministre a annoncé de nouvelles measures pour les ménages.", ("measures",)),
        Example("de", "Die Regierung kündigte neue mesures für die Haushalte an.", ("mesures",)),
        Example("en", "Protesters chanted “dégage” outside the palace.", ("dégage",)),
        Example(
            "en",
            "M. Barnier said the talks had reached a decisive stage.",
            ("M.",),
            "Mr Barnier said the talks had reached a decisive stage.",
        ),
        Example("en", "The novel by J. M. Coetzee was adapted by M. Night Shyamalan."),
        Example(
            "de",
            "Der britische Prime Minister Keir Starmer sagte am Montag, er werde handeln.",
            ("Prime Minister",),
            "Der britische Premierminister Keir Starmer sagte am Montag, er werde handeln.",
        ),
    )

    def unmet(self, lang: str | None) -> str | None:
        from audit.words import frequencies, scripts

        if lang is None:
            return "the document's language is unknown: give --target-lang"
        if lang not in frequencies.languages() and scripts.scripts_of(lang) is None:
            return f"no word list or scripts for {language.name(lang)} (audit/data/words/)"
        return None

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.words import frequencies, honorifics, offices, runs, scripts

        target = ctx.expected_language(doc)
        options = self.options_in(ctx)
        quotations = Quotations(doc, target)
        known = target in frequencies.languages()
        sentences = doc.sentences
        bounds = [(s.start, s.end) for s in sentences]
        found_in = runs.in_sentences(doc.text, bounds, target) if known else [[] for _ in bounds]
        judged_scripts = scripts.scripts_of(target) is not None and scripts.any_foreign(doc.text, target)
        titles = [
            title
            for title in sorted([*honorifics.in_text(doc.text, target), *offices.in_text(doc.text, target)])
            if not _in_a_passage(doc, ctx, title.start) and _setting(doc.text, title.start, title.end, quotations,
                                                                      target) not in (TITLE, INTRODUCED)
        ]  # fmt: skip
        yield from (self._title(doc, title, target) for title in titles)
        for sentence, found in zip(sentences, found_in, strict=True):
            if found:
                found = [run for run in found if not _in_a_title_cased_name(doc.text, sentence, run, target)]
                if titles:  # a title reported above, with its surname: the title's finding is the one
                    found = [run for run in found if not any(t.start < run.end and run.start < t.end for t in titles)]
            if _passage(doc, ctx, sentence, found):
                continue
            whole = _short_sentence_left(doc.text, sentence, found, target)
            if whole is not None:  # "The talks ended without a deal." in a French text: one finding, not pieces
                start, end, lang = whole  # a sentence left untranslated: as grave as wrong-language's passages
                yield from self._report(doc, ctx, sentence, start, end, language.name(lang), 0.9, quotations, True)
                continue
            reported = []
            for run in found:
                if run.words > options.max_words:
                    continue
                if run.lang is None:
                    what, confidence = f"letters {language.name(target)} does not use", 0.7
                else:
                    what, confidence = language.name(run.lang), min(0.95, 0.5 + run.strength / 10)
                reported.append((run.start, run.end))
                yield from self._report(doc, ctx, sentence, run.start, run.end, what, confidence, quotations)
            if judged_scripts:
                for run in scripts.foreign_runs(doc.text, sentence.start, sentence.end, target):
                    if not any(run.start < end and start < run.end for start, end in reported):  # named above
                        yield from self._report(doc, ctx, sentence, run.start, run.end, run.name, 0.95, quotations)

    def _title(self, doc: Document, title: Title, target: str) -> Finding:
        """The finding on a title of another language: a courtesy ("M. Macron" in English) or an office ("der
        Prime Minister"), the target's own suggested; unsafe, as the target may say it otherwise ("Mme": "Ms" or
        "Mrs"; a prime minister is German "Premierminister" or "Ministerpräsident")."""
        names = list(map(language.name, title.languages))
        languages = " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 2 else names)
        target_name = language.name(target)
        if title.suggestion:
            said = f"{target_name} writes “{title.suggestion}”"
            fix = Fix.replace(title.start, title.end, title.suggestion, Applicability.UNSAFE)
        else:  # "Mr Maduro" in German, "Señor Marcelo Ebrard" in English: the name alone
            without = "names the person" if lexicon.of(target).names_without_titles else "writes a full name"
            said = f"{target_name} news {without} without one"
            fix = Fix.delete(title.start, title.end, Applicability.UNSAFE)
        return self.finding(
            doc,
            title.start,
            title.start + len(title.text),
            f"“{title.text}” is {title.what} in {languages}: {said}",
            confidence=0.7 if title.text.endswith(".") and len(title.text) <= 3 else 0.85,
            suggestion=title.suggestion or None,
            fix=fix,
        )

    def _report(
        self,
        doc: Document,
        ctx: RunContext,
        sentence: Sentence,
        start: int,
        end: int,
        what: str,
        confidence: float,
        quotations: Quotations,
        sentence_whole: bool = False,
    ) -> Iterator[Finding]:
        """The finding on text[start:end], left in `what`, unless another check reports it (an exonym), it is a
        quoted title, or the options leave quoted terms out."""
        target = ctx.expected_language(doc)
        if _exonym_reports(doc, ctx, start, end, target):
            return
        setting = _setting(doc.text, start, end, quotations, target)
        if setting in (TITLE, INTRODUCED) or (setting == TERM and not self.options_in(ctx).quoted):
            return
        text = doc.text[start:end]
        suggestion = _translation(text, target) or _romanized(text, target)
        fix = Fix.replace(start, end, suggestion, Applicability.UNSAFE) if suggestion else None
        if setting == TERM:
            message = f"“{text}” is {what}, set apart as a foreign term: translate it unless the term is meant"
        elif suggestion:
            message = f"“{text}” is left in {what}: {language.name(target)} writes “{suggestion}”"
        else:
            message = f"“{text}” is left in {what}, not {language.name(target)}: translate it"
        yield self.finding(
            doc,
            start,
            end,
            message,
            severity=Severity.INFO if setting == TERM else Severity.ERROR if sentence_whole else self.severity,
            confidence=confidence,
            suggestion=suggestion,
            fix=fix,
        )


def _in_a_passage(doc: Document, ctx: RunContext, start: int) -> bool:
    """The offset lies in a sentence _passage judges another language's: wrong-language reports it whole."""
    sentences = doc.sentences
    at = bisect_left([s.end for s in sentences], start + 1)
    return at < len(sentences) and _passage(doc, ctx, sentences[at], [start])


def _passage(doc: Document, ctx: RunContext, sentence: Sentence, found: list) -> bool:
    """The runs lie in a sentence wrong-language judges, whose prose is mostly another language's: a passage,
    reported there. Not one whose function words wrong-language takes for the target's, which it never reports:
    a French sentence in Spanish ("combats se poursuivaient lundi à la périphérie de la ville") holds only
    function words Spanish shares ("se", "la", "de"), and is reported here, whole."""
    if not found or "wrong-language" not in ctx.checks:
        return False
    from audit.checks.wrong_language import in_expected_by_its_words
    from audit.words.runs import at_home

    paragraph = doc.paragraphs[sentence.paragraph]
    size = language.PARAGRAPH if len(paragraph.sentences) == 1 else language.SENTENCE
    target = ctx.expected_language(doc)
    start, end = sentence.start, sentence.end
    prose = language.judged(language.words_of(doc.text, start, end), size)
    return (
        prose is not None
        and at_home(doc.text, start, end, target) < HOME
        and not in_expected_by_its_words(prose, sentence.text, target, size)
    )


def _in_a_title_cased_name(text: str, sentence: Sentence, run, target: str) -> bool:
    """The run lies inside a name its language writes in title case, which the target's press keeps ("Institute
    for the Study of War", "Committee to Protect Journalists" in German: a blind review): the words around it,
    joined by spaces, capitalised or function words of that language, from a capitalised word of that language
    before the run's words in lower case to one after them (not "Präsident of Ukraine", German capitalising its
    nouns)."""
    if run.lang is None:
        return False
    from audit.words import frequencies
    from audit.words.tokens import words

    function_words = lexicon.of(run.lang).function_words
    said = words(text, sentence.start, sentence.end)
    inside = [index for index, word in enumerate(said) if run.start <= word.start and word.end <= run.end]
    if not inside:
        return False

    def fits(index: int) -> bool:
        return said[index].capitalised or said[index].key in function_words

    def joined(index: int) -> bool:  # the word and the next, a space apart
        return text[said[index].end : said[index + 1].start] == " "

    if not all(map(fits, inside)):
        return False
    first, last = inside[0], inside[-1]
    while first > 0 and joined(first - 1) and fits(first - 1):
        first -= 1
    while last + 1 < len(said) and joined(last) and fits(last + 1):
        last += 1
    lower = [index for index in inside if not said[index].capitalised]
    if not lower or not said[first].capitalised or not said[last].capitalised:
        return False
    if not first < lower[0] or not lower[-1] < last:
        return False
    around = (said[lower[0] - 1].key, said[lower[-1] + 1].key)  # the name's words next to its small ones
    return all(frequencies.zipf(key, run.lang) >= frequencies.zipf(key, target) for key in around)


def _short_sentence_left(text: str, sentence: Sentence, found: list, target: str) -> tuple[int, int, str] | None:
    """A sentence too short for wrong-language to judge whose prose is mostly another language's, its runs all
    that language's: its words from first to last, and the language; None otherwise."""
    from audit.words.tokens import words

    languages = {run.lang for run in found}
    if len(languages) != 1 or None in languages or not mostly_another_language(text, sentence, target):
        return None
    said = words(text, sentence.start, sentence.end)
    return said[0].start, said[-1].end, languages.pop()


def mostly_another_language(text: str, sentence: Sentence, target: str) -> bool:
    """Whether the sentence has SHORT_SENTENCE_PROSE lower-case words or more, less than HOME of them at home in
    the target: a sentence left in another language, whatever its length."""
    from audit.words.runs import at_home
    from audit.words.tokens import words

    prose = [w for w in words(text, sentence.start, sentence.end) if not w.capitalised and not w.acronym]
    return len(prose) >= SHORT_SENTENCE_PROSE and at_home(text, sentence.start, sentence.end, target) < HOME


def _setting(text: str, start: int, end: int, quotations: Quotations, target: str | None = None) -> str | None:
    """How the run is set apart: TITLE (inside a short quotation that starts with a capital: a book, a show),
    INTRODUCED (presented as a term by the target's words before it: "known as the “mañanera”"), TERM (the whole
    of a short quotation, in italics, or in brackets), or None (running text)."""
    from audit.words.tokens import first_words

    around = quotations.around(start, end)
    if _introduced(text, start if around is None else around[0], target):
        return INTRODUCED
    if around is not None:
        quoted = first_words(text, around[0] + 1, around[1], TITLE_WORDS + 1)  # enough to tell a title or a term
        if quoted and quoted[0].capitalised and len(quoted) <= TITLE_WORDS:
            return TITLE
        return TERM if len(quoted) <= SHORT_QUOTATION else None
    before = _beside(text, start, -1)
    after = _beside(text, end, 1)
    if (before == after and before in _ITALICS) or before + after == "()":
        return TERM
    return None


def _introduced(text: str, start: int, target: str | None) -> bool:
    """Whether the words right before text[start] (an article and opening marks aside) are one of the target's
    term introducers ("known as the", "so-called", "appelé", "sogenannte"): the foreign word is meant."""
    pattern = _introducers(target) if target else None
    return pattern is not None and pattern.search(text, max(0, start - _INTRODUCER_REACH), start) is not None


@cache
def _introducers(target: str) -> re.Pattern[str] | None:
    """The target's term introducers, then an article or none, then opening marks, at the end of what is read."""
    data = lexicon.get(target)
    if data is None or not data.term_introducers:
        return None
    longest_first = sorted(data.term_introducers, key=len, reverse=True)
    phrases = "|".join(re.escape(phrase).replace("\\ ", "\\s+") for phrase in longest_first)
    articles = "|".join(re.escape(a) for a in sorted(data.determiners, key=len, reverse=True)) or "(?!)"
    return re.compile(f"(?<![\\w-])(?:{phrases})\\s+(?:(?:{articles})\\s*)?[\"“‘'«„‚(\\[*_\\s]*\\Z", re.IGNORECASE)


def _beside(text: str, offset: int, step: int) -> str:
    """The first character before `offset` (step -1) or from it (step 1) that is not a space, "" at the text's
    end: what rstrip or lstrip of the rest would find, without copying it."""
    index = offset - 1 if step < 0 else offset
    while 0 <= index < len(text) and text[index] in _SPACES:
        index += step
    return text[index] if 0 <= index < len(text) else ""


Quoted = tuple[list[tuple[int, int]], list[int]]  # quotations (open, close) in order, and where each opens


def _quoted(spans: list[tuple[int, int]]) -> Quoted:
    return spans, [open_at for open_at, _ in spans]


class Quotations:
    """The document's quotations (between the target's quotation marks, then between single quotes): each kind
    in order and apart from the others of its kind, asked by bisection which holds a run; found when first asked
    (most documents have nothing to ask about). A quotation between single quotes never crosses a line, so those
    of a run's line are all it looks for, as a scan of the whole text finds them (a few runs ask, of a long
    document)."""

    def __init__(self, doc: Document, target: str) -> None:
        self._doc, self._target = doc, target
        self._single: dict[int, Quoted] = {}  # by the line's start

    @cached_property
    def _marked(self) -> Quoted:
        return _quoted(document_quotations(self._doc, lexicon.of(self._target)))

    def _single_on_line(self, offset: int) -> Quoted:
        text = self._doc.text
        first = text.rfind("\n", 0, offset) + 1
        found = self._single.get(first)
        if found is None:
            last = text.find("\n", offset)
            lines = _SINGLE_QUOTED.finditer(text, first, len(text) if last < 0 else last)
            found = self._single[first] = _quoted([(m.start(), m.end() - 1) for m in lines])
        return found

    def around(self, start: int, end: int) -> tuple[int, int] | None:
        """The first quotation, the target's marks first, that opens before `start` and closes at or after
        `end` (a quotation of a kind that may hold `start` is the last of its kind to open before it)."""
        for spans, opens in (self._marked, self._single_on_line(start)):
            index = bisect_left(opens, start) - 1
            if index >= 0 and end <= spans[index][1]:
                return spans[index]
        return None


def _exonym_reports(doc: Document, ctx: RunContext, start: int, end: int, target: str) -> bool:
    """The exonym check runs and reports a place or person on these characters (with its standard name): on half
    of them at least, not a name inside a longer run (Sydney in a sentence left in English)."""
    if "exonym" not in ctx.checks or not doc.text[start].isupper():
        return False
    found = _exonyms(doc.text, target)
    return any(2 * (min(end, e) - max(start, s)) >= end - start for s, e in found if s < end and start < e)


@lru_cache(maxsize=4)
def _exonyms(text: str, target: str) -> tuple[tuple[int, int], ...]:
    from audit.names import exonyms

    return tuple((e.start, e.end) for e in exonyms.find(text, target))


def _translation(text: str, target: str) -> str | None:
    """The target's name for a foreign name the exonym table knows, compared without case ("États-unis")."""
    return _exonym_names(target).get(text.casefold()) if text[:1].isupper() else None


def _romanized(text: str, target: str) -> str | None:
    """The target's spelling of a name left in Cyrillic: the names gazetteer's (Дмитрий Песков: Dmitry Peskov,
    Dmitri Peskow in German), else the standard romanization of its language, told by its letters (і, ї, є, ґ are
    Ukrainian's; a name with neither language's own letters is read as Russian): English's, the target's name of
    that place in the table of exonyms (Douchanbé), else the target's letter table's. None for a text that is not
    a capitalised name in Cyrillic alone."""
    if not _CYRILLIC_NAME.fullmatch(text):
        return None
    from audit.names import conventions
    from audit.names.gazetteer import load
    from audit.names.standard import of_gazetteer

    gazetteer = load()
    entity = _by_cyrillic().get(text)
    if entity is not None:
        if target == "en":
            return entity.standard
        press = gazetteer.targets.get(target)
        suggested = press.suggestions.get(entity) if press is not None else None
        if suggested is not None:
            return suggested[0]
    lang = "uk" if _UKRAINIAN_LETTERS.search(text) else "ru"
    english = of_gazetteer(text, lang)
    if target == "en":
        return english
    listed = _exonym_names(target).get(english.casefold())  # a place the target names so (Douchanbé)
    if listed is not None:
        return listed
    if target not in conventions.LABELS:
        return None
    spelled = conventions.romanize(text, lang, target)
    return spelled[0] if spelled else None


@cache
def _by_cyrillic() -> dict[str, Entity]:
    """The names gazetteer's names by their Cyrillic original."""
    from audit.names.gazetteer import load

    return {entity.cyrillic: entity for entity in load().entities}


@cache
def _exonym_names(target: str) -> dict[str, str]:
    from audit.names import exonyms

    return {name.casefold(): entry[0] for name, entry in exonyms.table().get(target, {}).items()}


CHECK = UntranslatedWord()
