"""name-variant: one name spelled two or more ways in a document, or across the documents of a feed."""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from math import prod

from audit import lexicon
from audit.caches import per_document
from audit.checks.base import Check, Example, Scope, option
from audit.context import RunContext
from audit.document import Document
from audit.findings import Applicability, Finding, Fix, Severity
from audit.names.folding import fold, normal

CONFIDENCE = 0.85
TITLE_WORD = 4.0  # Zipf frequency in English of a capitalised word as common as a title ("Colonel") or more
COMMON_NOUN = 3.0  # Zipf frequency from which a capitalised word of a German text may be a noun of the language
OWN_NOUN = 1.5  # ... and by how much more than in any other language one of its spellings is written in it
# A word of two letters or more, not one of ASCII lower-case letters alone: the text writes that one in lower
# case, so it is never a candidate (most words of a text, and matched here only for Python to drop them). The
# pattern opens with the character before the word, from a class of ASCII ranges (any character but an ASCII
# letter, digit, underscore, apostrophe or hyphen), then asks whether it can stand before a word: the engine skips
# the letters inside words in C, where a pattern opening with a look-behind was tried at every character.
_WORD = re.compile(r"[^'\-0-9A-Z_a-z](?<![\w'’-])(?![a-z]++(?![\w'’-]))([^\W\d_][\w'’-]*[^\W_])")
_FOREIGN_GROUPS = ("ou", "dj", "tch", "sch")
_POSSESSIVE = re.compile(r"['’]s?$")
_JOINER_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu")
_JOINER = re.compile(f"[ -](?:(?:{'|'.join(_JOINER_ARTICLES)})[- ])?")  # within a full name
_JOINER_LONGEST = 2 + max(map(len, _JOINER_ARTICLES))  # a longer gap joins nothing, and is not matched
_ARABIC_ARTICLES = ("al ", "al-", "el ", "el-")  # before a name, as a romanization writes them
_ARTICLE = re.compile(r"(?:al|el|Al|El|ad|ar|as|ash|at|az|an)-(?=[A-Z])")
_TEXT = operator.itemgetter(2)  # a Mention's text
ENGLISH = "en"
NOT_COMPARED = "-"  # a document whose language has no press spellings of the known names to judge them by
TRANSLITERATION = "transliteration"
EXONYM = "exonym"
SPELLING_KEY = "="  # the key of a word's own spelling (skeleton.keys), which a word the same shares already
MAX_KEY_COMBINATIONS = 8  # a full name whose words have more keys together is linked by a word the same alone
LISTED_DOCUMENTS = 5  # documents named in a message; the rest are counted


@dataclass(frozen=True)
class Options:
    across_feed: bool = option(True, "also compare the spellings of different documents of a run")


class NameVariant(Check):
    id = "name-variant"
    category = "terminology/inconsistent"
    severity = Severity.WARNING
    summary = (
        "One name spelled several ways (Koursk and Kursk, Bachar and Bashar) within a document or across a feed;"
        " reports each minority spelling and suggests the standard one (else the majority); in any language."
    )
    rationale = (
        "A reader who meets Zelensky and Zelenskyy in one article may take them for two people, and an archive"
        " search finds half the coverage. The run's documents are compared too: a feed should spell a name one"
        " way, each language apart. The standard is English news's in English, and in French, German and Spanish"
        " the spelling that language's press writes (Wladimir Putin in German). The fix (the standard spelling,"
        " else the majority) is unsafe: only an editor knows the house style."
    )
    scope = Scope.FEED
    Options = Options
    examples = (
        Example(
            "en",
            "Fighting continued near Koursk on Monday. Kursk's governor asked for help.\n"
            "Residents of Kursk were evacuated on Tuesday.",
            ("Koursk",),
            "Fighting continued near Kursk on Monday. Kursk's governor asked for help.\n"
            "Residents of Kursk were evacuated on Tuesday.",
        ),
        Example("en", "Zelensky met Macron in Paris. Zelensky then flew to Berlin."),
        Example(
            "de",
            "Wladimir Putin empfing die Gäste. Später sagte Vladimir Putin, die Lage sei stabil.",
            ("Vladimir Putin",),
            "Wladimir Putin empfing die Gäste. Später sagte Wladimir Putin, die Lage sei stabil.",
        ),
        Example(
            "de",
            "Baschar al-Assad floh nach Moskau. Bashar al-Assad hatte Syrien seit 2000 regiert.",
            ("Bashar",),
            "Baschar al-Assad floh nach Moskau. Baschar al-Assad hatte Syrien seit 2000 regiert.",
        ),
        Example(
            "es",
            "Ahmed al Shara viajó a Riad. Al-Sharaa se reunió con el príncipe heredero y Al-Sharaa volvió a Damasco.",
            ("Shara",),
            "Ahmed al Sharaa viajó a Riad. Al-Sharaa se reunió con el príncipe heredero y Al-Sharaa volvió a Damasco.",
        ),
    )

    def run_feed(self, documents: Sequence[Document], ctx: RunContext) -> Iterator[tuple[Document, Finding]]:
        """Spellings that differ within each document (of known names, and of any name by its sounds), then
        between documents that are each consistent (known names)."""
        known_names: dict[int, dict[str, list]] = {}  # what the comparisons across the feed read of each document,
        full_names: dict[int, tuple[tuple, ...]] = {}  # kept here: a feed may outgrow the caches of documents
        korean_names: dict[int, tuple] = {}
        for doc in documents:
            known, unknown, full, korean = self.gathered(doc, ctx)
            for group in [*known.values(), *unknown]:
                decision = _decide(group, _houses(ctx), ctx.expected_language(doc))
                for finding in _report(self, doc, group, decision, _lines(doc, group), feed=False, ctx=ctx):
                    yield doc, finding
            known_names[id(doc)], full_names[id(doc)], korean_names[id(doc)] = known, full, korean
        if self.options_in(ctx).across_feed:
            by_language: dict[str | None, list[Document]] = {}
            for doc in documents:
                by_language.setdefault(_compared_in(doc, ctx), []).append(doc)
            for lang, docs in by_language.items():
                yield from _across(self, docs, known_names, ctx, lang)
            yield from _across_unknown(self, documents, full_names, ctx)
            yield from _across_korean(self, documents, korean_names, ctx)

    def gather(
        self, doc: Document, ctx: RunContext
    ) -> tuple[dict[str, list], tuple[list, ...], tuple[tuple, ...], tuple]:
        """The document's known names' mentions by name (of a document in English, or in a language whose press
        spellings the names gazetteer holds), its names no list knows spelled two ways, and its full names no list
        knows and Korean names (for the comparisons across the feed): mentions only, read where its transliteration
        check found them."""
        from audit.names import korean

        known = _groups(doc) if _compared_in(doc, ctx) != NOT_COMPARED else {}
        across = self.options_in(ctx).across_feed
        full = _full_names(doc.text) if across else ()
        koreans = tuple(korean.names(doc.text)) if across else ()
        lang = ctx.expected_language(doc)
        return known, _not_inflections(_names_not_nouns(_unknown_groups(doc.text), lang), lang), full, koreans


def _compared_in(doc: Document, ctx: RunContext) -> str | None:
    """The language whose spellings of the known names a document is judged by: English (None: unknown, read as
    English), a language the names gazetteer holds press spellings for (French, German, Spanish), else
    NOT_COMPARED."""
    lang = ctx.expected_language(doc)
    if lang in (None, ENGLISH):
        return ENGLISH
    from audit.names.gazetteer import load

    return lang if lang in load().targets else NOT_COMPARED


def _across(
    check: NameVariant,
    documents: Sequence[Document],
    known: dict[int, dict[str, list]],
    ctx: RunContext,
    lang: str | None = ENGLISH,
) -> Iterator[tuple[Document, Finding]]:
    """Spellings that differ between documents of one language, each document being consistent within itself; in a
    streamed run, also against the spellings of the earlier windows' documents (`Earlier`)."""
    if lang == NOT_COMPARED:
        return
    remembered = check.id if lang == ENGLISH else f"{check.id}:{lang}"
    memory: dict[str, Earlier] | None = ctx.feed_memory.setdefault(remembered, {}) if ctx.streamed else None
    if len(documents) < 2 and memory is None:
        return
    by_key: dict[str, dict[int, list]] = {}
    for position, doc in enumerate(documents):
        for key, group in known[id(doc)].items():
            by_key.setdefault(key, {})[position] = group
    for key, per_doc in by_key.items():
        earlier = memory.get(key) if memory is not None else None
        if len(per_doc) + (earlier.documents if earlier else 0) < 2:
            continue
        places = {documents[p].id: group for p, group in per_doc.items()}
        everything = [m for group in per_doc.values() for m in group]
        if earlier is not None:
            everything += earlier.mentions()
            places = {**earlier.places(), **places}
        where = _where(places)
        decide = _decide(everything, _houses(ctx), lang)
        for position, group in per_doc.items():
            if len({_spelling(m) for m in group}) > 1 or decide is None or _spelling(group[0]) == decide[0]:
                continue  # consistent with the feed, or inconsistent within the document (reported by run())
            doc = documents[position]
            for finding in _report(check, doc, group, decide, where, feed=True, ctx=ctx):
                yield doc, finding
    if memory is not None:
        for key, per_doc in by_key.items():
            memory.setdefault(key, Earlier()).add({documents[p].id: group for p, group in per_doc.items()})


class Earlier:
    """A known name's spellings in the earlier windows of a streamed run, in the space of a few mentions: each
    spelling's first mention and count, and the first LISTED_DOCUMENTS documents that wrote it."""

    def __init__(self) -> None:
        self.documents = 0
        self.spellings: dict[str, list] = {}  # spelling -> [first mention, count, Counter by doc]

    def add(self, places: dict[str, list]) -> None:
        self.documents += len(places)
        for doc_id, group in places.items():
            for mention in group:
                seen = self.spellings.setdefault(_spelling(mention), [mention, 0, Counter()])
                seen[1] += 1
                if doc_id in seen[2] or len(seen[2]) < LISTED_DOCUMENTS:
                    seen[2][doc_id] += 1

    def mentions(self) -> list:
        """Each spelling's first mention as many times as it was written: what a majority counts."""
        return [first for first, count, _ in self.spellings.values() for _ in range(count)]

    def places(self) -> dict[str, list]:
        """The documents listed for each spelling, with their mentions, as _where reads them."""
        found: dict[str, list] = {}
        for first, _, by_doc in self.spellings.values():
            for doc_id, count in by_doc.items():
                found.setdefault(doc_id, []).extend([first] * count)
        return found


def _groups(doc: Document) -> dict[str, list]:
    """The document's name mentions grouped by the name they spell (the same folded standard or folded text),
    for names with a known or guessed standard spelling."""
    return _grouped(doc.text)


@per_document
def _grouped(text: str) -> dict[str, list]:
    from audit.names.mentions import known_mentions, mentions

    known_ones = known_mentions(text)
    if not known_ones:  # most documents: no group to make, nor any mention to read
        return {}
    found = mentions(text)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for mention in known_ones:  # an unknown word's key is its folded text: nothing to join
        parent[root(fold_text(mention))] = root(mention.key)
    known = {root(m.key) for m in known_ones}
    groups: dict[str, list] = {}
    for mention in found:
        key = root(mention.key)
        if key in known:
            groups.setdefault(key, []).append(mention)
    _join_surnames(groups)
    return groups


def _join_surnames(groups: dict[str, list]) -> None:
    """A person's full name, spelled one way, lends its last word to the group of that surname written alone:
    “Volodímir Zelenski” then “Zelensky” is one name spelled two ways (a blind review), though neither group holds
    two spellings."""
    from audit.names.mentions import Mention

    for key, group in list(groups.items()):
        head, _, last = key.rpartition(" ")
        alone = groups.get(last) if head else None
        entity = next((m.entity for m in alone if m.entity is not None), None) if alone else None
        if entity is None or group[0].entity is None or group[0].entity.kind != "person":
            continue
        if len({_spelling(m) for m in group}) > 1:
            continue  # reported as full names
        for mention in group:
            cut = mention.text.rfind(" ") + 1
            surname = mention.suggestion[mention.suggestion.rfind(" ") + 1 :]
            alone.append(
                Mention(
                    mention.start + cut, mention.end, mention.text[cut:], surname, mention.convention, entity,
                    mention.confidence, mention.conventions,
                )
            )  # fmt: skip
        alone.sort(key=lambda m: m.start)


@per_document
def _candidates(text: str) -> tuple:
    """Capitalised words that may be names no list knows: less those a known name covers, words the text also
    writes in lower case, all-capital words, and an Arabic article ("al-Assad" is "Assad" spelled the same)."""
    from audit.names.lower_words import lower_words
    from audit.names.mentions import Mention, known_mentions

    covered = {offset for m in known_mentions(text) for offset in range(m.start, m.end)}  # asked in C
    lower = lower_words(text)
    found = []
    for match in _words(text):
        bare = _bare(match.group(1))  # most words: read once per process
        if bare is not None and bare[2] not in lower:
            start = match.start() + bare[0]
            if start not in covered:
                found.append(tuple.__new__(Mention, (start, start + len(bare[1]), bare[1], bare[1], None, None, 1.0)))
    return tuple(found)


def _words(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_WORD` in the text after a space (what stands before its first word): each match's start is
    where its word (group 1) starts in the text."""
    return _WORD.finditer(" " + text)


@lru_cache(maxsize=65536)
def _bare(word: str) -> tuple[int, str, str] | None:
    """A capitalised word without an Arabic article or a possessive ("Airbus's" is "Airbus"), as (offset in the
    word, name, name case-folded); None for an all-capital one. Asked once per process: news repeats its words."""
    offset = 0
    article = _ARTICLE.match(word)
    if article:
        offset, word = article.end(), word[article.end() :]
    word = _POSSESSIVE.sub("", word)
    return None if word.isupper() else (offset, word, word.casefold())


_ENDINGS = frozenset("aeiouys")  # a last letter more that may be an ending: a plural, a case, a feminine
MIN_SLIP = 5  # letters of a name from which one letter more, less or changed is a slip, not another name
MAX_EARLIER = 8  # the earlier spellings of a bucket each is compared with, the nearest (news has buckets of 3)


def _linked(spellings: Sequence[str]) -> list[list[str]]:
    """The spellings grouped by name (audit.names.skeleton; a table joining two names is not enough here: that is
    the exonym check's), each group in order of first appearance; groups of one spelling left out. A spelling is
    compared with the MAX_EARLIER before it in each bucket: 1,296 made-up names of one consonant frame took 10 to
    36 s when each was compared with every earlier one, 0.2 to 0.5 s so."""
    from audit.names.skeleton import keys, same_name

    keyed = list(map(keys, spellings))  # under each reading (Spanish j, Italian gi): one bucket per key
    every = sorted(itertools.chain.from_iterable(keyed))
    shared = set(itertools.compress(every, map(operator.eq, every, every[1:])))  # found in C
    if not shared:  # most documents: no bucket holds two spellings, nothing to compare
        return []
    buckets: dict[str, list[str]] = {}  # the buckets of two spellings or more, in the order their keys come
    for spelling, name_keys in zip(spellings, keyed, strict=True):
        if not shared.isdisjoint(name_keys):
            for name_key in name_keys:
                if name_key in shared:
                    buckets.setdefault(name_key, []).append(spelling)
    parent: dict[str, str] = {}

    def root(spelling: str) -> str:
        while parent.setdefault(spelling, spelling) != spelling:
            spelling = parent[spelling]
        return spelling

    for bucket in buckets.values():
        for index in range(1, len(bucket)):  # each against the nearest earlier ones
            spelling = bucket[index]
            for earlier in bucket[max(0, index - MAX_EARLIER) : index]:
                if root(earlier) != root(spelling) and same_name(earlier, spelling, known_alike=False):
                    parent[root(spelling)] = root(earlier)
                    break
    groups: dict[str, list[str]] = {}
    for spelling in filter(parent.__contains__, spellings):  # a spelling never compared is a group of its own
        groups.setdefault(root(spelling), []).append(spelling)
    return [group for group in groups.values() if len(group) > 1]


@per_document
def _unknown_groups(text: str) -> tuple[list, ...]:
    """Names no list knows, spelled two ways in the text (Bachar / Bashar, Younès / Younis, Kobakhidzé /
    Kobakhidze): the mentions of each group of `_linked` spellings, of each name of syllables hyphened in one
    place and not in another (Jong-un / Jong Un), and of each Korean name romanized two ways (audit.names.korean)."""
    from audit.names import korean, syllables
    from audit.names.mentions import Mention

    candidates = _candidates(text)
    groups = []
    for linked in _linked(list(dict.fromkeys(map(_TEXT, candidates)))):  # the spellings in order, found in C
        spellings = set(linked)
        group = [m for m in candidates if m.text in spellings]  # in order of the text (most texts: no group)
        if len({_spelling(m) for m in group}) > 1:
            groups.append(group)
    groups += _slips(text, candidates, {m.text for group in groups for m in group})
    groups += _after_articles(text, candidates, {m.text for group in groups for m in group})
    romanized = korean.spellings(text)  # Lee Jae-myung / Lee Jae-myeong: two romanizations of a Korean name
    within = [(start, end) for places in romanized for start, end, _ in places]
    hyphened = [  # Kim Jong-un / Kim Jong Un: one word against two, unless a romanization's group holds them
        places
        for places in [*syllables.spellings(text), *syllables.double_names(text)]
        if not any(s <= start and end <= e for start, end, _ in places for s, e in within)
    ]  # and Díaz-Canel / Díaz Canel
    for places in [*hyphened, *romanized]:
        groups.append(
            [tuple.__new__(Mention, (start, end, name, name, None, None, 1.0)) for start, end, name in places]
        )
    return tuple(groups)


def _slips(text: str, candidates: Sequence, grouped: set[str]) -> list[list]:
    """A name written once that no word list holds, one letter from a name the text writes more often or a
    table knows, both opening with the same letter (Tinibu beside Tinubu, Sheimbaum beside Sheinbaum, Puigdemon
    beside Puigdemont): a slip no romanization explains, which `_linked` leaves out (a blind review). A name
    written once beside another written once is two people's (Mario, Maria) unless a table knows the other or
    both stand beside the same name, no common word (Min Aung Hlaing / Min Aung Hlain, Tidjane Thiam / Tidiane
    Thiam: blind reviews)."""
    from audit.names.skeleton import known
    from audit.words import frequencies

    counts = Counter(map(_TEXT, candidates))
    once = [
        name
        for name, n in counts.items()
        if n == 1 and len(name) >= MIN_SLIP and name not in grouped and name.isalpha()  # not l'Iran, anti-Europeans
    ]
    if not once:
        return []
    by_start: dict[tuple[str, int], list[tuple[str, str, int]]] = {}  # the names by first letter and length
    for name, n in counts.items():
        by_start.setdefault((name[0], len(name)), []).append((name, name.casefold(), n))
    groups = []
    for slip in once:
        if any(m.text == slip for group in groups for m in group):
            continue  # the other of a pair written once each (Tidjane / Tidiane), read already
        folded, size = slip.casefold(), len(slip)
        for name, name_folded, n in [
            *by_start.get((slip[0], size - 1), ()),
            *(same for same in by_start.get((slip[0], size), ()) if same[1][-1] == folded[-1]),  # a slip keeps
            *by_start.get((slip[0], size + 1), ()),  # the last letter of a name as long (see one_edit)
        ]:
            if name == slip or not one_edit(folded, name_folded):
                continue
            if frequencies.leads([folded], ENGLISH)[folded] is None and (
                n > 1 or known(name) or _a_name_beside_both(text, candidates, slip, name)
            ):  # no list's word
                groups.append([m for m in candidates if m.text in (slip, name)])
            break
    return groups


def _a_name_beside_both(text: str, candidates: Sequence, one: str, other: str) -> bool:
    """Whether the same capitalised word, no common word of English (a title: "President"), stands a space before
    or after a mention of each of the two names: one person's name, its other words alike."""
    from audit.words import frequencies

    beside: dict[str, set[str]] = {one: set(), other: set()}
    for left, right in itertools.pairwise(candidates):
        if text[left.end : right.start] != " ":
            continue
        if left.text in beside:
            beside[left.text].add(f"after {right.text}")
        if right.text in beside:
            beside[right.text].add(f"before {left.text}")
    shared = beside[one] & beside[other]
    return any(frequencies.zipf(word.split()[1].casefold(), ENGLISH) < TITLE_WORD for word in shared)


def _after_articles(text: str, candidates: Sequence, grouped: set[str]) -> list[list]:
    """Names after an Arabic article spelled with a doubled letter and without, or with e for i, o for u (al
    Shara / Al-Sharaa, al-Sisi / el-Sissi, El Fasher / Al-Fashir): romanizations of one Arabic name, where plain
    names that differ so are as often two (Paris / Parris, which `_linked` leaves apart); a for i is another name
    (al-Hakam, al-Hakim)."""
    by_name: dict[str, set[str]] = {}
    for mention in candidates:
        before = text[max(0, mention.start - 4) : mention.start].casefold()
        if before[-3:] in _ARABIC_ARTICLES and not before[:1].isalnum() and mention.text not in grouped:
            by_name.setdefault(_arabic_frame(mention.text), set()).add(mention.text)
    spelled = [spellings for frame, spellings in by_name.items() if len(spellings) > 1 and len(frame) >= MIN_SLIP - 1]
    return [[m for m in candidates if m.text in spellings] for spellings in spelled]


_ARABIC_VOWELS = str.maketrans("eo", "iu")  # the kasra and the damma, romanized either way


def _arabic_frame(name: str) -> str:
    """What two romanizations of one Arabic name share: the name folded, e as i and o as u, each doubled letter
    written once (Fasher, Fashir: "fashir")."""
    from audit.names.skeleton import undoubled

    return undoubled(fold(name).translate(_ARABIC_VOWELS))


def one_edit(a: str, b: str) -> bool:
    """Whether b is a with one letter changed, added or dropped, or two letters side by side swapped; not in its
    last letter, where names differ or inflect (Iran / Irak, Uighur / Uighurs), but for a consonant more or less
    that is no plural's (Puigdemon / Puigdemont)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    cut = _common_start(a, b)
    if len(a) < len(b):
        return a[cut:] == b[cut + 1 :] and (cut < len(a) or b[-1] not in _ENDINGS)
    if cut >= len(a) - 1:
        return False  # the same, or the last letter changed
    swapped = a[cut : cut + 2] == b[cut : cut + 2][::-1] and a[cut + 2 :] == b[cut + 2 :]
    return a[cut + 1 :] == b[cut + 1 :] or swapped


def _names_not_nouns(groups: tuple[list, ...], lang: str | None) -> tuple[list, ...]:
    """The groups less those of common nouns, in a language that capitalises its nouns: German Städte and Stadt,
    Land and Länder, are a plural and its singular, not a name spelled two ways. Each spelling is a common word of
    the language and one at least its own, far rarer in the other languages (Mohammed and Mohamed are as common
    in Dutch and French: names)."""
    if not groups or lang is None or not lexicon.of(lang).nouns_capitalised:
        return groups
    from audit.words.frequencies import rival

    def a_noun(group: list) -> bool:
        readings = [rival(m.text.casefold(), lang) for m in group]
        return all(own >= COMMON_NOUN for own, _, _ in readings) and any(
            own - other >= OWN_NOUN for own, _, other in readings
        )

    return tuple(group for group in groups if not a_noun(group))


INFLECTED_STEM = 4  # letters a name's inflected forms share, at least ("Pols-ka", "Pols-ce")
INFLECTED_ENDING = 3  # letters an inflected form's ending has, at most ("Kijów", "Kijowie")


def _not_inflections(groups: tuple[list, ...], lang: str | None) -> tuple[list, ...]:
    """The groups less those of one name's case forms, in a language whose names take endings: Polish "Polski",
    "Polskie", "w Polsce" are one name declined, not spelled three ways (a blind review); "Zełenski" and
    "Zelenski" differ before their endings."""
    if not groups or lang is None or not lexicon.of(lang).names_inflect:
        return groups
    return tuple(group for group in groups if not _declined({m.text.casefold() for m in group}))


def _declined(spellings: set[str]) -> bool:
    """Whether each two of the spellings share a stem of INFLECTED_STEM letters or more, each ending after it in
    at most INFLECTED_ENDING letters, and differ in more than accents ("Radosław" / "Radoslaw" is a variant)."""
    ordered = sorted(spellings)
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            if fold(first) == fold(second):
                return False
            stem = _common_start(first, second)
            if stem < INFLECTED_STEM or max(len(first), len(second)) - stem > INFLECTED_ENDING:
                return False
    return True


def _common_start(first: str, second: str) -> int:
    """How many first letters two spellings share."""
    shorter = min(len(first), len(second))
    return next((at for at in range(shorter) if first[at] != second[at]), shorter)


def _across_unknown(
    check: NameVariant, documents: Sequence[Document], full_names: dict[int, tuple[tuple, ...]], ctx: RunContext
) -> Iterator[tuple[Document, Finding]]:
    """Full names no list knows, each document spelling one way and the documents of one language two ways
    ("Khan Younès" / "Khan Younis", "Bachar al-Assad" / "Bashar al-Assad"): the differing words of the documents
    in the minority spelling (by documents). Across articles a full name is required, one of its words spelled
    alike: one word alone (Mohamed / Mohammed) names different people in different articles."""
    by_language: dict[str | None, list[Document]] = {}
    for doc in documents:
        by_language.setdefault(ctx.expected_language(doc), []).append(doc)
    for lang, docs in by_language.items():
        if len(docs) < 2:
            continue
        where: dict[tuple[str, ...], dict[int, list[tuple]]] = {}  # full name -> document -> mention tuples
        for position, doc in enumerate(docs):
            for chain in full_names[id(doc)]:
                where.setdefault(tuple(m.text for m in chain), {}).setdefault(position, []).append(chain)
        for linked in _linked_full_names(list(where)):
            per_doc: dict[int, list[tuple]] = {}
            for name in linked:
                for position, chains in where[name].items():
                    per_doc.setdefault(position, []).extend(chains)
            if len(per_doc) < 2 or any(len({_names(c) for c in chains}) > 1 for chains in per_doc.values()):
                continue  # one document, or one spelling two ways within a document (reported by run())
            listed_standard = _one_listed_standard(linked, lang)
            for index in range(len(linked[0])):
                words = {p: [chain[index] for chain in chains] for p, chains in per_doc.items()}
                if len({_spelling(group[0]) for group in words.values()}) < 2:
                    continue
                counted = [group[0] for group in words.values()]  # one vote per document
                decision = _decide(counted, _houses(ctx), lang)
                if listed_standard is not None and decision is not None and not _houses(ctx):
                    word = listed_standard[index]
                    decision = (_spelling_of(word), word)
                listed = _where({docs[p].id: group for p, group in words.items()})
                for position, group in words.items():
                    if decision is not None and _spelling(group[0]) != decision[0]:
                        for finding in _report(check, docs[position], group, decision, listed, feed=True, ctx=ctx):
                            yield docs[position], finding


def _across_korean(
    check: NameVariant, documents: Sequence[Document], korean_names: dict[int, tuple], ctx: RunContext
) -> Iterator[tuple[Document, Finding]]:
    """Korean names romanized one way in some documents of one language and another way in others (Yoon Suk Yeol
    / Yun Suk-yeol; audit.names.korean), each document consistent: the documents in the minority spelling (by
    documents), or not in the one the exonym table gives as the target's standard."""
    from audit.names import korean
    from audit.names.mentions import Mention

    by_language: dict[str | None, list[Document]] = {}
    for doc in documents:
        if korean_names.get(id(doc)):
            by_language.setdefault(ctx.expected_language(doc), []).append(doc)
    for lang, docs in by_language.items():
        if len(docs) < 2:
            continue
        names = [(position, name) for position, doc in enumerate(docs) for name in korean_names[id(doc)]]
        for group in korean.same([name for _, name in names]):
            per_doc: dict[int, list] = {}
            for index in group:
                position, name = names[index]
                start, end, text = name.place
                per_doc.setdefault(position, []).append(
                    tuple.__new__(Mention, (start, end, text, text, None, None, 1.0))
                )
            spellings = {p: {korean.letters(m.text) for m in mentions} for p, mentions in per_doc.items()}
            if len(per_doc) < 2 or any(len(s) > 1 for s in spellings.values()):
                continue  # one document, or a document of two spellings (reported by run())
            if len(set().union(*spellings.values())) < 2:
                continue
            decision = _korean_decision(per_doc, lang)
            where = _where({docs[p].id: mentions for p, mentions in per_doc.items()})
            for position, mentions in per_doc.items():
                if korean.letters(mentions[0].text) != korean.letters(decision[1]):
                    for finding in _report(check, docs[position], mentions, decision, where, feed=True, ctx=ctx):
                        yield docs[position], finding


def _korean_decision(per_doc: dict[int, list], lang: str | None) -> tuple[str, str]:
    """The spelling kept: the exonym table's standard where one document writes it, else the one most documents
    write (the first of those tied)."""
    firsts = [mentions[0].text for mentions in per_doc.values()]
    standards = _exonym_standards(lang or ENGLISH)
    listed = [text for text in firsts if text in standards]
    counted = Counter(firsts)
    kept = listed[0] if listed else max(firsts, key=lambda text: counted[text])  # max keeps the first of a tie
    return _spelling_of(kept), kept


def _one_listed_standard(linked: Sequence[tuple[str, ...]], lang: str | None) -> tuple[str, ...] | None:
    """The one spelling of a full name that the target's table of exonyms gives as a standard (Masoud Pezeshkian,
    whose French Massoud English writes for other people): the one kept across the feed, whichever the documents'
    count favours; None when none or several are."""
    standards = _exonym_standards(lang or ENGLISH)
    found = [
        name
        for name in linked
        if any(" ".join(name[i:j]) in standards for i in range(len(name)) for j in range(i + 2, len(name) + 1))
    ]  # within a run of capitalised words (Iranian President Masoud Pezeshkian)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=8)
def _exonym_standards(target: str) -> frozenset[str]:
    """The standards of the target's table of exonyms: the spellings its press writes."""
    return frozenset(entry[0] for entry in _exonym_table(target).values())


def _names(chain: tuple) -> tuple[str, ...]:
    return tuple(_spelling(m) for m in chain)


@per_document
def _full_names(text: str) -> tuple[tuple, ...]:
    """Runs of two or more name candidates (`_candidates`) joined by a space, a hyphen or an Arabic article. Only
    a gap short enough is matched, and a list made only for a run: most candidates stand alone, a sentence's first
    word (matching every gap and making a list of each candidate took 46 M instructions over a 200-article feed,
    this 28 M)."""
    runs: list[list] = []
    last = None  # the candidate before
    for mention in _candidates(text):
        if (
            last is not None
            and mention.start - last.end <= _JOINER_LONGEST
            and _JOINER.fullmatch(text, last.end, mention.start)
        ):
            if runs and runs[-1][-1] is last:
                runs[-1].append(mention)
            else:
                runs.append([last, mention])
        last = mention
    return tuple(map(tuple, runs))


def _linked_full_names(names: Sequence[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """Full names of as many words, each word one name (`same_name`): one word the same, or every word sharing a
    key of its spelling (Masoud Pezeshkian / Massoud Pezechkian, each word respelled; a full name so respelled
    names one person, where one word alone, Mohamed / Mohammed, names many)."""
    from audit.names.skeleton import keys, same_name

    by_anchor: dict[tuple, list[tuple[str, ...]]] = {}
    for name in names:
        for index, word in enumerate(name):
            by_anchor.setdefault((len(name), index, word), []).append(name)
        shared = [sorted(key for key in keys(word) if not key.startswith(SPELLING_KEY)) for word in name]
        if prod(map(len, shared)) <= MAX_KEY_COMBINATIONS:
            for combination in product(*shared):
                by_anchor.setdefault(combination, []).append(name)
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def root(name: tuple[str, ...]) -> tuple[str, ...]:
        while parent.setdefault(name, name) != name:
            name = parent[name]
        return name

    for bucket in by_anchor.values():
        for index, name in enumerate(bucket):
            for earlier in bucket[:index]:
                if root(earlier) != root(name) and all(
                    a == b or same_name(a, b, known_alike=False) for a, b in zip(earlier, name, strict=True)
                ):
                    parent[root(name)] = root(earlier)
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for name in names:
        groups.setdefault(root(name), []).append(name)
    return [group for group in groups.values() if len(group) > 1]


def fold_text(mention) -> str:
    return fold(mention.text)


def _report(
    check: NameVariant,
    doc: Document,
    mentions: list,
    decision: tuple[str, str] | None,
    where: list[tuple[str, str]],
    *,
    feed: bool,
    ctx: RunContext,
):
    """A finding on each of `mentions` not in the kept spelling of `decision` (kept, suggestion), less the foreign
    romanizations the transliteration check reports on the same words, and the other languages' forms (listed or
    guessed) the exonym check reports with the same suggestion."""
    if decision is None:
        return
    kept, suggestion = decision
    scope = "across the feed" if feed else "in this document"
    target = ctx.expected_language(doc)
    if TRANSLITERATION in ctx.checks:  # the names that check reports are left to it
        from audit.names.targets import transliterated

        reported = transliterated(doc.text, target, ctx.source_lang)
    else:
        reported = []
    for mention in mentions:
        spelling = _spelling(mention)
        if spelling == kept or any(s < mention.end and mention.start < e for s, e in reported):
            continue
        if EXONYM in ctx.checks and any(
            start < mention.end and mention.start < end and suggestion in standard
            for start, end, standard in exonyms_reported(doc, ctx)
        ):
            continue  # Téhéran, Charif, Hosni Moubarak beside Tehran, Sharif, Mubarak: the exonym check's finding
        others = "; ".join(text for other, text in where if other != spelling)
        accents = fold(mention.text) == fold(suggestion)  # Yaoundé / Yaounde: a mark, not another name
        yield check.finding(
            doc,
            mention.start,
            mention.end,
            f"“{mention.text}” is spelled differently {scope}: {others}",
            severity=Severity.INFO if accents and not mention.known else Severity.WARNING,
            suggestion=suggestion,
            confidence=CONFIDENCE,
            fix=Fix.replace(mention.start, mention.end, suggestion, Applicability.UNSAFE),
        )


def exonyms_reported(doc: Document, ctx: RunContext) -> frozenset[tuple[int, int, str]]:
    """The spans and suggestions of the exonym check's findings, asked only of a document with a variant to
    report."""
    from audit.checks.exonym import reported

    return frozenset((found.start, found.end, found.standard) for found in reported(doc, ctx))


def _houses(ctx: RunContext) -> frozenset[str]:
    """The house's spellings of names (`[tool.audit.names] prefer`), as spellings are compared."""
    return frozenset(_spelling_of(house) for house in ctx.names_houses)


def _decide(group: list, houses: frozenset[str] = frozenset(), target: str | None = ENGLISH) -> tuple[str, str] | None:
    """The spelling kept and the one suggested: the house's when the group has it; else the majority when it is
    an accepted spelling, else the standard (or, when no standard is known, the majority of the spellings the
    target's table of exonyms does not give as another language's: Téhéran, not Tehran, in French). None when the
    group has one spelling."""
    spellings = Counter(_spelling(m) for m in group)
    if len(spellings) < 2:
        return None
    house = next((spelling for spelling in spellings if spelling in houses), None)
    if house is not None:
        return house, next(m.text for m in group if _spelling(m) == house)
    standard, accepted = _standard_and_accepted(group, target)
    foreign = _exonyms(group, target) if standard is None else set()
    running = {spelling: n for spelling, n in spellings.items() if spelling not in foreign}
    top = max(running.values())
    tied = [spelling for spelling, n in running.items() if n == top]  # in order of first occurrence
    if standard is None and target in (None, ENGLISH):  # no list knows the name: of tied spellings, English's
        candidates = tuple(tied)  # (a list being sorted reads as empty)
        tied.sort(key=lambda spelling: _foreignness(spelling, candidates))
    elif len(tied) > 1:  # another target: its own accents, which a form copied from English has not
        marks = _own_marks(target)
        tied.sort(key=lambda spelling: marks.isdisjoint(spelling))  # Pashinián, not Pashinyan, in Spanish
    majority = _spelling_of(standard) if standard is not None and _spelling_of(standard) in tied else tied[0]
    if majority in accepted or standard is None or _spelling_of(standard) not in spellings:
        kept = majority
    else:
        kept = _spelling_of(standard)
    kept_text = next(m.text for m in group if _spelling(m) == kept)
    return kept, kept_text if kept in accepted or standard is None else standard


@lru_cache(maxsize=8)
def _own_marks(target: str) -> frozenset[str]:
    """The target's letters beyond ASCII (Spanish á é í ó ú ñ): none where its letters are not listed."""
    from audit.words.scripts import letters_of

    return frozenset(letter for letter in letters_of(target) or () if not letter.isascii())


def _standard_and_accepted(group: list, target: str | None) -> tuple[str | None, set[str]]:
    """The standard spelling of a group's name and the spellings of the group its target's press accepts: English
    news's (the gazetteer's standard, and a spelling of no other convention), or those of the target's table in the
    names gazetteer (Wladimir Putin in German); no standard for a name no list knows."""
    if target in (None, ENGLISH):
        standard = next((m.standard for m in group if m.known), None)
        return standard, {_spelling(m) for m in group if m.entity is not None and m.convention is None}
    entity = next((m.entity for m in group if m.entity is not None), None)
    if entity is None:
        return None, set()
    from audit.names.gazetteer import load

    table = load().targets.get(target)
    if table is None:
        return None, set()
    suggestion = table.suggestions.get(entity)
    return (suggestion[0] if suggestion else None), {_spelling(m) for m in group if table.accepts(m.text)}


def _exonyms(group: list, target: str | None) -> set[str]:
    """The spellings of the group that the target's table of exonyms gives as another language's form of a name
    the group also spells the target's way (Tehran in a French text that writes Téhéran): the exonym check reports
    them. None when every spelling is one."""
    table = _exonym_table(target)
    spellings = {_spelling(m) for m in group}
    found = set()
    for mention in group:
        entry = table.get(mention.text)
        if entry is not None and _spelling_of(entry[0]) in spellings - {_spelling(mention)}:
            found.add(_spelling(mention))
    return found if found != spellings else set()


def _exonym_table(target: str | None) -> dict:
    from audit.names.exonyms import listed

    return listed(target or ENGLISH)


def _foreignness(spelling: str, others: tuple[str, ...]) -> int:
    """How many marks of another language's romanization a spelling carries: letters English does not use, and
    French or German letter groups (ou, dj, tch, sch; ch where another spelling has sh or kh)."""
    marks = sum(1 for ch in spelling if ch.isalpha() and not ch.isascii())
    marks += sum(spelling.count(group) for group in _FOREIGN_GROUPS)
    if any("sh" in other or "kh" in other for other in others if other != spelling):
        marks += spelling.count("ch")
    return marks


def _spelling(mention) -> str:
    return _spelling_of(mention.text)


def _spelling_of(text: str) -> str:
    return normal(text)


def _lines(doc: Document, group: list) -> list[tuple[str, str]]:
    """Each spelling with the lines it is on: (spelling, "“Kursk” (lines 3, 7)")."""
    lines: dict[str, list[int]] = {}
    texts: dict[str, str] = {}
    for mention in group:
        spelling = _spelling(mention)
        texts.setdefault(spelling, mention.text)
        lines.setdefault(spelling, []).append(doc.position(mention.start)[0])
    where = []
    for spelling, numbers in lines.items():
        unique = list(dict.fromkeys(numbers))
        label = "line" if len(unique) == 1 else "lines"
        where.append((spelling, f"“{texts[spelling]}” ({label} {', '.join(map(str, unique))})"))
    return where


def _where(places: dict[str, list]) -> list[tuple[str, str]]:
    """Each spelling with the documents it occurs in: (spelling, "“Kursk” (3 times in doc-a, 1 time in doc-b)")."""
    counts: dict[str, Counter] = {}
    texts: dict[str, str] = {}
    for doc_id, group in places.items():
        for mention in group:
            spelling = _spelling(mention)
            texts.setdefault(spelling, mention.text)
            counts.setdefault(spelling, Counter())[doc_id] += 1
    where = []
    for spelling, per_doc in counts.items():
        listed = [
            f"{n} time{'s' if n > 1 else ''} in {doc_id}"
            for doc_id, n in itertools.islice(per_doc.items(), LISTED_DOCUMENTS)
        ]
        if len(per_doc) > LISTED_DOCUMENTS:
            listed.append(f"and in {len(per_doc) - LISTED_DOCUMENTS} more documents")
        where.append((spelling, f"“{texts[spelling]}” ({', '.join(listed)})"))
    return where


CHECK = NameVariant()
