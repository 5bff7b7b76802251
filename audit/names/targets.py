"""Ukrainian and Russian names in French, German and Spanish texts, judged by what that language's press writes.

The gazetteer holds, for each of these targets, the spellings its press accepts (its own letter table's, its
exonyms, the press list: German Selenskyj, Charkiw, Kiew) and the one to suggest. A name the gazetteer matches in
a spelling the target does not accept, the English one included (Zelensky, Kharkiv in a German text), is reported.
Precision first: a spelling the target accepts for any name, accents aside, is never reported (unless written with
letters the target does not use: Izmaïl in Spanish), nor a word of the target, a name shorter than MIN_LETTERS, a
spelling of two different names, a name run into the next capitalised word (Kyiv Independent), or a full name
whose surname the target accepts (its press varies first names: Vitali, Witali).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.names.folding import fold, foreign_marks
from audit.names.gazetteer import Entity, Gazetteer, Target, load
from audit.names.mentions import GAZETTEER_CONFIDENCE, Mention, choose, match_case, mentions, resolve

MIN_LETTERS = 4
# French elision hides a name from spotting (d'Odessa, l'Ukraine): blanked out, offsets kept.
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])", re.IGNORECASE)


@dataclass(frozen=True)
class Misspelling:
    """A name spelled otherwise than the target's press writes it."""

    mention: Mention
    suggestion: str  # the target's spelling
    entity: Entity
    established: bool  # the suggestion is the press's (a list or an exonym), not only the letter table's
    convention: str | None  # the one the spelling follows (never the target's); None: the English spelling


def find(text: str, target: str, source_lang: str | None = None) -> list[Misspelling]:
    """The names in `text` (in `target`) spelled as another convention writes them, with the target's spelling;
    the convention named is the source language's where it gives the spelling."""
    gazetteer = load()
    table = gazetteer.targets[target]
    spotted = _ELISION.sub(lambda match: " " * len(match.group()), text) if target == "fr" else text
    found = []
    for mention in mentions(spotted):
        if mention.entity is None:
            mention = _press_spelling(mention, gazetteer) or (_genitive(mention, gazetteer) if target == "de" else None)
        if mention is None or mention.entity is None or _runs_on(text, mention.end):
            continue
        entity = _misspelt(mention, table, gazetteer)
        if entity is not None:
            suggestion, source = table.suggestions[entity]
            spelling = match_case(suggestion, mention.text)
            found.append(
                Misspelling(mention, spelling, entity, source == "press", _follows(mention, target, source_lang))
            )
    return found


def transliterated(text: str, target: str | None, source_lang: str | None = None) -> list[tuple[int, int]]:
    """The spans the transliteration check reports in a text in `target`: in English, the names of another
    convention (Kasim-Yomart Tokáyev); in French, German or Spanish, the names their press does not write so
    (find); none in a language the gazetteer has no table for. The exonym and name-variant checks leave these
    names to it."""
    if target in (None, "en"):
        from audit.names.mentions import known_mentions

        return [(m.start, m.end) for m in known_mentions(text) if m.convention is not None and not world_name(m)]
    if target not in load().targets:
        return []
    return [(found.mention.start, found.mention.end) for found in find(text, target, source_lang)]


def world_name(mention: Mention) -> bool:
    """A spelling read back through Cyrillic that no gazetteer entry holds but the exonym table lists (French
    Hanoï for Hanoi): a name of the world, the exonym check's to report with its own reason, not a romanization
    of a Ukrainian or Russian name."""
    from audit.names import exonyms

    return mention.entity is None and mention.text in exonyms.listed("en")


def _runs_on(text: str, end: int) -> bool:
    """The name goes on with a capitalised word (Kyiv Independent, Vladimir Kara-Murza): a longer name."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _press_spelling(mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """A word the English index does not know that another target's press writes for a name (Spanish Zaluzhni)."""
    variants = gazetteer.press_variants(mention.text)
    if not variants:
        return None
    start, end, text, entity = mention.start, mention.end, mention.text, variants[0].entity
    return Mention(start, end, text, text, None, entity, GAZETTEER_CONFIDENCE, variants[0].conventions)


def _genitive(mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """German writes the genitive with a bare s (Selenskyjs Berater): the name without it."""
    if not mention.text.endswith("s") or " " in mention.text:
        return None
    return resolve(mention.text[:-1], mention.start, gazetteer)


def _misspelt(mention: Mention, table: Target, gazetteer: Gazetteer) -> Entity | None:
    """The one name the mention spells otherwise than the target accepts, or None when it is not that."""
    key = fold(mention.text)
    if len(key.replace(" ", "")) < MIN_LETTERS:
        return None
    if _written_in(mention.text, table) and (key in table.accepted or key in table.words):
        return None
    if mention.entity.kind == "person" and table.accepts(mention.text.split()[-1]):
        return None
    names = [entity for entity in gazetteer.names(mention.text) if entity in table.suggestions]
    if not names or len({fold(entity.standard) for entity in names}) > 1:
        return None
    return names[0]


def _written_in(surface: str, table: Target) -> bool:
    """The surface has no letter the target does not write: the Spanish Izmaïl, German Charków are not its own."""
    return set(foreign_marks(surface).lower()) <= table.letters


def _follows(mention: Mention, target: str, source_lang: str | None) -> str | None:
    """The convention the spelling follows, other than the target's own applied to the Russian form (German
    Charkow is Харьков's): the source language's if it gives it, else the most telling (audit.names.mentions)."""
    labels = tuple(label for label in mention.conventions if label.split(":")[-1] != target)
    if source_lang in labels:
        return source_lang
    if f"ru-based:{target}" in mention.conventions and not foreign_marks(mention.text):
        return "ru-based"  # the target's own letters for the Russian form (Charkow): not Polish, as Charków is
    return choose(labels, foreign_marks(mention.text)) if labels else mention.convention
