import codecs
import gzip
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.errors import InputError
from audit.reading import _controls, decode, read_path

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


ENGLISH_SHORT = "The president said on Monday that the talks would resume."
RUSSIAN_LONG = "Президент заявил в понедельник. " * 40
CHINESE = (
    "俄罗斯总统普京周日承诺，在前一天无人机袭击俄罗斯中部城市喀山的建筑物后，将给乌克兰带来更多“破坏”，"
    "莫斯科将这次袭击归咎于基辅。\n"
)
JAPANESE = "ロシアのプーチン大統領は日曜日、ウクライナにさらなる「破壊」を約束した。\n"
ARABIC = "قال الرئيس يوم الاثنين إن المحادثات ستستأنف الأسبوع المقبل.\n"
THAI = "ประธานาธิบดีกล่าวเมื่อวันจันทร์\n"  # chardet takes its byte order the wrong way round
HINDI = "राष्ट्रपति ने सोमवार को कहा।\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [ENGLISH_SHORT, RUSSIAN_LONG, RUSSIAN, FRENCH, CHINESE, JAPANESE, ARABIC, THAI, HINDI, "Hi\n"],
    ids=["en", "ru-long", "ru", "fr", "zh", "ja", "ar", "th", "hi", "hi-en"],
)
def test_utf16_without_bom_is_decoded(text, encoding):
    assert decode(text.encode(encoding), "x") == text


def test_binary_files_are_not_taken_for_utf16_without_bom():
    """A gzip (which chardet takes for UTF-16), random bytes, an executable's first 4 kB: none is text."""
    rng = random.Random(7)
    blobs = [gzip.compress(b"hello world " * 100), gzip.compress(RUSSIAN_LONG.encode("utf-16-le"))]
    blobs += [rng.randbytes(size) for size in (64, 256, 4096) for _ in range(100)]
    if Path("/bin/ls").exists():
        blobs.append(Path("/bin/ls").read_bytes()[:4096])
    for blob in blobs:
        with pytest.raises(InputError):
            decode(blob, "x")


def test_a_stray_nul_in_text_does_not_make_it_utf16():
    with pytest.raises(InputError, match="binary content"):
        decode(b"The talks resumed\x00 on Monday.", "x")


def test_a_file_mixing_utf8_and_latin1_lines_is_decoded_line_by_line():
    data = b"\n".join(
        [
            "Kurakhové Kurakhové is a town.".encode(),
            "Sontsivka is near Kurakhové.".encode("latin-1"),
            b"Plain ASCII.",
            "Zaporizhzhia. Café au lait.".encode("latin-1"),
            "Ukraine’s army.".encode(),
        ]
    )
    notes: list[str] = []
    text = decode(data, "x", notes)
    assert text.split("\n") == [
        "Kurakhové Kurakhové is a town.",
        "Sontsivka is near Kurakhové.",
        "Plain ASCII.",
        "Zaporizhzhia. Café au lait.",
        "Ukraine’s army.",
    ]
    [note] = notes
    assert note.startswith("lines 2, 4 are not UTF-8 (the rest of the file is): decoded as ")


def test_a_file_in_one_legacy_encoding_is_no_mixture():
    notes: list[str] = []
    assert decode(f"{FRENCH}\n{FRENCH}\n".encode("latin-1"), "x", notes) == f"{FRENCH}\n{FRENCH}\n"
    assert notes == []


_CONTROL_PATTERN = re.compile(r"[\x00-\x08\x0e-\x1f]")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(max_codepoint=0x3FF) | st.sampled_from("\x00\x07\x0b\x0e\x1f\t\n\r\ud800"), max_size=60
    )
)
def test_control_codes_counted_in_utf8_as_the_pattern_counts_them_in_text(text: str) -> None:
    assert _controls(text.encode("utf-8", "surrogatepass")) == len(_CONTROL_PATTERN.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60))
def test_control_bytes_counted_as_the_pattern_counts_them(data: bytes) -> None:
    assert _controls(data) == len(re.findall(rb"[\x00-\x08\x0e-\x1f]", data))
