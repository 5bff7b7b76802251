"""Safe XML parsing for every XML input: no external entities, no entity expansion, errors with file and line."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar
from xml.etree.ElementTree import Element
from xml.parsers.expat import ErrorString

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml import ElementTree as SafeElementTree

from audit.errors import InputError

T = TypeVar("T")
PROTECTIONS = {"forbid_dtd": False, "forbid_entities": True, "forbid_external": True}  # a DTD may be declared,
# never an entity or an external resource
_DECLARED_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._-]+)(["'])""")


def parse(data: bytes, name: str) -> Element:
    """The root element of an XML document; malformed or hostile XML is an InputError naming the file and line."""
    return guarded(data, name, lambda data, _shift: _parse(data))


def guarded(data: bytes, name: str, parse: Callable[[bytes, int], T]) -> T:
    """`parse(document, shift)` with defusedxml's refusals and expat's errors made InputErrors naming the file and
    line. The document is `data`, or, in an encoding expat lacks, `data` declared and encoded again as UTF-8; `shift`
    is what that took from the columns of line 1 (the encoding's name grew or shrank)."""
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    try:
        try:
            return parse(data, 0)
        except (LookupError, ValueError):  # an encoding expat lacks: multi-byte (GB2312, Shift_JIS) or unknown
            encoding, utf8 = _as_utf8(data, name)
            return parse(utf8, len(encoding) - len("utf-8"))
    except SafeElementTree.ParseError as exc:
        line, column = exc.position
        raise InputError(f"{name}:{line}:{column + 1}: malformed XML: {ErrorString(exc.code)}") from None
    except EntitiesForbidden as exc:
        raise InputError(
            f"{name}: refused XML: it declares the entity {exc.name!r} (entities can expand without bound "
            "or read other files)"
        ) from None
    except ExternalReferenceForbidden as exc:
        raise InputError(f"{name}: refused XML: it refers to an external resource {exc.sysid!r}") from None
    except DefusedXmlException as exc:
        raise InputError(f"{name}: refused XML: {exc}") from None


def _parse(data: bytes) -> Element:
    return SafeElementTree.fromstring(data, **PROTECTIONS)


def _as_utf8(data: bytes, name: str) -> tuple[str, bytes]:
    """The document's declared encoding, and the document decoded by Python from it, declared and encoded again as
    UTF-8."""
    declaration = _DECLARED_ENCODING.match(data[:200].decode("ascii", "replace"))
    encoding = declaration.group(2) if declaration else "utf-8"
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"{name}: unknown XML encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid {encoding} text at byte {exc.start}") from None
    return encoding, _DECLARED_ENCODING.sub(r"\g<1>utf-8\g<3>", text, count=1).encode("utf-8")


def local_name(element: Element) -> str:
    """The element's tag without its namespace."""
    return element.tag.rpartition("}")[2]


def namespace(element: Element) -> str:
    """The element's namespace URI ('' when it has none)."""
    return element.tag[1:].partition("}")[0] if element.tag.startswith("{") else ""


def child(element: Element, name: str) -> Element | None:
    """The element's first child with this local name."""
    return next((item for item in element if local_name(item) == name), None)
