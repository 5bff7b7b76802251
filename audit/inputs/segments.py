"""The text of a bilingual segment (XLIFF, TMX): inline markup unwrapped, native codes left out."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from audit.inputs.safexml import local_name

# Inline elements whose content is the original document's code (XLIFF 1.2, XLIFF 2 and TMX), not text.
_NATIVE_CODE = frozenset({"ph", "bpt", "ept", "it", "ut"})


def segment_text(element: Element) -> str:
    """The element's translatable text with its whitespace runs collapsed to single spaces."""
    return " ".join(_inline_text(element).split())


def _inline_text(element: Element) -> str:
    pieces = [element.text or ""]
    for child in element:
        name = local_name(child)
        if name == "cp":  # XLIFF 2: a character XML cannot carry, by its code point
            pieces.append(_code_point(child.get("hex", "")))
        elif name not in _NATIVE_CODE:
            pieces.append(_inline_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _code_point(hex_value: str) -> str:
    """The character, or nothing for a value that is not one (not hexadecimal, out of range, a surrogate)."""
    try:
        char = chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return ""
    return "" if "\ud800" <= char <= "\udfff" else char
