"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser): one document per item, its markup removed, its title first."""

from __future__ import annotations

from typing import Any

from audit.document import Document
from audit.errors import InputError
from audit.inputs import safexml
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.markup import html_to_text
from audit.inputs.paragraphs import with_title
from audit.inputs.problems import InputProblem

SUFFIXES = frozenset({".rss", ".atom"})
ROOTS = frozenset({"rss", "RDF", "feed"})  # RSS 0.9x/2.0, RSS 1.0, Atom
_MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """The feed's items as documents: id from the guid (else the link), text from the content (else the summary)."""
    safexml.parse(data, name)  # well-formed and harmless before the feed parser sees it
    import feedparser

    headers = {"content-location": name} if "://" in name else {}  # relative links resolve against the URL
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.version:
        raise InputError(f"{name}: not an RSS or Atom feed")
    if not parsed.entries:
        raise InputError(f"{name}: the feed has no items")
    feed_language = parsed.feed.get("language")
    documents = []
    for number, entry in enumerate(parsed.entries, 1):
        title = _plain(entry.get("title_detail"))
        text = with_title(title, _plain(_body_detail(entry)))
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
            )
        )
    if not documents:
        raise InputError(f"{name}: no item of the feed has a title or text")
    return documents


def _body_detail(entry: Any) -> Any:
    """The item's full content when it has one (Atom content, RSS content:encoded), else its summary."""
    contents = [c for c in entry.get("content", ()) if c.get("value", "").strip()]
    if contents:
        return max(contents, key=lambda c: c.get("type") in _MARKUP_TYPES)
    return entry.get("summary_detail")


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
