"""repeated-word: the same word twice or more in a row ("to to", "clocks clocks clocks", "(OSCE) (OSCE)"), or two
words twice ("a assuré a assuré")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document, Sentence
from audit.duplication.attributions import document_quotations
from audit.duplication.spans import Spans
from audit.duplication.suggestion import suggestion
from audit.duplication.tokens import Token, TokenIndex, indexed, text_lexicon
from audit.findings import Applicability, Finding, Fix, Severity
from audit.lexicon import Double, Lexicon

_CLOSERS = ")]}”’»›“‘\"'"  # “ and ‘ close a German quotation („…“); after a word they close, never open
_OPENERS = "([{“‘«‹„\"'"
PLAIN, COMMA, ACROSS = "plain", "comma", "across"  # what stands between two words: spaces, a comma, a bracket
CLAUSE_WORDS = 8  # the words before a pair said twice that a clause said again in another order is sought in
_JOINS = {"": PLAIN, ",": COMMA}  # what may stand between two words said twice, white space aside


class RepeatedWord(Check):
    id = "repeated-word"
    category = "fluency/grammar"
    severity = Severity.ERROR
    summary = (
        "The same word or two words twice or more in a row (“to to”, “(OSCE) (OSCE)”, “a assuré a assuré”);"
        " grammatical doubles are allowed."
    )
    rationale = (
        "A doubled word is the commonest slip of machine translation and of hurried editing; it reads as careless."
        " Doubles a grammar allows (“had had”, “die die”, “nous nous”) and emphatic ones (“very, very”, info at"
        " most) come from the language's data file. A word said twice across a comma (“declared, declared”) is a"
        " warning, unless it is a name (a list: “Kharkiv, Kharkiv region”), a function word, a clause said again"
        " or an adjective after an article (“a long, long night”, info)."
    )
    examples = (
        Example("en", "Units withdrew to to new positions.", ("to",), "Units withdrew to new positions."),
        Example("en", "The clocks clocks clocks stopped.", ("clocks clocks",), "The clocks stopped."),
        Example("en", "Observers of the OSCE (OSCE) (OSCE) left.", ("OSCE",), "Observers of the OSCE (OSCE) left."),
        Example("en", "If the army had had more shells, the town would have held."),
        Example(
            "fr",
            "Les troupes se sont repliées sur sur de nouvelles positions.",
            ("sur",),
            "Les troupes se sont repliées sur de nouvelles positions.",
        ),
        Example(
            "fr",
            "« Nous resterons », a assuré a assuré le ministre.",
            ("a assuré",),
            "« Nous resterons », a assuré le ministre.",
        ),
        Example("de", "Die Frau, die die Zeitung liest, schwieg."),
        Example(
            "es",
            "El rublo cayó a su nivel más bajo desde desde marzo.",
            ("desde",),
            "El rublo cayó a su nivel más bajo desde marzo.",
        ),
        Example("it", "Il governo ha ha annunciato nuove misure.", ("ha",), "Il governo ha annunciato nuove misure."),
        Example(
            "pt", "O Senado aprovou a a reforma na quarta-feira.", ("a",), "O Senado aprovou a reforma na quarta-feira."
        ),
        Example("nl", "Hij zei dat dat plan niet zou werken."),
        Example("pl", "Wojska wycofały się z z miasta w nocy.", ("z",), "Wojska wycofały się z miasta w nocy."),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lang = text_lexicon(doc, ctx)
        quoted = Spans(document_quotations(doc, lang))
        text_words = indexed(doc.text)
        sentences = doc.sentences
        # the sentences where a word follows one of its own key: most have none, and their words need no reading
        for at in text_words.each_doubled([s.start for s in sentences], [s.end for s in sentences]):
            sentence = sentences[at]
            words = text_words.within(sentence.start, sentence.end)
            index = 1
            while index < len(words):
                if words[index].key != words[index - 1].key:  # most words: no gap to read
                    index += 1
                    continue
                kind = _between(doc.text, words[index - 1], words[index])
                if kind is None:
                    index += 1
                    continue
                last = index
                while (
                    last + 1 < len(words)
                    and words[last + 1].key == words[index].key
                    and _between(doc.text, words[last], words[last + 1]) == kind
                ):
                    last += 1
                finding = self._double(doc, sentence, words, index, last, kind, lang, quoted)
                if finding is not None:
                    yield finding
                index = last + 1
        yield from self._pairs(doc, lang, quoted)

    def _pairs(self, doc: Document, lang: Lexicon, quoted: Spans) -> Iterator[Finding]:
        """Two words said twice or more in a row in one sentence ("a assuré a assuré", "leur médiation, leur
        médiation"): no grammar doubles a pair. Noted only inside a quotation (a chant) or when all are capitalised
        (a title: "New York, New York")."""
        text_words = indexed(doc.text)
        sentences = doc.sentences  # made on each ask
        ends = [s.end for s in sentences]
        reported = 0
        for at in text_words.pairs_doubled():
            first, second = text_words[at], text_words[at + 1]
            if first.start < reported:
                continue  # "X Y X Y X Y": reported from its first pair
            sentence = sentences[bisect_left(ends, first.start + 1)]
            kind, last = _pair_run(text_words, at, sentence.end)
            if kind is None or _pair_allowed(text_words, at, sentence, kind, lang):
                continue
            end = text_words[last].end
            reported = end
            titled = all(_name_like(text_words[i]) for i in range(at, last + 1))
            noted = quoted.holds(text_words[at + 2].start) or titled or {first.key, second.key} <= lang.emphatic_doubles
            numbered = first.is_number or second.is_number  # a number deleted is never safe (see _fix)
            safety = Applicability.SAFE if kind == PLAIN and not numbered else Applicability.UNSAFE
            fix = None if noted else Fix.delete(second.end, end, safety)
            times = (last - at + 1) // 2
            yield self.finding(
                doc,
                text_words[at + 2].start,
                end,
                f"“{doc.text[first.start : end]}”: the words are repeated" + (f" {times} times" if times > 2 else ""),
                severity=Severity.INFO if noted else Severity.ERROR if kind == PLAIN else Severity.WARNING,
                suggestion=suggestion(doc.text, sentence.start, sentence.end, fix),
                confidence=0.5 if noted else 0.9,
                fix=fix,
            )

    def _double(
        self,
        doc: Document,
        sentence: Sentence,
        words: list[Token],
        index: int,
        last: int,
        kind: str,
        lang: Lexicon,
        quoted: Spans,
    ) -> Finding | None:
        """The finding on words[index..last], each a repeat of words[index - 1], or None when allowed."""
        severity = _severity(doc.text, words, index, last, kind, lang, quoted.holds(words[index].start))
        if severity is None:
            return None
        first, second, end = words[index - 1], words[index], words[last].end
        emphatic = severity is Severity.INFO
        fix = None if emphatic else _fix(doc.text, first, second, end, kind, index == 1, words[index].is_number)
        times = last - index + 2
        what = "repeated" if times == 2 else f"repeated {times} times"
        return self.finding(
            doc,
            second.start,
            end,
            f"“{doc.text[first.start : end]}”: the word is {what}" + (_why(words[index], lang) if emphatic else ""),
            severity=severity,
            suggestion=suggestion(doc.text, sentence.start, sentence.end, fix),
            confidence={Severity.INFO: 0.5, Severity.WARNING: 0.6}.get(severity, 0.95),
            fix=fix,
        )


def _pair_run(text_words: TokenIndex, at: int, sentence_end: int) -> tuple[str | None, int]:
    """How the pair of words at `at` is joined to its repeats (PLAIN or COMMA; None when otherwise, or when the
    words of a pair are not side by side), and the index of the last word of its last repeat in the sentence."""
    kind = _JOINS.get("".join(text_words.gap(at + 1).split()))
    if kind is None or text_words.gap(at).strip() or text_words.gap(at + 2).strip():
        return None, at
    if text_words[at + 3].end > sentence_end:
        return None, at
    last = at + 3
    while (
        last + 2 < len(text_words)
        and text_words[last + 2].end <= sentence_end
        and text_words[last + 1].key == text_words[at].key
        and text_words[last + 2].key == text_words[at + 1].key
        and _JOINS.get("".join(text_words.gap(last).split())) == kind
        and not text_words.gap(last + 1).strip()
    ):
        last += 2
    return kind, last


def _pair_allowed(text_words: TokenIndex, at: int, sentence: Sentence, kind: str, lang: Lexicon) -> bool:
    """A pair said twice that is no slip: two numbers (a score, a code) or one across a comma (a list of years),
    reduplications, two function words across a comma (the words of a longer clause: "it is what it is, it is what
    it is"), a function word second (an idiom of a word twice around it, then that word: "door to door to read"),
    unless both are function words side by side (see _small_words_only), or a clause said again in another order
    (duplicate-phrase's)."""
    first, second = text_words[at], text_words[at + 1]
    keys = {first.key, second.key}
    return (
        (first.is_number and second.is_number)  # a score, a code: "3 1 3 1"
        or ((first.is_number or second.is_number) and kind == COMMA)  # a list: "in 2022, in 2023"
        or keys <= lang.reduplications
        or (kind == COMMA and keys <= lang.function_words)
        or (second.key in lang.function_words and not _small_words_only(keys, kind, lang))  # "from door to door
        # to", "and more and more": X Y X, then Y
        or _clause_again(text_words, at, sentence)
    )


def _small_words_only(keys: set[str], kind: str, lang: Lexicon) -> bool:
    """Two function words said twice in a row, neither a coordinator ("de la de la", "in der in der", "para os
    para os"): a slip, no idiom; a coordinator makes one ("on and on and on", "more and more and more")."""
    return kind == PLAIN and keys <= lang.function_words and keys.isdisjoint(lang.coordinators)


def _clause_again(text_words: TokenIndex, at: int, sentence: Sentence) -> bool:
    """The two words after the pair said twice stand among the CLAUSE_WORDS before it, in its sentence: a clause
    said again in another order ("die volgens de oppositie zijn vervalst, zijn vervalst volgens de oppositie"),
    duplicate-phrase's to report."""
    after = [text_words[i] for i in range(at + 4, min(at + 6, len(text_words)))]
    before = {text_words[i].key for i in range(max(0, at - CLAUSE_WORDS), at) if text_words[i].start >= sentence.start}
    return len(after) == 2 and after[-1].end <= sentence.end and {w.key for w in after} <= before


def _words_again(words: list[Token], index: int) -> bool:
    """The two words after a word said twice across a comma stand among the CLAUSE_WORDS before it: a clause said
    again in another order ("que les autorités démentent, démentent les autorités"), duplicate-phrase's."""
    after = {w.key for w in words[index + 1 : index + 3]}
    before = {w.key for w in words[max(0, index - 1 - CLAUSE_WORDS) : index - 1]}
    return len(words) > index + 2 and after <= before


def _between(text: str, left: Token, right: Token) -> str | None:
    """How two neighbouring words are joined: spaces only, a comma, or a closing bracket or quotation mark right
    after the first word (and perhaps an opening one right before the second); None for anything else."""
    gap = text[left.end : right.start]
    bare = "".join(gap.split())
    if bare == "":
        return PLAIN if gap else None  # "U.S." is one token; words touching one another are not a double
    if bare == ",":
        return COMMA
    spaced = len(gap) - len(gap.lstrip()) if gap.lstrip()[:1] in ("»", "›") else 0  # French "rouge » rouge"
    closers = len(gap) - len(gap[spaced:].lstrip(_CLOSERS))
    rest = gap[closers:]
    reopened = rest.lstrip()
    if closers and rest[:1].isspace() and all(ch in _OPENERS for ch in reopened) and reopened == rest.strip():
        return ACROSS  # "(OSCE) (OSCE)", "the “special operation” operation"
    return None


def _severity(
    text: str, words: list[Token], index: int, last: int, kind: str, lang: Lexicon, quoted: bool
) -> Severity | None:
    """Severity of the repeat of words[index - 1] by words[index..last], or None when it is not a defect."""
    word = words[index].key
    run = last > index
    if word in lang.reduplications and (run or word not in lang.function_words):
        return None  # "ha ha ha", "Baden-Baden", "Pago Pago"; but French "la la maison" is a slip
    if word in lang.emphatic_doubles and kind != ACROSS:
        return Severity.INFO
    if kind == COMMA:  # "Kharkiv, Kharkiv region" is a list; "declared, declared on Wednesday" a slip
        if not run and any(word in r.words and r.allowed == "comma-between" for r in lang.grammatical_doubles):
            return None  # "was er gelesen habe, habe er nicht gesagt": a clause's last verb, the next one's first
        if run or words[index].is_number or _name_like(words[index]) or word in lang.function_words or len(word) < 3:
            return None
        if _words_again(words, index):
            return None
        emphatic = index >= 2 and words[index - 2].key in lang.determiners  # "a rich, rich man", an adjective
        return Severity.INFO if quoted or emphatic else Severity.WARNING
    if words[index].is_number:
        return None if _digit_group(text, words, index) or _number_sequence(words, index, last) else Severity.WARNING
    if run:  # three or more: no grammar doubles a word three times; a quoted chant may ("olé olé olé")
        if len(word) == 1 and word not in lang.function_words:
            return None
        return Severity.INFO if quoted else Severity.ERROR
    if kind == PLAIN and _allowed(text, words, index, lang):
        return None
    names = _name_like(words[index - 1]) and _name_like(words[index]) and word not in lang.function_words
    if index > 1 and kind == PLAIN and names:
        return Severity.INFO  # "Hassan Hassan", "Lang Lang", "Danse Danse": a name as often as a slip
    return Severity.ERROR


def _why(word: Token, lang: Lexicon) -> str:
    """Why a double is only noted: emphasis (“very, very”, a chant), or perhaps a name (“Lang Lang”)."""
    return ", perhaps a name" if _name_like(word) and word.key not in lang.emphatic_doubles else " for emphasis"


def _name_like(word: Token) -> bool:
    """Capitalised like a name, not written in capitals like an acronym ("OSCE OSCE" is a slip)."""
    return word.text[0].isupper() and not word.text.isupper()


def _number_sequence(words: list[Token], index: int, last: int) -> bool:
    """A repeated number inside a run of numbers: a telephone number, a code, a table row ("06 12 12 34 56")."""
    before = index >= 2 and words[index - 2].is_number
    after = last + 1 < len(words) and words[last + 1].is_number
    return before or after


def _digit_group(text: str, words: list[Token], index: int) -> bool:
    """ "1 000 000": a group of three digits after a number, the thousands written with spaces."""
    return len(words[index].key) == 3 and words[index].key.isdigit() and text[words[index - 1].end].isspace()


def _allowed(text: str, words: list[Token], index: int, lang: Lexicon) -> bool:
    first, second = words[index - 1], words[index]
    word = second.key
    before = words[index - 2].key if index >= 2 else None
    if len(word) == 1 and word not in lang.function_words:  # letters spelled out: "b a s i c"
        return True
    if first.start > 0 and text[first.start - 1] in ".-":  # "E.ON on": the first belongs to an abbreviation
        return True
    if before in lang.particle_verbs.get(word, ()):  # "checked in in Geneva"
        return True
    return any(word in rule.words and _rule_allows(rule, text, words, index) for rule in lang.grammatical_doubles)


def _rule_allows(rule: Double, text: str, words: list[Token], index: int) -> bool:
    """Whether the language's rule allows the double ending at words[index] (see audit.lexicon.Double)."""
    first, second = words[index - 1], words[index]
    if rule.allowed == "next-in":
        return index + 1 < len(words) and words[index + 1].key in rule.context
    if rule.allowed == "next-not-in":
        return index + 1 >= len(words) or words[index + 1].key not in rule.context
    if rule.allowed == "after-within":
        return any(w.key in rule.context for w in words[max(0, index - 1 - rule.distance) : index - 1])
    if rule.allowed == "comma-within":
        return "," in text[words[max(0, index - 1 - rule.distance)].start : first.start]
    if rule.allowed == "comma-between":  # a clause ends with the word, the next opens with it
        return "," in text[first.end : second.start]
    if rule.allowed == "at-start":
        return index == 1
    if rule.allowed == "case-differs":
        return first.text[0].isupper() != second.text[0].isupper() or (index == 1 and second.text[0].isupper())
    return True  # "always"


def _fix(text: str, first: Token, second: Token, end: int, kind: str, at_start: bool, number: bool) -> Fix:
    """Delete the repeats and what joins them to the first word, keeping the brackets and quotation marks that
    close the first; "told the The Economist" keeps the capitalised one. A number deleted is never safe: "45 45"
    may be an address or a code."""
    safety = Applicability.UNSAFE if number or kind == COMMA else Applicability.SAFE
    if kind == ACROSS:
        gap = text[first.end : second.start]
        spaced = len(gap) - len(gap.lstrip()) if gap.lstrip()[:1] in ("»", "›") else 0
        closers = len(gap) - len(gap[spaced:].lstrip(_CLOSERS))
        reopened = any(ch in _OPENERS for ch in gap[closers:])
        return Fix.delete(first.end if reopened else first.end + closers, end, safety)
    if end == second.end and not at_start and second.text[0].isupper() and not first.text[0].isupper():
        return Fix.delete(first.start, second.start, safety)
    return Fix.delete(first.end, end, safety)


CHECK = RepeatedWord()
