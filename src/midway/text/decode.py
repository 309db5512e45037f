"""Turn the bytes of an uploaded or pasted letter into text, or say clearly why not.

How it decides, in order:

1. More than `limit` bytes: refused before anything is decoded.
2. A byte order mark names the encoding: UTF-8 (EF BB BF), UTF-32 (FF FE 00 00 or
   00 00 FE FF) or UTF-16 (FF FE or FE FF). The mark is dropped.
3. No mark but NUL bytes: UTF-16 without a mark looks like text where every other byte is
   NUL (for the Latin letters, digits and punctuation that fill most letters), so when at
   least 30% of the bytes at odd positions are NUL and under 5% at even ones it is read as
   UTF-16-LE (and the other way round as UTF-16-BE). Any other NUL means a binary file.
4. Otherwise the bytes must be valid UTF-8; nothing is guessed (a wrong guess would
   silently change a person's words), so other encodings are refused.
5. Text with many control characters (other than tab, line feed, carriage return and
   form feed) is a binary file that happens to decode: more than 4 of them and over 1% of
   the characters, or over 30% of a short text.

The text is kept as written except that CRLF and lone CR become LF.
"""

from __future__ import annotations

import codecs
import re
from typing import IO

DEFAULT_LIMIT = 200_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BOMS = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class LetterDecodeError(ValueError):
    """The bytes are not a letter we can read; the message is one line for a person."""


def decode_letter(data: bytes, limit: int = DEFAULT_LIMIT) -> str:
    """The text of a letter, with LF line endings and no byte order mark."""
    if len(data) > limit:
        raise LetterDecodeError(
            f"the letter is too large ({len(data):,} bytes; the limit is {limit:,} bytes)"
        )
    encoding, body = _encoding(data)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        bad = body[error.start : error.start + 1].hex().upper()
        raise LetterDecodeError(
            f"the letter is not valid {_label(encoding)} text "
            f"(byte 0x{bad} at position {error.start:,} cannot be read)"
        ) from None
    controls = len(_CONTROL.findall(text))
    if (controls > 4 and controls * 100 > len(text)) or controls * 10 > len(text) * 3:
        raise LetterDecodeError("this looks like a binary file, not a letter")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encoding(data: bytes) -> tuple[str, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom) :]
    if b"\x00" not in data:
        return "utf-8", data
    if len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
        if odd_nul >= 0.3 and even_nul < 0.05:
            return "utf-16-le", data
        if even_nul >= 0.3 and odd_nul < 0.05:
            return "utf-16-be", data
    raise LetterDecodeError("this looks like a binary file, not a letter (it contains NUL bytes)")


def _label(encoding: str) -> str:
    return encoding.upper().replace("-LE", "").replace("-BE", "")


def read_input(path: str, stdin: IO, limit: int = DEFAULT_LIMIT) -> bytes:
    """The bytes of FILE, or of standard input for "-", for the command-line tools.

    Reads one byte past `limit`, which is enough for `decode_letter` to say "too large".
    """
    if path == "-":
        source = getattr(stdin, "buffer", stdin)
        data = source.read(limit + 1)
        return data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(path, "rb") as file:
            return file.read(limit + 1)
    except FileNotFoundError:
        raise LetterDecodeError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise LetterDecodeError(f"{path} is a folder, not a text file") from None
    except OSError as error:
        raise LetterDecodeError(f"cannot read {path}: {error.strerror or error}") from None


def unstorable(text: str) -> str | None:
    """Why no database could store this text (a NUL, half a surrogate pair), or None."""
    if "\x00" in text:
        return "a NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "a lone surrogate (like \\ud800), which is not a character"
    return None
