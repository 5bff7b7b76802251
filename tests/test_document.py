import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.document import Document, Paragraphs
from audit.findings import Severity


def test_paragraphs_and_sentences_keep_exact_offsets():
    text = "Première phrase à Kyiv. Second one, with the U.S. Army on Nov. 5.\r\n\r\nÉtat d'urgence. Last line"
    doc = Document("d", text, lang_hint="en")
    assert [p.text for p in doc.paragraphs] == [
        "Première phrase à Kyiv. Second one, with the U.S. Army on Nov. 5.",
        "État d'urgence. Last line",
    ]
    assert [s.text for s in doc.sentences] == [
        "Première phrase à Kyiv.",
        "Second one, with the U.S. Army on Nov. 5.",
        "État d'urgence.",
        "Last line",
    ]
    for unit in (*doc.paragraphs, *doc.sentences):
        assert text[unit.start : unit.end] == unit.text


def test_paragraphs_hash_as_their_tuple_and_travel_without_their_hash():
    doc = Document("d", "One sentence. Another one.\n\nA second paragraph.", lang_hint="en")
    paragraphs = doc.paragraphs
    assert isinstance(paragraphs, Paragraphs)
    assert hash(paragraphs) == hash(tuple(paragraphs)) and paragraphs == tuple(paragraphs)
    copy = pickle.loads(pickle.dumps(paragraphs))
    assert isinstance(copy, Paragraphs) and copy == paragraphs and "_hash" not in copy.__dict__


def test_lines_without_blank_lines_are_paragraphs():
    doc = Document("d", "Headline here\nFirst paragraph. It has two sentences.\nSecond paragraph.")
    assert [p.text for p in doc.paragraphs] == [
        "Headline here",
        "First paragraph. It has two sentences.",
        "Second paragraph.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_repeated_sentences_get_their_own_offsets():
    text = "He left. He left. He left."
    doc = Document("d", text)
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 8), (9, 17), (18, 26)]


def test_line_and_column_with_crlf_cr_and_non_ascii():
    text = "ÄÖÜ\r\nçà é\rx\n→ y"
    doc = Document("d", text)
    assert doc.position(0) == (1, 1)
    assert doc.position(text.index("é")) == (2, 4)
    assert doc.position(text.index("x")) == (3, 1)
    assert doc.position(text.index("y")) == (4, 3)


def test_finding_fills_text_line_and_column():
    text = "Line one.\r\nLine two has Orechnik in it."
    doc = Document("d", text)
    start = text.index("Orechnik")
    finding = doc.finding("x", start, start + 8, severity=Severity.WARNING, category="fluency/spelling", message="m")
    assert (finding.text, finding.line, finding.column) == ("Orechnik", 2, 14)
    assert finding.to_dict()["span"] == {"start": start, "end": start + 8}


def test_a_long_paragraph_is_cut_at_safe_sentence_ends_with_the_same_sentences():
    from audit import segmentation

    prose = "Talks in Geneva ended on Friday, officials said. The U.S. envoy left early. Mr. Smith said so. "
    text = prose * 200  # one line of 19,000 characters
    whole = segmentation._split_piece(text, 0, len(text), "en")
    cut = segmentation.split_sentences(text, 0, len(text), "en")
    assert cut == whole and len(cut) == 600
    pieces = segmentation._pieces(text, 0, len(text), "en")
    assert len(pieces) > 5 and all(e - s <= segmentation.MAX_PIECE for s, e in pieces)
    assert {text[e - 7 : e] for s, e in pieces[:-1]} <= {" said. ", "early. ", "id so. "}  # never "U.S." or "Mr."


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The talks in Geneva ended on Friday without a deal, officials said."),
        ("en", 'He said: "The war ended. Then peace came." Later the envoy left.'),
        ("en", "Critics such as Senator Claire McCaskill, D-Mo., argue that there is no valid reason."),
        ("de", "Die Preise stiegen um 3 Prozent bzw. Die Mieten auch. Der Minister schwieg."),
        ("en", "Prices rose 2.5% in May. The U.S. envoy, Mr. Smith, left at 10 a.m. on Friday."),
        ("ja", "東京で会談が行われた。首相は出席しなかった。"),
    ],
)
def test_sentences_asked_of_pysbd_only_where_it_has_something_to_decide_are_its_own(lang, text):
    """The plain cuts and the one-sentence path give what pysbd gives on the whole paragraph."""
    from audit import segmentation

    whole = segmentation._split_piece(text, 0, len(text), lang)
    assert segmentation.split_sentences(text, 0, len(text), lang) == whole


def test_a_line_without_a_sentence_end_is_cut_into_bounded_pieces():
    from audit import segmentation

    text = "word " * 40_000  # 200 kB and no mark: pysbd would take minutes
    bounds = segmentation.split_sentences(text, 0, len(text), "en")
    assert all(e - s <= segmentation.HARD_PIECE for s, e in bounds)
    assert "".join(text[s:e] + " " for s, e in bounds) == text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(list("a .!?…;;。！？।\"'”’»)] \n\t\u00a0Z")), max_size=25).map("".join), st.integers(0, 30)
)
def test_where_pysbd_could_end_a_sentence_is_found_as_the_plain_alternation_finds_it(text, end):
    """_INNER_MARK, which opens with one class of every mark, matches where a Latin mark before a space or another
    script's mark does."""
    from audit import segmentation

    for lang, extra in (("el", ";;"), (None, "")):
        plain = re.compile(f"[.!?…{extra}]+[\"'”’»)\\]]*\\s|[。！？।॥؟۔։။።፧]")
        fast = segmentation._INNER_MARK[lang]
        assert [m.span() for m in fast.finditer(text, 0, end)] == [m.span() for m in plain.finditer(text, 0, end)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \r\n\u2028", max_size=40))
def test_line_starts_are_after_each_crlf_cr_or_lf(text: str) -> None:
    expected = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert Document("d", text)._line_starts == expected
