"""The pure readers: proposed appreciations in a letter, what a phrasebook meaning lacked."""

import pytest

from midway.text.appreciations import letter_appreciations
from midway.text.courted import lacked_in


def test_founding_letter_proposes_its_short_warm_lines(founding_letter):
    found = letter_appreciations(founding_letter)
    assert "You are enough for me." in found
    assert "You actually showed you are a very safe person." in found
    assert all(len(note) <= 140 for note in found)
    assert all(note.split(" ")[0].rstrip(".").lower() in {"you", "i", "when"} for note in found)


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ("I want you. That's all.", ["I want you."]),
        (
            "Dear J,\n\nYou are enough for me, even on bad days.",
            ["You are enough for me, even on bad days."],
        ),
        (
            "Thank you. " + "x" * 150 + ", you proved you are a kind person, again.",
            ["You proved you are a kind person."],
        ),
    ],
)
def test_own_letters_propose(letter, expected):
    assert letter_appreciations(letter) == expected


@pytest.mark.parametrize(
    "letter",
    [
        "I don't think you are enough for me.",
        "Are you enough for me?",
        "I love you but you should have called.",
        "You never showed you are a safe person.",
        'He said "you are enough" once.',
        "I want you to leave.",
        "The weather was fine and we ate pasta.",
    ],
)
def test_conservative_where_it_is_not_warm(letter):
    assert letter_appreciations(letter) == []


def test_lacked_in_cuts_after_what_was_missing():
    assert lacked_in("It means I don’t feel very courted. I feel taken for granted and hurt.") == (
        "I don't feel very courted. I feel taken for granted.",
        True,
    )
    assert lacked_in("I miss being surprised by you, sometimes.") == (
        "I miss being surprised by you.",
        False,
    )
    assert lacked_in("I was tired and hungry.") is None
