"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser): one document per item, its markup removed, its title first."""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from audit.document import Document
from audit.errors import InputError
from audit.inputs import xmlplaces
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.markup import html_to_text
from audit.inputs.paragraphs import titled
from audit.inputs.problems import InputProblem
from audit.inputs.safexml import child, local_name
from audit.inputs.xmlplaces import PlacedTree
from audit.origins import Place

_MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ITEMS = frozenset({"item", "entry"})  # RSS, Atom
_BODIES = {True: ("encoded", "content"), False: ("description", "summary")}  # full content or not: RSS, Atom


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """The feed's items as documents: id from the guid (else the link), text from the content (else the summary).
    Each keeps its place in the file (unit: the guid, else the link, else item-N): its title's and body's elements.
    feedparser keeps no positions, so its entries are matched to the file's <item> or <entry> elements in order,
    and only when they are as many."""
    tree = xmlplaces.parse(data, name)  # well-formed and harmless before the feed parser sees it
    import feedparser

    headers = {"content-location": name} if "://" in name else {}  # relative links resolve against the URL
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.version:
        raise InputError(f"{name}: not an RSS or Atom feed")
    if not parsed.entries:
        raise InputError(f"{name}: the feed has no items")
    feed_language = parsed.feed.get("language")
    items = [element for element in tree.root.iter() if local_name(element) in _ITEMS]
    documents = []
    for number, entry in enumerate(parsed.entries, 1):
        title = _plain(entry.get("title_detail"))
        unit = entry.get("id") or entry.get("link") or f"item-{number}"
        item = items[number - 1] if len(items) == len(parsed.entries) else None
        text, origins = titled(title, _plain(_body_detail(entry)), *_places(tree, item, unit, bool(_contents(entry))))
        if not text:
            problems.append(InputProblem(name, None, f"item {number} has neither title nor text; not audited"))
            continue
        documents.append(
            Document(
                id=entry.get("id") or entry.get("link") or f"{stem(name)}#item-{number}",
                text=text,
                path=name,
                lang_hint=code_from_tag(_language(entry) or feed_language),
                title=title or None,
                url=entry.get("link"),
                origins=origins,
            )
        )
    if not documents:
        raise InputError(f"{name}: no item of the feed has a title or text")
    return documents


def _body_detail(entry: Any) -> Any:
    """The item's full content when it has one (Atom content, RSS content:encoded), else its summary."""
    contents = _contents(entry)
    if contents:
        return max(contents, key=lambda c: c.get("type") in _MARKUP_TYPES)
    return entry.get("summary_detail")


def _contents(entry: Any) -> list[Any]:
    return [c for c in entry.get("content", ()) if c.get("value", "").strip()]


def _places(tree: PlacedTree, item: Element | None, unit: str, full: bool) -> tuple[Place | None, Place | None]:
    """The places of an item's title (its whitespace runs read as one space) and of the element its body came
    from (the full content, else the summary), when they are found."""
    if item is None:
        return None, None
    title = child(item, "title")
    body = next((element for element in item if local_name(element) in _BODIES[full]), None)
    return (
        tree.place(title, unit, collapsed=True) if title is not None else None,
        tree.place(body, unit, collapsed=False) if body is not None else None,
    )


def _plain(detail: Any) -> str:
    if not detail:
        return ""
    value = detail.get("value", "")
    return html_to_text(value) if detail.get("type") in _MARKUP_TYPES else value.strip()


def _language(entry: Any) -> str | None:
    for key in ("content", "summary_detail", "title_detail"):
        detail = entry.get(key)
        if isinstance(detail, list):
            detail = detail[0] if detail else None
        if detail and detail.get("language"):
            return detail["language"]
    return None
