"""The founding letter must be read perfectly.

It is private: it is read from beside the repository (`../shared/examples/`), never copied
into it, and these tests skip where it is absent. So the exact expectations are taken from
the letter's own lines with plain string operations, independent of the reader: no words
of the letter are written here.
"""

import io
import json
import re
from pathlib import Path

import pytest

from midway.text.cli import parse_main
from midway.text.decode import decode_letter
from midway.text.reader import read_letter

REPO_ROOT = Path(__file__).resolve().parents[4]
FOUNDING_LETTER = REPO_ROOT.parent / "shared" / "examples" / "after-the-fight.txt"


@pytest.fixture
def letter_bytes() -> bytes:
    if not FOUNDING_LETTER.is_file():
        pytest.skip("the founding letter is not beside this checkout")
    return FOUNDING_LETTER.read_bytes()


@pytest.fixture
def text(letter_bytes) -> str:
    return letter_bytes.decode("utf-8")


@pytest.fixture
def parts(letter_bytes) -> dict:
    return read_letter(decode_letter(letter_bytes)).to_dict()


def numbered_lines_after(text: str, heading: str) -> list[str]:
    """The numbered lines under a heading, markers removed, until the next blank paragraph."""
    section = text.split(heading, 1)[1].lstrip(" \n")
    block = section.split("\n\n", 1)[0]
    return [re.sub(r"^\d+\.\s?", "", line).rstrip() for line in block.split("\n")]


def test_the_letter_has_the_oddities_the_reader_must_survive(letter_bytes):
    # Lines of a single space, a trailing space, a blank list item, no final newline.
    assert b"\n \n" in letter_bytes
    assert b"Things to try: \n" in letter_bytes
    assert b"\n2. \n" in letter_bytes
    assert not letter_bytes.endswith(b"\n")


def test_the_two_questions(text, parts):
    expected = numbered_lines_after(text, "Questions:")
    assert len(expected) == 2
    assert parts["questions"] == expected


def test_one_thing_to_try_and_the_blank_one_skipped(text, parts):
    first, blank = numbered_lines_after(text, "Things to try:")
    assert blank == ""
    assert parts["things_to_try"] == [first]


def test_one_phrasebook_entry_from_the_two_explanations(text, parts):
    # In the body: I.e. "<said>" doesn't mean <not meaning>. It means <meaning, to the end>.
    body = next(p for p in text.split("\n\n") if "doesn't mean" in p and not p.startswith("1."))
    said = body.split('"')[1]
    not_meaning = body.split("doesn't mean ", 1)[1].split(". It means ", 1)[0]
    meaning = body.split(". It means ", 1)[1].strip()
    assert parts["phrasebook"] == [{"said": said, "not_meaning": not_meaning, "meaning": meaning}]
    # The list item explains the same words with a shorter ending: not a second entry.
    assert parts["phrasebook"][0]["meaning"] not in parts["things_to_try"][0]


def test_card_medication_and_emojis(parts):
    assert parts["card"] == {"name": "Judgement", "reversed": False}
    assert parts["medication"] == {"taken": True}
    assert parts["emojis"] == ["🙀", "⚖️", "📯", "💊", "⚡", "💡", "🧠", "🤯", "🐆", "💨"]
    assert parts["emojis"][1] == "\u2696\ufe0f"


def test_the_apology_and_the_affirmations(text, parts):
    assert parts["apologies"] == ["I'm sorry."]
    # Three whole sentences of the letter; the last is the first sentence of its last paragraph.
    assert len(parts["affirmations"]) == 3
    assert all(sentence in text for sentence in parts["affirmations"])
    last_paragraph = text.rsplit("\n\n", 1)[1]
    assert parts["affirmations"][-1] == last_paragraph.split(". ", 1)[0] + "."


def test_the_same_parts_from_crlf_or_utf16_copies(text, parts):
    assert read_letter(text.replace("\n", "\r\n")).to_dict() == parts
    assert read_letter(decode_letter(text.encode("utf-16"))).to_dict() == parts
    assert read_letter(decode_letter(b"\xef\xbb\xbf" + text.encode())).to_dict() == parts


def test_the_parse_command_prints_the_same_parts_as_json(parts):
    stdout, stderr = io.StringIO(), io.StringIO()
    code = parse_main(["--format", "json", str(FOUNDING_LETTER)], stdout=stdout, stderr=stderr)
    assert (code, stderr.getvalue()) == (0, "")
    assert json.loads(stdout.getvalue()) == parts
