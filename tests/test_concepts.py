"""Content words across languages (audit.alignment.concepts), the stretch a sentence ends with unrendered
(audit.alignment.stretches) and the words a translation leaves unexplained (audit.alignment.residue)."""

from __future__ import annotations

import pytest

from audit.alignment import concepts, residue, stretches
from audit.alignment.anchors import anchors, found
from audit.document import Span


def test_one_concept_in_six_languages_and_their_inflections():
    school = concepts.of_word("school", "en")
    assert school
    for word, lang in (("écoles", "fr"), ("Schulen", "de"), ("escuelas", "es"), ("школах", "ru")):
        assert concepts.of_word(word, lang) & school, word
    assert school in concepts.of_ideographs("农村学校", "zh")


def test_stems_inside_compounds_whole_words_and_unknown_languages():
    assert concepts.of_word("Grenzpolizei", "de") & concepts.of_word("police", "en")  # "*polizei": inside
    assert not concepts.of_word("Zeitung", "de") & concepts.of_word("time", "en")  # "zeit$": the whole word only
    assert concepts.of_word("mer", "fr") and not concepts.of_word("merci", "fr")
    assert concepts.of_word("school", "xx") == concepts.NONE


def test_a_row_without_a_cell_for_each_language_is_an_error(tmp_path):
    table = tmp_path / "table.tsv"
    table.write_text("# comment\nen\tfr\nschool\técole\nhospital\n", "utf-8")
    with pytest.raises(ValueError):
        concepts.table(table)


def test_a_concept_is_an_anchor_the_other_side_finds():
    source = anchors("Les écoles rurales ferment", "fr")
    assert found(source, anchors("Rural schools are closing", "en")) >= 1
    assert not found(anchors("écoles", "fr"), anchors("The hospitals are closing", "en"))


def test_the_stretch_a_sentence_ends_with_unrendered():
    text = "Starker Regen überflutete das Zentrum von Madrid und erzwang die Schließung von 14 Stationen"
    other = anchors("De fortes pluies ont inondé le centre de Madrid.", "fr")
    [(stretch, pieces)] = list(stretches.unfound(Span(0, len(text), text), "de", other))
    assert stretch.text == "und erzwang die Schließung von 14 Stationen"
    assert [p.text for p in pieces] == [text[: stretch.start], stretch.text]
    assert not list(stretches.unfound(Span(0, len(text), text), "de", anchors("Il pleut.", "fr")))


def test_words_the_other_side_does_not_explain():
    other = anchors("Le train est arrivé à Genève.", "fr")
    assert residue.unexplained([Span(0, 27, "The train arrived in Geneva")], "en", other) == 0
    text = "The train arrived in Geneva despite snowdrifts"
    assert residue.unexplained([Span(0, len(text), text)], "en", other) == len("snowdrifts")  # "despite": grammar
