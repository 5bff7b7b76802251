"""exonym: a place written as the source language writes it ("Pékin", "Téhéran", "Cisjordanie" in English)."""

from __future__ import annotations

from collections.abc import Iterator

from audit import language
from audit.checks.base import Check, Example
from audit.context import RunContext
from audit.document import Document, Sentence
from audit.findings import Applicability, Finding, Fix, Severity

CONFIDENCE = {"guessed": 0.7, "naturalearth": 0.8}  # else 0.9: a name CLDR or a curated list gives


TRANSLITERATION = "transliteration"


class Exonym(Check):
    id = "exonym"
    category = "terminology/wrong-term"
    severity = Severity.WARNING
    summary = (
        "A place, or a well-known person, written as another language writes it (French Pékin, German Tiflis, "
        "Italian Cisgiordania in an English text; Beijing left in English in a French one); suggests the target "
        "language's own name."
    )
    rationale = (
        "Machine translation leaves a place's name as the source language writes it: the reader of English meets"
        " Téhéran or Varsovie where the news says Tehran and Warsaw, and an archive search misses the article."
        " The table comes from CLDR (countries and cities in every locale), Natural Earth and a hand-curated list"
        " of regions and seas; spellings that are words of the target, its own names of any place, or the place's"
        " own name (Bogotá, Braunschweig) are left out. A dateline's place in capitals (PÉKIN, Dec 3 (Reuters) -)"
        " is read too, its fix in capitals. Works for English, French, German and Spanish targets, and for"
        " Italian, Portuguese, Dutch and Polish ones on places alone (countries, cities, regions, seas)."
    )
    languages = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "pl"})
    examples = (
        Example(
            "nl",
            "De onderhandelingen in Geneva gingen dinsdag door.",
            ("Geneva",),
            "De onderhandelingen in Genève gingen dinsdag door.",
        ),
        Example(
            "en",
            "Talks between Téhéran and Washington resumed in Genf on Monday.",
            ("Téhéran", "Genf"),
            "Talks between Tehran and Washington resumed in Geneva on Monday.",
        ),
        Example(
            "en",
            "Settlers attacked villages in Cisjordanie, the army said.",
            ("Cisjordanie",),
            "Settlers attacked villages in West Bank, the army said.",
        ),
        Example("en", "Students at Peking University met officials from Bogotá and São Paulo."),
        Example(
            "fr",
            "Le président s'est rendu à Beijing puis à Warsaw.",
            ("Beijing", "Warsaw"),
            "Le président s'est rendu à Pékin puis à Varsovie.",
        ),
        Example(
            "de",
            "Die Gespräche in Warsaw und Geneva scheiterten.",
            ("Warsaw", "Geneva"),
            "Die Gespräche in Warschau und Genf scheiterten.",
        ),
    )

    def run(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        from audit.names import exonyms

        target = ctx.expected_language(doc) or "en"
        for found in reported(doc, ctx):
            news = f"{language.name(target)} news writes “{found.standard}”"
            if found.source == exonyms.GUESSED:
                message = (
                    f"“{found.text}” looks like “{found.standard}” written under another language's conventions: {news}"
                )
            else:
                message = f"“{found.text}” is how {_languages(found.languages, ctx.source_lang)} it: {news}"
            # a person's one word before more of a name the table does not list (Mahmoud Ali Youssouf, whom
            # German writes so; a blind review) may be another person's: only an editor knows whom it names
            one_word_of_a_person = (
                found.source == exonyms.PEOPLE
                and " " not in found.text
                and doc.text[found.end : found.end + 1] == " "
                and doc.text[found.end + 1 : found.end + 2].isupper()
            )
            safe = found.source not in (exonyms.GUESSED, "naturalearth") and not one_word_of_a_person
            start, replacement = _contracted(doc.text, found.start, found.standard, target)
            yield self.finding(
                doc,
                found.start,
                found.end,
                message,
                suggestion=found.standard,
                confidence=CONFIDENCE.get(found.source, 0.9),
                fix=Fix.replace(start, found.end, replacement, Applicability.SAFE if safe else Applicability.UNSAFE),
            )


def reported(doc: Document, ctx: RunContext) -> list:
    """The exonyms the check reports in the document: the table's, its datelines' and the guessed, less those
    in sentences of another language, inside a phrase, or that the transliteration check reports."""
    from audit.names import datelines, exonyms

    target = ctx.expected_language(doc) or "en"
    listed = exonyms.find(doc.text, target)
    datelined = datelines.in_datelines(doc.text, target)
    if datelined:
        listed += [one for one in datelined if not any(o.start < one.end and one.start < o.end for o in listed)]
    guessed = exonyms.guess(doc.text, target, listed)
    if guessed:
        guessed = _not_own_names(doc.text, guessed, target)
    every = sorted([*listed, *guessed], key=lambda found: found.start)
    if every:
        kept = _in_target_sentences(doc, every, target)
        every = [found for found in kept if not _inside_a_phrase(doc, found, target)]
    if every and TRANSLITERATION in ctx.checks:
        from audit.names.targets import transliterated

        taken = transliterated(doc.text, target, ctx.source_lang)  # asked only of a text with an exonym
        every = [found for found in every if not any(s < found.end and found.start < e for s, e in taken)]
    return every


def _not_own_names(text: str, guessed: list, target: str) -> list:
    """The guessed exonyms less those a language of own names writes (audit.words.scripts.own_names_letters): in
    a text of Vietnamese names in their letters, "Lâm" is Vietnamese's own spelling, not "Lam" under a foreign
    convention; a guess in the target's letters alone ("Szarif") is no such spelling."""
    from audit.words.scripts import letters_of, own_names_letters

    own = own_names_letters(text)
    if not own:
        return guessed
    plain = letters_of(target) or frozenset()
    return [found for found in guessed if not own >= set(found.text.casefold()) or plain >= set(found.text.casefold())]


def _contracted(text: str, start: int, standard: str, target: str) -> tuple[int, str]:
    """Where the fix starts and what it writes: the standard name, or, when the name opens with an article the
    preposition before it joins (the target's `contractions`), the preposition and the article as one word ("à
    Cairo" -> "au Caire", not "à Le Caire"). Spanish has none: its article of a name's own is not contracted
    ("de El Salvador", "en El Fasher")."""
    from audit import lexicon

    contractions = lexicon.of(target).contractions
    article, _, rest = standard.partition(" ")
    if not contractions or not rest or text[start - 1 : start] != " ":
        return start, standard
    before = text.rfind(" ", 0, start - 1) + 1
    preposition = text[before : start - 1]
    joined = contractions.get(f"{preposition.casefold()} {article.casefold()}")
    if joined is None or text[before - 1 : before].strip():
        return start, standard
    if preposition[:1].isupper():
        joined = joined[:1].upper() + joined[1:]
    return before, f"{joined} {rest}"


def _in_target_sentences(doc: Document, every: list, target: str) -> list:
    """The exonyms not in a sentence left in another language: its function words plainly another's
    (language_evidence.plainly_another), or mostly words other languages use far more (untranslated-word's
    reading of a sentence it reports whole). The sentence is the defect, reported by wrong-language or
    untranslated-word; respelling its names alone would make a sentence of two languages ("affiliated with the
    Islamischer Staat", "Inde's deputy high commissioner")."""
    from bisect import bisect_right

    sentences = doc.sentences
    starts = [sentence.start for sentence in sentences]
    foreign: dict[int, bool] = {}
    kept = []
    for found in every:
        index = bisect_right(starts, found.start) - 1
        if index >= 0 and found.start < sentences[index].end and index not in foreign:
            foreign[index] = _left_in_another_language(doc.text, sentences[index], target)
        if not foreign.get(index, False):
            kept.append(found)
    return kept


def _inside_a_phrase(doc: Document, found, target: str) -> bool:
    """The name stands between two lower-case words of a language that writes it so, in a phrase left in that
    language ("according to the Japanese coast guard" in German): untranslated-word's to report; respelling the
    name alone makes the phrase of two languages ("the Japaner coast guard")."""
    from audit.duplication.tokens import indexed
    from audit.words.evidence import verdict

    if not found.languages:
        return False
    words = indexed(doc.text)
    before, after = words.last(0, found.start), words.first(found.end, len(doc.text))
    if before is None or after is None or before.text[0].isupper() or after.text[0].isupper():
        return False
    return all(
        (reading := verdict(word.key, target)).kind and reading.lang in found.languages for word in (before, after)
    )


_ANY_SIZE = language.MinSize(0, 0, 0)


def _left_in_another_language(text: str, sentence: Sentence, target: str) -> bool:
    """Whether the sentence is plainly in another language by its function words, those inside its names set
    aside (the Arabic article of "al-Assad" is Dutch, Spanish and Italian "al": "The mayor of Pékin met Bashar
    al-Assad" read as Dutch by its "met", "of", "al"), or mostly by its words."""
    from audit.checks.untranslated_word import mostly_another_language
    from audit.language_evidence import name_particles, plainly_another
    from audit.words.frequencies import languages

    found = language.words_of(text, sentence.start, sentence.end)
    if found.prose and plainly_another(found.prose, target):
        outside = language.name_free_prose(sentence.text, name_particles(target), _ANY_SIZE)
        if outside and plainly_another(outside, target):
            return True
    return target in languages() and mostly_another_language(text, sentence, target)


def _languages(codes: tuple[str, ...], source: str | None = None) -> str:
    """The languages that write a spelling, and the verb: "Spanish writes", "English and Dutch write"; the source
    language first where it is one of them ("French, Spanish and Portuguese write" CEDEAO from French)."""
    from audit import language

    names = [language.name(code) for code in sorted(codes, key=lambda code: code != source)]
    if len(names) == 1:
        return f"{names[0]} writes"
    return f"{', '.join(names[:-1])} and {names[-1]} write"


CHECK = Exonym()
