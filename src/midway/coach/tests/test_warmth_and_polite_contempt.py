"""Warm notes stay quiet; contempt in polite dress, counter-blame and runs of excuses do not."""

import pytest

from midway.coach import analyse


def kinds(text: str) -> list[str]:
    return [finding.kind for finding in analyse(text).findings]


@pytest.mark.parametrize(
    "text",
    [
        # A warm sentence beside a teasing one takes it back.
        "Classic you, bringing cake for the whole office. Love that about you.",
        "You clown, you walked all that way in the rain for my charger? Thank you.",
        "Grow up? Never. Let's build a den in the living room.",
        "It was lovely to sleep in for once.",
        "I love how you always make me laugh.",
    ],
)
def test_warm_notes_are_not_flagged(text):
    assert kinds(text) == []


def test_warmth_on_another_line_does_not_take_a_jab_back():
    assert kinds("You never listen.\nThank you.") == ["criticism"]


def test_thanks_that_mean_nothing_do_not_take_a_jab_back():
    assert kinds("You never listen. Thanks for nothing.")[0] == "criticism"


@pytest.mark.parametrize(
    "sentence",
    [
        "How generous of you to help with the shopping for once.",
        "That must have been exhausting for someone of your talents.",
        "Sure, whatever helps you sleep at night.",
        "Apparently a two-minute phone call is beyond you.",
        "Was I supposed to be impressed by that?",
        "Thanks for finally noticing I exist.",
        "I expected nothing more from you.",
        "I love how you think one load of washing makes you a hero.",
        "Your little sulks are getting tiresome.",
    ],
)
def test_contempt_in_polite_dress_is_flagged(sentence):
    assert kinds(sentence) == ["contempt"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly do not accuse me, I have done everything correctly from my side.",
        "I was merely following the plan you made.",
        "The bus was late, and then my phone died, and then I lost my keys, and then it "
        "rained, so it's not really like I did it on purpose.",
    ],
)
def test_counter_blame_and_runs_of_excuses_are_defensiveness(sentence):
    assert kinds(sentence) == ["defensiveness"]
