"""The founding letter must be read perfectly. It is private: it is read from beside the
repository (`../shared/examples/`), never copied into it, and these tests skip where it is
absent."""

import io
import json
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
def parts(letter_bytes) -> dict:
    return read_letter(decode_letter(letter_bytes)).to_dict()


def test_the_two_questions(parts):
    assert len(parts["questions"]) == 2
    assert parts["questions"][0].startswith("When I asked about that picture")
    assert parts["questions"][0].endswith("Why?")
    assert parts["questions"][1] == "What makes you feel safe after a fight?"


def test_one_thing_to_try_and_the_blank_one_skipped(parts):
    [thing] = parts["things_to_try"]
    assert thing.startswith("Going over things I say that are hurtful")
    assert thing.endswith("so why ask")


def test_one_phrasebook_entry_from_the_two_explanations(parts):
    [entry] = parts["phrasebook"]
    assert entry["said"] == "I want you to make me want to see you"
    assert entry["not_meaning"] == "I don't want to see you"
    assert entry["meaning"].startswith("I don't feel very courted. I feel taken for granted")
    # The body's explanation is the fuller one: it goes on to the end of its paragraph.
    assert "so why bother." in entry["meaning"]
    assert entry["meaning"].endswith("while I don't feel safe.")
    assert "why ask" not in entry["meaning"]


def test_card_medication_and_emojis(parts):
    assert parts["card"] == {"name": "Judgement", "reversed": False}
    assert parts["medication"] == {"taken": True}
    assert parts["emojis"] == ["🙀", "⚖️", "📯", "💊", "⚡", "💡", "🧠", "🤯", "🐆", "💨"]
    assert parts["emojis"][1] == "\u2696\ufe0f"


def test_the_apology_and_the_affirmations(parts):
    assert parts["apologies"] == ["I'm sorry."]
    assert parts["affirmations"][-1] == "You are enough for me."
    assert any(sentence.startswith("I want you John") for sentence in parts["affirmations"])
    assert len(parts["affirmations"]) == 3


def test_the_same_parts_from_crlf_or_utf16_copies(letter_bytes, parts):
    text = letter_bytes.decode("utf-8")
    assert read_letter(text.replace("\n", "\r\n")).to_dict() == parts
    assert read_letter(decode_letter(text.encode("utf-16"))).to_dict() == parts


def test_the_parse_command_prints_the_same_parts_as_json(letter_bytes, parts):
    stdout, stderr = io.StringIO(), io.StringIO()
    code = parse_main(["--format", "json", str(FOUNDING_LETTER)], stdout=stdout, stderr=stderr)
    assert (code, stderr.getvalue()) == (0, "")
    assert json.loads(stdout.getvalue()) == parts
