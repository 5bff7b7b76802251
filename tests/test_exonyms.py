"""The exonym check: places written as another language writes them, for English, French, German and Spanish."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from audit.checks.exonym import CHECK as exonym
from audit.context import RunContext
from audit.document import Document
from audit.names import exonyms
from audit.names.syllables import hyphened_stretches
from audit.runner import run_checks
from tests.building import build_script
from tests.paths import CORPORA

WORLD = CORPORA / "names" / "world"


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    [result] = run_checks([Document("d", text)], RunContext(target_lang=lang, backtranslate=False), [exonym])
    return [(f.text, f.suggestion) for f in result.findings]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Talks in Pékin and Téhéran.", [("Pékin", "Beijing"), ("Téhéran", "Tehran")]),
        ("en", "Ministers met in Warschau, Ginevra and Kopenhaga.", [("Warschau", "Warsaw"), ("Ginevra", "Geneva"),
                                                                     ("Kopenhaga", "Copenhagen")]),
        ("en", "Fighting in the Gazastreifen and in Cisjordania.", [("Gazastreifen", "Gaza Strip"),
                                                                     ("Cisjordania", "West Bank")]),
        ("en", "Students of Peking University and the Le Chemin de Damas novel.", []),
        ("en", "Dominique de Villepin spoke with Charles Pasqua about Albert Londres.", []),
        ("en", "Flights from Bogotá, São Paulo and Braunschweig were cancelled.", []),
        ("fr", "Le sommet s'est tenu à Beijing, puis à Warsaw.", [("Beijing", "Pékin"), ("Warsaw", "Varsovie")]),
        ("fr", "Le sommet s'est tenu à Pékin, puis à Varsovie.", []),
        # a name after an elided article; not a person's, nor a word French writes often (the Australian)
        ("fr", "L'Oekraïne a lancé des drones sur l'Irán.", [("Oekraïne", "Ukraine"), ("Irán", "Iran")]),
        ("fr", "L'Egypte a jugé l'Australien de 40 ans, l'assassin d'Anwar.", []),
        ("de", "Die Gespräche in Warsaw und Geneva scheiterten.", [("Warsaw", "Warschau"), ("Geneva", "Genf")]),
        ("es", "La cumbre de Warsaw terminó sin acuerdo.", [("Warsaw", "Varsovia")]),
        # names of people beside each other, accents the source adds, a listed spelling with other marks
        ("en", "Benyamin Netanyahou met Irakli Kobakhidzé.", [("Benyamin", "Benjamin"), ("Netanyahou", "Netanyahu"),
                                                               ("Kobakhidzé", "Kobakhidze")]),
        ("en", "Ayatollah Ali Chameneï warned Hamás and flights to Shanghaï.", [("Chameneï", "Khamenei"),
                                                                                ("Hamás", "Hamas"),
                                                                                ("Shanghaï", "Shanghai")]),
        ("en", "Recep Tayyip Erdoğan met Kılıçdaroğlu; Khaled Abou Bakr was killed.", []),
        # no table lists it: a standard name under another convention's letters, not an English word alike
        ("en", "The Kobakhidzé government met Netanyahou's envoy in Bogotà.", [("Kobakhidzé", "Kobakhidze"),
                                                                               ("Netanyahou", "Netanyahu"),
                                                                               ("Bogotà", "Bogotá")]),
        ("en", "The Church of Chirac's era; Marcel Carey.", []),
    ],
)  # fmt: skip
def test_places_in_another_language(lang, text, expected):
    assert _found(text, lang) == expected


def test_a_full_name_inside_a_longer_run_is_read_word_by_word():
    """German capitalises nouns: "Präsident Kaïs Saïed" runs a title into the name, which is read whole after a
    noun as common as Präsident, and word by word after a name."""
    assert _found("Der tunesische Präsident Kaïs Saïed sprach am Montag.", "de") == [("Kaïs Saïed", "Kais Saied")]
    assert ("Saïed", "Saied") in _found("Der Tunesier Ahmed Kaïs Saïed sprach am Montag.", "de")
    assert _found("Peking University opened a campus.", "en") == []  # a place inside a longer name is that name's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former South Korean President Jun Sok-jol criticised the government.", [("Jun Sok-jol", "Yoon Suk Yeol")]),
        ("Oil-rich Irak is struggling with blackouts.", [("Irak", "Iraq")]),
        ("Monsoon floods hit Pakistan's Pendjab province.", [("Pendjab", "Punjab")]),
        ("Fires burned forest in the Upper Galiläa.", [("Galiläa", "Galilee")]),
        ("Qatar's emir, szejk Tamim bin Hamad Al Thani, spoke.", [("szejk", "sheikh")]),
        ("SEALs killed Omar ben Laden in a raid.", [("ben Laden", "bin Laden")]),
        ("The show revives 'Un Américain à Paris' this winter.", []),  # a quoted title, not a title before a people
        ("Credit Suisse shares fell.", []),  # a place's name after a sentence's first word is that name's
        ("Cheikh Tidiane Gadio spoke.", []),  # a title English writes as a given name
        ("The Kōmeitō party and Ryūichi Sakamoto.", [("Kōmeitō", "Komeito"), ("Ryūichi", "Ryuichi")]),  # Hepburn
        ("The Ngāpuhi iwi met.", []),  # long a: Māori, not Hepburn
        ("Air pollution in New Dillí rose.", [("Dillí", "Delhi")]),  # a qualifier
        ("General Abdel Fattah al-Bourhane spoke.", [("Bourhane", "Burhan")]),  # an Arabic article, then the name
        ("Iran-backed Houthis and Oil-Rich Emirates.", []),  # a word before a hyphen, not an article: no name
    ],
)
def test_what_stands_before_and_after_a_name(text, expected):
    """Titles, qualifiers, possessives and adjectives end a longer name; names and other languages' articles do
    not."""
    assert _found(text, "en") == expected


def test_a_peoples_name_one_word_writes_for_both_numbers():
    """German Armenier is Armenians and Armenian: one people, not two names to choose between."""
    assert _found("Thousands of Armenier marched in Yerevan.", "en") == [("Armenier", "Armenians")]
    assert _found("Gambier said the talks would resume.", "en") == []  # English writes it: a surname, islands
    assert _found("Exiled Tibétains marched. Credit Suisse fell.", "en") == [("Tibétains", "Tibetans")]


def test_russian_and_ukrainian_names_are_left_to_transliteration():
    """“Moscou” and “Kiew” in English are the transliteration check's: one finding each, not two."""
    assert _found("Talks in Moscou and Kiew.", "en") == []
    assert "Moscou" not in exonyms.table()["en"] and "Kiew" not in exonyms.table()["en"]


def test_other_targets_are_skipped():
    [result] = run_checks([Document("d", "Rozhovory v Pekingu.")], RunContext(target_lang="cs"), [exonym])
    assert result.findings == [] and result.skipped[0]["check"] == "exonym"


def test_the_places_only_targets_judge_places_not_people():
    """Italian, Portuguese, Dutch and Polish are judged on places alone: their columns of the people and demonyms
    lists were written as sources' spellings (a Dutch "Libanese regering" is no German plural)."""
    table = exonyms.table()
    for target in ("it", "pt", "nl", "pl"):
        sources = {entry[2] for entry in table[target].values()}
        assert sources and not sources & {"people", exonyms.DEMONYMS}, target
    [result] = run_checks(
        [Document("d", "De Libanese regering sprak in Warsaw.")], RunContext(target_lang="nl"), [exonym]
    )
    assert [(f.text, f.suggestion) for f in result.findings] == [("Warsaw", "Warschau")]


def test_the_table_leaves_out_words_own_names_and_the_places_own_names():
    english = exonyms.table()["en"]
    assert english["Pékin"][0] == "Beijing" and english["Tiflis"][0] == "Tbilisi"
    for kept in ("Roma", "Rom", "Georgia", "Bogotá", "Zürich", "Pitcairn", "Al Ain", "Acapulco de Juárez"):
        assert kept not in english, kept
    assert set(exonyms.table()) == {"en", "fr", "de", "es", "it", "pt", "nl", "pl"} and all(
        len(rows) > 1500 for rows in exonyms.table().values()
    )


def test_no_finding_on_clean_prose_or_the_wmt14_reference(shared_data):
    for path in sorted((CORPORA / "clean").glob("*.txt")):
        assert _found(path.read_text("utf-8"), "en") == [], path
    folder = shared_data / "wmt14-fren"
    lines = (folder / "newstest2014-fren-ref.en").read_text("utf-8").splitlines()
    docs = [Document(str(i), "\n".join(lines[i : i + 20])) for i in range(0, len(lines), 20)]
    reference = run_checks(docs, RunContext(target_lang="en", backtranslate=False), [exonym])
    # its one slip, in one article: the French acronym kept ("the Democratic Republic of Congo (RDC)", "the east
    # of the RDC"), where its other articles write DRC
    assert [(f.text, f.suggestion) for r in reference for f in r.findings] == [("RDC", "DRC")] * 2
    lines = (folder / "system-outputs" / "newstest2014.rbmt1.0.fr-en").read_text("utf-8").splitlines()
    docs = [Document(str(i), "\n".join(lines[i : i + 20])) for i in range(0, len(lines), 20)]
    machine = Counter(f.text for r in run_checks(docs, RunContext(target_lang="en"), [exonym]) for f in r.findings)
    print(f"\nWMT14 rbmt1 exonyms: {dict(machine)}")
    assert {"Damas", "La Haye", "Tachkent"} <= set(machine)


def test_the_shipped_table_is_what_the_build_script_makes(shared_data):
    build = build_script("build_exonyms", ("babel", "wordfreq"))
    natural_earth = shared_data / "naturalearth" / "ne_10m_populated_places_names_all.csv"
    rebuilt = build.compile_table(build.build(natural_earth))
    shipped = json.loads(gzip.decompress(Path(exonyms.DATA).read_bytes()))
    assert rebuilt == shipped


def test_each_target_read_back_as_the_shipped_table_writes_it():
    shipped = json.loads(gzip.decompress(Path(exonyms.DATA).read_bytes()))
    for target, rows in shipped["names"].items():
        assert exonyms.listed(target) == {spelling: (v[0], tuple(v[1]), v[2]) for spelling, v in rows.items()}
        assert exonyms.phrases(target) == tuple(shipped["phrases"].get(target, ()))
        assert exonyms._kept(target) == frozenset(shipped["kept"].get(target, ()))


def test_labelled_cases_precision_and_recall():
    """corpora/names/world/exonym_cases.jsonl, written blind by a helper: per target, with transliteration beside
    it for English (the Ukrainian and Russian names are its own)."""
    from audit.checks.transliteration import CHECK as transliteration
    from tests.labelled import load_cases, precision_recall, span_of

    counts: dict[str, Counter] = {}
    for case in load_cases(WORLD / "exonym_cases.jsonl"):
        ctx = RunContext(target_lang=case["lang"], source_lang=case["source_lang"], backtranslate=False)
        [result] = run_checks([Document("d", case["text"])], ctx, [exonym, transliteration])
        found = {(f.start, f.end): f.suggestion for f in result.findings}
        expected = {span_of(case["text"], e["flag"], e["occurrence"]): e["suggestion"] for e in case["expect"]}
        count = counts.setdefault(case["lang"], Counter())
        right = set(found) & set(expected)
        count.update(tp=len(right), found=len(found), expected=len(expected))
        count.update(suggested=sum(1 for span in right if found[span] == expected[span]))
    print()
    for lang, count in sorted(counts.items()):
        precision, recall = precision_recall(count["tp"], count["found"], count["expected"])
        print(f"exonym {lang}: precision {precision:.3f} recall {recall:.3f}, right suggestion "
              f"{count['suggested']}/{count['tp']} ({count['expected']} expected)")  # fmt: skip
        assert precision >= 0.97 and recall >= (0.9 if lang == "en" else 0.75), lang
        assert count["suggested"] >= 0.97 * count["tp"]


def test_a_name_s_arabic_article_does_not_make_a_short_english_sentence_foreign():
    """A sentence left in another language keeps its names (untranslated-word reports it); an English one whose
    few function words are also Dutch ("met", "of") beside the "al" of a name is not such a sentence (session 20's
    case-en-357 to 359 of exonym_cases.jsonl)."""
    from tests.labelled import load_cases

    cases = [case for case in load_cases(WORLD / "exonym_cases.jsonl") if case["id"] in ("en-357", "en-358", "en-359")]
    assert len(cases) == 3
    for case in cases:
        ctx = RunContext(target_lang="en", backtranslate=False)
        found = list(exonym.run(Document("d", case["text"]), ctx))
        assert [f.text for f in found] == [e["flag"] for e in case["expect"]], case["id"]
    french = "Le maire de Pékin a rencontré Bachar al-Assad vendredi."
    assert list(exonym.run(Document("d", french), RunContext(target_lang="en", backtranslate=False))) == []


def test_turkish_and_polish_forms_are_read_and_names_they_share_are_not():
    """CLDR's Turkish names (Moskova, Atina, Şam) and the hand list's Turkish and Polish columns (Halep,
    Waszyngton) are in the table; a Turkish spelling that is a name or word of the target (Sidney, Tiran, Sofya) is
    excluded (a blind review, session 20: cases en-360 to en-363)."""
    from tests.labelled import load_cases

    cases = [
        case
        for case in load_cases(WORLD / "exonym_cases.jsonl")
        if case["id"] in ("en-360", "en-361", "en-362", "en-363")
    ]
    for case in cases:
        found = list(exonym.run(Document("d", case["text"]), RunContext(target_lang="en", backtranslate=False)))
        assert [(f.text, f.suggestion) for f in found] == [(e["flag"], e["suggestion"]) for e in case["expect"]]
    assert len(cases) == 4


def test_a_vietnamese_name_in_its_own_letters_is_no_exonym():
    """A text that writes Vietnamese's own letters (Hải Phòng, Phạm) spells Vietnamese names so: "Lâm", "Yên Bái",
    "Lào Cai" are their own spellings, not "Lam", "Bai", "Lao" under a foreign convention (a blind review, session
    20: ten warnings on one clean article); a guess in a text without them, or in other letters, still stands."""
    from audit.words.scripts import own_names_letters

    text = (
        "General Secretary Tô Lâm visited Hải Phòng and Lào Cai, then flew to Yên Bái, where Trần Thanh Mẫn met "
        "flood victims in Phú Thọ."
    )
    ctx = RunContext(target_lang="en", backtranslate=False)
    assert list(exonym.run(Document("d", text), ctx)) == []
    assert "ạ" in own_names_letters(text) and own_names_letters("Talks in Geneva ended.") == frozenset()
    guessed = "Officials in Jemen said the envoy Szarif had left."
    assert [f.text for f in exonym.run(Document("d", guessed), ctx)] == ["Jemen", "Szarif"]
    with_vietnamese = guessed + " Hải Phòng was calm."
    assert [f.text for f in exonym.run(Document("d", with_vietnamese), ctx)] == ["Jemen", "Szarif"]


def test_a_world_name_the_table_lists_is_the_exonym_check_s_not_transliteration_s():
    """French Hanoï reads back through Cyrillic, but no gazetteer entry holds it and the table lists it: reported
    by exonym, with its reason ("how French writes it"), not as a romanization of a Cyrillic name (a blind review,
    session 20); a Ukrainian name stays transliteration's."""
    from audit.checks.transliteration import CHECK as transliteration

    ctx = RunContext(target_lang="en", backtranslate=False)
    [result] = run_checks(
        [Document("d", "Officials in Hanoï and Charkiw said the talks ended.")], ctx, [exonym, transliteration]
    )
    assert [(f.check, f.text) for f in result.findings] == [("exonym", "Hanoï"), ("transliteration", "Charkiw")]


def test_a_fix_contracts_the_preposition_with_the_article_of_the_name():
    """French writes "au Caire", "du Havre": the fix of "à Cairo" takes the preposition, not "à Le Caire" (a blind
    review, session 20); a preposition the article does not join, or none, is left."""
    text = "Les ministres se sont réunis à Cairo mardi. De Cairo, ils sont allés vers Cairo puis à Cape Town."
    ctx = RunContext(target_lang="fr", backtranslate=False)
    found = list(exonym.run(Document("d", text), ctx))
    fixed = text
    for finding in sorted(found, key=lambda f: f.start, reverse=True):
        fixed = finding.fix.apply(fixed)
    assert fixed == "Les ministres se sont réunis au Caire mardi. Du Caire, ils sont allés vers Le Caire puis au Cap."
    assert [f.suggestion for f in found] == ["Le Caire", "Le Caire", "Le Caire", "Le Cap"]
    assert (found[0].start, found[0].end) == (text.index("Cairo"), text.index("Cairo") + 5)


def test_a_name_opens_at_a_word_with_a_possessive():
    """A name of the table is found before a possessive, after an elided article too."""
    found = exonyms.find("Talks in Téhéran’s suburbs and Pékin's.", "en")
    assert [(e.text, e.standard) for e in found] == [("Téhéran", "Tehran"), ("Pékin", "Beijing")]
    assert [e.text for e in exonyms.find("Les drones de l'Oekraïne’s.", "fr")] == ["Oekraïne"]


OPENING_TEXT = st.lists(
    st.sampled_from(["Pékin", "Pékin's", "Pékin’s", "l'Irán", "d’Irak", "'s", "Mar", "Golfe", "Téhéran’s’s", "x"])
    | st.text(alphabet="aPékin'’s -.\nlLd", max_size=8),
    max_size=12,
).map(" ".join)


@given(OPENING_TEXT, st.sampled_from(["en", "fr", "de"]))
def test_the_openings_picked_out_at_once_are_those_a_loop_over_every_word_finds(text, target):
    from audit import lexicon
    from audit.duplication.tokens import TokenIndex, tokens

    words, lang, openers = tokens(text), lexicon.of(target), exonyms._first_words(target)
    expected = []
    for index, word in enumerate(words):
        elided = exonyms._elided(word, lang) if lang.elisions else 0
        if exonyms._opens(word.text[elided:], openers):
            expected.append((index, elided))
    assert list(exonyms._openings(TokenIndex(text), openers, lang)) == expected


@given(st.text(alphabet="MaoTsétung- '’ʼ\n\u00a0K1_", max_size=40))
@example("K-o K-o Mao Tse-tung's -Tung T-a\nK-o")
def test_names_of_hyphened_syllables_are_found_in_the_hyphened_stretches_as_in_the_whole_text(text):
    from audit.names import chinese
    from audit.names.capitals import capitalised

    pattern = capitalised(*chinese.SYLLABLES)
    found = [m.span() for first, last in hyphened_stretches(text) for m in pattern.finditer(text, first, last)]
    assert found == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forces talibanes ont fermé la frontière, selon les talibans.", []),  # an adjective agreeing
        ("Les autorités talibane et pakistanaise discutent.", []),
        ("Les talibanes ont fermé la frontière.", [("talibanes", "talibans")]),  # the Spanish plural, a noun
    ],
)
def test_a_peoples_adjective_agreeing_in_the_target_is_its_own(text, expected):
    assert _found(text, "fr") == expected


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_name_the_transliteration_check_reports_is_left_to_it(lang):
    """Kasim-Yomart Tokáyev, the Spanish romanization of a Kazakh name the names gazetteer knows: one finding,
    the transliteration check's, not also the exonym check's on each of its words."""
    from audit.checks.transliteration import CHECK as transliteration

    text = "Kasim-Yomart Tokáyev spoke in Astana."
    [result] = run_checks([Document("d", text)], RunContext(target_lang=lang), [exonym, transliteration])
    assert [(f.check, f.text) for f in result.findings] == [("transliteration", "Kasim-Yomart Tokáyev")]
    assert _found(text, lang) != []  # alone, the exonym check reads its words


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Der Konflikt um Nagorno-Karabakh dauert an.", [("Nagorno-Karabakh", "Bergkarabach")]),
        ("fr", "Le conflit au Nagorno-Karabakh se poursuit.", [("Nagorno-Karabakh", "Haut-Karabakh")]),
        ("es", "El conflicto de Nagorno-Karabakh continúa.", [("Nagorno-Karabakh", "Alto Karabaj")]),
        ("es", "La delegación viajó a Russia y a Ukraine.", [("Russia", "Rusia"), ("Ukraine", "Ucrania")]),
        ("en", "The conflict in Nagorno-Karabakh goes on.", []),
    ],
)  # fmt: skip
def test_a_gazetteer_s_name_with_no_press_spelling_in_the_target_is_the_exonym_check_s(lang, text, expected):
    """The gazetteer of Ukrainian and Russian names knows Nagorno-Karabakh (Нагорный Карабах) but gives German,
    French and Spanish spellings of few names: where it gives none, the transliteration check says nothing, so the
    exonym table keeps the hand row's forms (a blind review: Nagorno-Karabakh in three targets, unreported)."""
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Refugees fled violence in Birmanie.", [("Birmanie", "Myanmar")]),
        ("en", "The RDC said it would judge Rwanda.", [("RDC", "DRC")]),
        ("en", "The DRC and Myanmar signed; Burma's old name stayed.", []),
        ("de", "Die RDC und die Regierung in Kinshasa einigten sich.", [("RDC", "DR Kongo")]),
        ("fr", "La RDC et la Birmanie ont signé.", []),
    ],
)  # fmt: skip
def test_a_country_s_other_name_and_acronym(lang, text, expected):
    """CLDR writes "Myanmar (Birmanie)" and has no acronyms: the hand rows give Birmanie, RDC (blind reviews); an
    acronym the target writes far less than its own language does is that language's (RDC: 2.3 in English, 3.8 in
    French)."""
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "ADDIS-ABEBA - Prime Minister Abiy Ahmed met a delegation.", [("ADDIS-ABEBA", "ADDIS ABABA")]),
        ("en", "PÉKIN, Dec 3 (Reuters) - China said exports rose.", [("PÉKIN", "BEIJING")]),
        ("en", "Talks went on.\n\nLONDRES — The government said it would act.", [("LONDRES", "LONDON")]),
        ("de", "WARSAW (AP) - Die Regierung teilte mit, dass die Gespräche weitergehen.", [("WARSAW", "WARSCHAU")]),
        ("de", "NATO, so das Bündnis, wird erneut tagen.", []),  # the German Nato, in capitals
        ("en", "WASHINGTON (AP) - The White House said it would respond.", []),
        ("en", "BREAKING: The talks ended. UPDATE 1-Talks resume in Geneva.", []),
        ("en", "The talks in Pékin, officials said, ended.", [("Pékin", "Beijing")]),  # prose as before
    ],
)  # fmt: skip
def test_a_dateline_s_place_in_capitals(lang, text, expected):
    """A wire story opens with its place in capitals; a blind review found “ADDIS-ABEBA -” unreported where
    “Addis-Abeba” in its body was."""
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Fires spread in Toscane and Bavière.", [("Toscane", "Tuscany"), ("Bavière", "Bavaria")]),
        ("en", "Sicilia and the Baleares were spared.", [("Sicilia", "Sicily"), ("Baleares", "Balearic Islands")]),
        ("en", "Bayern Munich won in Bavaria; Puglia and Hessen voted.", []),  # English writes these too
        ("fr", "Les incendies touchent la Tuscany.", [("Tuscany", "Toscane")]),
        ("de", "Die Wahl in Cataluña und im País Vasco.", [("Cataluña", "Katalonien"), ("País Vasco", "Baskenland")]),
    ],
)  # fmt: skip
def test_the_regions_of_europe(lang, text, expected):
    """Neither CLDR nor Natural Earth's places give regions: a hand block of Europe's (a blind review's País Vasco
    against Basque Country was a false name-mismatch; Toscane, Bavière went unreported)."""
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Militär von South Korea erhöhte seine Überwachung.", [("South Korea", "Südkorea")]),
        ("Das Heer von South Korea ist wachsam.", [("South Korea", "Südkorea")]),
        ("Die Armee von South Korea ist wachsam.", [("South Korea", "Südkorea")]),
    ],
)
def test_a_german_noun_before_von_opens_no_name(text, expected):
    """German capitalises its nouns: “Militär von South Korea” is no given name and particle before a place's
    (a blind review: found after “Armee”, a more common word, and missed after “Militär” or “Heer”)."""
    assert _found(text, "de") == expected


def test_the_languages_that_write_a_spelling_are_named_in_a_sentence():
    [result] = run_checks([Document("d", "Talks were held in Yaoundé.")], RunContext(target_lang="en"), [exonym])
    assert "is how French and Portuguese write it" in result.findings[0].message


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "La cumbre de la ASEAN se celebró en Yakarta.", []),  # an acronym the target's press writes too
        ("de", "Die ASEAN-Staaten und die ASEAN trafen sich in Jakarta.", []),
        ("fr", "Le sommet de l'ASEAN s'est tenu à Jakarta.", []),
        ("fr", "Les pays ECOWAS se sont réunis à Abuja.", [("ECOWAS", "Cédéao")]),  # one it does not
        ("fr", "Les chefs d'État de l'ECOWAS se sont réunis à Abuja.", [("ECOWAS", "Cédéao")]),  # after an article
    ],
)
def test_an_acronym_is_another_language_s_only_where_the_target_does_not_write_it(lang, text, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président somalien Hassan Cheikh Mohamoud a reçu Ousmane Sonko à Mogadiscio."),
        ("fr", "Abdelmadjid Tebboune et Mohamed Ould Ghazouani se sont entretenus."),
    ],
)
def test_a_name_in_the_target_s_own_romanization_is_no_other_language_s(lang, text):
    """French writes ou and dj in names itself: in a French text they are no sign of another romanization."""
    assert _found(text, lang) == []


def test_a_suggestion_carries_no_label_s_qualifier_in_brackets():
    """CLDR labels Yangon "Yangón (Rangún)" in Spanish: a fix writes a name, not the label (the hand row's Rangún,
    EFE's, first)."""
    assert _found("La junta militar se reunió en Rangoon el lunes.", "es") == [("Rangoon", "Rangún")]
    table = exonyms.table()
    assert not [row for target in table for row in table[target].values() if row[0].endswith(")")]


def test_a_surname_alone_is_suggested_as_its_full_names_write_it():
    """The hand table's row for a surname alone and its rows for full names agree on its accents in each language:
    one article was told "Alí Jameneí" for Ali Khamenei and "Jamenei" for Khamenei."""
    import unicodedata

    def folded(word: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).casefold()

    rows = [
        line.split("\t")
        for line in (WORLD / "people_hand.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    alone = {row[0].split("|")[0]: row for row in rows if " " not in row[0].split("|")[0]}
    disagreeing = []
    for row in rows:
        surname = row[0].split("|")[0].split()[-1]
        if " " not in row[0].split("|")[0] and surname in alone:
            continue
        for column, (full, single) in enumerate(zip(row, alone.get(surname, ()), strict=False)):
            last, standard = full.split("|")[0].split()[-1:], single.split("|")[0]
            if last and last[0] != standard and folded(last[0]) == folded(standard):
                disagreeing.append((column, row[0], last[0], standard))
    print(f"{len(disagreeing)} surnames whose accents differ alone and in full names: {disagreeing}")
    assert len(disagreeing) <= 5  # left: Spanish Alí, Pahlaví and Italian Déby, of uncertain use
    [found] = exonyms.find("Khamenei dijo que no cedería.", "es")
    assert found.standard == "Jameneí"


def test_a_persons_one_word_before_more_of_a_name_the_table_lacks_has_an_unsafe_fix():
    """Mahmoud, the table's one word for Mahmoud Abbas's first name, may be another person's whom German writes
    Mahmoud (Mahmoud Ali Youssouf; a blind review); a surname alone (Moubarak) is the person."""
    text = "Mahmoud Ali Youssouf leitet die Kommission. Mahmoud Abbas reiste nach Kairo, wo Moubarak regierte."
    [result] = run_checks([Document("d", text)], RunContext(target_lang="de", backtranslate=False), [exonym])
    fixes = {f.text: f.fix.applicability.value for f in result.findings}
    assert fixes == {"Mahmoud": "unsafe", "Mahmoud Abbas": "safe", "Moubarak": "safe"}


def test_the_source_language_is_named_first_among_those_that_write_a_spelling():
    """A blind review: CEDEAO from French was said to be "how Portuguese writes it"."""
    text = "Leaders of the CEDEAO met in Abuja on Sunday."
    ctx = RunContext(target_lang="en", source_lang="fr", backtranslate=False)
    [found] = exonym.run(Document("d", text), ctx)
    assert found.message.startswith("“CEDEAO” is how French, ") and found.suggestion == "ECOWAS"
