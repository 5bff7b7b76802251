"""XLIFF 1.2 and 2.x: one document per <file>, the target segments as its text and the source segments beside it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from xml.etree.ElementTree import Element

from audit.bilingual import UnitDocument
from audit.document import Document
from audit.errors import InputError
from audit.inputs import safexml, xmlplaces
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag, unknown
from audit.inputs.paragraphs import Spans, join, join_placed
from audit.inputs.problems import InputProblem
from audit.inputs.safexml import local_name
from audit.inputs.segments import segment_text
from audit.inputs.xmlplaces import PlacedTree
from audit.origins import Place

XLIFF2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 and 2.2 keep it
_LANGUAGES = {False: ("source-language", "target-language"), True: ("srcLang", "trgLang")}  # on <file>, on <xliff>
Unit = tuple[str, str, Spans, Place]  # source, target, where the target's segments are in the file, the unit's place


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """Each unit is a paragraph: its target in `text`, its source in `source`; units without a target keep
    their source, so reference mode sees what was left untranslated, and are marked (`untranslated`) for
    untranslated-segment; units marked translate="no" are left out.
    A <file> without target, or whose languages the audit does not know, is a problem and is not audited.
    Each target keeps its unit's id (else unit-N, N counting the file's units) and its <target>'s place."""
    tree = xmlplaces.parse(data, name)
    root = tree.root
    if local_name(root) != "xliff":
        raise InputError(f"{name}: not an XLIFF file (the root element is <{local_name(root)}>)")
    version2 = safexml.namespace(root) == XLIFF2_NAMESPACE or root.get("version", "").startswith("2")
    files = [item for item in root if local_name(item) == "file"]
    documents, unknown_languages = [], []
    for index, file in enumerate(files, 1):
        label = file.get("original") or file.get("id") or str(index)
        places = _Places(tree, file)
        pairs = list(_units2(file, places) if version2 else _units1(file, places))
        tags = {attribute: (root if version2 else file).get(attribute) for attribute in _LANGUAGES[version2]}
        if not any(target for _, target, _, _ in pairs):
            problems.append(InputProblem(name, None, f"<file> {label!r} has no translated segment; not audited"))
        elif wrong := next(filter(None, (unknown(attribute, tag) for attribute, tag in tags.items())), None):
            unknown_languages.append(InputProblem(name, None, f"<file> {label!r}: {wrong}; not audited"))
        else:
            doc_id = stem(name) if len(files) == 1 else f"{stem(name)}#{label}"
            documents.append(_document(doc_id, name, pairs, *tags.values()))
    if not documents:
        raise InputError(
            str(unknown_languages[0])
            if unknown_languages
            else f"{name}: no translated segment (no <target> with text) to audit"
        )
    problems.extend(unknown_languages)
    return documents


def _document(doc_id: str, name: str, pairs: list[Unit], source_tag: str | None, target_tag: str | None) -> Document:
    sources = [(source, target, place) for source, target, _, place in pairs if source.strip()]
    text, origins = join_placed((target, spans) for _, target, spans, _ in pairs)
    return UnitDocument(
        id=doc_id,
        text=text,
        path=name,
        lang_hint=code_from_tag(target_tag),
        source=join(source for source, _, _ in sources),
        source_lang=code_from_tag(source_tag),
        untranslated=tuple(index for index, (_, target, _) in enumerate(sources) if not target.strip()),
        untranslated_at=tuple(place for _, target, place in sources if not target.strip()),
        origins=origins,
    )


class _Places:
    """Where the units' targets are: each unit's id (else unit-N, N counting the <file>'s units) and the place of
    each <target>, whose whitespace runs are read as one space (segment_text)."""

    def __init__(self, tree: PlacedTree, file: Element):
        self._tree = tree
        units = (item for item in file.iter() if local_name(item) in ("trans-unit", "unit"))
        self._numbers = {unit: number for number, unit in enumerate(units, 1)}

    def of(self, unit: Element) -> Callable[[Element], Place]:
        unit_id = unit.get("id") or f"unit-{self._numbers[unit]}"
        return lambda target: self._tree.place(target, unit_id, collapsed=True)


def _units1(file: Element, places: _Places) -> Iterator[Unit]:
    """XLIFF 1.2: (source, target, target's spans) of each trans-unit, groups included, in document order."""
    for unit in file.iter():
        if local_name(unit) == "trans-unit" and unit.get("translate", "yes") != "no":
            source = _side([safexml.child(unit, "source")])[0]
            yield source, *_side([safexml.child(unit, "target")], places.of(unit)), places.of(unit)(unit)


def _units2(element: Element, places: _Places, translate: bool = True) -> Iterator[Unit]:
    """XLIFF 2: (source, target, targets' spans) of each unit, its segments put back together in order; the
    translate attribute is inherited from the file and groups."""
    translate = element.get("translate", "yes" if translate else "no") != "no"
    for child in element:
        name = local_name(child)
        if name == "group":
            yield from _units2(child, places, translate)
        elif name == "unit" and child.get("translate", "yes" if translate else "no") != "no":
            segments = [part for part in child if local_name(part) == "segment"]
            source = _side([safexml.child(segment, "source") for segment in segments])[0]
            targets = [safexml.child(segment, "target") for segment in segments]
            yield source, *_side(targets, places.of(child)), places.of(child)(child)


def _side(elements: list[Element | None], place: Callable[[Element], Place] | None = None) -> tuple[str, Spans]:
    """A unit's source or target: its segments' texts in order, one space between them (whitespace is collapsed
    anyway), and, with `place`, where each came from."""
    texts: list[str] = []
    spans: list[tuple[int, int, Place]] = []
    offset = 0
    for element in elements:
        text = segment_text(element) if element is not None else ""
        if not text:
            continue
        offset += 1 if texts else 0
        if place:
            spans.append((offset, offset + len(text), place(element)))
        texts.append(text)
        offset += len(text)
    return " ".join(texts), spans
