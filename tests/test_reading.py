import codecs

import pytest

from audit.errors import InputError
from audit.reading import decode, read_path

FRENCH = "Le président a déclaré à la presse qu'il était très déçu de la décision prise hier à Paris."
RUSSIAN = "Президент заявил журналистам, что очень разочарован решением, принятым вчера в Москве."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (FRENCH.encode("utf-8"), FRENCH),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
        (FRENCH.encode("latin-1"), FRENCH),
        (FRENCH.encode("utf-16"), FRENCH),
        (FRENCH.encode("utf-16-be"), FRENCH),
        (RUSSIAN.encode("utf-16"), RUSSIAN),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
    ],
    ids=["utf8", "utf8-bom", "latin1", "utf16-bom", "utf16be-no-bom", "utf16-cyrillic", "cp1251"],
)
def test_encodings_are_decoded(data, expected):
    assert decode(data, "x") == expected


@pytest.mark.parametrize(
    "data",
    [b"", b" \n\t\r\n", codecs.BOM_UTF8, bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)],
    ids=["empty", "blank", "bom-only", "bytes", "png"],
)
def test_empty_and_binary_input_is_refused(data):
    with pytest.raises(InputError):
        decode(data, "x")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)
