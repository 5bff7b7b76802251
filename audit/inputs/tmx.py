"""TMX: one document per target language, its segments as the text and the source-language segments beside it."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from audit.document import Document
from audit.errors import InputError
from audit.inputs import safexml, xmlplaces
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag, unknown
from audit.inputs.paragraphs import Spans, join, join_placed, whole
from audit.inputs.problems import InputProblem
from audit.inputs.safexml import local_name
from audit.inputs.segments import segment_text
from audit.inputs.xmlplaces import PlacedTree

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """The source language is the header's srclang (with "*all*", each unit's first variant); every other
    language is a target. Each translation unit is a paragraph; a target keeps its unit's tuid (else tu-N, N
    counting the file's units) and its <seg>'s place."""
    tree = xmlplaces.parse(data, name)
    root = tree.root
    if local_name(root) != "tmx":
        raise InputError(f"{name}: not a TMX file (the root element is <{local_name(root)}>)")
    header = safexml.child(root, "header")
    header_source = (header.get("srclang") if header is not None else None) or "*all*"
    if header_source != "*all*" and (wrong := unknown("srclang", header_source)):
        raise InputError(f"{name}: {wrong}")
    tus = [unit for unit in root.iter() if local_name(unit) == "tu"]
    found = [
        (unit, number, variants)
        for number, unit in enumerate(tus, 1)
        if (variants := _variants(unit, number, name, problems))
    ]
    units = [variants for _, _, variants in found]
    if not units:
        raise InputError(f"{name}: no translation units with text")
    source_of = [_source_language(header_source, variants) for variants in units]
    targets = _targets(units, source_of, name, problems)
    sources = [variants.get(src, "") for variants, src in zip(units, source_of, strict=True)]
    source_langs = set(source_of)
    documents = []
    for target in targets:
        text, origins = join_placed(_target(tree, *unit, target) for unit in found)
        documents.append(
            Document(
                id=stem(name) if len(targets) == 1 else f"{stem(name)}#{target}",
                text=text,
                path=name,
                lang_hint=code_from_tag(target),
                source=join(sources),
                source_lang=code_from_tag(source_langs.pop()) if len(source_langs) == 1 else None,
                origins=origins,
            )
        )
    return documents


def _targets(units: list[dict[str, str]], source_of: list[str], name: str, problems: list[InputProblem]) -> list[str]:
    """The target languages in order of appearance; one the audit does not know is a problem and is left out."""
    targets = [lang for lang in dict.fromkeys(lang for variants in units for lang in variants) if lang not in source_of]
    if not targets:
        raise InputError(f"{name}: no segments in a language other than the source")
    unknown_targets = [
        InputProblem(name, None, f"{wrong}; not audited") for lang in targets if (wrong := unknown("xml:lang", lang))
    ]
    known = [lang for lang in targets if code_from_tag(lang)]
    if not known:
        raise InputError(str(unknown_targets[0]))
    problems.extend(unknown_targets)
    return known


def _target(tree: PlacedTree, unit: Element, number: int, variants: dict[str, str], target: str) -> tuple[str, Spans]:
    """A unit's segment in the target language, and its <seg>'s place (whitespace runs read as one space)."""
    text = variants.get(target, "")
    if not text:
        return text, ()
    segment = next(s for v in unit if local_name(v) == "tuv" and _language(v) == target and _text(s := _seg(v)))
    return whole(text, tree.place(segment, unit.get("tuid") or f"tu-{number}", collapsed=True))


def _seg(variant: Element) -> Element | None:
    return safexml.child(variant, "seg")


def _text(segment: Element | None) -> str:
    return segment_text(segment) if segment is not None else ""


def _language(variant: Element) -> str:
    return (variant.get(_XML_LANG) or variant.get("lang") or "").strip().lower()


def _variants(unit: Element, number: int, name: str, problems: list[InputProblem]) -> dict[str, str]:
    """A translation unit's segment text per language tag (lower case), in the unit's order; a segment without
    language is a problem and is left out."""
    variants: dict[str, str] = {}
    for variant in unit:
        if local_name(variant) != "tuv":
            continue
        tag = _language(variant)
        text = _text(_seg(variant))
        if text and not tag:
            problems.append(InputProblem(name, None, f"translation unit {number}: a <tuv> without xml:lang; left out"))
        elif text:
            variants.setdefault(tag, text)
    return variants


def _source_language(header_source: str, variants: dict[str, str]) -> str:
    if header_source != "*all*":
        return header_source.lower()
    return next(iter(variants))
