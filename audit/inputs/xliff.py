"""XLIFF 1.2 and 2.x: one document per <file>, the target segments as its text and the source segments beside it."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from audit.bilingual import UnitDocument
from audit.document import Document
from audit.errors import InputError
from audit.inputs import safexml
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag, unknown
from audit.inputs.paragraphs import join
from audit.inputs.problems import InputProblem
from audit.inputs.safexml import local_name
from audit.inputs.segments import segment_text

SUFFIXES = frozenset({".xlf", ".xliff"})
ROOTS = frozenset({"xliff"})
XLIFF2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 and 2.2 keep it
_LANGUAGES = {False: ("source-language", "target-language"), True: ("srcLang", "trgLang")}  # on <file>, on <xliff>


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """Each unit is a paragraph: its target in `text`, its source in `source`; units without a target keep
    their source, so reference mode sees what was left untranslated, and are marked (`untranslated`) for
    untranslated-segment; units marked translate="no" are left out.
    A <file> without target, or whose languages the audit does not know, is a problem and is not audited."""
    root = safexml.parse(data, name)
    if local_name(root) != "xliff":
        raise InputError(f"{name}: not an XLIFF file (the root element is <{local_name(root)}>)")
    version2 = safexml.namespace(root) == XLIFF2_NAMESPACE or root.get("version", "").startswith("2")
    files = [item for item in root if local_name(item) == "file"]
    documents, unknown_languages = [], []
    for index, file in enumerate(files, 1):
        label = file.get("original") or file.get("id") or str(index)
        pairs = list(_units2(file) if version2 else _units1(file))
        tags = {attribute: (root if version2 else file).get(attribute) for attribute in _LANGUAGES[version2]}
        if not any(target for _, target in pairs):
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


def _document(
    doc_id: str, name: str, pairs: list[tuple[str, str]], source_tag: str | None, target_tag: str | None
) -> Document:
    sources = [(source, target) for source, target in pairs if source.strip()]
    return UnitDocument(
        id=doc_id,
        text=join(target for _, target in pairs),
        path=name,
        lang_hint=code_from_tag(target_tag),
        source=join(source for source, _ in sources),
        source_lang=code_from_tag(source_tag),
        untranslated=tuple(index for index, (_, target) in enumerate(sources) if not target.strip()),
    )


def _units1(file: Element) -> Iterator[tuple[str, str]]:
    """XLIFF 1.2: (source, target) of each trans-unit, groups included, in document order."""
    for unit in file.iter():
        if local_name(unit) == "trans-unit" and unit.get("translate", "yes") != "no":
            yield _child_text(unit, "source"), _child_text(unit, "target")


def _units2(element: Element, translate: bool = True) -> Iterator[tuple[str, str]]:
    """XLIFF 2: (source, target) of each unit, its segments put back together in order; the translate
    attribute is inherited from the file and groups."""
    translate = element.get("translate", "yes" if translate else "no") != "no"
    for child in element:
        name = local_name(child)
        if name == "group":
            yield from _units2(child, translate)
        elif name == "unit" and child.get("translate", "yes" if translate else "no") != "no":
            segments = [part for part in child if local_name(part) == "segment"]
            yield _side(segments, "source"), _side(segments, "target")


def _side(segments: list[Element], side: str) -> str:
    """A unit's source or target: its segments' texts in order (whitespace between them is collapsed anyway)."""
    return " ".join(text for text in (_child_text(segment, side) for segment in segments) if text)


def _child_text(element: Element, name: str) -> str:
    found = safexml.child(element, name)
    return segment_text(found) if found is not None else ""
