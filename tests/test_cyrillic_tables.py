"""The Cyrillic romanization tables are data (audit/data/cyrillic_romanization.toml): they load, are checked, and
give the spellings each language's press and dictionaries write."""

from __future__ import annotations

import pytest

from audit.names import conventions
from audit.names.conventions import TableError, load, romanize

ALPHABET = "абвгґдеёжзиійклмнопрстуфхцчшщъыьэюяєї"

TINY = """
[classes]
vowel = "аоу"
opens = ["start", "vowel"]

[conventions.xx]
label = "test"
rules = [
    {{ letter = "е", previous = "opens", spell = ["je", "ie"] }},
    {{ letter = "е", lang = "uk", spell = "e" }},
    {{ letter = "г", next = ["и", "end"], spell = "gh" }},
    {RULE}
]
[conventions.xx.letters]
"е" = "ie"
"г" = "g"
"""


def tiny(tmp_path, rule: str = "") -> dict[str, conventions.Convention]:
    path = tmp_path / "tables.toml"
    path.write_text(TINY.format(RULE=rule), "utf-8")
    return load(path)


def test_the_data_has_a_table_per_convention():
    tables = load()
    assert tuple(tables) == conventions.CONVENTIONS == ("fr", "de", "es", "pl", "it", "nl", "cs", "sv", "iso9")
    for name, table in tables.items():
        assert set(ALPHABET) <= set(table.letters), name  # every letter has a plain spelling
        assert set(table.endings) == {"uk", "ru"}
    assert conventions.LABELS["de"] == "German romanization"
    assert conventions.LABELS["iso9"] == "ISO 9 / scholarly transliteration"
    assert {c: c for c in conventions.CONVENTIONS if c != "iso9"} == conventions.SOURCE_LANGUAGE


def test_the_first_matching_rule_wins_then_the_plain_letter(tmp_path):
    xx = tiny(tmp_path)["xx"]
    assert xx.spell("е", "", "", "uk") == ("je", "ie")  # word start opens, before the uk rule
    assert xx.spell("е", "о", "", "ru") == ("je", "ie")
    assert xx.spell("е", "б", "", "uk") == ("e",)
    assert xx.spell("е", "б", "", "ru") == ("ie",)
    assert xx.spell("г", "а", "", "ru") == ("gh",)  # "end" is the word's end
    assert xx.spell("г", "а", "а", "ru") == ("g",)
    assert xx.spell("ж", "а", "а", "ru") == ("ж",)  # a letter no table knows is kept


@pytest.mark.parametrize(
    ("rule", "error"),
    [
        ('{ letter = "е", after = "vowel", spell = "e" }', "unknown key 'after'"),
        ('{ letter = "е", previous = "vowels", spell = "e" }', "unknown class 'vowels'"),
        ('{ letter = "е", next = "start", spell = "e" }', "next cannot be 'start'"),
        ('{ letter = "е", lang = "be", spell = "e" }', "lang must be one of uk, ru"),
        ('{ letter = "е" }', "a rule needs a letter and what to spell"),
        ('{ letter = "е", spell = 1 }', "spellings must be a string or a list of strings"),
    ],
)
def test_a_rule_outside_the_vocabulary_is_refused(tmp_path, rule, error):
    with pytest.raises(TableError, match=error) as raised:
        tiny(tmp_path, rule)
    assert "tables.toml: conventions.xx rule 4" in str(raised.value)


def test_an_unknown_convention_key_is_refused(tmp_path):
    path = tmp_path / "tables.toml"
    path.write_text('[conventions.xx]\nlabel = "x"\nletters = {}\nexceptions = {}\n', "utf-8")
    with pytest.raises(TableError, match=r"conventions\.xx: unknown key 'exceptions'"):
        load(path)


@pytest.mark.parametrize(
    ("cyrillic", "lang", "convention", "attested"),
    [
        ("Орешник", "ru", "fr", "Orechnik"),
        ("Сергей Шойгу", "ru", "fr", "Sergueï Choïgou"),
        ("Путин", "ru", "fr", "Poutine"),
        ("Хрущёв", "ru", "fr", "Khrouchtchov"),
        ("Запоріжжя", "uk", "fr", "Zaporijia"),
        ("Зеленський", "uk", "fr", "Zelensky"),
        ("Харків", "uk", "de", "Charkiw"),
        ("Зеленський", "uk", "de", "Selenskyj"),
        ("Чернігів", "uk", "de", "Tschernihiw"),
        ("Горбачёв", "ru", "de", "Gorbatschow"),
        ("Ельцин", "ru", "de", "Jelzin"),
        ("Навальный", "ru", "de", "Nawalny"),
        ("Зеленський", "uk", "es", "Zelenski"),
        ("Екатеринбург", "ru", "es", "Yekaterimburgo"),
        ("Ельцин", "ru", "es", "Yeltsin"),
        ("Тихвин", "ru", "es", "Tijvin"),
        ("Зеленський", "uk", "pl", "Zełenski"),
        ("Бердянськ", "uk", "pl", "Berdiańsk"),
        ("Хрущёв", "ru", "pl", "Chruszczow"),
        ("Ельцин", "ru", "pl", "Jelcyn"),
        ("Достоевский", "ru", "it", "Dostoevskij"),
        ("Шевченко", "uk", "it", "Ševčenko"),
        ("Горбачёв", "ru", "nl", "Gorbatsjov"),
        ("Чехов", "ru", "nl", "Tsjechov"),
        ("Зеленський", "uk", "cs", "Zelenskyj"),
        ("Ельцин", "ru", "cs", "Jelcin"),
        ("Горбачёв", "ru", "sv", "Gorbatjov"),
        ("Достоевский", "ru", "sv", "Dostojevskij"),
        ("Хрущёв", "ru", "iso9", "Chruščëv"),
        ("Орешник", "ru", "iso9", "Orešnik"),
    ],
)
def test_conventions_give_what_the_press_writes(cyrillic, lang, convention, attested):
    assert attested in romanize(cyrillic, lang, convention)
