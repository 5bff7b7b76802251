"""double-attribution: one statement attributed twice ("he said. he declared", "she said, she added")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document, Sentence
from audit.duplication import attributions, sentences, sourced
from audit.duplication.attributions import Attribution
from audit.duplication.spans import Spans
from audit.duplication.suggestion import suggestion
from audit.duplication.tokens import indexed, text_lexicon
from audit.findings import Applicability, Finding, Fix, Severity
from audit.lexicon import Lexicon

_WORD = re.compile(r"\w")
_WORD_AT = re.compile(r"\w+")
_JOINERS = " \t\u00a0,;.:—–-"  # what joins an attribution to the words before it
_CLAUSE_OPENERS = ',;—–-"“”«»„‘’'
_STEM = 5  # content words sharing this many leading letters, or one inside the other, count as the same
_MAX_OFFICE_WORDS = 4  # "the regional governor", "el gobernador regional de Járkov"


class _Clause(NamedTuple):
    """An attribution in its sentence: what stands before it and whether a statement follows it (a named tuple,
    made in a tenth of a dataclass's time at start-up)."""

    attribution: Attribution
    sentence: Sentence
    opens_sentence: bool
    opens_clause: bool
    statement_after: bool


class DoubleAttribution(Check):
    id = "double-attribution"
    category = "accuracy/addition"
    severity = Severity.ERROR
    supersedes = ("repeated-word",)  # "According to the ministry, the ministry said": one defect, one fix
    summary = "One statement attributed twice by reporting verbs in a row (“he said. he declared”)."
    rationale = (
        "Machine translation often renders one attribution twice, or keeps both halves of a source's inverted"
        " attribution; the reader sees a speaker who says the same thing twice, or two speakers where there is one."
        " The fix deletes the second attribution and keeps every word of the statement and its circumstances."
    )
    needs = ("reporting_verbs", "subject_pronouns")
    examples = (
        Example(
            "en",
            "“We will respond,” Putin said. he declared during a ceremony in Moscow.",
            ("he declared",),
            "“We will respond,” Putin said during a ceremony in Moscow.",
        ),
        Example(
            "en",
            "According to the defence ministry, the ministry said that its units had advanced near Pokrovsk.",
            ("the ministry said that",),
            "According to the defence ministry, its units had advanced near Pokrovsk.",
        ),
        Example(
            "en",
            "Kallas said the sanctions would hit hard, she said.",
            ("she said",),
            "Kallas said the sanctions would hit hard.",
        ),
        Example(
            "en",
            "“The port will not fall,” the governor said, he declared, adding that air defences had arrived.",
            ("he declared",),
            "“The port will not fall,” the governor said, adding that air defences had arrived.",
        ),
        Example("en", "“We are ready,” Peskov said. He added that talks could start in May."),
        Example(
            "fr",
            "« La situation est difficile », a dit Syrsky, a-t-il ajouté.",
            ("a-t-il ajouté",),
            "« La situation est difficile », a dit Syrsky.",
        ),
        Example(
            "de",
            "„Die Lage ist schwierig“, sagte Syrskyj, erklärte er.",
            ("erklärte er",),
            "„Die Lage ist schwierig“, sagte Syrskyj.",
        ),
        Example(
            "es",
            "Macron dijo que Europa debe asumir su seguridad, afirmó.",
            ("afirmó",),
            "Macron dijo que Europa debe asumir su seguridad.",
        ),
        Example(
            "it",
            "«La situazione è difficile», ha detto il ministro, ha aggiunto.",
            ("ha aggiunto",),
            "«La situazione è difficile», ha detto il ministro.",
        ),
        Example(
            "pt",
            "O governo vai recorrer da decisão, disse o porta-voz. Ele afirmou durante uma entrevista.",
            ("Ele afirmou",),
            "O governo vai recorrer da decisão, disse o porta-voz durante uma entrevista.",
        ),
        Example(
            "nl",
            "„De toestand is ernstig”, zei de minister, verklaarde hij.",
            ("verklaarde hij",),
            "„De toestand is ernstig”, zei de minister.",
        ),
        Example(
            "pl",
            "„Nie wycofamy się” – powiedział rzecznik, powiedział rzecznik Pentagonu.",
            ("powiedział rzecznik Pentagonu",),
            "„Nie wycofamy się” – powiedział rzecznik.",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lang = text_lexicon(doc, ctx)
        if lang.source_introducers and sourced.may_hold(doc.text, lang):
            yield from self._sourced(doc, lang)
        repeated = Spans((r.second.start, r.second.end) for r in sentences.find(doc, lang))
        # paragraphs of one attribution or none have no pair to weigh, and no clause to read
        for paragraph, found in attributions.in_paragraphs(doc.text, doc.paragraphs, lang, least=2):
            place = _Place(doc.text, paragraph.sentences)
            clauses = [_clause(doc, place, a, lang) for a in found]
            chain: list[_Clause] = []  # a statement's attributions in a row, the first kept
            for first, second in pairwise(clauses):
                if repeated.holds(second.attribution.start):
                    continue  # inside a sentence said twice: duplicate-sentence reports it
                double = _same_speaker(doc, first, second, lang) and _double(doc, first, second, lang)
                if chain and first is chain[-1] and double and _nothing_said_between(doc.text, first, second):
                    chain.append(second)  # ", dijo. afirmó el diplomático": a third attribution, one finding
                    continue
                if chain and first is chain[-1]:
                    continue  # "he said. he declared. The union threatens": the double is reported once
                if chain:
                    yield self._finding(doc, chain, lang)
                    chain = []
                if double:
                    chain = [first, second]
            if chain:
                yield self._finding(doc, chain, lang)

    def _sourced(self, doc: Document, lang: Lexicon) -> Iterator[Finding]:
        """A sentence that opens with its source and attributes its statement again to the same speaker
        (“According to the ministry, the ministry said that …”): the fix deletes the second attribution and the
        word that introduced its statement; or that ends with both (“…,” according to Anutin, he said.), the fix
        deleting the attribution with its comma."""
        for sentence in doc.sentences:
            found = sourced.in_sentence(doc.text, sentence, lang)
            if found is None or not _one_source(doc, found, lang):
                continue
            a = found.attribution
            end = _after_complementizer(doc.text, a.end, sentence.end, lang)
            elided = _WORD_AT.match(doc.text, end) if doc.text[end - 1 : end] in "'’" else None
            if found.closing:  # "…,” according to Anutin, he said.": the attribution goes with its comma
                fix = Fix.delete(found.end - 1, a.end, Applicability.UNSAFE)
                end = a.end
            elif elided is not None:  # "a affirmé qu'il": the attribution and "qu'" go, "il" stays
                fix = Fix.replace(a.start, elided.end(), elided.group(), Applicability.UNSAFE)
                end = elided.end()
            else:
                fix = Fix.delete(a.start, end, Applicability.UNSAFE)
            source = doc.text[found.start : found.end - 1]
            yield self.finding(
                doc,
                a.start,
                len(doc.text[:end].rstrip()),  # with its complementizer, which the fix deletes too
                f"statement attributed twice: “{source}” then “{doc.text[a.start : a.end]}”; keep one attribution",
                suggestion=suggestion(doc.text, sentence.start, sentence.end, fix),
                confidence=0.85,
                fix=fix,
            )

    def _finding(self, doc: Document, chain: list[_Clause], lang: Lexicon) -> Finding:
        """One finding on the attributions after the first, whose fix deletes them all (see _fix)."""
        first, second, last = chain[0], chain[1], chain[-1]
        a, b = first.attribution, second.attribution
        fix = _fix(doc, first, last, lang)
        if fix is not None and len(chain) > 2:
            fix = Fix.delete(_cut(doc.text, a.end, b.start), last.attribution.end, Applicability.UNSAFE)
        said = " then ".join(f"“{doc.text[c.attribution.start : c.attribution.end]}”" for c in chain)
        times = "twice" if len(chain) == 2 else f"{len(chain)} times"
        return self.finding(
            doc,
            b.start,
            last.attribution.end,
            f"statement attributed {times}: {said}; keep one attribution",
            suggestion=suggestion(doc.text, first.sentence.start, last.sentence.end, fix),
            confidence=0.9,
            fix=fix,
        )


def _fix(doc: Document, first: _Clause, second: _Clause, lang: Lexicon) -> Fix | None:
    """Delete the second attribution with the punctuation that joins it to the text before, when what is left
    reads as one sentence with the same meaning: nothing follows it, a circumstance that can follow the first
    ("he said. he declared during the ceremony" -> "he said during the ceremony"), or a clause that continues it
    ("he said, he declared, adding that …" -> "he said, adding that …"). Never when the first has no
    subject and the second names the speaker, when a statement follows the second, or when a circumstance would
    land on the first statement ("X said the war must end, he declared on Sunday")."""
    a, b = first.attribution, second.attribution
    if second.statement_after or (a.subject is None and b.subject is not None and not b.pronoun):
        return None
    words = indexed(doc.text)
    opening, closing = words.first(b.end, second.sentence.end), words.last(b.end, second.sentence.end)
    continued = attributions.continues(doc.text, b.end, second.sentence.end, lang)  # "he said, adding that …"
    if opening is not None and closing is not None and not continued:
        opener, closer = opening.key, closing.key
        circumstance = opener in lang.circumstantial - lang.not_circumstantial and closer not in lang.verb_particles
        if _WORD.search(doc.text[a.end : b.start]) or not circumstance:
            return None  # the circumstance would land on the statement, or no sentence is left ("He said to …")
    return Fix.delete(_cut(doc.text, a.end, b.start), b.end, Applicability.UNSAFE)


def _after_complementizer(text: str, end: int, stop: int, lang: Lexicon) -> int:
    """Where the statement after an attribution ending at `end` starts: past the spaces and the complementizer
    that introduce it ("said that its units", "a affirmé qu'il")."""
    rest = text[end:stop]
    spaces = len(rest) - len(rest.lstrip())
    for word in sorted(lang.complementizers, key=len, reverse=True):
        if rest[spaces:].casefold().startswith(word) and (word.endswith("'") or rest[spaces + len(word) :][:1] == " "):
            taken = spaces + len(word)
            return end + taken + (len(rest[taken:]) - len(rest[taken:].lstrip()))
    return end + spaces


def _cut(text: str, after: int, start: int) -> int:
    """Where the deletion of an attribution starting at `start` begins: with the marks and spaces that join it to
    the text before, back to `after`."""
    cut = start
    while cut > after and text[cut - 1] in _JOINERS:
        cut -= 1
    return cut


def _nothing_said_between(text: str, first: _Clause, second: _Clause) -> bool:
    """The second attribution follows the first at once, no word between, its verb first and no statement after
    it (", dijo. afirmó el diplomático."): not a new sentence's subject and verb ("Sie sagte. Die Gewerkschaft
    droht mit Streiks")."""
    b = second.attribution
    return (
        not _WORD.search(text, first.attribution.end, b.start)
        and (b.inverted or b.subject is None)
        and not second.statement_after
    )


class _Place:
    """Where an offset lies among a paragraph's sentences, and what stands before it in its sentence, found by
    bisection and the sentence's first word: reading the sentence again up to each attribution is quadratic in a
    long one."""

    def __init__(self, text: str, sentences: tuple[Sentence, ...]) -> None:
        self.text = text
        self.sentences = sentences
        self._starts = [s.start for s in sentences]
        self._first_word: dict[int, int] = {}

    def sentence(self, offset: int) -> Sentence:
        """The first sentence that holds the offset."""
        at = bisect_right(self._starts, offset) - 1
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at]
        return next(s for s in self.sentences if s.start <= offset < s.end)

    def opens(self, sentence: Sentence, offset: int) -> bool:
        """No word character in the sentence before the offset."""
        first = self._first_word.get(sentence.start)
        if first is None:
            found = _WORD.search(self.text, sentence.start, sentence.end)
            first = self._first_word[sentence.start] = found.start() if found else sentence.end
        return first >= offset

    def mark_before(self, sentence: Sentence, offset: int) -> str:
        """The last character before the offset in its sentence that is not white space, "" when there is none."""
        at = offset
        while at > sentence.start and self.text[at - 1].isspace():
            at -= 1
        return self.text[at - 1] if at > sentence.start else ""


def _clause(doc: Document, place: _Place, attribution: Attribution, lang: Lexicon) -> _Clause:
    sentence = place.sentence(attribution.start)
    opens_sentence = place.opens(sentence, attribution.start)
    return _Clause(
        attribution,
        sentence,
        opens_sentence,
        opens_sentence or place.mark_before(sentence, attribution.start) in _CLAUSE_OPENERS,
        attributions.has_statement_after(doc.text, attribution.end, sentence.end, lang),
    )


def _double(doc: Document, first: _Clause, second: _Clause, lang: Lexicon) -> bool:
    """Whether `second` attributes again what `first` already attributed."""
    if second.attribution.subject is None and not lang.subject_may_drop and not first.attribution.inverted:
        return False  # "X promised closure, Maurice Taylor, the CEO, declares today": the verb follows its subject
    same_sentence = first.sentence == second.sentence
    if not same_sentence and second.sentence.start < first.sentence.end:
        return False
    if not same_sentence and doc.text[first.sentence.end : second.sentence.start].strip():
        return False  # not adjacent sentences
    adjacent = attributions.only_circumstance_between(doc.text, first.attribution.end, second.attribution.start, lang)
    if same_sentence and _back_to_back(doc.text, first.attribution, second.attribution):
        return True  # "She said, she stated in a statement that …"
    if not second.statement_after:
        if adjacent or (second.opens_sentence and not same_sentence):  # "he said. he declared during ..."
            return True
        if same_sentence and second.opens_clause:  # "X said [statement], she said."
            a, b = first.attribution, second.attribution
            if first.statement_after or attributions.statement_beyond_circumstance(doc.text, a.end, b.start, lang):
                return True
    first_has_statement = first.statement_after or not first.opens_sentence
    if adjacent and not first_has_statement:  # "The minister announced. He announced that ..."
        return True
    return (
        not same_sentence
        and first.opens_sentence
        and second.opens_sentence
        and first.attribution.verb == second.attribution.verb not in lang.neutral_reporting_verbs
        and _overlap(doc, first, second, lang)
    )


def _back_to_back(text: str, a: Attribution, b: Attribution) -> bool:
    """Two attributions of one subject, each its subject then its verb, with nothing but a comma between them
    ("She said, she stated that …"): the speaker introduced twice, as a translation that kept two verbs does.
    Not "The police said they observed" (no comma: the second is the statement)."""
    between = text[a.end : b.start]
    return (
        between.strip() == ","
        and a.subject is not None
        and b.subject is not None
        and not a.inverted
        and not b.inverted
        and (b.pronoun or b.subject == a.subject)
    )


def _overlap(doc: Document, first: _Clause, second: _Clause, lang: Lexicon) -> bool:
    """The two statements share a content word: the second repeats the first."""

    def content(clause: _Clause) -> set[str]:
        words = indexed(doc.text).within(clause.attribution.end, clause.sentence.end)
        bases = (lang.base(w.key) for w in words)
        return {base for base in bases if len(base) >= _STEM and base not in lang.function_words}

    return any(a[:_STEM] == b[:_STEM] or a in b or b in a for a in content(first) for b in content(second))


def _same_speaker(doc: Document, first: _Clause, second: _Clause, lang: Lexicon) -> bool:
    a, b = first.attribution, second.attribution
    if not _WORD.search(doc.text[a.end : b.start]):
        return True  # "said the minister, said Jean Castex": one speaker named twice
    if a.subject is None or b.subject is None or (not a.pronoun and b.pronoun):
        return True  # a name then "he", or a verb standing alone: the same speaker as far as we can tell
    if a.subject == b.subject:
        return True
    # One body named twice: "indicated the Syrian presidency in a communiqué, indicated the presidency" (only a
    # circumstance between), "The Chinese ministry said that … The ministry declared on WeChat." (the next sentence
    # opens with the attribution alone); "he said. The rebels responded" is another speaker.
    if _a_name_and_its_office(a, b, lang):  # "said Synehubov on Telegram, the governor said"
        return attributions.only_circumstance_between(doc.text, a.end, b.start, lang)
    if a.pronoun or not _share_a_word(_content_words(a.subject, lang), _content_words(b.subject, lang)):
        return False
    if attributions.only_circumstance_between(doc.text, a.end, b.start, lang):
        return True
    between = doc.text[first.sentence.end : second.sentence.start]
    follows = second.sentence.start >= first.sentence.end and not between.strip()
    return follows and second.opens_sentence and not second.statement_after


def _a_name_and_its_office(a: Attribution, b: Attribution, lang: Lexicon) -> bool:
    """One subject a name, the other a person's office ("Synehubov", "the governor"), the translation naming the
    speaker twice; not a body ("Smith said, the agency reported": the agency reports what Smith said)."""
    if a.pronoun or b.pronoun or a.subject is None or b.subject is None:
        return False
    return (_an_office(a.subject, lang) and _a_name(b.subject, lang)) or (
        _a_name(a.subject, lang) and _an_office(b.subject, lang)
    )


def _an_office(subject: str, lang: Lexicon) -> bool:
    """A determiner, perhaps an adjective, then an office: "the governor", "le ministre", "el gobernador regional"."""
    words = subject.split()
    return (
        len(words) <= _MAX_OFFICE_WORDS
        and words[0] in lang.determiners
        and any(lang.base(word) in lang.speaker_titles for word in words[1:])
    )


def _a_name(subject: str, lang: Lexicon) -> bool:
    """No determiner, no office, no function word: a person's name ("synehubov", "oleg sinegúbov")."""
    words = subject.split()
    return not any(
        word in lang.determiners or word in lang.function_words or word in lang.speaker_titles for word in words
    )


def _one_source(doc: Document, found: sourced.Sourced, lang: Lexicon) -> bool:
    """The source a sentence opens with is the speaker its attribution names: a pronoun, no subject (Spanish
    "dijo"), or a word in common ("According to the Russian defence ministry, the defence ministry reported");
    not another speaker ("According to police, the suspect said")."""
    a = found.attribution
    if a.pronoun or a.subject is None:
        return True
    named = " ".join(word.key for word in indexed(doc.text).within(found.named_start, found.named_end))
    return _share_a_word(_content_words(named, lang), _content_words(a.subject, lang))


def _share_a_word(first: set[str], second: set[str]) -> bool:
    """A word in common, or one inside the other as in a compound ("Bundeskanzler" / "der Kanzler")."""
    return any(a == b or (min(len(a), len(b)) >= _STEM and (a in b or b in a)) for a in first for b in second)


def _content_words(subject: str, lang: Lexicon) -> set[str]:
    return {lang.base(word) for word in subject.split()} - lang.function_words - lang.determiners


CHECK = DoubleAttribution()
