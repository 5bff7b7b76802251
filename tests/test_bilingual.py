"""audit/bilingual.py and audit/alignment: a document's source paired with it unit by unit, through XLIFF's
untranslated units, or by sentence alignment without a model; anchors and the length model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.alignment import lengths
from audit.alignment.anchors import anchors, number
from audit.alignment.sentences import align_sentences
from audit.bilingual import UnitDocument, pairs
from audit.document import Document
from audit.translation.alignment import Bead

FRENCH = [
    "Le président a parlé mardi à Paris.",
    "Il a annoncé 1 200 nouveaux postes d'enseignants.",
    "Les syndicats ont critiqué une mesure insuffisante.",
    "La réforme entrera en vigueur en 2026.",
]
ENGLISH = [
    "The president spoke in Paris on Tuesday.",
    "He announced 1,200 new teaching posts.",
    "The unions criticised the measure as insufficient.",
    "The reform will take effect in 2026.",
]


def test_numbers_are_read_whatever_the_locale():
    assert number("1 200") == number("1,200") == number("1.200") == "1200"
    assert number("7,5") == number("7.5") == "7.5"
    assert anchors("trois enfants", "fr").numbers == anchors("3 children", "en").numbers


def test_the_length_model_expects_english_shorter_than_french():
    assert lengths.ratio("fr", "en") < 1 < lengths.ratio("en", "de")
    assert lengths.delta(100, 87, "fr", "en") == 0.0 or abs(lengths.delta(100, 87, "fr", "en")) < 0.2


def test_aligned_one_to_one_and_a_left_out_sentence_stays_with_its_neighbour():
    """A short sentence left out is merged with the one before (omission then finds it among that bead's
    clauses); the sentences after it keep their own counterparts."""
    assert align_sentences(FRENCH, ENGLISH, "fr", "en") == [Bead((i,), (i,)) for i in range(4)]
    beads = align_sentences(FRENCH, [ENGLISH[0], ENGLISH[2], ENGLISH[3]], "fr", "en")
    assert beads[-2:] == [Bead((2,), (1,)), Bead((3,), (2,))]


@given(st.lists(st.text(max_size=30), max_size=8), st.lists(st.text(max_size=30), max_size=8))
def test_beads_cover_both_sides_in_order(source, target):
    beads = align_sentences(source, target, "fr", "en")
    assert [i for b in beads for i in b.source] == list(range(len(source)))
    assert [j for b in beads for j in b.target] == list(range(len(target)))


def test_units_pair_one_to_one_and_untranslated_units_pair_with_nothing():
    doc = Document("d", "\n\n".join(ENGLISH[:2]), lang_hint="en", source="\n\n".join(FRENCH[:2]))
    source = Document("s", doc.source, lang_hint="fr")
    assert [(p.source.text, p.target.text) for p in pairs(doc, source)] == list(
        zip(FRENCH[:2], ENGLISH[:2], strict=True)
    )
    text, source_text = "\n\n".join([ENGLISH[0], ENGLISH[2]]), "\n\n".join(FRENCH[:3])
    units = UnitDocument("x", text, lang_hint="en", source=source_text, untranslated=(1,))
    source = Document("s", source_text, lang_hint="fr")
    assert [p.target.text if p.target else None for p in pairs(units, source)] == [ENGLISH[0], None, ENGLISH[2]]


def test_paragraphs_that_do_not_pair_are_aligned_by_sentence():
    doc = Document("d", " ".join(ENGLISH), lang_hint="en")
    source = Document("s", "\n\n".join(FRENCH), lang_hint="fr")
    found = pairs(doc, source)
    assert [p.source.text for p in found] == FRENCH and [p.target.text for p in found] == ENGLISH


def test_sentence_alignment_on_wmt14_articles(shared_data):
    """The reference's articles as running text against the source's: links found as the lines give them."""
    from tests.wmt14 import article_sizes

    wmt = shared_data / "wmt14-fren"
    source = (wmt / "newstest2014-fren-src.fr").read_text("utf-8").splitlines()
    reference = (wmt / "newstest2014-fren-ref.en").read_text("utf-8").splitlines()
    good = bad = 0
    start = 0
    for size in article_sizes(wmt)[:60]:
        src, ref = source[start : start + size], reference[start : start + size]
        start += size
        for bead in align_sentences(src, ref, "fr", "en"):
            for i in bead.source:
                for j in bead.target:
                    good, bad = (good + 1, bad) if i == j else (good, bad + 1)
    print(f"\nWMT14, 60 articles, lines aligned without a model: link precision {good / (good + bad):.3f}")
    assert good / (good + bad) >= 0.97
