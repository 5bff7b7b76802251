"""The compiled gazetteer: accepted English spellings and the variant index, loaded once per process."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from audit.names.folding import fold, foreign_marks, normal

DATA_FILE = "names.json.gz"


@dataclass(frozen=True)
class Entity:
    """A named place, person or thing: its Cyrillic original, language, kind and accepted English spellings."""

    cyrillic: str
    lang: str
    kind: str
    english: tuple[str, ...]  # the standard (suggested) spelling first

    @property
    def standard(self) -> str:
        return self.english[0]


@dataclass(frozen=True)
class Variant:
    """A spelling another convention gives an entity, and the conventions that give it."""

    entity: Entity
    conventions: tuple[str, ...]


class Gazetteer:
    """Lookups by exact accepted spelling, by folded accepted spelling, and by folded foreign spelling."""

    def __init__(self, data: dict) -> None:
        self.entities = tuple(Entity(c, lang, kind, tuple(english)) for c, lang, kind, english in data["records"])
        self._accepted = {k: tuple(self.entities[i] for i in v) for k, v in data["accepted"].items()}
        self._accepted_folds = {k: tuple(self.entities[i] for i in v) for k, v in data["accepted_folds"].items()}
        self._variants = {
            k: tuple(Variant(self.entities[i], tuple(conventions)) for i, conventions in v)
            for k, v in data["variants"].items()
        }
        self._marked_variants = {
            k: tuple(Variant(self.entities[i], tuple(conventions)) for i, conventions in v)
            for k, v in data["marked_variants"].items()
        }
        self.english_words = frozenset(data["english_words"])
        self.max_words = max(len(key.split()) for key in [*self._accepted_folds, *self._variants])

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
        found = self._variants.get(key, ())
        if not found and foreign_marks(surface):
            found = self._marked_variants.get(key, ())
        return found

    def knows(self, surface: str) -> bool:
        key = fold(surface)
        return key in self._accepted_folds or key in self._variants

    def __len__(self) -> int:
        return len(self.entities)


@cache
def load() -> Gazetteer:
    """The gazetteer shipped in audit/data (read and indexed once per process)."""
    payload = resources.files("audit").joinpath("data", DATA_FILE).read_bytes()
    return Gazetteer(json.loads(gzip.decompress(payload)))
