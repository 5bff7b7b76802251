"""HTML article pages: the main text extracted by trafilatura (navigation, comments and boilerplate left out)."""

from __future__ import annotations

from audit.document import Document
from audit.errors import InputError
from audit.inputs.ids import stem
from audit.inputs.languages import code_from_tag
from audit.inputs.markup import html_to_text
from audit.inputs.paragraphs import join, with_title
from audit.inputs.problems import InputProblem
from audit.inputs.text import decoded


def read(data: bytes, name: str, problems: list[InputProblem]) -> list[Document]:
    """One document: the article's title (when the text does not start with it) and its paragraphs; a fragment
    that is not a whole page (`<p>…</p>`) is read whole, its markup removed."""
    import trafilatura

    html = decoded(data, name, problems)
    url = name if "://" in name else None
    tree = trafilatura.load_html(html)
    if tree is None:
        text, title, lang, canonical = html_to_text(html), None, None, None
    else:
        extracted = trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=True)
        text = join(extracted.text.split("\n")) if extracted and extracted.text else ""
        title = (extracted.title if extracted else None) or None
        lang, canonical = tree.get("lang"), extracted.url if extracted else None
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    return [
        Document(
            id=stem(name),
            text=with_title(title, text),
            path=name,
            lang_hint=code_from_tag(lang),
            title=title,
            url=canonical or url,
        )
    ]
