"""Forms that the writers of the eighth and later batches used and the reader did not know
(issue 14): a card's position said after "and it was", a draw only imagined, medicine in
everyday and Tagalog words, apologies without "sorry" and praise in other Englishes."""

import pytest

from midway.text.checkin import find_weighed_medication
from midway.text.daily_card import find_weighed_card


def _card(text):
    found = find_weighed_card(text)
    return (found[0].name, found[0].reversed) if found else None


@pytest.mark.parametrize(
    ("letter", "card"),
    [
        (
            "I drew one from the old deck, the Two of Swords, and it was upside down, typical.",
            ("Two of Swords", True),
        ),
        (
            "Card of the day from my phone app is the Page of Wands. Take that as you like.",
            ("Page of Wands", False),
        ),
        (
            "Nag-draw ako sa app, King of Cups pero baligtad. Upside down daw, ay naku.",
            ("King of Cups", True),
        ),
        (
            "I pulled a card at lunch: the Nine of Wands. Upside down, which fits.",
            ("Nine of Wands", True),
        ),
    ],
)
def test_a_card_and_its_position_said_a_clause_or_a_sentence_later(letter, card):
    assert _card(letter) == card


def test_a_card_only_imagined_is_no_card():
    assert _card("I'd ask the tarot what my punishment is, but I bet I'd get Death.") is None


@pytest.mark.parametrize(
    ("letter", "taken"),
    [
        ("Took my BP drugs with breakfast, so you can stop nagging.", True),
        ("Tablette genommen, before you ask.", True),
        ("Naka-inom na ako ng gamot ko, don't worry.", True),
        ("Night shift again. Took my iron and the other one at midnight.", True),
    ],
)
def test_medication_in_more_everyday_words(letter, taken):
    found = find_weighed_medication(letter)
    assert found is not None and found[0] is taken


@pytest.mark.parametrize(
    "letter",
    ["I left the iron on again, sorry.", "The drugs scene in that film was grim."],
)
def test_an_iron_or_drugs_in_general_are_no_medication(letter):
    assert find_weighed_medication(letter) is None
