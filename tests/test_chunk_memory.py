"""What a run keeps of the documents it has checked: a serial run lets each chunk's words go, as a worker does,
rather than keep every document's index to the end (a 2,000-article feed's peak memory, 708 MB -> 359 MB), and every
cache keyed by a document (359 MB -> 166 MB); what the checks across the feed read of a document comes back with its
chunk (`Check.gather`), compact."""

from __future__ import annotations

from audit.caches import forget_documents
from audit.context import RunContext
from audit.document import Document
from audit.duplication import tokens
from audit.executors import CHUNK_DOCUMENTS, Chunk, Executor, check_chunk, chunks


def _indexed_texts() -> set[str]:
    return set(tokens._RECENT.indexes)


def test_a_serial_run_lets_each_chunk_s_words_go():
    documents = [
        Document(f"d{i}", f"The mayor of Kharkiv spoke on day {i}. He said the the talks failed.")
        for i in range(2 * CHUNK_DOCUMENTS + 1)
    ]
    tokens.forget()
    ctx = RunContext(backtranslate=False)
    ctx.documents = documents
    chunked = list(chunks(documents, []))
    held = []
    for checked in Executor().map(chunked, ctx, ["repeated-word"]):
        assert any(f.check == "repeated-word" for one in checked for f in one.findings)
        held.append(_indexed_texts())
    first, second, last = ({doc.text for doc in chunk.documents} for chunk in chunked)
    assert held[0] == first and held[1] == second  # the first chunk's indexes were gone when the second ran
    assert held[2] == last


def test_a_serial_run_lets_each_chunk_s_cached_readings_go():
    """Not the indexes alone: every cache keyed by a document's text (here the capitalised words the exonym check
    reads) holds the chunk being checked, not the run's documents."""
    from audit.names import exonyms

    documents = [
        Document(f"d{i}", f"The mayor of Pékin met Bashar al-Assad on day {i}. The talks ended without a deal.")
        for i in range(2 * CHUNK_DOCUMENTS + 1)
    ]
    forget_documents()
    ctx = RunContext(target_lang="en", backtranslate=False)
    ctx.documents = documents
    held = []
    for checked in Executor().map(list(chunks(documents, [])), ctx, ["exonym"]):
        assert all(f.text == "Pékin" for one in checked for f in one.findings) and checked[0].findings
        held.append(exonyms._capitalised_names.cache_info().currsize)
    assert held == [CHUNK_DOCUMENTS, CHUNK_DOCUMENTS, 1]


def test_forgetting_documents_lets_their_words_go():
    """Caches keyed by a document's text are let go with each window of a streamed run (one kept the last 4,096
    sentences' words, and their documents' texts: 22 MB more over 2,560 articles)."""
    from audit.words.tokens import words

    text = "A text whose words are found once."
    tokens.indexed(text)
    words(text, 0, 6)
    assert _indexed_texts() and words.cache_info().currsize
    forget_documents()
    assert not _indexed_texts() and not words.cache_info().currsize


def test_a_chunk_carries_back_what_the_checks_across_the_feed_read():
    """name-variant's mentions are found where the document's own checks ran, so that the driver (or a serial
    run past the caches' size) need not read each document again."""
    from audit.checks import get

    doc = Document("d", "Volodymyr Zelensky met the mayor. Volodymyr Zelenskyy then left for Kharkiv.")
    ctx = RunContext(backtranslate=False)
    ctx.checks = frozenset({"transliteration", "name-variant"})
    (checked,) = check_chunk(Chunk((doc,)), ctx, ["transliteration"])
    known = checked.gathered["name-variant"][0]
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= {m.text for group in known.values() for m in group}
    assert checked.gathered["name-variant"] == get("name-variant").gather(doc, ctx)


def test_name_variant_judges_what_was_gathered():
    from audit.checks import get

    check = get("name-variant")
    doc = Document("d", "Volodymyr Zelensky met the mayor. Volodymyr Zelenskyy then left for Kharkiv.")
    ctx = RunContext(backtranslate=False)
    assert [f.text for _, f in check.run_feed([doc], ctx)] == ["Volodymyr Zelenskyy"]
    ctx.gathered[id(doc)] = {check.id: ({}, (), (), ())}  # as if the chunk had found no name
    assert list(check.run_feed([doc], ctx)) == []
