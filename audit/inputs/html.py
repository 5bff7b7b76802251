"""HTML article pages: the main text extracted by trafilatura (navigation, comments and boilerplate left out)."""

from __future__ import annotations

from audit.document import Document
from audit.errors import InputError
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.paragraphs import join, with_title
from audit.inputs.problems import InputProblem
from audit.reading import decode

SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """One document: the article's title (when the text does not start with it) and its paragraphs."""
    import trafilatura

    url = name if "://" in name else None
    tree = trafilatura.load_html(decode(data, name))
    extracted = (
        trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=True)
        if tree is not None
        else None
    )
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    title = extracted.title or None
    return [
        Document(
            id=stem(name),
            text=with_title(title, join(extracted.text.split("\n"))),
            path=name,
            lang_hint=code_from_tag(tree.get("lang")),
            title=title,
            url=extracted.url or url,
        )
    ]
