import codecs

import pytest

from midway.text.decode import LetterDecodeError, decode_letter

WORDS = "Dear Sam,\nI'm sorry 🙏🏽 — ça va?\n\tTabs stay.\n"


def test_plain_utf8_is_read_as_written():
    assert decode_letter(WORDS.encode("utf-8")) == WORDS


def test_the_utf8_byte_order_mark_is_dropped():
    assert decode_letter(codecs.BOM_UTF8 + WORDS.encode("utf-8")) == WORDS


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(encoding):
    data = WORDS.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    assert decode_letter(data) == WORDS


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised_by_its_nul_bytes(encoding):
    assert decode_letter(WORDS.encode(encoding)) == WORDS


def test_windows_and_old_mac_line_endings_become_line_feeds():
    data = b"one\r\ntwo\rthree\n\r\nfour"
    assert decode_letter(data) == "one\ntwo\nthree\n\nfour"


def test_crlf_in_utf16_becomes_line_feeds():
    assert decode_letter("a\r\nb".encode("utf-16")) == "a\nb"


def test_spaces_tabs_and_trailing_spaces_are_kept():
    text = "Things to try: \n\n1. walk\n2. \n \n\tend"
    assert decode_letter(text.encode()) == text


def test_an_empty_file_is_an_empty_letter():
    assert decode_letter(b"") == ""


def test_a_letter_at_the_limit_is_read_and_one_byte_more_is_refused():
    assert decode_letter(b"a" * 100, limit=100) == "a" * 100
    with pytest.raises(LetterDecodeError, match=r"too large \(101 bytes; the limit is 100 bytes\)"):
        decode_letter(b"a" * 101, limit=100)


def test_the_default_limit_is_200_kb():
    decode_letter(b"a" * 200_000)
    with pytest.raises(LetterDecodeError, match="too large"):
        decode_letter(b"a" * 200_001)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"text with a stray \x00 nul in the middle of it",
        bytes(range(256)),
    ],
)
def test_binary_files_are_refused(data):
    with pytest.raises(LetterDecodeError, match="binary"):
        decode_letter(data)


def test_text_full_of_control_characters_is_refused_as_binary():
    with pytest.raises(LetterDecodeError, match="binary"):
        decode_letter(b"\x01\x02\x03\x04\x05\x06 some words \x07\x08")


def test_a_stray_control_character_in_a_long_letter_is_kept():
    text = "I'm sorry about the paste. " * 20 + "\x1b[0m\x0c"
    assert decode_letter(text.encode()) == text


def test_bytes_that_are_not_utf8_are_refused_with_the_position():
    data = b"Querido, lo siento" + b" \xe9 " + b"more"
    with pytest.raises(LetterDecodeError) as error:
        decode_letter(data)
    assert "not valid UTF-8" in str(error.value)
    assert "0xE9" in str(error.value)
    assert "position 19" in str(error.value)


def test_every_error_is_one_line():
    for data in (b"\x00\x01" * 3, b"\xff\xfe\x00\xd8", b"\xc3", b"a" * 300_000):
        with pytest.raises(LetterDecodeError) as error:
            decode_letter(data)
        assert "\n" not in str(error.value)
        assert str(error.value)


def test_broken_utf16_is_refused():
    with pytest.raises(LetterDecodeError, match="not valid UTF-16"):
        decode_letter(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")
