"""XLIFF 1.2 and 2.x: one document per <file>, the target segments as its text and the source segments beside it."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from audit.document import Document
from audit.errors import InputError
from audit.inputs import safexml
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.paragraphs import join
from audit.inputs.problems import InputProblem
from audit.inputs.safexml import local_name
from audit.inputs.segments import segment_text

SUFFIXES = frozenset({".xlf", ".xliff"})
ROOTS = frozenset({"xliff"})
XLIFF2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 and 2.2 keep it


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """Each unit is a paragraph: its target in `text`, its source in `source`; units without a target keep
    their source, so reference mode sees what was left untranslated; units marked translate="no" are left out."""
    root = safexml.parse(data, name)
    if local_name(root) != "xliff":
        raise InputError(f"{name}: not an XLIFF file (the root element is <{local_name(root)}>)")
    version2 = safexml.namespace(root) == XLIFF2_NAMESPACE or root.get("version", "").startswith("2")
    files = [item for item in root if local_name(item) == "file"]
    documents = []
    for index, file in enumerate(files, 1):
        if version2:
            source_tag, target_tag, pairs = root.get("srcLang"), root.get("trgLang"), list(_units2(file))
        else:
            source_tag, target_tag = file.get("source-language"), file.get("target-language")
            pairs = list(_units1(file))
        label = file.get("original") or file.get("id") or str(index)
        if not any(target for _, target in pairs):
            problems.append(InputProblem(name, None, f"<file> {label!r} has no translated segment; not audited"))
            continue
        documents.append(
            Document(
                id=stem(name) if len(files) == 1 else f"{stem(name)}#{label}",
                text=join(target for _, target in pairs),
                path=name,
                lang_hint=code_from_tag(target_tag),
                source=join(source for source, _ in pairs),
                source_lang=code_from_tag(source_tag),
            )
        )
    if not documents:
        raise InputError(f"{name}: no translated segment (no <target> with text) to audit")
    return documents


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
