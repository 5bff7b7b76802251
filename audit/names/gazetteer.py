"""The compiled gazetteer: accepted English spellings, the variant index and, for French, German and Spanish texts,
each name's spellings there; loaded once per process."""

from __future__ import annotations

import gzip
import itertools
import json
import marshal
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from audit.kept import kept
from audit.names.folding import fold, foreign_marks, normal

DATA_FILE = "names.json.gz"
DATA = Path(__file__).resolve().parents[1] / "data" / DATA_FILE


class Entity(NamedTuple):
    """A named place, person or thing: its Cyrillic original, language, kind and accepted English spellings; a
    named tuple, made for each of the gazetteer's 1,200 names when it is read."""

    cyrillic: str
    lang: str
    kind: str
    english: tuple[str, ...]  # the standard (suggested) spelling first

    @property
    def standard(self) -> str:
        return self.english[0]


class Variant(NamedTuple):
    """A spelling another convention gives an entity, and the conventions that give it."""

    entity: Entity
    conventions: tuple[str, ...]


class Target(NamedTuple):
    """What a French, German or Spanish text accepts of the names, and what it suggests for them."""

    accepted: dict[str, tuple[Entity, ...]]  # folded spelling -> the names it is an accepted spelling of
    suggestions: dict[Entity, tuple[str, str]]  # name -> (spelling its press writes, "press" or "table")
    words: frozenset[str]  # folded spellings that are words of the language before they are names
    letters: frozenset[str]  # its letters beyond ASCII: a spelling with others is not its own (Izmaïl in Spanish)

    def accepts(self, surface: str) -> bool:
        return fold(surface) in self.accepted


class Gazetteer:
    """Lookups by exact accepted spelling, by folded accepted spelling, and by folded foreign spelling."""

    def __init__(self, data: dict) -> None:
        self.entities = tuple(Entity(c, lang, kind, tuple(english)) for c, lang, kind, english in data["records"])
        self._accepted = {k: tuple(self.entities[i] for i in v) for k, v in data["accepted"].items()}
        self._accepted_folds = {k: tuple(self.entities[i] for i in v) for k, v in data["accepted_folds"].items()}
        self._variant_rows: dict[str, tuple] = data["variants"]  # made Variants when first looked up (`_variants`)
        self._variants: dict[str, tuple[Variant, ...]] = {}
        self._marked_variants = {
            k: tuple(Variant(self.entities[i], tuple(conventions)) for i, conventions in v)
            for k, v in data["marked_variants"].items()
        }
        self._press_variants = {
            k: tuple(Variant(self.entities[i], tuple(targets)) for i, targets in v)
            for k, v in data["press_variants"].items()
        }
        self.english_words = frozenset(data["english_words"])
        self._targets: bytes = data["targets"]  # marshalled: read when a French, German or Spanish text is checked
        self.max_words: int = data["max_words"]
        self._openers = frozenset(data["openers"])

    def may_open(self, word: str) -> bool:
        """Whether a name of several words may start with `word` (Kryvyi Rih: Kryvyi): most words start none, and
        the runs they open need not be looked up."""
        return fold(word).split(" ", 1)[0] in self._openers

    def accepted(self, surface: str) -> tuple[Entity, ...]:
        """Entities that `surface` is an accepted English spelling of (case and apostrophes aside)."""
        return self._accepted.get(normal(surface), ())

    def accepted_folded(self, surface: str) -> tuple[Entity, ...]:
        """Entities with an accepted spelling equal to `surface` once both are folded (Kurakhové -> Kurakhove)."""
        return self._accepted_folds.get(fold(surface), ())

    def variants(self, surface: str) -> tuple[Variant, ...]:
        """Entities that another convention spells `surface` (folded; for spellings that fold to an English word,
        only when `surface` keeps its foreign letters: Łuck, not Luck)."""
        key = fold(surface)
        found = self._variants_of(key)
        if not found and foreign_marks(surface):
            found = self._marked_variants.get(key, ())
        return found

    def _variants_of(self, key: str) -> tuple[Variant, ...]:
        """The variants of a folded spelling, made once: the 17,000 of the table took a third of loading it."""
        found = self._variants.get(key)
        if found is None:
            rows = self._variant_rows.get(key, ())
            found = self._variants[key] = tuple(Variant(self.entities[i], labels) for i, labels in rows)
        return found

    @cached_property
    def targets(self) -> dict[str, Target]:
        """What French, German and Spanish texts accept and are suggested, made when one is first checked: a third
        of loading the gazetteer, which an English text never reads."""
        return {lang: self._target(target) for lang, target in marshal.loads(self._targets).items()}

    def _target(self, data: dict) -> Target:
        return Target(
            {k: tuple(self.entities[i] for i in v) for k, v in data["accepted"].items()},
            {self.entities[int(i)]: (spelling, source) for i, (spelling, source) in data["suggestions"].items()},
            frozenset(data["words"]),
            frozenset(data["letters"]),
        )

    def press_variants(self, surface: str) -> tuple[Variant, ...]:
        """Entities that French, German or Spanish news spells `surface` where no convention's table does
        (Zaluzhni), with those languages: matched in the others' texts only."""
        return self._press_variants.get(fold(surface), ())

    def names(self, surface: str) -> tuple[Entity, ...]:
        """Every name `surface` can be: of which it is an accepted English spelling, folded or not, a variant, or
        a French, German or Spanish press spelling."""
        variants = [*self.variants(surface), *self.press_variants(surface)]
        found = [*self.accepted(surface), *self.accepted_folded(surface), *(v.entity for v in variants)]
        return tuple(dict.fromkeys(found))

    def knows(self, surface: str) -> bool:
        key = fold(surface)
        return key in self._accepted_folds or key in self._variant_rows

    def __len__(self) -> int:
        return len(self.entities)


@cache
def load() -> Gazetteer:
    """The gazetteer shipped in audit/data (read and indexed once per process)."""
    from audit import unpacked

    return kept(Gazetteer(unpacked.read(DATA, _compact)))


def _compact(packed: bytes) -> dict:
    """The gazetteer file's JSON as it is kept unpacked, read back in half the time: each variant's labels one
    shared tuple (marshal writes and reads a shared object once: 182 of them for 9,000 variants), the targets'
    tables marshalled apart (an English text never reads them), the most words a name has, and the first words
    of its names of several words, folded."""
    data = json.loads(gzip.decompress(packed))
    labels: dict[tuple[str, ...], tuple[str, ...]] = {}
    data["variants"] = {
        key: tuple((index, labels.setdefault(tuple(names), tuple(names))) for index, names in rows)
        for key, rows in data["variants"].items()
    }
    data["targets"] = marshal.dumps(data["targets"])
    data["max_words"] = max(len(key.split()) for key in [*data["accepted_folds"], *data["variants"]])
    keys = (data[index] for index in ("accepted", "accepted_folds", "variants", "marked_variants"))
    data["openers"] = sorted({words[0] for key in itertools.chain(*keys) if len(words := fold(key).split(" ")) > 1})
    return data
